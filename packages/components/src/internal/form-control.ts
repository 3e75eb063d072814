import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocleElement } from './socle-element.js';
import { translate, type MessageKey } from './i18n.js';
import { toText } from './to-text.js';
import { validityMessages } from './validity.messages.js';

/** Validity flags and message that a control reports to `ElementInternals.setValidity()`. */
export interface ValidityResult {
  flags: ValidityStateFlags;
  /** Message key and parameters, translated in the element's locale. */
  message?: { key: MessageKey; params?: Record<string, string | number> };
  /** A message already in the element's locale; it wins over `message`. */
  text?: string;
}

/** The value a control submits: a string, files, several entries, or nothing. */
export type FormValue = string | File | FormData | null;

const isPrimitive = (value: FormValue): value is string | null => value === null || typeof value === 'string';

/**
 * Base class of Socle's form-associated controls. It implements the native
 * form-control contract with `ElementInternals`: the value enters the owner
 * form's `FormData` under `name`, `form.reset()` restores the default value,
 * the browser restores state after back/forward navigation and autofill, a
 * disabled `<fieldset>` disables the control, and constraint validation
 * (`checkValidity()`, `reportValidity()`, `setCustomValidity()`, `validity`,
 * `validationMessage`) behaves as on native inputs.
 *
 * Subclasses render the real focusable control, return it from
 * `validationAnchor`, compute their constraints in `computeValidity()`, and
 * call `commitInput()` / `commitChange()` on user action so that `input` and
 * `change` events fire only then, never when code sets `value`.
 *
 * Errors stay hidden until the owner form is submitted or `reportValidity()`
 * is called; from then on they follow the value as the user corrects it.
 */
export abstract class FormControl extends SocleElement {
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = { ...SocleElement.shadowRootOptions, delegatesFocus: true };

  protected readonly internals: ElementInternals;

  /** Default value, restored by `form.reset()`; taken from the `value` attribute. */
  protected defaultValue = '';

  // The text properties below always hold a string, whatever a page or
  // framework assigns, so subclasses can call string methods on them. Each
  // setter stores `toText(value)`, and Lit wraps these setters to request an update.
  private nameText = '';
  private valueText = '';
  private labelText = '';
  private hintText = '';
  private errorText = '';
  private autocompleteText = '';

  /** Name under which the value is submitted. */
  @property({ reflect: true })
  get name(): string {
    return this.nameText;
  }
  set name(name: string) {
    this.nameText = toText(name);
  }

  /** Current value. Setting it from code fires no event. */
  @property()
  get value(): string {
    return this.valueText;
  }
  set value(value: string) {
    this.valueText = toText(value);
  }

  /** Visible label of the control. */
  @property()
  get label(): string {
    return this.labelText;
  }
  set label(label: string) {
    this.labelText = toText(label);
  }

  /** Help text shown under the label, such as the expected format. */
  @property()
  get hint(): string {
    return this.hintText;
  }
  set hint(hint: string) {
    this.hintText = toText(hint);
  }

  /** Error message set by the page or the server; it makes the control invalid until cleared. */
  @property()
  get error(): string {
    return this.errorText;
  }
  set error(error: string) {
    this.errorText = toText(error);
  }

  /** Makes the control mandatory. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disables the control; it is then left out of the form data. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Makes the control read-only; its value is still submitted. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** Autofill token passed to the inner control, such as `email` or `family-name`. */
  @property()
  get autocomplete(): string {
    return this.autocompleteText;
  }
  set autocomplete(autocomplete: string) {
    this.autocompleteText = toText(autocomplete);
  }

  /** Whether errors are displayed: true after a submission attempt or `reportValidity()`. */
  @state() protected errorVisible = false;

  @state() private disabledByForm = false;

  private customValidityMessage = '';

  /** True while `checkValidity()` runs, so that its `invalid` event does not display the error. */
  private checkingSilently = false;

  /** Form value and state last passed to `setFormValue()`, to skip repeating it when neither changed. */
  private submittedFormValue: { value: FormValue; state: FormValue } | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    // The listener is a method shared by every instance rather than a closure
    // per instance. It is added on the element itself, so `this` is the element.
    this.addEventListener('invalid', this.handleInvalid);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultValue = this.getAttribute('value') ?? this.value;
  }

  /** The form that owns this control, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The control's validity state, as on native inputs. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message the control would show for its current validity. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled, by itself or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.disabledByForm;
  }

  /** Displays the error once the browser or `reportValidity()` reports the control invalid. */
  private handleInvalid(this: FormControl): void {
    if (!this.checkingSilently) this.errorVisible = true;
  }

  /** Checks validity without displaying the error; fires `invalid` when invalid. */
  checkValidity(): boolean {
    this.checkingSilently = true;
    try {
      return this.internals.checkValidity();
    } finally {
      this.checkingSilently = false;
    }
  }

  /** Checks validity and displays the error message when invalid. */
  reportValidity(): boolean {
    this.errorVisible = true;
    return this.internals.reportValidity();
  }

  /** Sets a custom error message, as on native inputs; an empty string clears it. */
  setCustomValidity(message: string): void {
    this.customValidityMessage = message;
    this.updateValidity();
  }

  formResetCallback(): void {
    this.value = this.defaultValue;
    this.errorVisible = false;
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  /**
   * Computes validity before rendering while errors are visible, so that the
   * error shown is the one of the value being rendered, not of the previous
   * update. While errors are hidden, `displayedError` reads only `error`, so
   * validity is computed once, in `updated()`, and a `render()` that reads
   * `validity` directly reads the one of the previous update.
   */
  protected override update(changed: PropertyValues): void {
    if (this.errorVisible) {
      this.resolveLocale();
      this.updateValidity();
    }
    super.update(changed);
  }

  /** Sets the form value and recomputes validity, now anchored on the rendered control. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const value = this.isDisabled ? null : this.formValue();
    const state = this.formState();
    // Strings and null compare by value. Files and FormData are passed every
    // time, because the same object may have changed since.
    const last = this.submittedFormValue;
    const unchanged = last !== undefined && isPrimitive(value) && isPrimitive(state) && last.value === value && last.state === state;
    if (!unchanged) {
      this.internals.setFormValue(value, state);
      this.submittedFormValue = { value, state };
    }
    this.updateValidity();
  }

  /** Returns a shared message, the validation messages included, in this element's locale. */
  protected override t(key: MessageKey, params?: Record<string, string | number>): string {
    return translate(this.locale, key, params, validityMessages);
  }

  /** Returns what the control submits; override for files or several values. */
  protected formValue(): FormValue {
    return this.value === '' ? null : this.value;
  }

  /** Returns the state the browser stores for back/forward restore. */
  protected formState(): string | File | FormData | null {
    return this.value;
  }

  /** The inner element that receives focus and anchors native validation bubbles. */
  protected abstract get validationAnchor(): HTMLElement | null | undefined;

  /** Returns the control's own constraint failures; an empty `flags` object means valid. */
  protected abstract computeValidity(): ValidityResult;

  /** The error message currently displayed, or an empty string. */
  protected get displayedError(): string {
    if (this.error) return this.error;
    return this.errorVisible && !this.internals.validity.valid ? this.internals.validationMessage : '';
  }

  /**
   * Submits the owner form when Enter is pressed in a single-line text
   * control, as browsers do for native inputs ("implicit submission" in the
   * HTML standard). The form's first submit button is clicked, so that its
   * name and value are sent and a disabled one blocks the submission. A form
   * without one is submitted directly. Bind it to the inner input's `keydown`.
   */
  protected handleEnterKey(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    const form = this.internals.form;
    if (!form) return;
    event.preventDefault();
    const submitter = [...form.elements].find(
      (element) => (element as HTMLButtonElement).type === 'submit',
    ) as (HTMLElement & { disabled?: boolean }) | undefined;
    if (submitter) {
      if (!submitter.disabled) submitter.click();
      return;
    }
    form.requestSubmit();
  }

  /**
   * Records a user edit and fires a bubbling, composed `input` event. Controls
   * whose edit is not a new `value` (a checkbox's `checked`) omit `value`.
   */
  protected commitInput(value?: string): void {
    if (value !== undefined) this.value = value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  /** Fires a bubbling `change` event after a committed user edit. */
  protected commitChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /**
   * Recomputes validity, with a page-set `error` or custom message taking
   * precedence. Disabled and read-only controls are barred from constraint
   * validation, as the HTML standard bars disabled and read-only inputs.
   */
  protected updateValidity(): void {
    const anchor = this.validationAnchor ?? undefined;
    const customMessage = this.error || this.customValidityMessage;
    if (customMessage) {
      this.internals.setValidity({ customError: true }, customMessage, anchor);
      return;
    }
    const barred = this.isDisabled || this.readonly;
    const { flags, message, text: givenText } = barred ? ({ flags: {} } as ValidityResult) : this.computeValidity();
    const invalid = Object.values(flags).some(Boolean);
    if (!invalid) {
      this.internals.setValidity({});
      return;
    }
    const text =
      givenText ??
      (message
        ? this.t(message.key, { label: this.label, ...message.params })
        : this.t('validity.custom', { label: this.label }));
    this.internals.setValidity(flags, text, anchor);
  }

  /** Renders the label with the visible required marker. */
  protected renderLabel(controlId: string): TemplateResult {
    return html`<label part="form-control-label" class="label" for=${controlId}
      >${this.label}${this.renderRequiredMarker()}</label
    >`;
  }

  /** Renders the label as the `<legend>` of a group's `<fieldset>`, with the id `legend` and the required marker. */
  protected renderLegend(): TemplateResult {
    return html`<legend part="form-control-label" class="label" id="legend"
      >${this.label}${this.renderRequiredMarker()}</legend
    >`;
  }

  /**
   * Renders the visible required marker that follows the label text, or
   * nothing when the control is optional. A control that writes its label
   * in its own template, to save the nested template of `renderLabel()`,
   * puts it right after `label`.
   */
  protected renderRequiredMarker(): TemplateResult | typeof nothing {
    return this.required ? html` <span class="required">(${this.t('field.required')})</span>` : nothing;
  }

  /** Renders the hint (attribute or `hint` slot) with the id `hint`. */
  protected renderHint(): TemplateResult {
    return html`<div part="form-control-hint" class="hint" id="hint" ?hidden=${!this.hasHint}>
      <slot name="hint">${this.hint}</slot>
    </div>`;
  }

  /**
   * Renders `renderHint()` when a hint is given, and nothing otherwise, so
   * that a control without a hint carries no hidden elements. A `hint` child
   * added later shows at the next update, as with `renderHint()`.
   */
  protected renderGivenHint(): TemplateResult | typeof nothing {
    return this.hasHint ? this.renderHint() : nothing;
  }

  /** Whether a hint is given, by attribute or by a child in the `hint` slot. */
  protected get hasHint(): boolean {
    if (this.hint) return true;
    // A server-rendered element has no light DOM to query.
    if (isServer) return false;
    // A walk over the children is cheaper than a selector query, and most
    // controls have no child at all.
    for (let child = this.firstElementChild; child; child = child.nextElementSibling) {
      if (child.slot === 'hint') return true;
    }
    return false;
  }

  /** Renders the error message with the id `error`; it is empty while there is no error to show. */
  protected renderError(): TemplateResult {
    const message = this.displayedError;
    return html`<div part="form-control-error" class="error" id="error" ?hidden=${!message}>
      ${message ? html`<span class="visually-hidden">${this.t('field.errorPrefix')}</span> ${message}` : nothing}
    </div>`;
  }

  /**
   * Renders `renderError()` while an error is shown, and nothing otherwise,
   * so that a control without an error carries no hidden element.
   */
  protected renderShownError(): TemplateResult | typeof nothing {
    return this.displayedError ? this.renderError() : nothing;
  }

  /** Returns the ids for `aria-describedby`: the hint, then the error when shown. */
  protected describedBy(): string | typeof nothing {
    const ids = [this.hasHint ? 'hint' : '', this.displayedError ? 'error' : ''];
    const value = ids.filter(Boolean).join(' ');
    return value || nothing;
  }
}
