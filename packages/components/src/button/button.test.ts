import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleButton } from './button.js';

function inner(button: SocleButton): HTMLElement {
  return button.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
}

async function tabTo(element: HTMLElement): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'Avant';
  element.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

describe('socle-button', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered by default', () => {
    it('renders a native button of type button', async () => {
      const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);

      const base = inner(button);

      expect(base.localName).to.equal('button');
      expect(base.getAttribute('type')).to.equal('button');
      expect(base.className).to.contain('primary');
      expect(base.className).to.contain('md');
    });

    it('is accessible', async () => {
      const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);

      await expect(button).to.be.accessible();
    });
  });

  describe('variants and sizes', () => {
    for (const variant of ['primary', 'secondary', 'tertiary'] as const) {
      for (const size of ['sm', 'md', 'lg'] as const) {
        it(`renders ${variant} ${size} accessibly`, async () => {
          const button = await fixture<SocleButton>(
            html`<socle-button variant=${variant} size=${size}>Envoyer</socle-button>`,
          );

          expect(inner(button).classList.contains(variant)).to.be.true;
          expect(inner(button).classList.contains(size)).to.be.true;
          await expect(button).to.be.accessible();
        });
      }
    }

    it('makes large buttons at least 44 px high', async () => {
      const button = await fixture<SocleButton>(html`<socle-button size="lg">Envoyer</socle-button>`);

      expect(inner(button).getBoundingClientRect().height).to.be.at.least(44);
    });

    it('makes small buttons at least 24 px high', async () => {
      const button = await fixture<SocleButton>(html`<socle-button size="sm">Envoyer</socle-button>`);

      expect(inner(button).getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('when an attribute value is invalid', () => {
    it('falls back to the default variant and warns once', async () => {
      const warn = sinon.stub(console, 'warn');

      const button = await fixture<SocleButton>(html`<socle-button variant="rainbow">Envoyer</socle-button>`);
      button.requestUpdate();
      await button.updateComplete;

      expect(inner(button).classList.contains('primary')).to.be.true;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-button> variant="rainbow"');
      expect(warn.firstCall.args[0]).to.contain('primary, secondary, tertiary');
    });

    it('warns about an invalid type when rendered, before any click', async () => {
      const warn = sinon.stub(console, 'warn');

      await fixture<SocleButton>(html`<socle-button type="envoyer">Envoyer</socle-button>`);

      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-button> type="envoyer"');
      expect(warn.firstCall.args[0]).to.contain('button, submit, reset');
    });

    it('falls back to the default size', async () => {
      sinon.stub(console, 'warn');

      const button = await fixture<SocleButton>(html`<socle-button size="xxl">Envoyer</socle-button>`);

      expect(inner(button).classList.contains('md')).to.be.true;
    });
  });

  describe('with an icon', () => {
    it('shows the icon slot and keeps the text as the name', async () => {
      const button = await fixture<SocleButton>(
        html`<socle-button><svg slot="icon" aria-hidden="true" viewBox="0 0 1 1"></svg>Imprimer</socle-button>`,
      );

      const slot = button.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="icon"]')!;

      expect(slot.assignedElements()).to.have.length(1);
      await expect(button).to.be.accessible();
    });

    it('names an icon-only button with label', async () => {
      const button = await fixture<SocleButton>(
        html`<socle-button label="Fermer"><svg slot="icon" aria-hidden="true" viewBox="0 0 1 1"></svg></socle-button>`,
      );

      expect(inner(button).getAttribute('aria-label')).to.equal('Fermer');
      await expect(button).to.be.accessible();
    });

    it('puts the icon after the text with icon-position end', async () => {
      const button = await fixture<SocleButton>(html`<socle-button icon-position="end">Suivant</socle-button>`);

      expect(inner(button).classList.contains('icon-end')).to.be.true;
    });
  });

  describe('keyboard', () => {
    it('is reached by Tab and activated by Enter', async () => {
      const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);
      const onClick = sinon.spy();
      button.addEventListener('click', onClick);

      await tabTo(button);
      await sendKeys({ press: 'Enter' });

      expect(button.shadowRoot!.activeElement).to.equal(inner(button));
      expect(onClick.callCount).to.equal(1);
    });

    it('is activated by Space', async () => {
      const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);
      const onClick = sinon.spy();
      button.addEventListener('click', onClick);

      button.focus();
      await sendKeys({ press: ' ' });

      expect(onClick.callCount).to.equal(1);
    });

    it('is skipped by Tab when disabled', async () => {
      const wrapper = await fixture(html`<div>
        <button id="first">Premier</button><socle-button disabled>Désactivé</socle-button
        ><button id="last">Dernier</button>
      </div>`);
      wrapper.querySelector<HTMLButtonElement>('#first')!.focus();

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement?.id).to.equal('last');
    });
  });

  describe('when disabled', () => {
    it('fires no click and is accessible', async () => {
      const button = await fixture<SocleButton>(html`<socle-button disabled>Continuer</socle-button>`);
      const onClick = sinon.spy();
      button.addEventListener('click', onClick);

      inner(button).click();

      expect(onClick.callCount).to.equal(0);
      expect((inner(button) as HTMLButtonElement).disabled).to.be.true;
      await expect(button).to.be.accessible();
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled><legend>Groupe</legend><socle-button type="submit">Envoyer</socle-button></fieldset>
      </form>`);
      const button = form.querySelector<SocleButton>('socle-button')!;
      await button.updateComplete;

      expect((inner(button) as HTMLButtonElement).disabled).to.be.true;
    });
  });

  describe('in a form', () => {
    it('submits the form with type submit, including its name and value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="nom" value="Dupont" aria-label="Nom" />
        <socle-button type="submit" name="action" value="envoyer">Envoyer</socle-button>
      </form>`);
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, event.submitter);
      });

      form.querySelector<SocleButton>('socle-button')!.focus();
      await sendKeys({ press: 'Enter' });

      expect(data?.get('nom')).to.equal('Dupont');
      expect(data?.get('action')).to.equal('envoyer');
    });

    it('does not submit an invalid form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="nom" required aria-label="Nom" />
        <socle-button type="submit">Envoyer</socle-button>
      </form>`);
      const onSubmit = sinon.spy((event: Event) => event.preventDefault());
      form.addEventListener('submit', onSubmit);

      form.querySelector<SocleButton>('socle-button')!.click();

      expect(onSubmit.callCount).to.equal(0);
    });

    it('resets the form with type reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="nom" value="Dupont" aria-label="Nom" />
        <socle-button type="reset">Effacer</socle-button>
      </form>`);
      const input = form.querySelector('input')!;
      input.value = 'Martin';

      form.querySelector<SocleButton>('socle-button')!.click();

      expect(input.value).to.equal('Dupont');
    });

    it('neither submits nor resets with type button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="nom" value="Dupont" aria-label="Nom" />
        <socle-button>Aide</socle-button>
      </form>`);
      const onSubmit = sinon.spy((event: Event) => event.preventDefault());
      form.addEventListener('submit', onSubmit);
      form.querySelector('input')!.value = 'Martin';

      form.querySelector<SocleButton>('socle-button')!.click();

      expect(onSubmit.callCount).to.equal(0);
      expect(form.querySelector('input')!.value).to.equal('Martin');
    });

    it('exposes its owner form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-button>Aide</socle-button></form>`);

      expect(form.querySelector<SocleButton>('socle-button')!.form).to.equal(form);
    });
  });

  describe('with href', () => {
    it('renders a link styled as a button', async () => {
      const button = await fixture<SocleButton>(html`<socle-button href="/demarche">Commencer</socle-button>`);

      const base = inner(button) as HTMLAnchorElement;

      expect(base.localName).to.equal('a');
      expect(base.getAttribute('href')).to.equal('/demarche');
      await expect(button).to.be.accessible();
    });

    it('follows the link on Enter', async () => {
      const button = await fixture<SocleButton>(html`<socle-button href="#cible">Aller</socle-button>`);
      const onClick = sinon.spy((event: Event) => event.preventDefault());
      button.addEventListener('click', onClick);

      button.focus();
      await sendKeys({ press: 'Enter' });

      expect(onClick.callCount).to.equal(1);
    });

    it('adds noopener with target _blank', async () => {
      const button = await fixture<SocleButton>(
        html`<socle-button href="https://exemple.fr" target="_blank">Ouvrir</socle-button>`,
      );

      expect(inner(button).getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('drops a javascript: URL', async () => {
      const button = await fixture<SocleButton>(html`<socle-button href=" java\tscript:alert(1)">Piège</socle-button>`);

      expect(inner(button).hasAttribute('href')).to.be.false;
    });

    it('loses its href when disabled and stays accessible', async () => {
      const button = await fixture<SocleButton>(html`<socle-button href="/demarche" disabled>Commencer</socle-button>`);

      expect(inner(button).hasAttribute('href')).to.be.false;
      expect(inner(button).getAttribute('aria-disabled')).to.equal('true');
      await expect(button).to.be.accessible();
    });
  });

  describe('focus()', () => {
    it('moves focus to the inner control', async () => {
      const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);

      button.focus();

      expect(document.activeElement).to.equal(button);
      expect(button.shadowRoot!.activeElement).to.equal(inner(button));
    });
  });

  it('fires click from the host once per activation', async () => {
    const button = await fixture<SocleButton>(html`<socle-button>Continuer</socle-button>`);

    setTimeout(() => button.click());
    const event = await oneEvent(button, 'click');

    expect(event.composed).to.be.true;
  });
});
