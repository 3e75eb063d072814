import { expect, fixture, html } from '@open-wc/testing';
import { validate } from '@socle/formats/phone';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { runFormControlContract } from '../internal/form-control.contract.js';
import { innerInput, runTypingCases, runValidationCases, shadowPart } from '../nir-input/test-fixtures/identifier-input-cases.js';
import './define.js';
import type { SoclePhoneInput } from './phone-input.js';

runFormControlContract<SoclePhoneInput>({
  tagName: 'socle-phone-input',
  render: (options) => html`<socle-phone-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-phone-input>`,
  typeValue: async (control) => {
    control.focus();
    await sendKeys({ type: '06.12.34.56.78' });
  },
  typedEntries: ['+33612345678'],
  restore: { state: '0692 12 34 56', entries: ['+262692123456'] },
  setValueFromCode: (control) => {
    control.value = '+33612345678';
  },
  focusTarget: innerInput,
  nativeControls: (control) => [innerInput(control)],
  valueMissingMessage: {
    fr: 'Saisissez un numéro de téléphone, par exemple 06 12 34 56 78.',
    en: 'Enter a telephone number, for example 06 12 34 56 78.',
  },
});

describe('socle-phone-input', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('uses a tel input with the tel token', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input></socle-phone-input>`);

      expect(innerInput(control).type).to.equal('tel');
      expect(innerInput(control).getAttribute('autocomplete')).to.equal('tel');
      expect(shadowPart(control, 'form-control-label').textContent).to.contain('Numéro de téléphone');
      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('Par exemple 06 12 34 56 78');
    });

    it('gives a Réunion example with region RE', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="RE"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('Par exemple 0692 12 34 56');
    });

    it('gives a local example with region NC', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="NC"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('Par exemple 75 12 34');
    });

    it('asks for a mobile with types="mobile"', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="mobile" lang="en"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-label').textContent).to.contain('Mobile number');
      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('A mobile number, for example 06 12 34 56 78');
      await expect(control).to.be.accessible();
    });

    it('gives a landline example when mobiles are not accepted', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="fixed"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('Par exemple 01 23 45 67 89');
    });

    it('falls back to FR for an unknown region and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="BE"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-hint').textContent).to.contain('06 12 34 56 78');
      expect(warn.firstCall.args[0]).to.contain('<socle-phone-input> region="BE"');
    });

    it('ignores an unknown type and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="mobile pager"></socle-phone-input>`);

      expect(shadowPart(control, 'form-control-label').textContent).to.contain('mobile');
      expect(warn.firstCall.args[0]).to.contain('types="mobile pager" contains pager');
    });
  });

  describe('with non-string types', () => {
    for (const types of [false, null, {}]) {
      it(`accepts every type for types = ${JSON.stringify(types)}`, async () => {
        sinon.stub(console, 'warn');
        const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="mobile"></socle-phone-input>`);

        (control as unknown as Record<string, unknown>)['types'] = types;
        await control.updateComplete;

        expect(shadowPart(control, 'form-control-label').textContent).not.to.contain('mobile');
      });
    }
  });

  describe('when the user types', () => {
    runTypingCases<SoclePhoneInput>({
      tagName: 'socle-phone-input',
      attributes: { name: 'tel', region: 'FR', types: '' },
      cases: [
        {
          title: 'submits E.164 and shows the national form on blur',
          typed: '+33 (0)6 12 34 56 78',
          submitted: '+33612345678',
          shownAfterBlur: '06 12 34 56 78',
        },
        {
          title: 'reads a Réunion mobile as +262',
          typed: '0692-12-34-56',
          submitted: '+262692123456',
          shownAfterBlur: '0692 12 34 56',
          check: (control) => {
            expect(control.validationResult.details).to.include({ territory: 'RE', type: 'mobile' });
          },
        },
        {
          title: 'reads a local number of Nouvelle-Calédonie with region NC',
          attributes: { region: 'NC' },
          typed: '75.12.34',
          submitted: '+687751234',
          shownAfterBlur: '75 12 34',
        },
        {
          title: 'rejects a landline when only mobiles are accepted',
          attributes: { types: 'mobile' },
          typed: '01 23 45 67 89',
          valid: false,
          message: 'Saisissez un numéro de téléphone mobile, par exemple 06 12 34 56 78.',
        },
      ],
    });
  });

  describe('validation', () => {
    runValidationCases({
      tagName: 'socle-phone-input',
      cases: [
        { code: 'invalid-characters', text: '06 12 34 56 7A', fr: 'Retirez «\u202fA\u202f»' },
        { code: 'too-short', text: '06 12 34 56', fr: 'Vous en avez saisi 8' },
        { code: 'too-long', text: '06 12 34 56 78 9', fr: 'Vous en avez saisi 11' },
        { code: 'phone-leading-zero-missing', text: '612345678', fr: 'Un numéro de téléphone commence par 0' },
        { code: 'phone-country-not-supported', text: '+32 2 123 45 67', fr: 'Le numéro saisi commence par +322' },
        { code: 'phone-invalid-for-country-code', text: '+262 6 12 34 56 78', fr: 'ne correspond pas à l’indicatif +262' },
        { code: 'phone-invalid-number', text: '+33 0 12 34 56 78', fr: 'Après le 0 initial' },
        { code: 'phone-type-not-allowed', text: '01 23 45 67 89', fr: 'Saisissez un numéro de téléphone mobile', attributes: { types: 'mobile' } },
      ],
      formatsMessage: ({ text, attributes }, locale) =>
        validate(text, { locale, types: attributes?.['types'] === 'mobile' ? ['mobile'] : undefined }).errors[0]?.message,
      englishPattern: /^(A|An|Only|This|After|Enter) /,
    });
  });
});
