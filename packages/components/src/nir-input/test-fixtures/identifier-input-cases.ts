/// <reference types="mocha" />
/**
 * Table-driven tests shared by the fields built on `IdentifierInput` (NIR,
 * IBAN, telephone). A test file lists its typing and validation cases as data,
 * and the functions below turn each case into one Mocha test with real key
 * presses.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { IdentifierInput } from '../identifier-input.js';

/** Attributes of a control by name; an empty string sets a boolean attribute such as `accept-foreign`. */
export type Attributes = Record<string, string>;

/** Returns the inner `<input>` of an identifier field. */
export function innerInput(control: IdentifierInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

/** Returns the element of the shadow root that has the CSS part `name`. */
export function shadowPart(control: IdentifierInput, name: string): HTMLElement {
  return control.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
}

/** Creates an unconnected element `tagName` with `attributes`. */
function createControl<T extends IdentifierInput>(tagName: string, attributes: Attributes): T {
  const control = document.createElement(tagName) as T;
  for (const [name, value] of Object.entries(attributes)) control.setAttribute(name, value);
  return control;
}

/** Renders one control with `attributes`, outside any form. */
export async function renderControl<T extends IdentifierInput>(tagName: string, attributes: Attributes = {}): Promise<T> {
  return fixture<T>(createControl<T>(tagName, attributes));
}

/**
 * Renders a form that contains the control, with `attributes`, and then a
 * button, so that Tab moves focus out of the field and it fires `change`.
 */
export async function renderInForm<T extends IdentifierInput>(
  tagName: string,
  attributes: Attributes = {},
): Promise<{ form: HTMLFormElement; control: T }> {
  const form = document.createElement('form');
  const control = createControl<T>(tagName, attributes);
  const after = document.createElement('button');
  after.type = 'button';
  after.textContent = 'Après';
  form.append(control, after);

  await fixture(form);
  await control.updateComplete;
  return { form, control };
}

/** Focuses the field, types `text` with real key presses, then moves focus out with Tab. */
export async function typeAndLeave(control: IdentifierInput, text: string): Promise<void> {
  innerInput(control).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
  await control.updateComplete;
}

/** One typing case: text typed into the empty field, then Tab, and what must follow. Unset fields are not checked. */
export interface TypingCase<T extends IdentifierInput> {
  /** Name of the test. */
  title: string;
  /** Attributes of the control, added to the table's. */
  attributes?: Attributes;
  /** Text typed with real key presses. */
  typed: string;
  /** Text of the field after typing, before it loses focus. */
  shownWhileTyping?: string;
  /** Text of the field after it loses focus. */
  shownAfterBlur?: string;
  /** Form data entry under the control's name. */
  submitted?: string;
  /** The control's `value`. */
  value?: string;
  /** Whether the control, and so its form, passes constraint validation. */
  valid?: boolean;
  /** The control's `validationMessage`. */
  message?: string;
  /** Number of `input` and `change` events that the control fires. */
  events?: { input: number; change: number };
  /** Further checks on the control once it has lost focus. */
  check?: (control: T) => void;
}

/** Typing cases of one kind of identifier field. */
export interface TypingTable<T extends IdentifierInput> {
  /** Element name, such as `socle-nir-input`. */
  tagName: string;
  /** Attributes of the control in every case. Its `name` is the key of the form data entry. */
  attributes: Attributes & { name: string };
  cases: Array<TypingCase<T>>;
}

/** Registers one test per typing case, in the current `describe` block. */
export function runTypingCases<T extends IdentifierInput>(table: TypingTable<T>): void {
  for (const testCase of table.cases) {
    it(testCase.title, async () => {
      const { form, control } = await renderInForm<T>(table.tagName, { ...table.attributes, ...testCase.attributes });
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      control.addEventListener('input', onInput);
      control.addEventListener('change', onChange);

      innerInput(control).focus();
      await sendKeys({ type: testCase.typed });
      await control.updateComplete;
      const whileTyping = innerInput(control).value;
      await sendKeys({ press: 'Tab' });
      await control.updateComplete;

      if (testCase.shownWhileTyping !== undefined) expect(whileTyping).to.equal(testCase.shownWhileTyping);
      if (testCase.shownAfterBlur !== undefined) expect(innerInput(control).value).to.equal(testCase.shownAfterBlur);
      if (testCase.submitted !== undefined) expect(new FormData(form).get(table.attributes.name)).to.equal(testCase.submitted);
      if (testCase.value !== undefined) expect(control.value).to.equal(testCase.value);
      if (testCase.valid !== undefined) {
        expect(control.validity.valid).to.equal(testCase.valid);
        expect(control.checkValidity()).to.equal(testCase.valid);
        expect(form.checkValidity()).to.equal(testCase.valid);
      }
      if (testCase.message !== undefined) expect(control.validationMessage).to.equal(testCase.message);
      if (testCase.events) {
        expect(onInput.callCount).to.equal(testCase.events.input);
        expect(onChange.callCount).to.equal(testCase.events.change);
      }
      testCase.check?.(control);
    });
  }
}

/** One value that @socle/formats rejects, set through the `value` attribute. */
export interface ValidationCase {
  /** Code of the first error. */
  code: string;
  /** The invalid value. */
  text: string;
  /** Attributes of the control, such as `accept-foreign` or `types`. */
  attributes?: Attributes;
  /** The French message, or a part of it when the table gives `formatsMessage`. */
  fr: string;
  /** The whole English message, when the case states it. */
  en?: string;
}

/** Validation cases of one kind of identifier field. */
export interface ValidationTable {
  /** Element name, such as `socle-nir-input`. */
  tagName: string;
  cases: ValidationCase[];
  /** Returns the message that @socle/formats gives for the case. The control must show it whole. */
  formatsMessage?: (testCase: ValidationCase, locale: 'fr' | 'en') => string | undefined;
  /** Pattern that every English message matches, which a French message would not. */
  englishPattern?: RegExp;
}

/** Registers, per validation case, one test of the French message and one of the English message. */
export function runValidationCases(table: ValidationTable): void {
  for (const testCase of table.cases) {
    const { code, text, fr, en } = testCase;
    if (en === undefined && !table.formatsMessage) {
      throw new Error(`Validation case ${code} checks no English message: give it \`en\` or give the table \`formatsMessage\`.`);
    }

    it(`reports ${code} in French`, async () => {
      const control = await renderControl(table.tagName, { ...testCase.attributes, value: text });

      const valid = control.reportValidity();
      await control.updateComplete;

      expect(valid).to.equal(false);
      expect(control.validationResult.errors[0]?.code).to.equal(code);
      if (table.formatsMessage) {
        expect(control.validationMessage).to.contain(fr);
        expect(control.validationMessage).to.equal(table.formatsMessage(testCase, 'fr'));
      } else {
        expect(control.validationMessage).to.equal(fr);
      }
      expect(shadowPart(control, 'form-control-error').textContent).to.contain(control.validationMessage);
    });

    it(`reports ${code} in English`, async () => {
      const control = await renderControl(table.tagName, { ...testCase.attributes, lang: 'en', value: text });

      control.reportValidity();
      await control.updateComplete;

      if (en !== undefined) expect(control.validationMessage).to.equal(en);
      if (table.formatsMessage) expect(control.validationMessage).to.equal(table.formatsMessage(testCase, 'en'));
      if (table.englishPattern) expect(control.validationMessage).to.match(table.englishPattern);
    });
  }
}
