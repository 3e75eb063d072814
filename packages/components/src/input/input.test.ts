import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { runFormControlContract } from '../internal/form-control.contract.js';
import '../button/define.js';
import './define.js';
import type { SocleInput } from './input.js';

function inner(input: SocleInput): HTMLInputElement {
  return input.shadowRoot!.querySelector('input')!;
}

function toggle(input: SocleInput): HTMLButtonElement {
  return input.shadowRoot!.querySelector('button')!;
}

async function typeInto(input: SocleInput, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await input.updateComplete;
}

runFormControlContract<SocleInput>({
  tagName: 'socle-input',
  render: (options) => html`<socle-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-input>`,
  typeValue: async (input) => {
    input.focus();
    await sendKeys({ type: 'Dupont' });
  },
  typedEntries: ['Dupont'],
  restore: { state: 'Martin', entries: ['Martin'] },
  setValueFromCode: (input) => {
    input.value = 'Durand';
  },
  focusTarget: inner,
  nativeControls: (input) => [inner(input)],
  valueMissingMessage: { fr: 'Renseignez le champ « Champ ».', en: 'Enter Champ.' },
});

describe('socle-input', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('ties the label to the inner input', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Nom de famille"></socle-input>`);

      const label = input.shadowRoot!.querySelector('label')!;

      expect(label.htmlFor).to.equal(inner(input).id);
      expect(label.textContent).to.contain('Nom de famille');
    });

    it('passes autocomplete, inputmode, spellcheck and placeholder to the inner input', async () => {
      const input = await fixture<SocleInput>(html`<socle-input
        label="Code"
        autocomplete="one-time-code"
        inputmode="numeric"
        spellcheck="false"
        placeholder="123456"
      ></socle-input>`);

      expect(inner(input).getAttribute('autocomplete')).to.equal('one-time-code');
      expect(inner(input).getAttribute('inputmode')).to.equal('numeric');
      expect(inner(input).getAttribute('spellcheck')).to.equal('false');
      expect(inner(input).getAttribute('placeholder')).to.equal('123456');
    });

    it('describes the input with its prefix and suffix', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Poids" prefix="environ" suffix="kg"></socle-input>`);

      const ids = inner(input).getAttribute('aria-describedby')!.split(' ');

      expect(ids).to.include('prefix');
      expect(ids).to.include('suffix');
      expect(input.shadowRoot!.getElementById('suffix')!.textContent).to.equal('kg');
      await expect(input).to.be.accessible();
    });

    it('falls back to text for an unknown type and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const input = await fixture<SocleInput>(html`<socle-input label="Nom" type="colour"></socle-input>`);

      expect(inner(input).type).to.equal('text');
      expect(warn.firstCall.args[0]).to.contain('<socle-input> type="colour"');
    });

    it('ignores an invalid length limit and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const input = await fixture<SocleInput>(html`<socle-input label="Nom" maxlength="-3" minlength="1.5" value="Dupont"></socle-input>`);

      expect(input.maxlength).to.be.undefined;
      expect(input.minlength).to.be.undefined;
      expect(inner(input).hasAttribute('maxlength')).to.be.false;
      expect(input.validity.valid).to.be.true;
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((message) => message.includes('<socle-input> maxlength="-3"'))).to.be.true;
      expect(messages.some((message) => message.includes('<socle-input> minlength="1.5"'))).to.be.true;
    });

    it('renders an empty field when value is set to null', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Nom" value="Durand" minlength="2"></socle-input>`);

      (input as unknown as { value: unknown }).value = null;
      await input.updateComplete;

      expect(input.value).to.equal('');
      expect(inner(input).value).to.equal('');
      expect(input.validity.valid).to.be.true;
    });

    it('renders a number given as value as its text', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Quantité" maxlength="1"></socle-input>`);

      (input as unknown as { value: unknown }).value = 42;
      await input.updateComplete;

      expect(inner(input).value).to.equal('42');
      expect(input.validity.tooLong).to.be.true;
    });

    for (const type of ['email', 'tel', 'url', 'number', 'search'] as const) {
      it(`renders type ${type} accessibly`, async () => {
        const input = await fixture<SocleInput>(html`<socle-input label="Champ" type=${type}></socle-input>`);

        expect(inner(input).type).to.equal(type);
        await expect(input).to.be.accessible();
      });
    }
  });

  describe('validity', () => {
    const cases: Array<{
      flag: keyof ValidityState;
      markup: (lang: string) => ReturnType<typeof html>;
      fr: string;
      en: string;
    }> = [
      {
        flag: 'typeMismatch',
        markup: (lang) => html`<socle-input lang=${lang} label="Courriel" type="email" value="nom"></socle-input>`,
        fr: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
        en: 'Enter a valid email address, like name@example.com.',
      },
      {
        flag: 'typeMismatch',
        markup: (lang) => html`<socle-input lang=${lang} label="Site" type="url" value="exemple"></socle-input>`,
        fr: 'Saisissez une adresse web valide, par exemple https://www.exemple.fr.',
        en: 'Enter a valid web address, like https://www.example.com.',
      },
      {
        flag: 'tooShort',
        markup: (lang) => html`<socle-input lang=${lang} label="Code" minlength="4" value="12"></socle-input>`,
        fr: '« Code » doit comporter au moins 4 caractères.',
        en: 'Code must be 4 characters or more.',
      },
      {
        flag: 'tooLong',
        markup: (lang) => html`<socle-input lang=${lang} label="Code" maxlength="3" value="12345"></socle-input>`,
        fr: '« Code » doit comporter au plus 3 caractères.',
        en: 'Code must be 3 characters or fewer.',
      },
      {
        flag: 'patternMismatch',
        markup: (lang) => html`<socle-input lang=${lang} label="Code" pattern="[0-9]{5}" value="75A01"></socle-input>`,
        fr: 'Le format de « Code » n’est pas valide.',
        en: 'Code is not in the expected format.',
      },
      {
        flag: 'rangeUnderflow',
        markup: (lang) => html`<socle-input lang=${lang} label="Âge" type="number" min="18" value="12"></socle-input>`,
        fr: '« Âge » doit être supérieur ou égal à 18.',
        en: 'Âge must be 18 or more.',
      },
      {
        flag: 'rangeOverflow',
        markup: (lang) => html`<socle-input lang=${lang} label="Âge" type="number" max="120" value="130"></socle-input>`,
        fr: '« Âge » doit être inférieur ou égal à 120.',
        en: 'Âge must be 120 or less.',
      },
      {
        flag: 'stepMismatch',
        markup: (lang) => html`<socle-input lang=${lang} label="Montant" type="number" step="0.5" value="1.2"></socle-input>`,
        fr: '« Montant » doit être un multiple de 0.5.',
        en: 'Montant must be a multiple of 0.5.',
      },
      {
        flag: 'valueMissing',
        markup: (lang) => html`<socle-input lang=${lang} label="Nom" required></socle-input>`,
        fr: 'Renseignez le champ « Nom ».',
        en: 'Enter Nom.',
      },
    ];

    for (const { flag, markup, fr, en } of cases) {
      it(`flags ${flag} with the French message (${fr})`, async () => {
        const input = await fixture<SocleInput>(markup('fr'));

        expect(input.validity[flag]).to.be.true;
        expect(input.validationMessage).to.equal(fr);
      });

      it(`flags ${flag} with the English message (${en})`, async () => {
        const input = await fixture<SocleInput>(markup('en'));

        expect(input.validity[flag]).to.be.true;
        expect(input.validationMessage).to.equal(en);
      });
    }

    it('flags badInput when the typed text is not a number', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Âge" type="number"></socle-input>`);

      await typeInto(input, '1e');

      expect(input.validity.badInput).to.be.true;
      expect(input.validationMessage).to.equal('Saisissez un nombre pour « Âge ».');
    });

    it('computes tooShort after typing, before any blur', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Code" minlength="4"></socle-input>`);

      await typeInto(input, '12');

      expect(input.validity.tooShort).to.be.true;
    });

    it('stops typing at maxlength', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Code" maxlength="3"></socle-input>`);

      await typeInto(input, '12345');

      expect(input.value).to.equal('123');
      expect(input.validity.valid).to.be.true;
    });

    it('accepts an empty optional field with constraints', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Code" minlength="4" pattern="[0-9]+"></socle-input>`);

      expect(input.validity.valid).to.be.true;
    });

    it('is barred from validation when read-only', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Nom" required readonly></socle-input>`);

      expect(input.willValidate).to.be.false;
      expect(input.validity.valid).to.be.true;
    });

    it('shows the error only after a submission attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-input label="Nom" required></socle-input></form>`);
      const input = form.querySelector('socle-input')!;

      expect(inner(input).hasAttribute('aria-invalid')).to.be.false;

      form.requestSubmit();
      await input.updateComplete;

      expect(inner(input).getAttribute('aria-invalid')).to.equal('true');
      expect(input.shadowRoot!.getElementById('error')!.textContent).to.contain('Renseignez le champ « Nom ».');
    });

    it('shows a page-set error until it is cleared', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Nom" error="Ce nom est déjà pris."></socle-input>`);

      expect(inner(input).getAttribute('aria-invalid')).to.equal('true');
      expect(input.validationMessage).to.equal('Ce nom est déjà pris.');

      input.error = '';
      await input.updateComplete;

      expect(inner(input).hasAttribute('aria-invalid')).to.be.false;
      expect(input.validity.valid).to.be.true;
    });
  });

  describe('language', () => {
    it('translates the message when the page language changes', async () => {
      const wrapper = await fixture(html`<div lang="fr"><socle-input label="Nom" required></socle-input></div>`);
      const input = wrapper.querySelector('socle-input')!;

      wrapper.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await input.updateComplete;

      expect(input.validationMessage).to.equal('Enter Nom.');
    });
  });

  describe('events', () => {
    it('fires one input event per key and change on blur', async () => {
      const wrapper = await fixture(html`<div><socle-input label="Nom"></socle-input><button>Après</button></div>`);
      const input = wrapper.querySelector('socle-input')!;
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      input.addEventListener('input', onInput);
      input.addEventListener('change', onChange);

      await typeInto(input, 'abc');

      expect(onInput.callCount).to.equal(3);
      expect(onChange.callCount).to.equal(0);

      await sendKeys({ press: 'Tab' });

      expect(onChange.callCount).to.equal(1);
      expect(input.value).to.equal('abc');
    });
  });

  describe('with type password', () => {
    it('shows and hides the password with a renamed button and an announcement', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Mot de passe" type="password"></socle-input>`);
      const button = toggle(input);

      expect(inner(input).type).to.equal('password');
      expect(button.textContent!.trim()).to.equal('Afficher le mot de passe');

      button.click();
      await input.updateComplete;

      expect(inner(input).type).to.equal('text');
      expect(button.textContent!.trim()).to.equal('Masquer le mot de passe');
      expect(input.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('Votre mot de passe est affiché.');

      button.click();
      await input.updateComplete;

      expect(inner(input).type).to.equal('password');
      expect(input.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent).to.equal('Votre mot de passe est masqué.');
    });

    it('toggles with the keyboard and keeps focus on the button', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Mot de passe" type="password"></socle-input>`);
      input.focus();

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await input.updateComplete;

      expect(input.shadowRoot!.activeElement).to.equal(toggle(input));
      expect(inner(input).type).to.equal('text');
    });

    it('names the button in English', async () => {
      const input = await fixture<SocleInput>(html`<socle-input lang="en" label="Password" type="password"></socle-input>`);

      expect(toggle(input).textContent!.trim()).to.equal('Show password');
    });

    it('hides the password again when the form is submitted', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-input label="Mot de passe" type="password" name="mdp"></socle-input>
      </form>`);
      form.addEventListener('submit', (event) => event.preventDefault());
      const input = form.querySelector('socle-input')!;
      toggle(input).click();
      await input.updateComplete;

      form.requestSubmit();
      await input.updateComplete;

      expect(inner(input).type).to.equal('password');
    });

    it('is accessible while shown', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Mot de passe" type="password"></socle-input>`);

      toggle(input).click();
      await input.updateComplete;

      await expect(input).to.be.accessible();
    });

    it('disables the toggle when the field is disabled', async () => {
      const input = await fixture<SocleInput>(html`<socle-input label="Mot de passe" type="password" disabled></socle-input>`);

      expect(toggle(input).disabled).to.be.true;
    });
  });

  describe('when Enter is pressed', () => {
    it('submits the form through its submit button, with the button value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-input name="nom" label="Nom"></socle-input>
        <socle-button type="submit" name="action" value="envoyer">Envoyer</socle-button>
      </form>`);
      let data: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        data = new FormData(form, event.submitter);
      });
      const input = form.querySelector<SocleInput>('socle-input')!;
      await input.updateComplete;

      input.focus();
      await sendKeys({ type: 'Durand' });
      await sendKeys({ press: 'Enter' });

      expect(data?.get('nom')).to.equal('Durand');
      expect(data?.get('action')).to.equal('envoyer');
    });

    it('submits a form without a submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-input name="q" label="Recherche"></socle-input></form>`);
      const onSubmit = sinon.spy((event: Event) => event.preventDefault());
      form.addEventListener('submit', onSubmit);
      const input = form.querySelector<SocleInput>('socle-input')!;
      await input.updateComplete;

      input.focus();
      await sendKeys({ press: 'Enter' });

      expect(onSubmit.callCount).to.equal(1);
    });

    it('does not submit when the submit button is disabled', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-input name="nom" label="Nom"></socle-input>
        <button type="submit" disabled>Envoyer</button>
      </form>`);
      const onSubmit = sinon.spy((event: Event) => event.preventDefault());
      form.addEventListener('submit', onSubmit);
      const input = form.querySelector<SocleInput>('socle-input')!;
      await input.updateComplete;

      input.focus();
      await sendKeys({ press: 'Enter' });

      expect(onSubmit.callCount).to.equal(0);
    });
  });
});
