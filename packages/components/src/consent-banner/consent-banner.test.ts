import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import type { SocleDialog } from '../dialog/dialog.js';
import './define.js';
import type { ConsentChangeDetail, SocleConsentBanner } from './consent-banner.js';
import { CONSENT_STORAGE_PREFIX, consentStorageKey } from './consent-record.js';

const SCRIPT_URL = new URL('./consent-banner.test-script.js', import.meta.url).href;

declare global {
  interface Window {
    socleConsentProbe?: number;
  }
}

function clearConsentStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(CONSENT_STORAGE_PREFIX)) localStorage.removeItem(key);
  }
}

function storedConsentKeys(): string[] {
  return Object.keys(localStorage).filter((key) => key.startsWith(CONSENT_STORAGE_PREFIX));
}

/** Renders a banner with a required purpose and two optional ones, then a link after it. */
async function renderPage(version = '1', extraPurpose = false): Promise<SocleConsentBanner> {
  const wrapper = await fixture(html`<div>
    <socle-consent-banner consent-version=${version}>
      <socle-consent-purpose purpose-id="session" name="Cookies techniques" required
        >Conservent votre session.</socle-consent-purpose
      >
      <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"
        >Nous aident à améliorer le site.</socle-consent-purpose
      >
      <socle-consent-purpose purpose-id="video" name="Vidéos intégrées"
        >Permettent de lire les vidéos hébergées ailleurs.</socle-consent-purpose
      >
      ${extraPurpose
        ? html`<socle-consent-purpose purpose-id="chat" name="Messagerie">Discuter avec un agent.</socle-consent-purpose>`
        : ''}
    </socle-consent-banner>
    <a href="#contenu" id="after">Contenu</a>
  </div>`);
  const banner = wrapper.querySelector('socle-consent-banner')!;
  await banner.updateComplete;
  return banner;
}

function shadow(banner: SocleConsentBanner): ShadowRoot {
  return banner.shadowRoot!;
}

function part(banner: SocleConsentBanner, name: string): HTMLElement | null {
  return shadow(banner).querySelector<HTMLElement>(`[part="${name}"]`);
}

function dialogOf(banner: SocleConsentBanner): SocleDialog {
  return shadow(banner).querySelector('socle-dialog')!;
}

function radio(banner: SocleConsentBanner, legend: string, value: 'accept' | 'refuse'): HTMLInputElement {
  const fieldset = [...shadow(banner).querySelectorAll('fieldset')].find(
    (candidate) => candidate.querySelector('legend')!.textContent === legend,
  )!;
  return fieldset.querySelector<HTMLInputElement>(`input[value="${value}"]`)!;
}

/** Returns the focused element, looking inside open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(target: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'Avant';
  target.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

/** Makes `window.localStorage` throw as it does when the browser blocks storage. */
function blockStorage(): void {
  sinon.stub(window, 'localStorage').get(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });
}

describe('socle-consent-banner', () => {
  beforeEach(() => {
    clearConsentStorage();
  });

  afterEach(() => {
    sinon.restore();
    resetWarnings();
    fixtureCleanup();
    clearConsentStorage();
    delete window.socleConsentProbe;
  });

  describe('when no choice is stored', () => {
    it('shows a region named "Gestion des cookies" without taking focus', async () => {
      const banner = await renderPage();

      const region = part(banner, 'banner')!;

      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-label')).to.equal('Gestion des cookies');
      expect(part(banner, 'title')!.textContent!.trim()).to.equal('À propos des cookies');
      expect(document.activeElement).to.equal(document.body);
      expect(banner.decided).to.be.false;
      await expect(banner).to.be.accessible();
    });

    it('renders the three choices with the same size and style', async () => {
      const banner = await renderPage();

      const buttons = ['accept-all', 'refuse-all', 'customize'].map((name) => part(banner, name)!);
      const styles = buttons.map((button) => getComputedStyle(button));
      const boxes = buttons.map((button) => button.getBoundingClientRect());

      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal([
        'Tout accepter',
        'Tout refuser',
        'Personnaliser',
      ]);
      for (const property of ['backgroundColor', 'color', 'fontSize', 'fontWeight', 'borderTopWidth'] as const) {
        expect(new Set(styles.map((style) => style[property])).size, property).to.equal(1);
      }
      expect(new Set(boxes.map((box) => Math.round(box.width))).size).to.equal(1);
      expect(new Set(boxes.map((box) => Math.round(box.height))).size).to.equal(1);
      expect(boxes[0]!.height).to.be.at.least(24);
    });

    it('refuses every optional purpose and keeps required ones', async () => {
      const banner = await renderPage();

      expect(banner.choices).to.deep.equal({ session: true, audience: false, video: false });
      expect(banner.hasConsent('session')).to.be.true;
      expect(banner.hasConsent('audience')).to.be.false;
      expect(banner.hasConsent('inconnu')).to.be.false;
    });

    it('shows the page’s description slot', async () => {
      const wrapper = await fixture(html`<div>
        <socle-consent-banner heading="Vos cookies">
          <p slot="description">Texte de la mairie.</p>
          <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
        </socle-consent-banner>
      </div>`);
      const banner = wrapper.querySelector('socle-consent-banner')!;
      await banner.updateComplete;

      const slot = shadow(banner).querySelector<HTMLSlotElement>('slot[name="description"]')!;

      expect(slot.assignedElements()[0]!.textContent).to.equal('Texte de la mairie.');
      expect(part(banner, 'title')!.textContent!.trim()).to.equal('Vos cookies');
      await expect(banner).to.be.accessible();
    });

    it('shows no banner when every purpose is required', async () => {
      const banner = await fixture<SocleConsentBanner>(html`<socle-consent-banner>
        <socle-consent-purpose purpose-id="session" name="Session" required></socle-consent-purpose>
      </socle-consent-banner>`);

      expect(part(banner, 'banner')).to.be.null;
      expect(banner.hasConsent('session')).to.be.true;
    });

    it('speaks English under lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <socle-consent-banner>
          <socle-consent-purpose purpose-id="audience" name="Analytics"></socle-consent-purpose>
        </socle-consent-banner>
      </div>`);
      const banner = wrapper.querySelector('socle-consent-banner')!;
      await banner.updateComplete;

      expect(part(banner, 'banner')!.getAttribute('aria-label')).to.equal('Cookie settings');
      expect(part(banner, 'refuse-all')!.textContent!.trim()).to.equal('Refuse all');
      await expect(banner).to.be.accessible();
    });
  });

  describe('purposes property', () => {
    it('takes precedence over child elements', async () => {
      const purposes = [
        { id: 'carte', name: 'Carte interactive', description: 'Affiche le plan.' },
        { id: 'session', name: 'Session', required: true },
      ];
      const banner = await fixture<SocleConsentBanner>(html`<socle-consent-banner .purposes=${purposes}>
        <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
      </socle-consent-banner>`);

      expect(banner.choices).to.deep.equal({ carte: false, session: true });
      expect([...shadow(banner).querySelectorAll('legend')].map((legend) => legend.textContent)).to.deep.equal([
        'Carte interactive',
        'Session',
      ]);
    });

    it('ignores a duplicate id and warns', async () => {
      const warn = sinon.stub(console, 'warn');
      const purposes = [
        { id: 'carte', name: 'Carte' },
        { id: 'carte', name: 'Autre carte' },
      ];

      const banner = await fixture<SocleConsentBanner>(
        html`<socle-consent-banner .purposes=${purposes}></socle-consent-banner>`,
      );

      expect(Object.keys(banner.choices)).to.deep.equal(['carte']);
      expect(warn.calledWithMatch(sinon.match('second purpose with id "carte"'))).to.be.true;
    });
  });

  describe('with null or non-array property values', () => {
    for (const purposes of [null, undefined, 'carte', {}]) {
      it(`falls back to child purposes for purposes = ${JSON.stringify(purposes) ?? 'undefined'}`, async () => {
        const banner = await renderPage();

        (banner as unknown as { purposes: unknown }).purposes = purposes;
        await banner.updateComplete;

        expect(Object.keys(banner.choices)).to.deep.equal(['session', 'audience', 'video']);
      });
    }

    for (const version of [null, undefined, []]) {
      it(`uses version 1 for consentVersion = ${JSON.stringify(version) ?? 'undefined'}`, async () => {
        const banner = await renderPage('1');
        part(banner, 'accept-all')!.click();
        await banner.updateComplete;

        (banner as unknown as { consentVersion: unknown }).consentVersion = version;
        await banner.updateComplete;

        expect(storedConsentKeys()).to.deep.equal(['socle-consent:1:audience,session,video']);
        expect(banner.decided).to.be.true;
        expect(part(banner, 'banner')).to.be.null;
      });
    }
  });

  describe('when the visitor accepts all', () => {
    it('stores the choice, fires socle-consent-change and hides the banner', async () => {
      const banner = await renderPage('2026-01');
      const listener = oneEvent(banner, 'socle-consent-change');

      part(banner, 'accept-all')!.click();
      const event = (await listener) as CustomEvent<ConsentChangeDetail>;
      await banner.updateComplete;

      expect(event.detail).to.deep.equal({
        choices: { session: true, audience: true, video: true },
        version: '2026-01',
      });
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(banner.decided).to.be.true;
      expect(banner.hasConsent('video')).to.be.true;
      expect(part(banner, 'banner')).to.be.null;
      expect(storedConsentKeys()).to.deep.equal(['socle-consent:2026-01:audience,session,video']);
      await expect(banner).to.be.accessible();
    });

    it('announces that the choice is saved', async () => {
      const banner = await renderPage();

      part(banner, 'accept-all')!.click();
      await banner.updateComplete;

      expect(shadow(banner).querySelector('[role="status"]')!.textContent).to.equal(
        'Vos choix sur les cookies ont été enregistrés.',
      );
    });
  });

  describe('keyboard', () => {
    it('refuses all with Enter and moves focus past the banner', async () => {
      const banner = await renderPage();
      const onChange = sinon.spy();
      banner.addEventListener('socle-consent-change', onChange);
      await tabTo(banner);
      await sendKeys({ press: 'Tab' });

      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;

      expect(onChange.callCount).to.equal(1);
      expect((onChange.firstCall.args[0] as CustomEvent<ConsentChangeDetail>).detail.choices).to.deep.equal({
        session: true,
        audience: false,
        video: false,
      });
      expect(document.activeElement?.id).to.equal('after');
    });

    it('reaches the three buttons in order with Tab', async () => {
      const banner = await renderPage();
      await tabTo(banner);
      const reached = [deepActive()];

      await sendKeys({ press: 'Tab' });
      reached.push(deepActive());
      await sendKeys({ press: 'Tab' });
      reached.push(deepActive());

      expect(reached).to.deep.equal([part(banner, 'accept-all'), part(banner, 'refuse-all'), part(banner, 'customize')]);
    });

    it('customises per purpose in the dialog with real keys', async () => {
      const banner = await renderPage();
      const onChange = sinon.spy();
      banner.addEventListener('socle-consent-change', onChange);
      part(banner, 'customize')!.focus();

      await sendKeys({ press: 'Enter' });
      await dialogOf(banner).updateComplete;
      const firstFocus = deepActive();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const onFirstRadio = deepActive();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Tab' });
      const onSecondRadio = deepActive();
      await sendKeys({ press: 'Tab' });
      const onSave = deepActive();
      await sendKeys({ press: 'Enter' });
      await dialogOf(banner).updateComplete;
      await banner.updateComplete;

      expect(firstFocus).to.equal(shadow(banner).querySelector('[data-choice="accept-all"]'));
      expect(onFirstRadio).to.equal(radio(banner, 'Mesure d’audience', 'refuse'));
      expect(onSecondRadio).to.equal(radio(banner, 'Vidéos intégrées', 'refuse'));
      expect(onSave).to.equal(part(banner, 'save'));
      expect(dialogOf(banner).open).to.be.false;
      expect(onChange.callCount).to.equal(1);
      expect(banner.choices).to.deep.equal({ session: true, audience: true, video: false });
      expect(part(banner, 'banner')).to.be.null;
      expect(document.activeElement?.id).to.equal('after');
    });

    it('closes the dialog with Escape, stores nothing and returns focus to Personnaliser', async () => {
      const banner = await renderPage();
      part(banner, 'customize')!.focus();
      await sendKeys({ press: 'Enter' });
      await dialogOf(banner).updateComplete;

      await sendKeys({ press: 'Escape' });
      await dialogOf(banner).updateComplete;

      expect(dialogOf(banner).open).to.be.false;
      expect(banner.decided).to.be.false;
      expect(storedConsentKeys()).to.deep.equal([]);
      expect(deepActive()).to.equal(part(banner, 'customize'));
    });

    it('accepts all from the dialog with Enter', async () => {
      const banner = await renderPage();
      await banner.open();

      await sendKeys({ press: 'Enter' });
      await dialogOf(banner).updateComplete;

      expect(banner.choices).to.deep.equal({ session: true, audience: true, video: true });
      expect(dialogOf(banner).open).to.be.false;
    });
  });

  describe('settings dialog', () => {
    it('lists each purpose with refusal preselected and required ones locked', async () => {
      const banner = await renderPage();

      await banner.open();

      const dialog = dialogOf(banner);
      expect(dialog.open).to.be.true;
      expect(dialog.label).to.equal('Panneau de gestion des cookies');
      expect(radio(banner, 'Mesure d’audience', 'refuse').checked).to.be.true;
      expect(radio(banner, 'Mesure d’audience', 'accept').checked).to.be.false;
      const locked = [...shadow(banner).querySelectorAll('fieldset')][0]!;
      expect(locked.querySelector('input')).to.be.null;
      expect(locked.querySelector('.locked')!.textContent).to.contain('ne peuvent pas être refusés');
      expect(locked.getAttribute('aria-describedby')).to.equal('purpose-0-locked');
      await expect(banner).to.be.accessible();
    });

    it('preselects the stored choices when reopened', async () => {
      const banner = await renderPage();
      part(banner, 'accept-all')!.click();
      await banner.updateComplete;

      await banner.open();

      expect(radio(banner, 'Vidéos intégrées', 'accept').checked).to.be.true;
      await expect(banner).to.be.accessible();
    });

    it('opens on socle-consent-open reaching document', async () => {
      const banner = await renderPage();
      part(banner, 'refuse-all')!.click();
      await banner.updateComplete;
      const opener = document.createElement('button');
      opener.textContent = 'Gestion des cookies';
      document.body.append(opener);
      opener.focus();

      opener.dispatchEvent(new CustomEvent('socle-consent-open', { bubbles: true, composed: true }));
      await aTimeout(0);
      await dialogOf(banner).updateComplete;
      const opened = dialogOf(banner).open;
      await sendKeys({ press: 'Escape' });
      await dialogOf(banner).updateComplete;

      expect(opened).to.be.true;
      expect(document.activeElement).to.equal(opener);
      opener.remove();
    });

    it('stops listening to socle-consent-open once removed', async () => {
      const banner = await renderPage();
      const dialog = dialogOf(banner);
      banner.remove();

      document.dispatchEvent(new CustomEvent('socle-consent-open'));
      await aTimeout(0);

      expect(dialog.open).to.be.false;
    });

    it('keeps the inner dialog’s events inside', async () => {
      const banner = await renderPage();
      const onPageEvent = sinon.spy();
      for (const type of ['socle-show', 'socle-cancel', 'socle-close']) document.addEventListener(type, onPageEvent);

      await banner.open();
      await dialogOf(banner).close();
      for (const type of ['socle-show', 'socle-cancel', 'socle-close']) document.removeEventListener(type, onPageEvent);

      expect(onPageEvent.callCount).to.equal(0);
    });
  });

  describe('persistence', () => {
    it('remembers the choice when the page is loaded again', async () => {
      const first = await renderPage();
      await first.open();
      radio(first, 'Vidéos intégrées', 'accept').click();
      part(first, 'save')!.click();
      await first.updateComplete;
      fixtureCleanup();

      const reloaded = await renderPage();

      expect(reloaded.decided).to.be.true;
      expect(part(reloaded, 'banner')).to.be.null;
      expect(reloaded.choices).to.deep.equal({ session: true, audience: false, video: true });
    });

    it('asks again for a new consent-version and drops the old record', async () => {
      const first = await renderPage('1');
      part(first, 'accept-all')!.click();
      fixtureCleanup();

      const next = await renderPage('2');

      expect(next.decided).to.be.false;
      expect(part(next, 'banner')).not.to.be.null;
      expect(next.hasConsent('audience')).to.be.false;
      part(next, 'refuse-all')!.click();
      expect(storedConsentKeys()).to.deep.equal(['socle-consent:2:audience,session,video']);
    });

    it('asks again when a purpose is added', async () => {
      const first = await renderPage();
      part(first, 'accept-all')!.click();
      fixtureCleanup();

      const next = await renderPage('1', true);

      expect(next.decided).to.be.false;
      expect(next.hasConsent('audience')).to.be.false;
    });

    it('asks again when consent-version changes on the live element', async () => {
      const banner = await renderPage('1');
      part(banner, 'accept-all')!.click();
      await banner.updateComplete;

      banner.setAttribute('consent-version', '2');
      await banner.updateComplete;

      expect(banner.decided).to.be.false;
      expect(part(banner, 'banner')).not.to.be.null;
    });

    it('asks again once renew-after-days has passed', async () => {
      const purposes = [{ id: 'audience', name: '' }, { id: 'session', name: '' }, { id: 'video', name: '' }];
      const key = consentStorageKey('1', purposes);
      const old = new Date(Date.now() - 200 * 24 * 60 * 60 * 1000).toISOString();
      const recent = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
      const choices = { audience: true, video: true };
      localStorage.setItem(key, JSON.stringify({ format: 1, version: '1', choices, date: old }));

      const expired = await fixture<SocleConsentBanner>(html`<socle-consent-banner renew-after-days="180"
        ><socle-consent-purpose purpose-id="session" name="Session" required></socle-consent-purpose
        ><socle-consent-purpose purpose-id="audience" name="Audience"></socle-consent-purpose
        ><socle-consent-purpose purpose-id="video" name="Vidéo"></socle-consent-purpose
      ></socle-consent-banner>`);
      const kept = await renderPage();
      fixtureCleanup();
      localStorage.setItem(key, JSON.stringify({ format: 1, version: '1', choices, date: recent }));
      const fresh = await fixture<SocleConsentBanner>(html`<socle-consent-banner renew-after-days="180"
        ><socle-consent-purpose purpose-id="session" name="Session" required></socle-consent-purpose
        ><socle-consent-purpose purpose-id="audience" name="Audience"></socle-consent-purpose
        ><socle-consent-purpose purpose-id="video" name="Vidéo"></socle-consent-purpose
      ></socle-consent-banner>`);

      expect(expired.decided).to.be.false;
      expect(kept.decided).to.be.true;
      expect(fresh.decided).to.be.true;
    });

    it('ignores a malformed or incomplete record', async () => {
      const key = consentStorageKey('1', [{ id: 'audience', name: '' }, { id: 'session', name: '' }, { id: 'video', name: '' }]);
      localStorage.setItem(key, JSON.stringify({ format: 1, version: '1', choices: { audience: true }, date: '' }));

      const banner = await renderPage();
      localStorage.setItem(key, '{oops');
      fixtureCleanup();
      const again = await renderPage();

      expect(banner.decided).to.be.false;
      expect(again.decided).to.be.false;
    });
  });

  describe('when storage fails', () => {
    it('keeps the choice for the page only when storage is blocked', async () => {
      const first = await renderPage();
      blockStorage();

      part(first, 'accept-all')!.click();
      await first.updateComplete;
      const decidedOnPage = first.hasConsent('audience');
      fixtureCleanup();
      const reloaded = await renderPage();

      expect(decidedOnPage).to.be.true;
      expect(part(first, 'banner')).to.be.null;
      expect(reloaded.decided).to.be.false;
      await expect(reloaded).to.be.accessible();
    });

    it('keeps the choice for the page only when the quota is full', async () => {
      const first = await renderPage();
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('Quota exceeded', 'QuotaExceededError'));

      part(first, 'refuse-all')!.click();
      await first.updateComplete;
      sinon.restore();
      fixtureCleanup();
      const reloaded = await renderPage();

      expect(first.decided).to.be.true;
      expect(reloaded.decided).to.be.false;
    });
  });

  describe('consent templates', () => {
    it('inserts a template’s content only after consent and removes it when withdrawn', async () => {
      const wrapper = await fixture(html`<div>
        <socle-consent-banner>
          <socle-consent-purpose purpose-id="video" name="Vidéos intégrées"></socle-consent-purpose>
        </socle-consent-banner>
        <template data-socle-consent="video"><p class="embed">Lecteur vidéo</p></template>
      </div>`);
      const banner = wrapper.querySelector('socle-consent-banner')!;
      await banner.updateComplete;
      const before = wrapper.querySelector('.embed');

      part(banner, 'accept-all')!.click();
      await banner.updateComplete;
      const afterConsent = wrapper.querySelector('.embed');
      await banner.open();
      radio(banner, 'Vidéos intégrées', 'refuse').click();
      part(banner, 'save')!.click();
      await banner.updateComplete;
      await dialogOf(banner).updateComplete;

      expect(before).to.be.null;
      expect(afterConsent?.textContent).to.equal('Lecteur vidéo');
      expect(wrapper.querySelector('.embed')).to.be.null;
      expect(wrapper.querySelector('template')!.hasAttribute('data-socle-consent-active')).to.be.false;
    });

    it('runs an external script only after consent, once', async () => {
      const wrapper = await fixture(html`<div>
        <socle-consent-banner>
          <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
        </socle-consent-banner>
        <template data-socle-consent="audience"></template>
      </div>`);
      const script = document.createElement('script');
      script.src = SCRIPT_URL;
      wrapper.querySelector('template')!.content.append(script);
      const banner = wrapper.querySelector('socle-consent-banner')!;
      await banner.updateComplete;
      const runsBefore = window.socleConsentProbe;

      part(banner, 'accept-all')!.click();
      await banner.updateComplete;
      await oneEvent(wrapper.querySelector('script')!, 'load');
      banner.syncTemplates();

      expect(runsBefore).to.be.undefined;
      expect(window.socleConsentProbe).to.equal(1);
      expect(wrapper.querySelectorAll('script')).to.have.length(1);
    });

    it('needs every purpose a template names', async () => {
      const wrapper = await fixture(html`<div>
        <socle-consent-banner>
          <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
          <socle-consent-purpose purpose-id="video" name="Vidéos"></socle-consent-purpose>
        </socle-consent-banner>
        <template data-socle-consent="audience video"><p class="both">Les deux</p></template>
      </div>`);
      const banner = wrapper.querySelector('socle-consent-banner')!;
      await banner.open();
      radio(banner, 'Mesure d’audience', 'accept').click();

      part(banner, 'save')!.click();
      await banner.updateComplete;

      expect(wrapper.querySelector('.both')).to.be.null;
    });

    it('inserts the content at load when consent is already stored', async () => {
      const first = await renderPage();
      part(first, 'accept-all')!.click();
      fixtureCleanup();

      const wrapper = await fixture(html`<div>
        <template data-socle-consent="audience"><p class="stats">Statistiques</p></template>
      </div>`);
      const reloaded = await renderPage();

      expect(reloaded.decided).to.be.true;
      expect(wrapper.querySelector('.stats')).not.to.be.null;
    });

    it('warns about a template naming an unknown purpose', async () => {
      const warn = sinon.stub(console, 'warn');

      await fixture(html`<div>
        <socle-consent-banner>
          <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
        </socle-consent-banner>
        <template data-socle-consent="publicite"><p class="ads">Publicité</p></template>
      </div>`);
      await aTimeout(0);

      expect(warn.calledWithMatch(sinon.match('data-socle-consent="publicite"'))).to.be.true;
      expect(document.querySelector('.ads')).to.be.null;
    });
  });
});
