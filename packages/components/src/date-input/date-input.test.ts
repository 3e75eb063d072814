import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { deepActiveElement, runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleDateInput } from './date-input.js';

/**
 * Renders markup whose root is a plain element and waits for the Lit elements
 * in it. `fixture()` waits for an animation frame on plain roots, and frames
 * stall in a page left in the background while another test page has focus.
 */
async function plainFixture<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const root = fixtureSync<T>(template);
  const litElements = [root, ...root.querySelectorAll('*')].filter(
    (element): element is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in element,
  );
  await Promise.all(litElements.map((element) => element.updateComplete));
  return root;
}

function part(control: SocleDateInput, name: 'day' | 'month' | 'year'): HTMLInputElement {
  return control.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
}

function invalidParts(control: SocleDateInput): string[] {
  return (['day', 'month', 'year'] as const).filter((name) => part(control, name).getAttribute('aria-invalid') === 'true');
}

/** Returns the error message shown, or an empty string when the control renders none. */
function errorText(control: SocleDateInput): string {
  return (control.shadowRoot!.querySelector('#error')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Types the three parts with real key presses, starting from a focused element before the control. */
async function typeDate(control: SocleDateInput, day: string, month: string, year: string): Promise<void> {
  control.focus();
  if (day) await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  if (month) await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  if (year) await sendKeys({ type: year });
  await control.updateComplete;
}

async function renderInForm(markup: ReturnType<typeof html>): Promise<{ form: HTMLFormElement; control: SocleDateInput }> {
  const form = await plainFixture<HTMLFormElement>(html`<form>${markup}</form>`);
  const control = form.querySelector('socle-date-input')!;
  await control.updateComplete;
  return { form, control };
}

runFormControlContract<SocleDateInput>({
  tagName: 'socle-date-input',
  render: (options) => html`<socle-date-input
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-date-input>`,
  typeValue: (control) => typeDate(control, '14', '7', '1990'),
  typedEntries: ['1990-07-14'],
  restore: {
    state: (() => {
      const state = new FormData();
      state.append('day', '14');
      state.append('month', '07');
      state.append('year', '1990');
      return state;
    })(),
    entries: ['1990-07-14'],
  },
  setValueFromCode: (control) => {
    control.value = '1990-07-14';
  },
  focusTarget: (control) => part(control, 'day'),
  nativeControls: (control) => [part(control, 'day'), part(control, 'month'), part(control, 'year')],
  valueMissingMessage: { fr: 'Renseignez le champ « Champ ».', en: 'Enter Champ.' },
});

describe('socle-date-input', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('groups three labelled numeric fields in a fieldset', async () => {
      const control = await fixture<SocleDateInput>(
        html`<socle-date-input label="Date de naissance" hint="Par exemple, 14 07 1990"></socle-date-input>`,
      );

      const fieldset = control.shadowRoot!.querySelector('fieldset')!;
      const labels = [...control.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());

      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Date de naissance');
      expect(labels).to.deep.equal(['Jour', 'Mois', 'Année']);
      for (const name of ['day', 'month', 'year'] as const) {
        expect(part(control, name).getAttribute('inputmode')).to.equal('numeric');
        expect(part(control, name).type).to.equal('text');
        expect(part(control, name).getAttribute('aria-describedby')).to.equal('hint');
      }
      await expect(control).to.be.accessible();
    });

    it('sizes the year field wider than the day field', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);

      const day = part(control, 'day').getBoundingClientRect().width;
      const month = part(control, 'month').getBoundingClientRect().width;
      const year = part(control, 'year').getBoundingClientRect().width;

      expect(day).to.equal(month);
      expect(year).to.be.greaterThan(day);
    });

    it('sets no inline style attribute', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);

      const styled = [...control.shadowRoot!.querySelectorAll('[style]')].map((element) => element.className);

      expect(styled).to.deep.equal([]);
    });

    it('renders with null and non-string text properties', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date" past-only value="2001-02-03"></socle-date-input>`);
      const loose = control as unknown as Record<string, unknown>;

      loose['today'] = null;
      loose['autocomplete'] = null;
      loose['min'] = undefined;
      await control.updateComplete;
      loose['today'] = 0;
      loose['max'] = {};
      await control.updateComplete;

      expect(part(control, 'year').value).to.equal('2001');
      expect(part(control, 'day').hasAttribute('autocomplete')).to.be.false;
      expect(control.validity.valid).to.be.true;
    });

    it('labels the parts in English', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input lang="en" label="Date of birth"></socle-date-input>`);

      const labels = [...control.shadowRoot!.querySelectorAll('label')].map((label) => label.textContent!.trim());

      expect(labels).to.deep.equal(['Day', 'Month', 'Year']);
    });

    it('has no autocomplete token by default', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);

      expect(part(control, 'day').hasAttribute('autocomplete')).to.be.false;
      expect(part(control, 'year').hasAttribute('autocomplete')).to.be.false;
    });

    it('uses bday tokens only with autocomplete="bday"', async () => {
      const birthday = await fixture<SocleDateInput>(html`<socle-date-input label="Date" autocomplete="bday"></socle-date-input>`);
      const other = await fixture<SocleDateInput>(html`<socle-date-input label="Date" autocomplete="off"></socle-date-input>`);

      expect(part(birthday, 'day').getAttribute('autocomplete')).to.equal('bday-day');
      expect(part(birthday, 'month').getAttribute('autocomplete')).to.equal('bday-month');
      expect(part(birthday, 'year').getAttribute('autocomplete')).to.equal('bday-year');
      expect(part(other, 'day').hasAttribute('autocomplete')).to.be.false;
    });
  });

  describe('when code sets the value', () => {
    it('fills the parts from the value attribute', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date" value="1990-07-14"></socle-date-input>`);

      expect(part(control, 'day').value).to.equal('14');
      expect(part(control, 'month').value).to.equal('07');
      expect(part(control, 'year').value).to.equal('1990');
      expect(control.value).to.equal('1990-07-14');
    });

    it('clears a partial entry when set to an empty string', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      await typeDate(control, '3', '', '');
      expect(control.value).to.equal('');

      control.value = '';
      await control.updateComplete;

      expect(part(control, 'day').value).to.equal('');
    });

    it('clears the parts and warns once for an invalid date', async () => {
      const warn = sinon.stub(console, 'warn');
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date" value="2023-02-30"></socle-date-input>`);

      control.value = '2023-02-30';
      await control.updateComplete;

      expect(control.value).to.equal('');
      expect(part(control, 'day').value).to.equal('');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('value="2023-02-30"');
    });
  });

  describe('when the user types', () => {
    it('accepts one-digit day and month and ignores spaces', async () => {
      const { form, control } = await renderInForm(html`<socle-date-input name="naissance" label="Date"></socle-date-input>`);

      await typeDate(control, ' 5 ', '3', '19 84');

      expect(control.value).to.equal('1984-03-05');
      expect(new FormData(form).get('naissance')).to.equal('1984-03-05');
    });

    it('keeps the value empty while the date is incomplete', async () => {
      const { form, control } = await renderInForm(html`<socle-date-input name="naissance" label="Date"></socle-date-input>`);

      await typeDate(control, '14', '7', '');

      expect(control.value).to.equal('');
      expect(new FormData(form).has('naissance')).to.be.false;
      expect(control.validity.badInput).to.be.true;
    });

    it('fires one input event per key press, from the host', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      const onInput = sinon.spy();
      control.addEventListener('input', onInput);
      part(control, 'day').focus();

      await sendKeys({ type: '14' });

      expect(onInput.callCount).to.equal(2);
      expect(onInput.firstCall.args[0].target).to.equal(control);
    });

    it('fires change when a part loses focus after an edit', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      const onChange = sinon.spy();
      control.addEventListener('change', onChange);
      part(control, 'day').focus();

      await sendKeys({ type: '1' });
      expect(onChange.callCount).to.equal(0);
      await sendKeys({ press: 'Tab' });

      expect(onChange.callCount).to.equal(1);
      expect(onChange.firstCall.args[0].bubbles).to.be.true;
    });

    it('moves through day, month and year with Tab', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      control.focus();

      expect(deepActiveElement()).to.equal(part(control, 'day'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(control, 'month'));
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(part(control, 'year'));
    });
  });

  describe('validation', () => {
    const today = '2026-06-15';
    const cases: Array<{
      title: string;
      attributes?: { min?: string; max?: string; pastOnly?: boolean; futureOnly?: boolean };
      parts: [string, string, string];
      flag: keyof ValidityState;
      fr: string;
      en: string;
      invalid: string[];
    }> = [
      {
        title: 'a missing day',
        parts: ['', '7', '1990'],
        flag: 'badInput',
        fr: 'La date doit comporter un jour',
        en: 'The date must include a day',
        invalid: ['day'],
      },
      {
        title: 'a missing month',
        parts: ['14', '', '1990'],
        flag: 'badInput',
        fr: 'La date doit comporter un mois',
        en: 'The date must include a month',
        invalid: ['month'],
      },
      {
        title: 'a missing year',
        parts: ['14', '7', ''],
        flag: 'badInput',
        fr: 'La date doit comporter une année',
        en: 'The date must include a year',
        invalid: ['year'],
      },
      {
        title: 'a missing day and month',
        parts: ['', '', '1990'],
        flag: 'badInput',
        fr: 'La date doit comporter un jour et un mois',
        en: 'The date must include a day and a month',
        invalid: ['day', 'month'],
      },
      {
        title: 'a two-digit year',
        parts: ['14', '7', '90'],
        flag: 'badInput',
        fr: 'L’année doit comporter 4 chiffres',
        en: 'The year must include 4 numbers',
        invalid: ['year'],
      },
      {
        title: 'a thirteenth month',
        parts: ['14', '13', '1990'],
        flag: 'badInput',
        fr: 'La date doit être une date réelle',
        en: 'The date must be a real date',
        invalid: ['month'],
      },
      {
        title: 'a day in letters',
        parts: ['ab', '7', '1990'],
        flag: 'badInput',
        fr: 'La date doit être une date réelle',
        en: 'The date must be a real date',
        invalid: ['day'],
      },
      {
        title: '29 February of a common year',
        parts: ['29', '2', '2023'],
        flag: 'badInput',
        fr: 'La date doit être une date réelle',
        en: 'The date must be a real date',
        invalid: ['day', 'month', 'year'],
      },
      {
        title: 'today with past-only',
        attributes: { pastOnly: true },
        parts: ['15', '6', '2026'],
        flag: 'rangeUnderflow',
        fr: 'La date doit être dans le passé',
        en: 'The date must be in the past',
        invalid: ['day', 'month', 'year'],
      },
      {
        title: 'yesterday with future-only',
        attributes: { futureOnly: true },
        parts: ['14', '6', '2026'],
        flag: 'rangeOverflow',
        fr: 'La date doit être dans le futur',
        en: 'The date must be in the future',
        invalid: ['day', 'month', 'year'],
      },
      {
        title: 'a date before min',
        attributes: { min: '1900-01-01' },
        parts: ['31', '12', '1899'],
        flag: 'rangeUnderflow',
        fr: 'La date doit être le 01/01/1900 ou après',
        en: 'The date must be the same as or after 1 January 1900',
        invalid: ['day', 'month', 'year'],
      },
      {
        title: 'a date after max',
        attributes: { max: '2000-12-31' },
        parts: ['1', '1', '2001'],
        flag: 'rangeOverflow',
        fr: 'La date doit être le 31/12/2000 ou avant',
        en: 'The date must be the same as or before 31 December 2000',
        invalid: ['day', 'month', 'year'],
      },
    ];

    for (const testCase of cases) {
      for (const lang of ['fr', 'en'] as const) {
        it(`reports ${testCase.title} in ${lang}`, async () => {
          const { min = '', max = '', pastOnly = false, futureOnly = false } = testCase.attributes ?? {};
          const { control } = await renderInForm(html`<socle-date-input
            lang=${lang}
            name="date"
            label="Date"
            today=${today}
            min=${min}
            max=${max}
            ?past-only=${pastOnly}
            ?future-only=${futureOnly}
          ></socle-date-input>`);
          await typeDate(control, ...testCase.parts);

          const valid = control.reportValidity();
          await control.updateComplete;

          expect(valid).to.be.false;
          expect(control.validity[testCase.flag]).to.be.true;
          expect(control.validationMessage).to.equal(testCase[lang]);
          expect(errorText(control)).to.contain(testCase[lang]);
          expect(invalidParts(control)).to.deep.equal(testCase.invalid);
        });
      }
    }

    it('accepts yesterday with past-only and tomorrow with future-only', async () => {
      const past = await fixture<SocleDateInput>(html`<socle-date-input label="Date" past-only today="2026-06-15"></socle-date-input>`);
      const future = await fixture<SocleDateInput>(
        html`<socle-date-input label="Date" future-only today="2026-06-15"></socle-date-input>`,
      );

      past.value = '2026-06-14';
      future.value = '2026-06-16';
      await past.updateComplete;
      await future.updateComplete;

      expect(past.validity.valid).to.be.true;
      expect(future.validity.valid).to.be.true;
    });

    it('accepts the min and max dates themselves', async () => {
      const control = await fixture<SocleDateInput>(
        html`<socle-date-input label="Date" min="1900-01-01" max="2000-12-31" value="1900-01-01"></socle-date-input>`,
      );
      expect(control.validity.valid).to.be.true;

      control.value = '2000-12-31';
      await control.updateComplete;

      expect(control.validity.valid).to.be.true;
    });

    it('accepts an empty optional date', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);

      expect(control.checkValidity()).to.be.true;
    });

    it('focuses the first wrong part on reportValidity()', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      await typeDate(control, '14', '', '');
      part(control, 'day').blur();

      control.reportValidity();

      expect(deepActiveElement()).to.equal(part(control, 'month'));
    });

    it('removes the error as soon as the user fixes the date', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date"></socle-date-input>`);
      await typeDate(control, '14', '7', '');
      control.reportValidity();
      await control.updateComplete;
      expect(errorText(control)).to.contain('une année');

      await sendKeys({ type: '1990' });
      await control.updateComplete;

      expect(errorText(control)).to.equal('');
      expect(invalidParts(control)).to.deep.equal([]);
    });

    it('marks all three parts for an error set by the page', async () => {
      const control = await fixture<SocleDateInput>(
        html`<socle-date-input label="Date" error="Cette date ne correspond pas à votre dossier."></socle-date-input>`,
      );

      expect(invalidParts(control)).to.deep.equal(['day', 'month', 'year']);
      expect(control.validity.customError).to.be.true;
      await expect(control).to.be.accessible();
    });

    it('is accessible with one wrong part', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input label="Date" hint="Par exemple, 14 07 1990"></socle-date-input>`);
      await typeDate(control, '14', '7', '90');

      control.reportValidity();
      await control.updateComplete;

      expect(part(control, 'year').getAttribute('aria-describedby')).to.equal('hint error');
      expect(part(control, 'day').getAttribute('aria-describedby')).to.equal('hint');
      await expect(control).to.be.accessible();
    });
  });

  describe('in a form', () => {
    it('restores the default value on reset, clearing a partial entry', async () => {
      const { form, control } = await renderInForm(
        html`<socle-date-input name="date" label="Date" value="2001-09-11"></socle-date-input>`,
      );
      control.value = '';
      await typeDate(control, '3', '', '');

      form.reset();
      await control.updateComplete;

      expect(part(control, 'day').value).to.equal('11');
      expect(part(control, 'month').value).to.equal('09');
      expect(new FormData(form).get('date')).to.equal('2001-09-11');
    });

    it('saves the three parts as its state', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input name="date" label="Date"></socle-date-input>`);
      const setFormValue = sinon.spy(
        (control as unknown as { internals: ElementInternals }).internals,
        'setFormValue',
      );

      await typeDate(control, '14', '', '');

      const state = setFormValue.lastCall.args[1] as FormData;
      expect(state.get('day')).to.equal('14');
      expect(state.get('month')).to.equal('');
      expect(state.get('year')).to.equal('');
    });

    it('restores a partial entry from a saved state', async () => {
      const { form, control } = await renderInForm(html`<socle-date-input name="date" label="Date"></socle-date-input>`);
      const state = new FormData();
      state.append('day', '14');
      state.append('month', '7');
      state.append('year', '');

      control.formStateRestoreCallback(state);
      await control.updateComplete;

      expect(part(control, 'day').value).to.equal('14');
      expect(part(control, 'month').value).to.equal('7');
      expect(control.value).to.equal('');
      expect(new FormData(form).has('date')).to.be.false;
    });

    it('restores an ISO date given as a string', async () => {
      const control = await fixture<SocleDateInput>(html`<socle-date-input name="date" label="Date"></socle-date-input>`);

      control.formStateRestoreCallback('1990-07-14');
      await control.updateComplete;

      expect(part(control, 'year').value).to.equal('1990');
    });

    it('submits a read-only value', async () => {
      const { form, control } = await renderInForm(
        html`<socle-date-input name="date" label="Date" value="1990-07-14" readonly></socle-date-input>`,
      );

      expect(part(control, 'day').readOnly).to.be.true;
      expect(new FormData(form).get('date')).to.equal('1990-07-14');
    });

    it('leaves a disabled date out of the form data', async () => {
      const { form, control } = await renderInForm(
        html`<socle-date-input name="date" label="Date" value="1990-07-14" disabled></socle-date-input>`,
      );

      expect(control.shadowRoot!.querySelector('fieldset')!.disabled).to.be.true;
      expect(part(control, 'month').matches(':disabled')).to.be.true;
      expect(new FormData(form).has('date')).to.be.false;
    });
  });
});
