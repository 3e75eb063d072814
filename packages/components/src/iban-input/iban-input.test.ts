import { expect, fixture, html } from '@open-wc/testing';
import { validate } from '@socle/formats/iban';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleIbanInput } from './iban-input.js';

function inner(control: SocleIbanInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function part(control: SocleIbanInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

async function typeAndLeave(control: SocleIbanInput, text: string): Promise<void> {
  inner(control).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await control.updateComplete;
}

async function renderInForm(acceptForeign = false): Promise<{ form: HTMLFormElement; control: SocleIbanInput }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <socle-iban-input name="iban" ?accept-foreign=${acceptForeign}></socle-iban-input>
    <button type="button">Après</button>
  </form>`);
  const control = form.querySelector('socle-iban-input')!;
  await control.updateComplete;
  return { form, control };
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
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
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

      expect(part(control, 'form-control-label').textContent).to.contain('IBAN');
      expect(part(control, 'form-control-hint').textContent).to.contain('27 caractères commençant par FR ou MC');
      expect(inner(control).hasAttribute('autocomplete')).to.be.false;
      expect(inner(control).hasAttribute('inputmode')).to.be.false;
      expect(inner(control).getAttribute('autocapitalize')).to.equal('characters');
    });

    it('shows the foreign hint with accept-foreign', async () => {
      const control = await fixture<SocleIbanInput>(html`<socle-iban-input accept-foreign lang="en"></socle-iban-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('15 to 34 characters depending on the country');
      await expect(control).to.be.accessible();
    });
  });

  describe('when the user types', () => {
    it('submits the compact upper-case IBAN and groups it on blur', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, 'IBAN fr76-3000-6000-0112-3456-7890-189');

      expect(new FormData(form).get('iban')).to.equal('FR7630006000011234567890189');
      expect(inner(control).value).to.equal('FR76 3000 6000 0112 3456 7890 189');
      expect(control.checkValidity()).to.be.true;
    });

    it('accepts a German IBAN with accept-foreign', async () => {
      const { form, control } = await renderInForm(true);

      await typeAndLeave(control, 'de89 3704 0044 0532 0130 00');

      expect(control.checkValidity()).to.be.true;
      expect(new FormData(form).get('iban')).to.equal('DE89370400440532013000');
    });

    it('rejects the German IBAN again when accept-foreign is removed', async () => {
      const { control } = await renderInForm(true);
      await typeAndLeave(control, 'DE89370400440532013000');

      control.acceptForeign = false;
      await control.updateComplete;

      expect(control.validationResult.errors[0]?.code).to.equal('iban-country-not-supported');
    });
  });

  describe('validation', () => {
    const cases: Array<{ code: string; text: string; fr: string; acceptForeign?: boolean }> = [
      { code: 'invalid-characters', text: 'FR76 3000 6000 0112 3456 7890 18*', fr: 'Retirez « * »' },
      { code: 'iban-invalid-start', text: '7630006000011234567890189', fr: 'Un IBAN commence par les 2 lettres du pays' },
      { code: 'iban-country-not-supported', text: 'DE89370400440532013000', fr: 'L’IBAN saisi commence par DE' },
      { code: 'too-short', text: 'FR763000600001123456789018', fr: 'Un IBAN FR comporte 27 caractères' },
      { code: 'too-long', text: 'FR76300060000112345678901891', fr: 'Vous en avez saisi 28' },
      { code: 'iban-invalid-length', text: 'DE8937040044', fr: 'Un IBAN comporte de 15 à 34 caractères', acceptForeign: true },
      { code: 'iban-invalid-bban', text: 'FR76A0006000011234567890189', fr: 'le code banque (5 chiffres)' },
      { code: 'iban-checksum-mismatch', text: 'FR7630006000011234567890188', fr: 'Cet IBAN n’est pas valide' },
      // Check digits recomputed for a changed RIB key, so that mod 97 passes and only the RIB key is wrong.
      { code: 'rib-key-mismatch', text: withCheckDigits('FR', '30006000011234567890100'), fr: 'La clé RIB' },
    ];

    for (const { code, text, fr, acceptForeign } of cases) {
      it(`reports ${code} in French`, async () => {
        const control = await fixture<SocleIbanInput>(html`<socle-iban-input ?accept-foreign=${acceptForeign} value=${text}></socle-iban-input>`);

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationResult.errors[0]?.code).to.equal(code);
        expect(control.validationMessage).to.contain(fr);
        expect(control.validationMessage).to.equal(validate(text, { acceptForeign }).errors[0]?.message);
      });

      it(`reports ${code} in English`, async () => {
        const control = await fixture<SocleIbanInput>(html`<socle-iban-input lang="en" ?accept-foreign=${acceptForeign} value=${text}></socle-iban-input>`);

        control.reportValidity();
        await control.updateComplete;

        expect(control.validationMessage).to.equal(validate(text, { locale: 'en', acceptForeign }).errors[0]?.message);
        expect(control.validationMessage).to.match(/^(The|This|An|A|Enter|After) /);
      });
    }
  });
});

/** Builds an IBAN from a country and a BBAN with correct ISO 13616 check digits. */
function withCheckDigits(country: string, bban: string): string {
  const digits = `${bban}${country}00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98n - (BigInt(digits) % 97n);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}
