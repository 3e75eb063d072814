import { expect, fixture, html } from '@open-wc/testing';
import { computeKey } from '@socle/formats/nir';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleNirInput } from './nir-input.js';

function inner(control: SocleNirInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function part(control: SocleNirInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

/** Focuses the field, types `text` with real key presses, then moves focus out. */
async function typeAndLeave(control: SocleNirInput, text: string): Promise<void> {
  inner(control).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await control.updateComplete;
}

/** Appends the key to the first 13 characters of a NIR. */
function withKey(first13: string): string {
  return first13 + computeKey(first13);
}

async function renderInForm(lang = 'fr'): Promise<{ form: HTMLFormElement; control: SocleNirInput }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <socle-nir-input name="nir" label="Numéro de sécurité sociale"></socle-nir-input>
    <button type="button">Après</button>
  </form>`);
  const control = form.querySelector('socle-nir-input')!;
  await control.updateComplete;
  return { form, control };
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
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
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

      expect(part(control, 'form-control-label').textContent).to.contain('Numéro de sécurité sociale');
      expect(part(control, 'form-control-hint').textContent).to.contain('15 chiffres, par exemple 2 69 05 49 588 157 80');
      expect(inner(control).getAttribute('aria-describedby')).to.equal('hint');
      await expect(control).to.be.accessible();
    });

    it('shows the English label and hint', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input lang="en"></socle-nir-input>`);

      expect(part(control, 'form-control-label').textContent).to.contain('Social security number');
      expect(part(control, 'form-control-hint').textContent).to.contain('15 digits, for example');
    });

    it('replaces the default hint with the hint attribute', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input hint="Celui de l’enfant"></socle-nir-input>`);

      expect(part(control, 'form-control-hint').textContent!.trim()).to.equal('Celui de l’enfant');
    });

    it('sets no inputmode and no autofill token by default', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      expect(inner(control).hasAttribute('inputmode')).to.be.false;
      expect(inner(control).hasAttribute('autocomplete')).to.be.false;
      expect(inner(control).getAttribute('spellcheck')).to.equal('false');
    });

    it('passes a page-set autocomplete token', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input autocomplete="off"></socle-nir-input>`);

      expect(inner(control).getAttribute('autocomplete')).to.equal('off');
    });
  });

  describe('when the user types', () => {
    it('submits the 15 normalised characters', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '1.84.12 76-451 089 46');

      expect(new FormData(form).get('nir')).to.equal('184127645108946');
      expect(control.value).to.equal('184127645108946');
    });

    it('formats the number when the field loses focus', async () => {
      const { control } = await renderInForm();
      inner(control).focus();
      await sendKeys({ type: '184127645108946' });
      await control.updateComplete;

      const whileTyping = inner(control).value;
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;

      expect(whileTyping).to.equal('184127645108946');
      expect(inner(control).value).to.equal('1 84 12 76 451 089 46');
    });

    it('accepts the Corsican département in lower case', async () => {
      const { form, control } = await renderInForm();
      const nir = withKey('184042A004123');

      await typeAndLeave(control, nir.toLowerCase());

      expect(new FormData(form).get('nir')).to.equal(nir);
      expect(control.validity.valid).to.be.true;
    });

    it('keeps an incomplete entry as typed', async () => {
      const { form, control } = await renderInForm();

      await typeAndLeave(control, '1 84 12');

      expect(new FormData(form).get('nir')).to.equal('1 84 12');
      expect(inner(control).value).to.equal('1 84 12');
    });

    it('fires input per key and one change on blur', async () => {
      const { control } = await renderInForm();
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      control.addEventListener('input', onInput);
      control.addEventListener('change', onChange);

      await typeAndLeave(control, '1 84');

      expect(onInput.callCount).to.equal(4);
      expect(onChange.callCount).to.equal(1);
    });
  });

  describe('when code sets the value', () => {
    it('displays it formatted and stores it normalised', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input></socle-nir-input>`);

      control.value = '2-69-05-49-588-157-80';
      await control.updateComplete;

      expect(inner(control).value).to.equal('2 69 05 49 588 157 80');
      expect(control.value).to.equal('269054958815780');
    });

    it('formats the value attribute and restores it on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-nir-input name="nir" value="184127645108946"></socle-nir-input>
      </form>`);
      const control = form.querySelector('socle-nir-input')!;
      await control.updateComplete;
      inner(control).focus();
      await sendKeys({ press: 'Backspace' });
      await control.updateComplete;

      form.reset();
      await control.updateComplete;

      expect(inner(control).value).to.equal('1 84 12 76 451 089 46');
      expect(new FormData(form).get('nir')).to.equal('184127645108946');
    });
  });

  describe('validation', () => {
    const cases: Array<{ code: string; text: string; fr: string; en: string }> = [
      {
        code: 'invalid-characters',
        text: '1841276451X8946',
        fr: 'Le numéro de sécurité sociale ne contient que des chiffres, avec 2A ou 2B pour une naissance en Corse. Retirez « X ».',
        en: 'The social security number contains only digits, with 2A or 2B for a birth in Corsica. Remove « X ».',
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
    ];

    for (const { code, text, fr, en } of cases) {
      it(`reports ${code} in French`, async () => {
        const control = await fixture<SocleNirInput>(html`<socle-nir-input value=${text}></socle-nir-input>`);

        const valid = control.reportValidity();
        await control.updateComplete;

        expect(valid).to.be.false;
        expect(control.validationResult.errors[0]?.code).to.equal(code);
        expect(control.validationMessage).to.equal(fr);
        expect(part(control, 'form-control-error').textContent).to.contain(fr);
      });

      it(`reports ${code} in English`, async () => {
        const control = await fixture<SocleNirInput>(html`<socle-nir-input lang="en" value=${text}></socle-nir-input>`);

        control.reportValidity();
        await control.updateComplete;

        expect(control.validationMessage).to.equal(en);
      });
    }

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

      const beforeSubmit = part(control, 'form-control-error').hidden;
      form.requestSubmit();
      await control.updateComplete;
      const afterSubmit = part(control, 'form-control-error').textContent;
      inner(control).focus();
      await sendKeys({ type: '6' });
      await control.updateComplete;

      expect(beforeSubmit).to.be.true;
      expect(afterSubmit).to.contain('Vous en avez saisi 14');
      expect(part(control, 'form-control-error').hidden).to.be.true;
      expect(inner(control).hasAttribute('aria-invalid')).to.be.false;
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

      const warning = part(control, 'form-control-warning');

      expect(control.checkValidity()).to.be.true;
      expect(control.validationResult.warnings.map((issue) => issue.code)).to.deep.equal(['nir-unknown-month']);
      expect(warning.textContent).to.contain('Le mois de naissance de ce numéro (30) indique un mois inconnu.');
      expect(inner(control).getAttribute('aria-describedby')).to.equal('hint warning');
      await expect(control).to.be.accessible();
    });

    it('shows the warning in English', async () => {
      const nir = withKey('1843075056123');
      const control = await fixture<SocleNirInput>(html`<socle-nir-input lang="en" value=${nir}></socle-nir-input>`);

      expect(part(control, 'form-control-warning').textContent).to.contain('The birth month in this number (30) means the month is unknown.');
    });

    it('submits a number that has a warning', async () => {
      const { form, control } = await renderInForm();
      const nir = withKey('7843075056123');

      await typeAndLeave(control, nir);

      expect(form.checkValidity()).to.be.true;
      expect(new FormData(form).get('nir')).to.equal(nir);
      expect(part(control, 'form-control-warning').textContent).to.contain('provisoire');
    });

    it('has no warning for a common number', async () => {
      const control = await fixture<SocleNirInput>(html`<socle-nir-input value="269054958815780"></socle-nir-input>`);

      expect(part(control, 'form-control-warning').textContent!.trim()).to.equal('');
      expect(inner(control).getAttribute('aria-describedby')).to.equal('hint');
    });
  });
});
