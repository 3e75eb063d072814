/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { render as renderTemplate, type TemplateResult } from 'lit';
import sinon from 'sinon';
import { resetWarnings } from './dev.js';
import type { FormControl } from './form-control.js';

/** Attributes that the contract sets on the control under test. */
export interface ContractFixtureOptions {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  disabled?: boolean;
  readonly?: boolean;
  required?: boolean;
}

/** How to build, drive and inspect one kind of form control in the shared checks. */
export interface FormControlContract<T extends FormControl> {
  /** Element name, used in the `describe` title, such as `socle-input`. */
  tagName: string;
  /** Returns the markup of one control with these attributes and no value. */
  render: (options: ContractFixtureOptions) => TemplateResult;
  /** Gives the control a value with real key presses, starting with focus outside it. */
  typeValue: (control: T) => Promise<void>;
  /** Form data entries under `name` after `typeValue`. */
  typedEntries: string[];
  /** Form data entries under `name` before any edit, none by default. */
  initialEntries?: string[];
  /** State passed to `formStateRestoreCallback`, and the entries it must produce. */
  restore: { state: string | FormData; entries: string[] };
  /** Sets a value from code, as a page would. It must fire no event. */
  setValueFromCode: (control: T) => void;
  /** The element that `focus()` must reach, inside the shadow root or in a child. */
  focusTarget: (control: T) => HTMLElement | null | undefined;
  /** Native controls that a disabled fieldset must disable. */
  nativeControls: (control: T) => Array<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLButtonElement>;
  /** The `valueMissing` message when `required` and empty, in French and English. */
  valueMissingMessage: { fr: string; en: string };
  /** Element that carries `aria-invalid` and `aria-describedby`, `focusTarget` by default. */
  describedElement?: (control: T) => HTMLElement | null | undefined;
  /**
   * Whether `describedElement` carries `aria-invalid` and `aria-required`
   * (default true); false for a plain `<fieldset>` group, where ARIA allows neither.
   */
  ariaInvalidAndRequired?: boolean;
  /** Skips the read-only checks, for controls that have no read-only state (radios, checkboxes). */
  noReadonly?: boolean;
}

/** Returns the deepest focused element, crossing shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Returns the element with `id` in the shadow root that contains `element`. */
function byIdInRoot(element: Element, id: string): Element | null {
  const root = element.getRootNode() as Document | ShadowRoot;
  return root.getElementById(id);
}

async function renderInForm<T extends FormControl>(
  contract: FormControlContract<T>,
  options: Partial<ContractFixtureOptions> = {},
  lang = 'fr',
): Promise<{ form: HTMLFormElement; control: T; outside: HTMLButtonElement }> {
  const form = await fixture<HTMLFormElement>(html`<form lang=${lang}>
    <button type="button">Avant</button>
    <div class="slot"></div>
  </form>`);
  renderTemplate(contract.render({ name: 'champ', label: 'Champ', ...options }), form.querySelector<HTMLElement>('.slot')!);
  const control = form.querySelector(contract.tagName) as T;
  await control.updateComplete;
  return { form, control, outside: form.querySelector('button')! };
}

/**
 * Registers the checks that every Socle form control must pass, inside a
 * Mocha file. They cover form data after real key presses, `form.reset()`,
 * `formStateRestoreCallback`, a disabled fieldset and `setCustomValidity()`.
 * They check that `input` and `change` fire on user action only, that
 * `focus()` reaches the inner control, and the `valueMissing` message in
 * French and English. Axe runs in the default, hint, error, disabled,
 * read-only and required states.
 */
export function runFormControlContract<T extends FormControl>(contract: FormControlContract<T>): void {
  const describedElement = contract.describedElement ?? contract.focusTarget;
  const hasAriaStates = contract.ariaInvalidAndRequired ?? true;

  describe(`${contract.tagName} form-control contract`, () => {
    afterEach(() => {
      sinon.restore();
    });

    it('submits the typed value in form data', async () => {
      const { form, control, outside } = await renderInForm(contract);
      expect(new FormData(form).getAll('champ')).to.deep.equal(contract.initialEntries ?? []);
      outside.focus();

      await contract.typeValue(control);
      await control.updateComplete;

      expect(new FormData(form).getAll('champ')).to.deep.equal(contract.typedEntries);
    });

    it('restores the initial value on form reset', async () => {
      const { form, control, outside } = await renderInForm(contract);
      outside.focus();
      await contract.typeValue(control);
      await control.updateComplete;

      form.reset();
      await control.updateComplete;

      expect(new FormData(form).getAll('champ')).to.deep.equal(contract.initialEntries ?? []);
    });

    it('restores a saved state', async () => {
      const { form, control } = await renderInForm(contract);

      control.formStateRestoreCallback(contract.restore.state);
      await control.updateComplete;

      expect(new FormData(form).getAll('champ')).to.deep.equal(contract.restore.entries);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset disabled><legend>Groupe</legend><div class="slot"></div></fieldset>
      </form>`);
      renderTemplate(contract.render({ name: 'champ', label: 'Champ', required: true }), form.querySelector<HTMLElement>('.slot')!);
      const control = form.querySelector(contract.tagName) as T;
      await control.updateComplete;
      control.formStateRestoreCallback(contract.restore.state);
      await control.updateComplete;

      expect(control.matches(':disabled')).to.be.true;
      expect(new FormData(form).getAll('champ')).to.deep.equal([]);
      expect(control.willValidate).to.be.false;
      for (const native of contract.nativeControls(control)) expect(native.disabled).to.be.true;
    });

    it('sets and clears a custom validity message', async () => {
      const { control } = await renderInForm(contract);

      control.setCustomValidity('Ce numéro est déjà utilisé.');
      await control.updateComplete;

      expect(control.validity.customError).to.be.true;
      expect(control.validationMessage).to.equal('Ce numéro est déjà utilisé.');
      expect(control.checkValidity()).to.be.false;

      control.setCustomValidity('');
      await control.updateComplete;

      expect(control.validity.valid).to.be.true;
      expect(control.validationMessage).to.equal('');
    });

    it('fires input and change on user action', async () => {
      const { control, outside } = await renderInForm(contract);
      const onInput = sinon.spy();
      const onChange = sinon.spy();
      control.addEventListener('input', onInput);
      control.addEventListener('change', onChange);
      outside.focus();

      await contract.typeValue(control);
      outside.focus();
      await control.updateComplete;

      expect(onInput.called).to.be.true;
      expect(onChange.called).to.be.true;
      expect(onInput.firstCall.args[0].composed).to.be.true;
      expect(onChange.firstCall.args[0].bubbles).to.be.true;
    });

    it('fires no event when code sets the value', async () => {
      const { control } = await renderInForm(contract);
      const onEvent = sinon.spy();
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      contract.setValueFromCode(control);
      await control.updateComplete;

      expect(onEvent.called).to.be.false;
    });

    it('renders with null and non-string text properties', async () => {
      const { control } = await renderInForm(contract);
      const textProperties = ['name', 'value', 'label', 'hint', 'error', 'autocomplete'] as const;
      // Controls with a formatted value (a date, files) may warn that such a value is invalid.
      sinon.stub(console, 'warn');

      for (const assigned of [null, undefined, 42, ['a', 'b'], {}]) {
        for (const property of textProperties) (control as unknown as Record<string, unknown>)[property] = assigned;
        await control.updateComplete;

        for (const property of textProperties) expect(control[property], `${property} = ${String(assigned)}`).to.be.a('string');
        expect(control.shadowRoot!.childElementCount, `rendered with ${String(assigned)}`).to.be.greaterThan(0);
      }
      resetWarnings();
    });

    it('moves focus to the inner control on focus()', async () => {
      const { control } = await renderInForm(contract);

      control.focus();

      expect(deepActiveElement()).to.equal(contract.focusTarget(control));
    });

    it('shows the French valueMissing message', async () => {
      const { control } = await renderInForm(contract, { required: true });

      const valid = control.reportValidity();
      await control.updateComplete;

      expect(valid).to.be.false;
      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.equal(contract.valueMissingMessage.fr);
    });

    it('shows the English valueMissing message', async () => {
      const { control } = await renderInForm(contract, { required: true }, 'en');

      control.reportValidity();
      await control.updateComplete;

      expect(control.validationMessage).to.equal(contract.valueMissingMessage.en);
    });

    it('keeps the error hidden after checkValidity()', async () => {
      const { control } = await renderInForm(contract, { required: true });

      control.checkValidity();
      await control.updateComplete;

      const errorElement = control.shadowRoot!.querySelector<HTMLElement>('[part="form-control-error"]');
      if (errorElement) expect(errorElement.hidden).to.be.true;
      expect(describedElement(control)?.getAttribute('aria-invalid')).not.to.equal('true');
    });

    it('ties a shown error with aria-invalid and aria-describedby', async () => {
      const { control } = await renderInForm(contract, { required: true, hint: 'Aide' });

      control.reportValidity();
      await control.updateComplete;

      const described = describedElement(control)!;
      const ids = (described.getAttribute('aria-describedby') ?? '').split(/\s+/);
      const texts = ids.map((id) => byIdInRoot(described, id)?.textContent ?? '').join(' ');
      if (hasAriaStates) expect(described.getAttribute('aria-invalid')).to.equal('true');
      expect(texts).to.contain('Aide');
      expect(texts).to.contain(contract.valueMissingMessage.fr);
    });

    it('marks a required control with aria-required and a visible marker', async () => {
      const { control } = await renderInForm(contract, { required: true });

      if (hasAriaStates) expect(describedElement(control)?.getAttribute('aria-required')).to.equal('true');
      expect(control.shadowRoot!.textContent).to.contain('obligatoire');
    });

    const states: Array<[string, Partial<ContractFixtureOptions>]> = [
      ['default', {}],
      ['hint', { hint: 'Texte d’aide' }],
      ['error', { error: 'Corrigez ce champ.' }],
      ['disabled', { disabled: true }],
      ['required', { required: true }],
    ];
    if (!contract.noReadonly) states.push(['readonly', { readonly: true }]);
    for (const [state, options] of states) {
      it(`is accessible in the ${state} state`, async () => {
        const { form } = await renderInForm(contract, options);

        await expect(form).to.be.accessible();
      });
    }

    it('is accessible with a shown validation error', async () => {
      const { form, control } = await renderInForm(contract, { required: true, hint: 'Aide' });

      control.reportValidity();
      await control.updateComplete;

      await expect(form).to.be.accessible();
    });
  });
}
