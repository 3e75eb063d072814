import { expect, fixture, html } from '@open-wc/testing';
import * as siren from '@socle/formats/siren';
import * as siret from '@socle/formats/siret';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleSiretInput } from './siret-input.js';

function inner(control: SocleSiretInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function part(control: SocleSiretInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

async function typeAndLeave(control: SocleSiretInput, text: string): Promise<void> {
  inner(control).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await control.updateComplete;
}

async function renderInForm(mode = 'siret'): Promise<{ form: HTMLFormElement; control: SocleSiretInput }> {
  const form = await fixture<HTMLFormElement>(html`<form>
    <socle-siret-input name="numero" mode=${mode}></socle-siret-input>
    <button type="button">Après</button>
  </form>`);
  const control = form.querySelector('socle-siret-input')!;
  await control.updateComplete;
  return { form, control };
}

runFormControlContract<SocleSiretInput>({
  tagName: 'socle-siret-input',
  render: (options) => html`<socle-siret-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-siret-input>`,
  typeValue: async (control) => {
    control.focus();
    await sendKeys({ type: '732.829.320 00074' });
  },
  typedEntries: ['73282932000074'],
  restore: { state: '732 829 320 00074', entries: ['73282932000074'] },
  setValueFromCode: (control) => {
    control.value = '73282932000074';
  },
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
  valueMissingMessage: {
    fr: 'Saisissez le numéro SIRET, par exemple 732 829 320 00074.',
    en: 'Enter the SIRET number, for example 732 829 320 00074.',
  },
});

describe('socle-siret-input', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('shows the SIRET label and hint with a numeric keyboard', async () => {
      const control = await fixture<SocleSiretInput>(html`<socle-siret-input></socle-siret-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('Numéro SIRET');
      expect(part(control, 'form-control-hint').textContent).to.contain('14 chiffres, par exemple 732 829 320 00074');
      expect(inner(control).getAttribute('inputmode')).to.equal('numeric');
      expect(inner(control).hasAttribute('autocomplete')).to.be.false;
    });

    it('shows the SIREN label and hint in siren mode', async () => {
      const control = await fixture<SocleSiretInput>(html`<socle-siret-input mode="siren" lang="en"></socle-siret-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('SIREN number');
      expect(part(control, 'form-control-hint').textContent).to.contain('9 digits, for example 732 829 320');
      await expect(control).to.be.accessible();
    });

    it('falls back to siret for an unknown mode and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const control = await fixture<SocleSiretInput>(html`<socle-siret-input mode="rna"></socle-siret-input>`);

      expect(part(control, 'form-control-hint').textContent).to.contain('14 chiffres');
      expect(warn.firstCall.args[0]).to.contain('<socle-siret-input> mode="rna"');
    });
  });

  describe('when the user types', () => {
    it('submits the 14 digits of a SIRET and formats it on blur', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '732-829-320-00074');

      expect(new FormData(form).get('numero')).to.equal('73282932000074');
      expect(inner(control).value).to.equal('732 829 320 00074');
      expect(control.checkValidity()).to.be.true;
    });

    it('submits the 9 digits of a SIREN in siren mode', async () => {
      const { form, control } = await renderInForm('siren');

      await typeAndLeave(control, '732.829.320');

      expect(new FormData(form).get('numero')).to.equal('732829320');
      expect(inner(control).value).to.equal('732 829 320');
    });

    it('accepts an establishment of La Poste by its digit sum', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '356 000 000 00001');

      expect(control.checkValidity()).to.be.true;
      expect(new FormData(form).get('numero')).to.equal('35600000000001');
    });

    it('rereads the typed text when the mode changes', async () => {
      const { form, control } = await renderInForm();
      await typeAndLeave(control, '732 829 320');

      control.mode = 'siren';
      await control.updateComplete;

      expect(new FormData(form).get('numero')).to.equal('732829320');
      expect(control.checkValidity()).to.be.true;
    });
  });

  describe('validation', () => {
    const cases: Array<{ mode: 'siret' | 'siren'; code: string; text: string; fr: string }> = [
      { mode: 'siret', code: 'invalid-characters', text: '7328293200007A', fr: 'Retirez « A »' },
      { mode: 'siret', code: 'too-short', text: '7328293200', fr: 'Vous en avez saisi 10' },
      { mode: 'siret', code: 'too-long', text: '732829320000745', fr: 'Vous en avez saisi 15' },
      { mode: 'siret', code: 'siret-is-siren', text: '732829320', fr: 'c’est un numéro SIREN' },
      { mode: 'siret', code: 'siret-checksum-mismatch', text: '73282932000075', fr: 'Ce numéro SIRET n’est pas valide' },
      { mode: 'siren', code: 'invalid-characters', text: '73282932O', fr: 'Retirez « O »' },
      { mode: 'siren', code: 'too-short', text: '7328', fr: 'Vous en avez saisi 4' },
      { mode: 'siren', code: 'too-long', text: '7328293201', fr: 'Vous en avez saisi 10' },
      { mode: 'siren', code: 'siren-is-siret', text: '73282932000074', fr: 'formé de ses 9 premiers chiffres : 732 829 320' },
      { mode: 'siren', code: 'siren-checksum-mismatch', text: '732829321', fr: 'Ce numéro SIREN n’est pas valide' },
    ];

    for (const { mode, code, text, fr } of cases) {
      const format = mode === 'siren' ? siren : siret;

      it(`reports ${mode} ${code} in French`, async () => {
        const control = await fixture<SocleSiretInput>(html`<socle-siret-input mode=${mode} value=${text}></socle-siret-input>`);

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationResult.errors[0]?.code).to.equal(code);
        expect(control.validationMessage).to.contain(fr);
        expect(control.validationMessage).to.equal(format.validate(text).errors[0]?.message);
        expect(part(control, 'form-control-error').textContent).to.contain(control.validationMessage);
      });

      it(`reports ${mode} ${code} in English`, async () => {
        const control = await fixture<SocleSiretInput>(html`<socle-siret-input lang="en" mode=${mode} value=${text}></socle-siret-input>`);

        control.reportValidity();
        await control.updateComplete;

        expect(control.validationMessage).to.equal(format.validate(text, { locale: 'en' }).errors[0]?.message);
        expect(control.validationMessage).to.match(/^(The|This|You) /);
      });
    }

    it('uses the SIREN required message in siren mode', async () => {
      const control = await fixture<SocleSiretInput>(html`<socle-siret-input mode="siren" required></socle-siret-input>`);

      control.reportValidity();
      await control.updateComplete;

      expect(control.validationMessage).to.equal('Saisissez le numéro SIREN, par exemple 732 829 320.');
      await expect(control).to.be.accessible();
    });
  });
});
