import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { deepActiveElement } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleNameFields } from './name-fields.js';

function field(control: SocleNameFields, id: string): HTMLInputElement {
  return control.shadowRoot!.getElementById(id) as HTMLInputElement;
}

function part(control: SocleNameFields, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

function addButton(control: SocleNameFields): HTMLButtonElement | null {
  return control.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]');
}

async function typeInto(control: SocleNameFields, id: string, text: string): Promise<void> {
  field(control, id).focus();
  await sendKeys({ type: text });
  await control.updateComplete;
}

async function renderInForm(
  attributes: { required?: boolean; mode?: string; lang?: string; max?: number } = {},
): Promise<{ form: HTMLFormElement; control: SocleNameFields }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${attributes.lang ?? 'fr'}>
    <socle-name-fields
      name="demandeur"
      label="Identité"
      mode=${attributes.mode ?? 'civil'}
      max-given-names=${attributes.max ?? 4}
      ?required=${attributes.required}
    ></socle-name-fields>
    <button type="button">Après</button>
  </form>`);
  const control = form.querySelector('socle-name-fields')!;
  await control.updateComplete;
  return { form, control };
}

function entries(form: HTMLFormElement): Array<[string, FormDataEntryValue]> {
  return [...new FormData(form).entries()];
}

describe('socle-name-fields', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('when rendered', () => {
    it('groups the fields in a fieldset with the label as legend', async () => {
      const { control } = await renderInForm();

      expect(part(control, 'base').localName).to.equal('fieldset');
      expect(part(control, 'form-control-label').textContent!.trim()).to.equal('Identité');
      expect(control.shadowRoot!.querySelector('label[for="birth-name"]')!.textContent).to.contain('Nom de naissance');
      expect(control.shadowRoot!.querySelector('label[for="usage-name"]')!.textContent).to.contain('Nom d’usage (facultatif)');
      expect(control.shadowRoot!.querySelector('label[for="given-name-0"]')!.textContent).to.contain('Prénom');
      expect(control.shadowRoot!.querySelector('label[for="no-given-name"]')!.textContent).to.contain('Je n’ai pas de prénom');
    });

    it('marks the required fields when required', async () => {
      const { control } = await renderInForm({ required: true });

      expect(control.shadowRoot!.querySelector('label[for="birth-name"]')!.textContent).to.contain('(obligatoire)');
      expect(field(control, 'birth-name').getAttribute('aria-required')).to.equal('true');
      expect(field(control, 'given-name-0').getAttribute('aria-required')).to.equal('true');
      expect(field(control, 'usage-name').hasAttribute('aria-required')).to.be.false;
    });

    it('shows English labels', async () => {
      const { control } = await renderInForm({ lang: 'en' });

      expect(control.shadowRoot!.querySelector('label[for="birth-name"]')!.textContent).to.contain('Birth surname');
      expect(addButton(control)!.textContent!.trim()).to.equal('Add a given name');
    });

    it('sets autofill tokens only with autocomplete="on"', async () => {
      const off = await fixture<SocleNameFields>(html`<socle-name-fields given-names="Marie,Claire"></socle-name-fields>`);
      const on = await fixture<SocleNameFields>(html`<socle-name-fields autocomplete="on" given-names="Marie,Claire"></socle-name-fields>`);

      expect(field(off, 'birth-name').hasAttribute('autocomplete')).to.be.false;
      expect(field(off, 'given-name-0').hasAttribute('autocomplete')).to.be.false;
      expect(field(on, 'birth-name').getAttribute('autocomplete')).to.equal('family-name');
      expect(field(on, 'given-name-0').getAttribute('autocomplete')).to.equal('given-name');
      expect(field(on, 'given-name-1').getAttribute('autocomplete')).to.equal('additional-name');
      expect(field(on, 'usage-name').hasAttribute('autocomplete')).to.be.false;
    });
  });

  describe('with invalid property values', () => {
    afterEach(() => {
      resetWarnings();
    });

    it('warns about an invalid mode when rendered', async () => {
      const warn = sinon.stub(console, 'warn');

      await fixture<SocleNameFields>(html`<socle-name-fields label="Identité" mode="civile"></socle-name-fields>`);

      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-name-fields> mode="civile"');
    });

    it('renders non-string parts as text', async () => {
      const { form, control } = await renderInForm();
      const loose = control as unknown as Record<string, unknown>;

      loose['birthName'] = 12;
      loose['usageName'] = false;
      loose['givenNames'] = [null, 'Marie'];
      loose['autocomplete'] = null;
      await control.updateComplete;

      expect(field(control, 'birth-name').value).to.equal('12');
      expect(field(control, 'usage-name').value).to.equal('false');
      expect(field(control, 'given-name-0').value).to.equal('');
      expect(field(control, 'given-name-1').value).to.equal('Marie');
      expect(entries(form).length).to.be.greaterThan(0);
    });

    it('renders a single empty prénom for a non-array givenNames', async () => {
      const { control } = await renderInForm();

      (control as unknown as Record<string, unknown>)['givenNames'] = 0;
      await control.updateComplete;

      expect(field(control, 'given-name-0').value).to.equal('');
      expect(field(control, 'given-name-1')).to.equal(null);
    });
  });

  describe('when the user types', () => {
    it('submits each part under its own name', async () => {
      const { form, control } = await renderInForm();

      await typeInto(control, 'birth-name', '  Le  Goff ');
      await typeInto(control, 'usage-name', 'Martin');
      await typeInto(control, 'given-name-0', 'Anne’Sophie');

      expect(entries(form)).to.deep.equal([
        ['demandeur.nom-naissance', 'Le Goff'],
        ['demandeur.nom-usage', 'Martin'],
        ['demandeur.prenoms', "Anne'Sophie"],
      ]);
    });

    it('shows the normalised name when a field loses focus', async () => {
      const { control } = await renderInForm();
      await typeInto(control, 'birth-name', 'de  La  Tour ');

      await sendKeys({ press: 'Tab' });
      await control.updateComplete;

      expect(field(control, 'birth-name').value).to.equal('de La Tour');
      expect(control.birthName).to.equal('de La Tour');
    });

    it('fires input per key and change on blur', async () => {
      const { control } = await renderInForm();
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      control.addEventListener('input', onInput);
      control.addEventListener('change', onChange);

      await typeInto(control, 'birth-name', 'Roy');
      await sendKeys({ press: 'Tab' });

      expect(onInput.callCount).to.equal(3);
      expect(onChange.callCount).to.equal(1);
      expect(onInput.firstCall.args[0].composed).to.be.true;
      expect(onChange.firstCall.args[0].bubbles).to.be.true;
    });

    it('fires no event when code sets the parts', async () => {
      const { control } = await renderInForm();
      const onEvent = sinon.spy();
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      control.birthName = 'Durand';
      control.givenNames = ['Paul', 'Henri'];
      control.noGivenName = false;
      await control.updateComplete;

      expect(onEvent.called).to.be.false;
      expect(field(control, 'given-name-1').value).to.equal('Henri');
    });
  });

  describe('prénoms', () => {
    it('adds a field, focuses it and submits the prénoms in order', async () => {
      const { form, control } = await renderInForm();
      await typeInto(control, 'birth-name', 'Dupont');
      await typeInto(control, 'given-name-0', 'Marie');

      addButton(control)!.focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;
      await sendKeys({ type: 'Claire' });
      await control.updateComplete;

      expect(deepActiveElement()).to.equal(field(control, 'given-name-1'));
      expect(new FormData(form).getAll('demandeur.prenoms')).to.deep.equal(['Marie', 'Claire']);
    });

    it('names each remove button after its field', async () => {
      const control = await fixture<SocleNameFields>(html`<socle-name-fields given-names="Marie,Claire,Louise"></socle-name-fields>`);

      const buttons = [...control.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')];

      expect(buttons.map((button) => button.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Supprimer le prénom 2',
        'Supprimer le prénom 3',
      ]);
      await expect(control).to.be.accessible();
    });

    it('removes a prénom with the keyboard and moves focus to the previous one', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-name-fields name="p" birth-name="Dupont" given-names="Marie,Claire,Louise"></socle-name-fields>
      </form>`);
      const control = form.querySelector('socle-name-fields')!;
      await control.updateComplete;
      const onChange = sinon.spy();
      control.addEventListener('change', onChange);

      control.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await control.updateComplete;

      expect(new FormData(form).getAll('p.prenoms')).to.deep.equal(['Marie', 'Louise']);
      expect(deepActiveElement()).to.equal(field(control, 'given-name-0'));
      expect(onChange.callCount).to.equal(1);
    });

    it('stops offering fields at max-given-names', async () => {
      const { control } = await renderInForm({ max: 2 });

      addButton(control)!.click();
      await control.updateComplete;

      expect(control.givenNames).to.have.length(2);
      expect(addButton(control)).to.be.null;
    });

    it('clears and disables the prénoms with "Je n’ai pas de prénom"', async () => {
      const { form, control } = await renderInForm({ required: true });
      await typeInto(control, 'birth-name', 'Dupont');
      await typeInto(control, 'given-name-0', 'Marie');
      field(control, 'no-given-name').focus();
      const onChange = sinon.spy();
      control.addEventListener('change', onChange);

      await sendKeys({ press: ' ' });
      await control.updateComplete;

      expect(field(control, 'given-name-0').disabled).to.be.true;
      expect(field(control, 'given-name-0').value).to.equal('');
      expect(addButton(control)).to.be.null;
      expect(onChange.callCount).to.equal(1);
      expect(form.checkValidity()).to.be.true;
      expect(entries(form)).to.deep.equal([
        ['demandeur.nom-naissance', 'Dupont'],
        ['demandeur.nom-usage', ''],
        ['demandeur.sans-prenom', '1'],
      ]);
    });
  });

  describe('validation', () => {
    it('accepts an empty optional group', async () => {
      const { form } = await renderInForm();

      expect(form.checkValidity()).to.be.true;
    });

    it('asks for the nom de naissance first', async () => {
      const { control } = await renderInForm({ required: true });

      control.reportValidity();
      await control.updateComplete;

      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.equal('Saisissez le nom de naissance.');
      expect(field(control, 'birth-name').getAttribute('aria-invalid')).to.equal('true');
      expect(field(control, 'birth-name').getAttribute('aria-describedby')).to.contain('error');
      expect(field(control, 'given-name-0').hasAttribute('aria-invalid')).to.be.false;
    });

    it('asks for a prénom or the box, in French and English', async () => {
      const fr = await fixture<SocleNameFields>(html`<socle-name-fields birth-name="Dupont"></socle-name-fields>`);
      const en = await fixture<SocleNameFields>(html`<socle-name-fields lang="en" birth-name="Dupont"></socle-name-fields>`);

      fr.reportValidity();
      en.reportValidity();
      await fr.updateComplete;

      expect(fr.validationMessage).to.equal('Saisissez au moins un prénom, ou cochez « Je n’ai pas de prénom ».');
      expect(en.validationMessage).to.equal('Enter at least one given name, or tick “I have no given name”.');
      expect(field(fr, 'given-name-0').getAttribute('aria-invalid')).to.equal('true');
    });

    it('asks for the nom de naissance in English', async () => {
      const control = await fixture<SocleNameFields>(html`<socle-name-fields lang="en" required></socle-name-fields>`);

      control.reportValidity();

      expect(control.validationMessage).to.equal('Enter the birth surname.');
    });

    const cases: Array<{ code: string; markup: (lang: string) => ReturnType<typeof html>; fr: string; en: string }> = [
      {
        code: 'name-character-not-allowed',
        markup: (lang) => html`<socle-name-fields lang=${lang} birth-name="Dupont" given-names="Fañch"></socle-name-fields>`,
        fr: 'Prénom : Les actes de l’état civil n’acceptent pas « ñ ». Utilisez les lettres de l’alphabet latin, avec ou sans accent français, l’espace, le trait d’union et l’apostrophe, par exemple « Fanch ».',
        en: 'Given name: French civil-status records do not accept “ñ”. Use letters of the Latin alphabet, with or without French accents, the space, the hyphen and the apostrophe, for example “Fanch”.',
      },
      {
        code: 'name-invalid-characters',
        markup: (lang) => html`<socle-name-fields lang=${lang} mode="general" birth-name="Dupont2" given-names="Ana"></socle-name-fields>`,
        fr: 'Nom de naissance : Le nom ne contient que des lettres, des espaces, des traits d’union et des apostrophes. Retirez « 2 ».',
        en: 'Birth surname: The name contains only letters, spaces, hyphens and apostrophes. Remove “2”.',
      },
      {
        code: 'name-separator-at-edge',
        markup: (lang) => html`<socle-name-fields lang=${lang} birth-name="Dupont" usage-name="Martin-" given-names="Ana"></socle-name-fields>`,
        fr: 'Nom d’usage : Le nom ne peut pas commencer ni finir par un trait d’union ou une apostrophe. Retirez « - ».',
        en: 'Surname in use: The name cannot start or end with a hyphen or an apostrophe. Remove “-”.',
      },
      {
        code: 'name-consecutive-separators',
        markup: (lang) => html`<socle-name-fields lang=${lang} birth-name="Dupont" given-names="Ana,Jean--Marc"></socle-name-fields>`,
        fr: 'Prénom 2 : Le nom ne peut pas contenir deux séparateurs qui se suivent (« -- »). Gardez-en un seul, par exemple « Martin-Dupont » ou « Martin Dupont ».',
        en: 'Given name 2: The name cannot contain two separators in a row (“--”). Keep only one, for example “Martin-Dupont” or “Martin Dupont”.',
      },
      {
        code: 'too-long',
        markup: (lang) => html`<socle-name-fields lang=${lang} maxlength="5" birth-name="Dupontel" given-names="Ana"></socle-name-fields>`,
        fr: 'Nom de naissance : Le nom comporte au plus 5 caractères. Vous en avez saisi 8.',
        en: 'Birth surname: The name has at most 5 characters. You entered 8.',
      },
    ];

    for (const { code, markup, fr, en } of cases) {
      it(`reports ${code} in French`, async () => {
        const control = await fixture<SocleNameFields>(markup('fr'));

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationMessage).to.equal(fr);
        expect(part(control, 'form-control-error').textContent).to.contain(fr);
      });

      it(`reports ${code} in English`, async () => {
        const control = await fixture<SocleNameFields>(markup('en'));

        control.reportValidity();

        expect(control.validationMessage).to.equal(en);
      });
    }

    it('accepts the tilde in general mode', async () => {
      const control = await fixture<SocleNameFields>(html`<socle-name-fields mode="general" birth-name="Muñoz" given-names="Fañch"></socle-name-fields>`);

      expect(control.checkValidity()).to.be.true;
    });

    it('hides the error until a submission attempt, then follows corrections', async () => {
      const { form, control } = await renderInForm({ required: true });
      form.addEventListener('submit', (event) => event.preventDefault());

      const before = part(control, 'form-control-error').hidden;
      form.requestSubmit();
      await control.updateComplete;
      const after = part(control, 'form-control-error').textContent;
      await typeInto(control, 'birth-name', 'Dupont');

      expect(before).to.be.true;
      expect(after).to.contain('Saisissez le nom de naissance.');
      expect(part(control, 'form-control-error').textContent).to.contain('Saisissez au moins un prénom');
      expect(field(control, 'birth-name').hasAttribute('aria-invalid')).to.be.false;
    });

    it('sets and clears a custom validity message', async () => {
      const { control } = await renderInForm();

      control.setCustomValidity('Cette personne est déjà inscrite.');
      const invalid = control.checkValidity();
      control.setCustomValidity('');

      expect(invalid).to.be.false;
      expect(control.checkValidity()).to.be.true;
    });
  });

  describe('form lifecycle', () => {
    it('restores the attribute values on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-name-fields name="p" birth-name="Dupont" given-names="Marie"></socle-name-fields>
      </form>`);
      const control = form.querySelector('socle-name-fields')!;
      await control.updateComplete;
      await typeInto(control, 'usage-name', 'Martin');
      addButton(control)!.click();
      await control.updateComplete;
      field(control, 'no-given-name').click();
      await control.updateComplete;

      form.reset();
      await control.updateComplete;

      expect(entries(form)).to.deep.equal([
        ['p.nom-naissance', 'Dupont'],
        ['p.nom-usage', ''],
        ['p.prenoms', 'Marie'],
      ]);
      expect(field(control, 'given-name-0').value).to.equal('Marie');
      expect(field(control, 'no-given-name').checked).to.be.false;
    });

    it('restores a saved state', async () => {
      const { form, control } = await renderInForm();
      const state = new FormData();
      state.append('nom-naissance', 'Le Goff');
      state.append('nom-usage', '');
      state.append('prenoms', 'Yann');
      state.append('prenoms', '');
      state.append('prenoms', 'Erwan');

      control.formStateRestoreCallback(state);
      await control.updateComplete;

      expect(control.givenNames).to.deep.equal(['Yann', '', 'Erwan']);
      expect(new FormData(form).getAll('demandeur.prenoms')).to.deep.equal(['Yann', 'Erwan']);
      expect(new FormData(form).get('demandeur.nom-naissance')).to.equal('Le Goff');
    });

    it('restores the box from a saved state', async () => {
      const { form, control } = await renderInForm();
      const state = new FormData();
      state.append('nom-naissance', 'Dupont');
      state.append('sans-prenom', '1');

      control.formStateRestoreCallback(state);
      await control.updateComplete;

      expect(new FormData(form).get('demandeur.sans-prenom')).to.equal('1');
      expect(field(control, 'no-given-name').checked).to.be.true;
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled>
          <legend>Demandeur</legend>
          <socle-name-fields name="p" required birth-name="Dupont" given-names="Marie,Claire"></socle-name-fields>
        </fieldset>
      </form>`);
      const control = form.querySelector('socle-name-fields')!;
      await control.updateComplete;

      expect(control.matches(':disabled')).to.be.true;
      expect(entries(form)).to.deep.equal([]);
      expect(control.willValidate).to.be.false;
      for (const input of control.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button')) {
        expect(input.matches(':disabled'), input.id || input.textContent!).to.be.true;
      }
    });

    it('moves focus to the nom de naissance on focus()', async () => {
      const { control } = await renderInForm();

      control.focus();

      expect(deepActiveElement()).to.equal(field(control, 'birth-name'));
    });
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['default', html`<socle-name-fields name="p"></socle-name-fields>`],
      ['hint', html`<socle-name-fields name="p" hint="Tels qu’ils figurent sur l’acte de naissance"></socle-name-fields>`],
      ['error', html`<socle-name-fields name="p" error="Ces noms ne correspondent pas à l’acte."></socle-name-fields>`],
      ['disabled', html`<socle-name-fields name="p" disabled birth-name="Dupont" given-names="Marie,Claire"></socle-name-fields>`],
      ['readonly', html`<socle-name-fields name="p" readonly birth-name="Dupont" given-names="Marie,Claire"></socle-name-fields>`],
      ['required', html`<socle-name-fields name="p" required></socle-name-fields>`],
      ['no given name', html`<socle-name-fields name="p" birth-name="Dupont" no-given-name></socle-name-fields>`],
    ];

    for (const [state, markup] of states) {
      it(`is accessible in the ${state} state`, async () => {
        const control = await fixture<SocleNameFields>(markup);

        await expect(control).to.be.accessible();
      });
    }

    it('is accessible with a shown validation error', async () => {
      const control = await fixture<SocleNameFields>(html`<socle-name-fields name="p" required></socle-name-fields>`);

      control.reportValidity();
      await control.updateComplete;

      await expect(control).to.be.accessible();
    });

    it('keeps a read-only group submitted but barred from validation', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-name-fields name="p" readonly required></socle-name-fields>
      </form>`);
      const control = form.querySelector('socle-name-fields')!;
      await control.updateComplete;

      expect(form.checkValidity()).to.be.true;
      expect(new FormData(form).get('p.nom-naissance')).to.equal('');
      expect(field(control, 'birth-name').readOnly).to.be.true;
      expect(field(control, 'no-given-name').disabled).to.be.true;
    });
  });
});
