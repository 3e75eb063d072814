import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../brand/define.js';
import '../footer/define.js';
import '../franceconnect-button/define.js';
import '../header/define.js';
import '../notice/define.js';
import '../official-banner/define.js';
import '../skip-links/define.js';
import './define.js';
import type { SocleConsentBanner } from './consent-banner.js';
import { CONSENT_STORAGE_PREFIX } from './consent-record.js';

/*
 * Keyboard-only use of a whole home page assembled from the site elements,
 * with real Tab presses from the top of the document.
 */

const NOTICE_KEY = 'socle-notice:site-page-maintenance';

function clearStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith(CONSENT_STORAGE_PREFIX) || key === NOTICE_KEY) localStorage.removeItem(key);
  }
}

async function renderPage(): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div>
    <socle-skip-links content="contenu" search="recherche"></socle-skip-links>
    <socle-consent-banner consent-version="site-page">
      <socle-consent-purpose purpose-id="session" name="Cookies techniques" required></socle-consent-purpose>
      <socle-consent-purpose purpose-id="audience" name="Mesure d’audience"></socle-consent-purpose>
    </socle-consent-banner>
    <socle-official-banner administration="l’État"></socle-official-banner>
    <socle-notice
      severity="warning"
      heading="Maintenance programmée"
      notice-id="site-page-maintenance"
      link-href="#maintenance"
      dismissible
      >Le service sera indisponible dimanche.</socle-notice
    >
    <socle-header service-name="Rendez-vous en préfecture">
      <socle-brand slot="brand" variant="etat" href="#accueil"></socle-brand>
      <form slot="search" role="search" id="recherche" @submit=${(event: Event) => event.preventDefault()}>
        <input type="search" aria-label="Rechercher sur le site" />
      </form>
    </socle-header>
    <main id="contenu">
      <h1>Prendre rendez-vous</h1>
      <socle-franceconnect-button href="#connexion" or-separator></socle-franceconnect-button>
      <p><a href="#identifiant" id="identifiant">Se connecter avec un identifiant</a></p>
    </main>
    <socle-footer
      variant="etat"
      accessibility-status="partiellement"
      accessibility-href="#accessibilite"
      legal-href="#mentions-legales"
      privacy-href="#donnees-personnelles"
    ></socle-footer>
  </div>`);
  const elements = [...page.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('*')];
  await Promise.all(elements.map((element) => element.updateComplete));
  return page;
}

/** Returns the focused element, looking inside open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function inShadow(page: HTMLElement, host: string, selector: string): HTMLElement {
  return page.querySelector(host)!.shadowRoot!.querySelector<HTMLElement>(selector)!;
}

/** Puts focus back at the top of the document, as a freshly loaded page has it. */
function startFromTop(): void {
  (document.activeElement as HTMLElement | null)?.blur();
  window.scrollTo(0, 0);
}

/** Presses Tab until `target` has focus or `limit` presses; returns every element reached. */
async function tabUntil(target: Element, limit = 60): Promise<Element[]> {
  const reached: Element[] = [];
  for (let press = 0; press < limit; press += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active) reached.push(active);
    if (active === target) break;
  }
  return reached;
}

describe('site page keyboard navigation', () => {
  beforeEach(() => {
    clearStorage();
  });

  afterEach(() => {
    clearStorage();
  });

  it('reaches the skip links first and moves to the content with Enter', async () => {
    const page = await renderPage();
    startFromTop();

    await sendKeys({ press: 'Tab' });
    const first = deepActive();
    await sendKeys({ press: 'Enter' });

    expect(first).to.equal(inShadow(page, 'socle-skip-links', 'a'));
    expect(first!.textContent!.trim()).to.equal('Aller au contenu');
    expect(document.activeElement).to.equal(page.querySelector('#contenu'));
  });

  it('walks the whole frame in order, from skip links to the footer', async () => {
    const page = await renderPage();
    const cookies = inShadow(page, 'socle-footer', '[part="cookies"]');
    startFromTop();

    const reached = await tabUntil(cookies);

    const milestones = [
      inShadow(page, 'socle-skip-links', 'a'),
      inShadow(page, 'socle-consent-banner', '[part="accept-all"]'),
      inShadow(page, 'socle-consent-banner', '[part="refuse-all"]'),
      inShadow(page, 'socle-consent-banner', '[part="customize"]'),
      inShadow(page, 'socle-official-banner', '[part="button"]'),
      inShadow(page, 'socle-notice', '[part="link"]'),
      inShadow(page, 'socle-notice', '[part="dismiss"]'),
      page.querySelector('#recherche input')!,
      inShadow(page, 'socle-franceconnect-button', '[part="button"]'),
      inShadow(page, 'socle-franceconnect-button', '[part="help"]'),
      page.querySelector('#identifiant')!,
      cookies,
    ];
    const positions = milestones.map((milestone) => reached.indexOf(milestone));
    expect(positions.every((position) => position >= 0), `reached ${positions.join(', ')}`).to.be.true;
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(new Set(reached).size).to.equal(reached.length);
  });

  it('refuses cookies from the banner and goes on to the official banner', async () => {
    const page = await renderPage();
    const banner = page.querySelector<SocleConsentBanner>('socle-consent-banner')!;
    startFromTop();
    await tabUntil(inShadow(page, 'socle-consent-banner', '[part="refuse-all"]'));

    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;

    expect(banner.decided).to.be.true;
    expect(banner.hasConsent('audience')).to.be.false;
    expect(deepActive()).to.equal(inShadow(page, 'socle-official-banner', '[part="button"]'));
  });

  it('reopens the settings from the footer and returns there after saving', async () => {
    const page = await renderPage();
    const banner = page.querySelector<SocleConsentBanner>('socle-consent-banner')!;
    const cookies = inShadow(page, 'socle-footer', '[part="cookies"]');
    cookies.focus();

    await sendKeys({ press: 'Enter' });
    await banner.updateComplete;
    const dialog = banner.shadowRoot!.querySelector('socle-dialog')!;
    await dialog.updateComplete;
    const opened = dialog.open;
    await tabUntil(banner.shadowRoot!.querySelector('input[value="refuse"]')!, 5);
    await sendKeys({ press: 'ArrowUp' });
    await tabUntil(banner.shadowRoot!.querySelector('[part="save"]')!, 5);
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;

    expect(opened).to.be.true;
    expect(dialog.open).to.be.false;
    expect(banner.hasConsent('audience')).to.be.true;
    expect(deepActive()).to.equal(cookies);
  });
});
