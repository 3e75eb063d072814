import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import { SocleAlert } from './alert.js';
import { defineUpgradingExisting } from './initial-upgrade.js';

function message(alert: SocleAlert): HTMLElement {
  return alert.shadowRoot!.querySelector('.message') as HTMLElement;
}

function dismissButton(alert: SocleAlert): HTMLButtonElement {
  return alert.shadowRoot!.querySelector('.dismiss') as HTMLButtonElement;
}

/** Waits until the alert has put its content back into its live region. */
async function revealed(alert: SocleAlert): Promise<void> {
  await nextFrame();
  await nextFrame();
  await alert.updateComplete;
}

let upgradeCount = 0;
const upgradeContainers: HTMLElement[] = [];

/** Writes `markup` into the page, then registers a subclass so that its elements are upgraded in place, as at page load. */
async function upgradeInPlace(makeMarkup: (tag: string) => string): Promise<SocleAlert> {
  upgradeCount += 1;
  const tag = `test-alert-at-load-${upgradeCount}`;
  const container = document.createElement('div');
  container.innerHTML = makeMarkup(tag);
  document.body.append(container);
  upgradeContainers.push(container);
  defineUpgradingExisting(tag, class extends SocleAlert {});
  const alert = container.querySelector(tag) as SocleAlert;
  await alert.updateComplete;
  return alert;
}

describe('socle-alert', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
    upgradeContainers.splice(0).forEach((container) => container.remove());
  });

  describe('when rendered by default', () => {
    it('renders an info alert with its body', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert>Votre demande est enregistrée.</socle-alert>`);

      expect(alert.severity).to.equal('info');
      expect(alert.shadowRoot!.querySelector('.alert')!.classList.contains('info')).to.be.true;
      expect(alert.shadowRoot!.querySelector('.heading')!.hasAttribute('hidden')).to.be.true;
      expect(alert.shadowRoot!.querySelector('.dismiss')).to.be.null;
    });

    it('reads the severity before the body', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert severity="error">Le dossier est incomplet.</socle-alert>`);

      const body = alert.shadowRoot!.querySelector('.body')!;

      expect(body.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('Erreur :');
    });

    it('is accessible', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert>Votre demande est enregistrée.</socle-alert>`);

      await expect(alert).to.be.accessible();
    });
  });

  describe('severities', () => {
    const roles = { info: 'status', success: 'status', warning: 'alert', error: 'alert' } as const;

    for (const [severity, role] of Object.entries(roles)) {
      it(`uses role ${role} for ${severity} and is accessible`, async () => {
        const alert = await fixture<SocleAlert>(
          html`<socle-alert severity=${severity} heading="Titre">Texte du message.</socle-alert>`,
        );
        await revealed(alert);

        expect(message(alert).getAttribute('role')).to.equal(role);
        expect(message(alert).getAttribute('aria-atomic')).to.equal('true');
        expect(alert.shadowRoot!.querySelector('.alert')!.classList.contains(severity)).to.be.true;
        await expect(alert).to.be.accessible();
      });
    }

    it('falls back to info and warns once on an unknown severity', async () => {
      const warn = sinon.stub(console, 'warn');

      const alert = await fixture<SocleAlert>(html`<socle-alert severity="fatal">Texte.</socle-alert>`);
      alert.requestUpdate();
      await alert.updateComplete;

      expect(message(alert).getAttribute('role')).to.equal('status');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-alert> severity="fatal"');
    });
  });

  describe('heading', () => {
    it('renders the heading attribute at level 3 by default', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert heading="Demande envoyée">Texte.</socle-alert>`);

      const heading = alert.shadowRoot!.querySelector('.heading')!;

      expect(heading.localName).to.equal('h3');
      expect(heading.hasAttribute('hidden')).to.be.false;
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Information : Demande envoyée');
    });

    for (const level of [2, 4, 5, 6]) {
      it(`renders an h${level} with heading-level ${level}`, async () => {
        const alert = await fixture<SocleAlert>(
          html`<socle-alert heading="Titre" heading-level=${level}>Texte.</socle-alert>`,
        );

        expect(alert.shadowRoot!.querySelector('.heading')!.localName).to.equal(`h${level}`);
      });
    }

    it('falls back to h3 and warns on heading-level 1', async () => {
      const warn = sinon.stub(console, 'warn');

      const alert = await fixture<SocleAlert>(html`<socle-alert heading="Titre" heading-level="1">Texte.</socle-alert>`);

      expect(alert.shadowRoot!.querySelector('.heading')!.localName).to.equal('h3');
      expect(warn.firstCall.args[0]).to.contain('heading-level="1"');
    });

    it('accepts a rich heading in the heading slot', async () => {
      const alert = await fixture<SocleAlert>(
        html`<socle-alert><span slot="heading">Pièce <em>manquante</em></span>Ajoutez le justificatif.</socle-alert>`,
      );

      const heading = alert.shadowRoot!.querySelector('.heading')!;

      expect(heading.hasAttribute('hidden')).to.be.false;
      expect(heading.querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(alert).to.be.accessible();
    });
  });

  describe('when present in the page at load', () => {
    it('has no live role', async () => {
      const alert = await upgradeInPlace((tag) => `<${tag} severity="error">Erreur initiale.</${tag}>`);

      await revealed(alert);

      expect(message(alert).hasAttribute('role')).to.be.false;
      await expect(alert).to.be.accessible();
    });

    it('becomes live when its content changes', async () => {
      const alert = await upgradeInPlace((tag) => `<${tag} severity="warning">Ancien texte.</${tag}>`);

      alert.textContent = 'Nouveau texte.';
      // The MutationObserver callback runs as a microtask, before any frame.
      await Promise.resolve();
      await alert.updateComplete;

      expect(message(alert).getAttribute('role')).to.equal('alert');
      expect(message(alert).classList.contains('pending')).to.be.true;
      await revealed(alert);
      expect(message(alert).classList.contains('pending')).to.be.false;
    });

    it('becomes live when its heading changes', async () => {
      const alert = await upgradeInPlace((tag) => `<${tag} heading="Avant">Texte.</${tag}>`);

      alert.heading = 'Après';
      await alert.updateComplete;
      await alert.updateComplete;

      expect(message(alert).getAttribute('role')).to.equal('status');
    });
  });

  describe('when inserted after load', () => {
    it('hides its content for a frame, then reveals it inside the live region', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert severity="success">Paiement reçu.</socle-alert>`);

      expect(message(alert).getAttribute('role')).to.equal('status');
      expect(message(alert).classList.contains('pending')).to.be.true;
      await revealed(alert);
      expect(message(alert).classList.contains('pending')).to.be.false;
      expect(getComputedStyle(message(alert)).visibility).to.equal('visible');
    });

    it('switches to role alert when the severity becomes error', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert>Texte.</socle-alert>`);
      await revealed(alert);

      alert.severity = 'error';
      await alert.updateComplete;
      await alert.updateComplete;

      expect(message(alert).getAttribute('role')).to.equal('alert');
      expect(message(alert).classList.contains('pending')).to.be.true;
    });
  });

  describe('when dismissible', () => {
    it('names the close button in French and is accessible', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert dismissible heading="Titre">Texte.</socle-alert>`);
      await revealed(alert);

      expect(dismissButton(alert).textContent!.trim()).to.equal('Masquer le message');
      await expect(alert).to.be.accessible();
    });

    it('names the close button in English', async () => {
      const wrapper = await fixture(html`<div lang="en"><socle-alert dismissible>Text.</socle-alert></div>`);
      const alert = wrapper.querySelector('socle-alert')!;
      await alert.updateComplete;

      expect(dismissButton(alert).textContent!.trim()).to.equal('Dismiss message');
    });

    it('hides on Enter and moves focus to the next focusable element', async () => {
      const wrapper = await fixture(html`<div>
        <socle-alert dismissible>Texte.</socle-alert>
        <p>Paragraphe</p>
        <a href="#suite">Suite</a>
      </div>`);
      const alert = wrapper.querySelector('socle-alert')!;
      await alert.updateComplete;
      const onDismiss = sinon.spy();
      alert.addEventListener('socle-dismiss', onDismiss);

      dismissButton(alert).focus();
      await sendKeys({ press: 'Enter' });

      expect(onDismiss.callCount).to.equal(1);
      expect(alert.hidden).to.be.true;
      expect(document.activeElement).to.equal(wrapper.querySelector('a'));
    });

    it('hides on Space and moves focus to the return-focus element', async () => {
      const wrapper = await fixture(html`<div>
        <h2 id="test-alert-target" tabindex="-1">Résultats</h2>
        <socle-alert dismissible return-focus="test-alert-target">Texte.</socle-alert>
        <a href="#suite">Suite</a>
      </div>`);
      const alert = wrapper.querySelector('socle-alert')!;
      await alert.updateComplete;

      dismissButton(alert).focus();
      await sendKeys({ press: ' ' });

      expect(alert.hidden).to.be.true;
      expect(document.activeElement).to.equal(wrapper.querySelector('h2'));
    });

    it('moves focus to the previous focusable element when none follows', async () => {
      const wrapper = await fixture(html`<div>
        <button type="button">Avant</button>
        <socle-alert dismissible>Texte.</socle-alert>
      </div>`);
      const alert = wrapper.querySelector('socle-alert')!;
      await alert.updateComplete;

      dismissButton(alert).focus();
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });

    it('stays visible when socle-dismiss is canceled', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert dismissible>Texte.</socle-alert>`);
      alert.addEventListener('socle-dismiss', (event) => event.preventDefault());

      dismissButton(alert).focus();
      await sendKeys({ press: 'Enter' });

      expect(alert.hidden).to.be.false;
      expect(alert.shadowRoot!.activeElement).to.equal(dismissButton(alert));
    });

    it('fires socle-dismiss bubbling out of the shadow root', async () => {
      const alert = await fixture<SocleAlert>(html`<socle-alert dismissible>Texte.</socle-alert>`);

      setTimeout(() => dismissButton(alert).click());
      const event = await oneEvent(alert, 'socle-dismiss');

      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.cancelable).to.be.true;
    });
  });
});
