import { expect, fixture, html } from '@open-wc/testing';
import { computeKey } from '@socle/formats/nir';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleNirInput } from './nir-input.js';
import {
  innerInput,
  renderInForm as renderIdentifierInForm,
  runTypingCases,
  runValidationCases,
  shadowPart,
  typeAndLeave,
} from './test-fixtures/identifier-input-cases.js';

/** Appends the key to the first 13 characters of a NIR. */
function withKey(first13: string): string {
  return first13 + computeKey(first13);
}

const formAttributes = { name: 'nir', label: 'Numéro de sécurité sociale' };

function renderInForm(): Promise<{ form: HTMLFormElement; control: SocleNirInput }> {
  return renderIdentifierInForm<SocleNirInput>('socle-nir-input', formAttributes);
}

runFormControlContract<SocleNirInput>({
  tagName: 'socle-nir-input',
  render: (options) => html`<socle-nir-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-nir-input>`,
  typeValue: async (control) => {
    control.focus();
    await sendKeys({ type: '2.69.05 49 588 157-80' });
  },
  typedEntries: ['269054958815780'],
  restore: { state: '1 84 12 76 451 089 46', entries: ['184127645108946'] },
  setValueFromCode: (control) => {
    control.value = '269054958815780';
  },
  focusTarget: innerInput,
  nativeControls: (control) => [innerInput(control)],
  valueMissingMessage: {
    fr: 'Saisissez le numéro de sécurité sociale, par exemple 2 69 05 49 588 157 80.',
    en: 'Enter the social security number, for example 2 69 05 49 588 157 80.',
  },
});

describe('socle-nir-input', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('when rendered', () => {
    it('shows the default label and format hint', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      expect(shadowPart(control, 'form-control-label').textContent).to.contain('Numéro de sécurité sociale');
      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('15 chiffres, par exemple 2 69 05 49 588 157 80');
      expect(innerInput(control).getAttribute('aria-describedby')).to.equal('hint');
      await expect(control).to.be.accessible();
    });

    it('shows the English label and hint', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input lang="en"></socle-nir-input>`);

      expect(shadowPart(control, 'form-control-label').textContent).to.contain('Social security number');
      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('15 digits, for example');
    });

    it('replaces the default hint with the hint attribute', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input hint="Celui de l’enfant"></socle-nir-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent!.trim()).to.equal('Celui de l’enfant');
    });

    it('sets no inputmode and no autofill token by default', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      expect(innerInput(control).hasAttribute('inputmode')).to.be.false;
      expect(innerInput(control).hasAttribute('autocomplete')).to.be.false;
      expect(innerInput(control).getAttribute('spellcheck')).to.equal('false');
    });

    it('passes a page-set autocomplete token', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input autocomplete="off"></socle-nir-input>`);

      expect(innerInput(control).getAttribute('autocomplete')).to.equal('off');
    });
  });

  describe('when the user types', () => {
    const corsican = withKey('184042A004123');

    runTypingCases<SocleNirInput>({
      tagName: 'socle-nir-input',
      attributes: formAttributes,
      cases: [
        {
          title: 'submits the 15 normalised characters',
          typed: '1.84.12 76-451 089 46',
          submitted: '184127645108946',
          value: '184127645108946',
        },
        {
          title: 'formats the number when the field loses focus',
          typed: '184127645108946',
          shownWhileTyping: '184127645108946',
          shownAfterBlur: '1 84 12 76 451 089 46',
        },
        {
          title: 'accepts the Corsican département in lower case',
          typed: corsican.toLowerCase(),
          submitted: corsican,
          valid: true,
        },
        {
          title: 'keeps an incomplete entry as typed',
          typed: '1 84 12',
          submitted: '1 84 12',
          shownAfterBlur: '1 84 12',
        },
        {
          title: 'fires input per key and one change on blur',
          typed: '1 84',
          events: { input: 4, change: 1 },
        },
      ],
    });
  });

  describe('when code sets the value', () => {
    it('displays it formatted and stores it normalised', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      control.value = '2-69-05-49-588-157-80';
      await control.updateComplete;

      expect(innerInput(control).value).to.equal('2 69 05 49 588 157 80');
      expect(control.value).to.equal('269054958815780');
    });

    it('formats the value attribute and restores it on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-nir-input name="nir" value="184127645108946"></socle-nir-input>
      </form>`);
      const control = form.querySelector('socle-nir-input')!;
      await control.updateComplete;
      innerInput(control).focus();
      await sendKeys({ press: 'Backspace' });
      await control.updateComplete;

      form.reset();
      await control.updateComplete;

      expect(innerInput(control).value).to.equal('1 84 12 76 451 089 46');
      expect(new FormData(form).get('nir')).to.equal('184127645108946');
    });
  });

  describe('validation', () => {
    runValidationCases({
      tagName: 'socle-nir-input',
      cases: [
        {
          code: 'invalid-characters',
          text: '1841276451X8946',
          fr: 'Le numéro de sécurité sociale ne contient que des chiffres, avec 2A ou 2B pour une naissance en Corse. Retirez «\u202fX\u202f».',
          en: 'The social security number contains only digits, with 2A or 2B for a birth in Corsica. Remove “X”.',
        },
        {
          code: 'nir-key-missing',
          text: '1841276451089',
          fr: 'Ajoutez la clé, les 2 chiffres qui terminent le numéro de sécurité sociale : le numéro complet comporte 15 chiffres.',
          en: 'Add the key, the 2 digits that end the social security number: the full number has 15 digits.',
        },
        {
          code: 'too-short',
          text: '18412',
          fr: 'Le numéro de sécurité sociale comporte 15 chiffres, par exemple 2 69 05 49 588 157 80. Vous en avez saisi 5.',
          en: 'The social security number has 15 digits, for example 2 69 05 49 588 157 80. You entered 5.',
        },
        {
          code: 'too-long',
          text: '1841276451089461',
          fr: 'Le numéro de sécurité sociale comporte 15 chiffres, par exemple 2 69 05 49 588 157 80. Vous en avez saisi 16.',
          en: 'The social security number has 15 digits, for example 2 69 05 49 588 157 80. You entered 16.',
        },
        {
          code: 'nir-key-mismatch',
          text: '184127645108947',
          fr: 'La clé (les 2 derniers chiffres) ne correspond pas au numéro de sécurité sociale. Vérifiez chaque chiffre sur votre carte Vitale ou votre attestation de droits.',
          en: 'The key (the last 2 digits) does not match the social security number. Check each digit against your Carte Vitale or your certificate of entitlement.',
        },
      ],
    });

    it('flags tooShort for a short number', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input value="18412"></socle-nir-input>`);

      expect(control.validity.tooShort).to.be.true;
    });

    it('flags patternMismatch for a wrong key', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input value="184127645108947"></socle-nir-input>`);

      expect(control.validity.patternMismatch).to.be.true;
    });

    it('hides the error until a submission attempt, then follows corrections', async () => {
      const { form, control } = await renderInForm();
      form.addEventListener('submit', (event) => event.preventDefault());
      await typeAndLeave(control, '18412764510894');

      const beforeSubmit = shadowPart(control, 'form-control-error').hidden;
      form.requestSubmit();
      await control.updateComplete;
      const afterSubmit = shadowPart(control, 'form-control-error').textContent;
      innerInput(control).focus();
      await sendKeys({ type: '6' });
      await control.updateComplete;

      expect(beforeSubmit).to.be.true;
      expect(afterSubmit).to.contain('Vous en avez saisi 14');
      expect(shadowPart(control, 'form-control-error').hidden).to.be.true;
      expect(innerInput(control).hasAttribute('aria-invalid')).to.be.false;
    });

    it('accepts an empty optional field', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      expect(control.checkValidity()).to.be.true;
    });
  });

  describe('warnings', () => {
    it('shows an unknown birth month as a non-blocking warning', async () => {
      const nir = withKey('1843075056123');
      const control = await fixture<SocleNirInput>(html`<socle-nir-input value=${nir}></socle-nir-input>`);

      const warning = shadowPart(control, 'form-control-warning');

      expect(control.checkValidity()).to.be.true;
      expect(control.validationResult.warnings.map((issue) => issue.code)).to.deep.equal(['nir-unknown-month']);
      expect(warning.textContent).to.contain('Le mois de naissance de ce numéro (30) indique un mois inconnu.');
      expect(innerInput(control).getAttribute('aria-describedby')).to.equal('hint warning');
      await expect(control).to.be.accessible();
    });

    it('shows the warning in English', async () => {
      const nir = withKey('1843075056123');
      const control = await fixture<SocleNirInput>(html`<socle-nir-input lang="en" value=${nir}></socle-nir-input>`);

      expect(shadowPart(control, 'form-control-warning').textContent).to.contain('The birth month in this number (30) means the month is unknown.');
    });

    const temporary = withKey('7843075056123');

    runTypingCases<SocleNirInput>({
      tagName: 'socle-nir-input',
      attributes: formAttributes,
      cases: [
        {
          title: 'submits a number that has a warning',
          typed: temporary,
          submitted: temporary,
          valid: true,
          check: (control) => {
            expect(shadowPart(control, 'form-control-warning').textContent).to.contain('provisoire');
          },
        },
      ],
    });

    it('has no warning for a common number', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input value="269054958815780"></socle-nir-input>`);

      expect(shadowPart(control, 'form-control-warning').textContent!.trim()).to.equal('');
      expect(innerInput(control).getAttribute('aria-describedby')).to.equal('hint');
    });
  });
});
