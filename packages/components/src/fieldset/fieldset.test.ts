import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import '../date-input/define.js';
import './define.js';
import type { SocleFieldset } from './fieldset.js';

/**
 * Renders markup whose root is a plain element and waits for the Lit elements
 * in it. `fixture()` waits for an animation frame on plain roots, and frames
 * stall in a page left in the background while another test page has focus.
 */
async function plainFixture<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const root = fixtureSync<T>(template);
  const litElements = [root, ...root.querySelectorAll('*')].filter(
    (element): element is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in element,
  );
  await Promise.all(litElements.map((element) => element.updateComplete));
  return root;
}

function base(fieldset: SocleFieldset): HTMLFieldSetElement {
  return fieldset.shadowRoot!.querySelector('fieldset')!;
}

function legend(fieldset: SocleFieldset): HTMLLegendElement {
  return fieldset.shadowRoot!.querySelector('legend')!;
}

async function settle(fieldset: SocleFieldset): Promise<void> {
  await fieldset.updateComplete;
  // Mutation observer callbacks run as microtasks after the DOM change.
  await Promise.resolve();
}

describe('socle-fieldset', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('renders a native fieldset whose legend comes from the attribute', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse">
        <label>Rue <input name="rue" /></label>
      </socle-fieldset>`);

      expect(base(fieldset)).to.exist;
      expect(legend(fieldset).textContent!.trim()).to.equal('Adresse');
      expect(base(fieldset).hasAttribute('aria-describedby')).to.be.false;
      await expect(fieldset).to.be.accessible();
    });

    it('takes rich legend content from the legend slot', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Ignorée">
        <span slot="legend">Votre <em>adresse</em></span>
        <label>Rue <input name="rue" /></label>
      </socle-fieldset>`);

      const slot = legend(fieldset).querySelector('slot')!;

      expect(slot.assignedElements()[0]!.textContent).to.equal('Votre adresse');
      await expect(fieldset).to.be.accessible();
    });

    it('ties the hint and the group error to the fieldset', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset
        legend="Moyens de contact"
        hint="Cochez au moins une case."
        error="Sélectionnez au moins un moyen de contact"
      >
        <label><input type="checkbox" name="contact" value="courriel" /> Courriel</label>
      </socle-fieldset>`);

      const error = fieldset.shadowRoot!.querySelector('#error')!;

      expect(base(fieldset).getAttribute('aria-describedby')).to.equal('hint error');
      expect(fieldset.shadowRoot!.querySelector('#hint')!.textContent!.trim()).to.equal('Cochez au moins une case.');
      expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Erreur : Sélectionnez au moins un moyen de contact');
      await expect(fieldset).to.be.accessible();
    });

    it('prefixes the error in English', async () => {
      const fieldset = await fixture<SocleFieldset>(
        html`<socle-fieldset lang="en" legend="Contact" error="Select at least one option"></socle-fieldset>`,
      );

      expect(fieldset.shadowRoot!.querySelector('#error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Error: Select at least one option',
      );
    });

    it('accepts a hint from the hint slot', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse">
        <span slot="hint">Comme sur votre <strong>avis d’imposition</strong>.</span>
      </socle-fieldset>`);

      expect(base(fieldset).getAttribute('aria-describedby')).to.equal('hint');
      expect(fieldset.shadowRoot!.querySelector<HTMLElement>("#hint")!.hidden).to.be.false;
    });

    it('does not block submission with a group error', async () => {
      const form = await plainFixture<HTMLFormElement>(html`<form>
        <socle-fieldset legend="Contact" error="Sélectionnez au moins un moyen de contact"></socle-fieldset>
      </form>`);

      expect(form.checkValidity()).to.be.true;
      expect(form.querySelector<SocleFieldset>('socle-fieldset')!.form).to.equal(form);
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });
  });

  describe('legend options', () => {
    for (const level of ['2', '3', '4', '5', '6']) {
      it(`renders the legend inside an h${level}`, async () => {
        const fieldset = await fixture<SocleFieldset>(
          html`<socle-fieldset legend="Quelle est votre situation ?" legend-heading=${level}></socle-fieldset>`,
        );

        const heading = legend(fieldset).querySelector(`h${level}`);

        expect(heading).to.exist;
        expect(heading!.textContent!.trim()).to.equal('Quelle est votre situation ?');
        await expect(fieldset).to.be.accessible();
      });
    }

    it('renders no heading by default', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse"></socle-fieldset>`);

      expect(legend(fieldset).querySelector('h1, h2, h3, h4, h5, h6')).to.be.null;
    });

    it('falls back to no heading and warns once for an invalid level', async () => {
      const warn = sinon.stub(console, 'warn');

      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse" legend-heading="1"></socle-fieldset>`);
      fieldset.requestUpdate();
      await fieldset.updateComplete;

      expect(legend(fieldset).querySelector('h1, h2, h3, h4, h5, h6')).to.be.null;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-fieldset> legend-heading="1"');
    });

    it('sizes the legend', async () => {
      const small = await fixture<SocleFieldset>(html`<socle-fieldset legend="Petit" legend-size="sm"></socle-fieldset>`);
      const large = await fixture<SocleFieldset>(html`<socle-fieldset legend="Grand" legend-size="xl"></socle-fieldset>`);

      const smallSize = parseFloat(getComputedStyle(legend(small)).fontSize);
      const largeSize = parseFloat(getComputedStyle(legend(large)).fontSize);

      expect(legend(small).classList.contains('sm')).to.be.true;
      expect(largeSize).to.be.greaterThan(smallSize);
    });

    it('falls back to the medium size for an invalid size', async () => {
      sinon.stub(console, 'warn');

      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse" legend-size="huge"></socle-fieldset>`);

      expect(legend(fieldset).classList.contains('md')).to.be.true;
    });
  });

  describe('when disabled', () => {
    it('needs its own propagation, because a shadow fieldset does not disable slotted controls', async () => {
      const host = await plainFixture<HTMLDivElement>(html`<div><input aria-label="Rue" /></div>`);
      host.attachShadow({ mode: 'open' }).innerHTML = '<fieldset disabled><legend>Groupe</legend><slot></slot></fieldset>';

      expect(host.querySelector('input')!.matches(':disabled')).to.be.false;
    });

    it('disables slotted native and form-associated controls', async () => {
      const form = await plainFixture<HTMLFormElement>(html`<form>
        <socle-fieldset legend="Naissance" disabled>
          <label>Ville <input name="ville" value="Lyon" /></label>
          <socle-date-input name="date" label="Date" value="1990-07-14"></socle-date-input>
          <button type="button">Aide</button>
        </socle-fieldset>
      </form>`);
      const fieldset = form.querySelector<SocleFieldset>('socle-fieldset')!;
      const dateInput = form.querySelector('socle-date-input')!;
      await settle(fieldset);
      await dateInput.updateComplete;

      expect(form.querySelector('input')!.disabled).to.be.true;
      expect(form.querySelector('button')!.disabled).to.be.true;
      expect(dateInput.matches(':disabled')).to.be.true;
      expect([...new FormData(form).keys()]).to.deep.equal([]);
      expect(fieldset.matches(':disabled')).to.be.true;
      await expect(fieldset).to.be.accessible();
    });

    it('enables the controls again, except those the page disabled', async () => {
      const form = await plainFixture<HTMLFormElement>(html`<form>
        <socle-fieldset legend="Adresse" disabled>
          <input name="rue" value="1 rue de la Paix" aria-label="Rue" />
          <input name="pays" value="France" aria-label="Pays" disabled />
        </socle-fieldset>
      </form>`);
      const fieldset = form.querySelector<SocleFieldset>('socle-fieldset')!;
      await settle(fieldset);

      fieldset.disabled = false;
      await settle(fieldset);

      expect(form.querySelector<HTMLInputElement>('[name="rue"]')!.disabled).to.be.false;
      expect(form.querySelector<HTMLInputElement>('[name="pays"]')!.disabled).to.be.true;
      expect([...new FormData(form).keys()]).to.deep.equal(['rue']);
    });

    it('disables controls added while disabled and releases removed ones', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Adresse" disabled></socle-fieldset>`);
      const added = document.createElement('input');
      added.setAttribute('aria-label', 'Complément');

      fieldset.append(added);
      await settle(fieldset);
      expect(added.disabled).to.be.true;

      added.remove();
      await settle(fieldset);
      expect(added.disabled).to.be.false;
    });

    it('leaves controls in the legend slot enabled', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset disabled>
        <span slot="legend">Adresse <button type="button">Aide</button></span>
        <input aria-label="Rue" />
      </socle-fieldset>`);
      await settle(fieldset);

      expect(fieldset.querySelector('button')!.disabled).to.be.false;
      expect(fieldset.querySelector('input')!.disabled).to.be.true;
    });

    it('keeps a control disabled until the last nested fieldset enables it', async () => {
      const outer = await fixture<SocleFieldset>(html`<socle-fieldset legend="Demande" disabled>
        <socle-fieldset legend="Adresse" disabled><input aria-label="Rue" /></socle-fieldset>
      </socle-fieldset>`);
      const inner = outer.querySelector<SocleFieldset>('socle-fieldset')!;
      const input = outer.querySelector('input')!;
      await settle(outer);
      await settle(inner);

      outer.disabled = false;
      await settle(outer);
      await settle(inner);

      expect(input.disabled).to.be.true;

      inner.disabled = false;
      await settle(inner);

      expect(input.disabled).to.be.false;
    });

    it('is skipped by Tab', async () => {
      const wrapper = await plainFixture<HTMLDivElement>(html`<div>
        <button id="first">Premier</button>
        <socle-fieldset legend="Adresse" disabled><input aria-label="Rue" /></socle-fieldset>
        <button id="last">Dernier</button>
      </div>`);
      await settle(wrapper.querySelector<SocleFieldset>('socle-fieldset')!);
      wrapper.querySelector<HTMLButtonElement>('#first')!.focus();

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement?.id).to.equal('last');
    });

    it('shows itself disabled inside a disabled native fieldset', async () => {
      const outer = await plainFixture<HTMLFieldSetElement>(html`<fieldset disabled>
        <legend>Demande</legend>
        <socle-fieldset legend="Adresse"><input aria-label="Rue" /></socle-fieldset>
      </fieldset>`);
      const fieldset = outer.querySelector<SocleFieldset>('socle-fieldset')!;
      await fieldset.updateComplete;

      expect(fieldset.matches(':disabled')).to.be.true;
      expect(base(fieldset).classList.contains('disabled')).to.be.true;
      expect(outer.querySelector('input')!.matches(':disabled')).to.be.true;
    });
  });

  describe('when enabled', () => {
    it('lets Tab reach the grouped controls', async () => {
      const wrapper = await plainFixture<HTMLDivElement>(html`<div>
        <button id="first">Premier</button>
        <socle-fieldset legend="Adresse"><input id="rue" aria-label="Rue" /></socle-fieldset>
      </div>`);
      wrapper.querySelector<HTMLButtonElement>('#first')!.focus();

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement?.id).to.equal('rue');
    });

    it('is accessible around a date input', async () => {
      const fieldset = await fixture<SocleFieldset>(html`<socle-fieldset legend="Votre naissance" legend-heading="2">
        <socle-date-input label="Date de naissance" hint="Par exemple, 14 07 1990"></socle-date-input>
      </socle-fieldset>`);

      await expect(fieldset).to.be.accessible();
    });
  });
});
