import { expect, fixture, html } from '@open-wc/testing';
import { validate } from '@socle/formats/phone';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SoclePhoneInput } from './phone-input.js';

function inner(control: SoclePhoneInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function part(control: SoclePhoneInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

async function typeAndLeave(control: SoclePhoneInput, text: string): Promise<void> {
  inner(control).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await control.updateComplete;
}

async function renderInForm(region = 'FR', types = ''): Promise<{ form: HTMLFormElement; control: SoclePhoneInput }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <socle-phone-input name="tel" region=${region} types=${types}></socle-phone-input>
    <button type="button">Après</button>
  </form>`);
  const control = form.querySelector('socle-phone-input')!;
  await control.updateComplete;
  return { form, control };
}

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
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
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

      expect(inner(control).type).to.equal('tel');
      expect(inner(control).getAttribute('autocomplete')).to.equal('tel');
      expect(part(control, 'form-control-label').textContent).to.contain('Numéro de téléphone');
      expect(part(control, 'form-control-hint').textContent).to.contain('Par exemple 06 12 34 56 78');
    });

    it('gives a Réunion example with region RE', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="RE"></socle-phone-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('Par exemple 0692 12 34 56');
    });

    it('gives a local example with region NC', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="NC"></socle-phone-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('Par exemple 75 12 34');
    });

    it('asks for a mobile with types="mobile"', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="mobile" lang="en"></socle-phone-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('Mobile number');
      expect(part(control, 'form-control-hint').textContent).to.contain('A mobile number, for example 06 12 34 56 78');
      await expect(control).to.be.accessible();
    });

    it('gives a landline example when mobiles are not accepted', async () => {
      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="fixed"></socle-phone-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('Par exemple 01 23 45 67 89');
    });

    it('falls back to FR for an unknown region and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input region="BE"></socle-phone-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('06 12 34 56 78');
      expect(warn.firstCall.args[0]).to.contain('<socle-phone-input> region="BE"');
    });

    it('ignores an unknown type and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types="mobile pager"></socle-phone-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('mobile');
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

        expect(part(control, 'form-control-label').textContent).not.to.contain('mobile');
      });
    }
  });

  describe('when the user types', () => {
    it('submits E.164 and shows the national form on blur', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '+33 (0)6 12 34 56 78');

      expect(new FormData(form).get('tel')).to.equal('+33612345678');
      expect(inner(control).value).to.equal('06 12 34 56 78');
    });

    it('reads a Réunion mobile as +262', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '0692-12-34-56');

      expect(new FormData(form).get('tel')).to.equal('+262692123456');
      expect(inner(control).value).to.equal('0692 12 34 56');
      expect(control.validationResult.details).to.include({ territory: 'RE', type: 'mobile' });
    });

    it('reads a local number of Nouvelle-Calédonie with region NC', async () => {
      const { form, control } = await renderInForm('NC');

      await typeAndLeave(control, '75.12.34');

      expect(new FormData(form).get('tel')).to.equal('+687751234');
      expect(inner(control).value).to.equal('75 12 34');
    });

    it('rejects a landline when only mobiles are accepted', async () => {
      const { form, control } = await renderInForm('FR', 'mobile');

      await typeAndLeave(control, '01 23 45 67 89');

      expect(form.checkValidity()).to.be.false;
      expect(control.validationMessage).to.equal('Saisissez un numéro de téléphone mobile, par exemple 06 12 34 56 78.');
    });
  });

  describe('validation', () => {
    const cases: Array<{ code: string; text: string; fr: string; types?: string }> = [
      { code: 'invalid-characters', text: '06 12 34 56 7A', fr: 'Retirez « A »' },
      { code: 'too-short', text: '06 12 34 56', fr: 'Vous en avez saisi 8' },
      { code: 'too-long', text: '06 12 34 56 78 9', fr: 'Vous en avez saisi 11' },
      { code: 'phone-leading-zero-missing', text: '612345678', fr: 'Un numéro de téléphone commence par 0' },
      { code: 'phone-country-not-supported', text: '+32 2 123 45 67', fr: 'Le numéro saisi commence par +322' },
      { code: 'phone-invalid-for-country-code', text: '+262 6 12 34 56 78', fr: 'ne correspond pas à l’indicatif +262' },
      { code: 'phone-invalid-number', text: '+33 0 12 34 56 78', fr: 'Après le 0 initial' },
      { code: 'phone-type-not-allowed', text: '01 23 45 67 89', fr: 'Saisissez un numéro de téléphone mobile', types: 'mobile' },
    ];

    for (const { code, text, fr, types } of cases) {
      const options = { types: types ? (['mobile'] as const) : undefined };

      it(`reports ${code} in French`, async () => {
        const control = await fixture<SoclePhoneInput>(html`<socle-phone-input types=${types ?? ''} value=${text}></socle-phone-input>`);

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationResult.errors[0]?.code).to.equal(code);
        expect(control.validationMessage).to.contain(fr);
        expect(control.validationMessage).to.equal(validate(text, options).errors[0]?.message);
      });

      it(`reports ${code} in English`, async () => {
        const control = await fixture<SoclePhoneInput>(html`<socle-phone-input lang="en" types=${types ?? ''} value=${text}></socle-phone-input>`);

        control.reportValidity();
        await control.updateComplete;

        expect(control.validationMessage).to.equal(validate(text, { ...options, locale: 'en' }).errors[0]?.message);
        expect(control.validationMessage).to.match(/^(A|An|Only|This|After|Enter) /);
      });
    }
  });
});
