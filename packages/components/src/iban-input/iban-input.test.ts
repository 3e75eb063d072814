import { expect, fixture, html } from '@open-wc/testing';
import { validate } from '@socle/formats/iban';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import {
  innerInput,
  renderInForm,
  runTypingCases,
  runValidationCases,
  shadowPart,
  typeAndLeave,
} from '../nir-input/test-fixtures/identifier-input-cases.js';
import './define.js';
import type { SocleIbanInput } from './iban-input.js';

/** Builds an IBAN from a country and a BBAN with correct ISO 13616 check digits. */
function withCheckDigits(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

runFormControlContract<SocleIbanInput>({
  tagName: 'socle-iban-input',
  render: (options) => html`<socle-iban-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-iban-input>`,
  typeValue: async (control) => {
    control.focus();
    await sendKeys({ type: 'fr76 3000 6000 0112 3456 7890 189' });
  },
  typedEntries: ['FR7630006000011234567890189'],
  restore: { state: 'MC58 1122 2000 0101 2345 6789 030', entries: ['MC5811222000010123456789030'] },
  setValueFromCode: (control) => {
    control.value = 'FR7630006000011234567890189';
  },
  focusTarget: innerInput,
  nativeControls: (control) => [innerInput(control)],
  valueMissingMessage: {
    fr: 'Saisissez l’IBAN, par exemple FR76 3000 6000 0112 3456 7890 189.',
    en: 'Enter the IBAN, for example FR76 3000 6000 0112 3456 7890 189.',
  },
});

describe('socle-iban-input', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('when rendered', () => {
    it('shows the default label and hint without autofill', async () => {
      const control = await fixture<SocleIbanInput>(html`<socle-iban-input></socle-iban-input>`);

      expect(shadowPart(control, 'form-control-label').textContent).to.contain('IBAN');
      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('27 caractères commençant par FR ou MC');
      expect(innerInput(control).hasAttribute('autocomplete')).to.be.false;
      expect(innerInput(control).hasAttribute('inputmode')).to.be.false;
      expect(innerInput(control).getAttribute('autocapitalize')).to.equal('characters');
    });

    it('shows the foreign hint with accept-foreign', async () => {
      const control = await fixture<SocleIbanInput>(html`<socle-iban-input accept-foreign lang="en"></socle-iban-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('15 to 34 characters depending on the country');
      await expect(control).to.be.accessible();
    });
  });

  describe('when the user types', () => {
    runTypingCases<SocleIbanInput>({
      tagName: 'socle-iban-input',
      attributes: { name: 'iban' },
      cases: [
        {
          title: 'submits the compact upper-case IBAN and groups it on blur',
          typed: 'IBAN fr76-3000-6000-0112-3456-7890-189',
          submitted: 'FR7630006000011234567890189',
          shownAfterBlur: 'FR76 3000 6000 0112 3456 7890 189',
          valid: true,
        },
        {
          title: 'accepts a German IBAN with accept-foreign',
          attributes: { 'accept-foreign': '' },
          typed: 'de89 3704 0044 0532 0130 00',
          valid: true,
          submitted: 'DE89370400440532013000',
        },
      ],
    });

    it('rejects the German IBAN again when accept-foreign is removed', async () => {
      const { control } = await renderInForm<SocleIbanInput>('socle-iban-input', { name: 'iban', 'accept-foreign': '' });
      await typeAndLeave(control, 'DE89370400440532013000');

      control.acceptForeign = false;
      await control.updateComplete;

      expect(control.validationResult.errors[0]?.code).to.equal('iban-country-not-supported');
    });
  });

  describe('validation', () => {
    runValidationCases({
      tagName: 'socle-iban-input',
      cases: [
        { code: 'invalid-characters', text: 'FR76 3000 6000 0112 3456 7890 18*', fr: 'Retirez «\u202f*\u202f»' },
        { code: 'iban-invalid-start', text: '7630006000011234567890189', fr: 'Un IBAN commence par les 2 lettres du pays' },
        { code: 'iban-country-not-supported', text: 'DE89370400440532013000', fr: 'L’IBAN saisi commence par DE' },
        { code: 'too-short', text: 'FR763000600001123456789018', fr: 'Un IBAN FR comporte 27 caractères' },
        { code: 'too-long', text: 'FR76300060000112345678901891', fr: 'Vous en avez saisi 28' },
        { code: 'iban-invalid-length', text: 'DE8937040044', fr: 'Un IBAN comporte de 15 à 34 caractères', attributes: { 'accept-foreign': '' } },
        { code: 'iban-invalid-bban', text: 'FR76A0006000011234567890189', fr: 'le code banque (5 chiffres)' },
        { code: 'iban-checksum-mismatch', text: 'FR7630006000011234567890188', fr: 'Cet IBAN n’est pas valide' },
        // Check digits recomputed for a changed RIB key, so that mod 97 passes and only the RIB key is wrong.
        { code: 'rib-key-mismatch', text: withCheckDigits('FR', '30006000011234567890100'), fr: 'La clé RIB' },
      ],
      formatsMessage: ({ text, attributes }, locale) =>
        validate(text, { locale, acceptForeign: attributes?.['accept-foreign'] !== undefined }).errors[0]?.message,
      englishPattern: /^(The|This|An|A|Enter|After) /,
    });
  });
});
