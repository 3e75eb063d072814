import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SoclePostalCodeInput } from './postal-code-input.js';

function inner(control: SoclePostalCodeInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function part(control: SoclePostalCodeInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

runFormControlContract<SoclePostalCodeInput>({
  tagName: 'socle-postal-code-input',
  render: (options) => html`<socle-postal-code-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-postal-code-input>`,
  typeValue: async (control) => {
    control.focus();
    await sendKeys({ type: '97 400' });
  },
  typedEntries: ['97400'],
  restore: { state: '75001', entries: ['75001'] },
  setValueFromCode: (control) => {
    control.value = '13001';
  },
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
  valueMissingMessage: {
    fr: 'Saisissez le code postal, par exemple 75001.',
    en: 'Enter the postcode, for example 75001.',
  },
});

describe('socle-postal-code-input', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('when rendered', () => {
    it('shows the default label and hint', async () => {
      const control = await fixture<SoclePostalCodeInput>(html`<socle-postal-code-input></socle-postal-code-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('Code postal');
      expect(part(control, 'form-control-hint').textContent).to.contain('5 chiffres, par exemple 75001');
      await expect(control).to.be.accessible();
    });

    it('sets a numeric keyboard and the postal-code token', async () => {
      const control = await fixture<SoclePostalCodeInput>(html`<socle-postal-code-input></socle-postal-code-input>`);

      expect(inner(control).getAttribute('inputmode')).to.equal('numeric');
      expect(inner(control).getAttribute('autocomplete')).to.equal('postal-code');
    });

    it('lets the page turn autofill off', async () => {
      const control = await fixture<SoclePostalCodeInput>(html`<socle-postal-code-input autocomplete="off"></socle-postal-code-input>`);

      expect(inner(control).getAttribute('autocomplete')).to.equal('off');
    });
  });

  describe('when the user types', () => {
    it('submits the 5 digits and shows them on blur', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-postal-code-input name="cp"></socle-postal-code-input>
        <button type="button">Après</button>
      </form>`);
      const control = form.querySelector('socle-postal-code-input')!;
      await control.updateComplete;
      inner(control).focus();

      await sendKeys({ type: ' 2 0 0 0 0 ' });
      const whileTyping = inner(control).value;
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;

      expect(whileTyping).to.equal(' 2 0 0 0 0 ');
      expect(inner(control).value).to.equal('20000');
      expect(new FormData(form).get('cp')).to.equal('20000');
      expect(control.validationResult.details).to.deep.equal({ department: null });
    });
  });

  describe('validation', () => {
    const cases: Array<{ code: string; text: string; fr: string; en: string }> = [
      {
        code: 'invalid-characters',
        text: '75OO1',
        fr: 'Le code postal ne contient que des chiffres, par exemple 75001. Retirez « O ».',
        en: 'The postcode contains only digits, for example 75001. Remove “O”.',
      },
      {
        code: 'too-short',
        text: '7500',
        fr: 'Le code postal comporte 5 chiffres, par exemple 75001 ou 01000. Vous en avez saisi 4.',
        en: 'The postcode has 5 digits, for example 75001 or 01000. You entered 4.',
      },
      {
        code: 'too-long',
        text: '750011',
        fr: 'Le code postal comporte 5 chiffres, par exemple 75001. Vous en avez saisi 6.',
        en: 'The postcode has 5 digits, for example 75001. You entered 6.',
      },
      {
        code: 'postal-code-unknown-department',
        text: '00100',
        fr: 'Le code postal 00100 ne correspond à aucun département. Ses 2 premiers chiffres sont ceux du département (01 à 95, 97 ou 98 pour les outre-mer), par exemple 75001 ou 97400.',
        en: 'The postcode 00100 matches no département. Its first 2 digits are those of the département (01 to 95, or 97 or 98 overseas), for example 75001 or 97400.',
      },
    ];

    for (const { code, text, fr, en } of cases) {
      it(`reports ${code} in French`, async () => {
        const control = await fixture<SoclePostalCodeInput>(html`<socle-postal-code-input value=${text}></socle-postal-code-input>`);

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationResult.errors[0]?.code).to.equal(code);
        expect(control.validationMessage).to.equal(fr);
        expect(part(control, 'form-control-error').textContent).to.contain(fr);
      });

      it(`reports ${code} in English`, async () => {
        const control = await fixture<SoclePostalCodeInput>(html`<socle-postal-code-input lang="en" value=${text}></socle-postal-code-input>`);

        control.reportValidity();
        await control.updateComplete;

        expect(control.validationMessage).to.equal(en);
      });
    }
  });
});
