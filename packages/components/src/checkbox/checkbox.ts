import { html, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { property, query } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type FormValue, type ValidityResult } from '../internal/form-control.js';
import { baseStyles, fieldStyles } from '../internal/shared-styles.js';
import { choiceStyles } from './checkbox.styles.js';

/**
 * A single checkbox with its label, hint, error message and required marker,
 * such as a consent box. Like a native checkbox, it submits `value` under
 * `name` only while checked, and `form.reset()` restores the `checked`
 * attribute's state.
 *
 * Inside `socle-checkbox-group`, give it a `value` and a `label` but no
 * `name`: the group submits every checked value under its own name.
 *
 * Native checkboxes have no read-only state: with `readonly`, clicks and
 * Space do not change the box, and the box exposes `aria-readonly` to assistive technologies.
 *
 * @summary Checkbox, alone or in a `socle-checkbox-group`.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart checkbox - The inner `<input type="checkbox">`.
 *
 * @cssprop --socle-choice-color - Colour of the checked box.
 *
 * @event input - The user checked or unchecked the box.
 * @event change - The user checked or unchecked the box.
 */
export class SocleCheckbox extends FormControl {
  static override styles = [baseStyles, fieldStyles, choiceStyles];

  /** Checked state restored by `form.reset()`, taken from the `checked` attribute. */
  protected defaultChecked = false;

  @query('input') private input!: HTMLInputElement | null;

  /** Whether the box is checked. The `checked` attribute sets the default state. */
  @property({ type: Boolean }) checked = false;

  /** Mixed state, as for a "select all" box. A user click clears it. */
  @property({ type: Boolean }) indeterminate = false;

  /** Disabled state set by the enclosing `socle-checkbox-group`. Pages use `disabled`. */
  @property({ attribute: false }) groupDisabled = false;

  /** Read-only state set by the enclosing `socle-checkbox-group`. Pages use `readonly`. */
  @property({ attribute: false }) groupReadonly = false;

  constructor() {
    super();
    this.value = 'on';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated) this.defaultChecked = this.hasAttribute('checked');
  }

  override get isDisabled(): boolean {
    return super.isDisabled || this.groupDisabled;
  }

  override formResetCallback(): void {
    this.checked = this.defaultChecked;
    this.errorVisible = false;
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.checked = state === 'checked';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('checked') || changed.has('value') || changed.has('disabled')) {
      const group = this.parentElement?.closest<ReactiveElement & HTMLElement>('socle-checkbox-group');
      // The group may not be registered yet when its boxes are: it renders
      // their state itself once it upgrades.
      if (typeof group?.requestUpdate === 'function') group.requestUpdate();
    }
  }

  private get isReadonly(): boolean {
    return this.readonly || this.groupReadonly;
  }

  private handleClick(event: MouseEvent): void {
    if (this.isReadonly) event.preventDefault();
  }

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    this.checked = (event.target as HTMLInputElement).checked;
    this.indeterminate = false;
    this.commitInput();
  }

  private handleChange(): void {
    this.commitChange();
  }

  protected override formValue(): FormValue {
    return this.checked ? this.value : null;
  }

  protected override formState(): string {
    return this.checked ? 'checked' : '';
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && !this.checked) {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissingCheckbox' } };
    }
    return { flags: {} };
  }

  override render() {
    return html`<div class=${classMap({ choice: true, disabled: this.isDisabled })}>
      <input
        part="checkbox"
        class="box"
        id="control"
        type="checkbox"
        .checked=${live(this.checked)}
        .indeterminate=${this.indeterminate}
        ?disabled=${this.isDisabled}
        aria-readonly=${this.isReadonly ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${this.displayedError ? 'true' : nothing}
        aria-describedby=${this.describedBy()}
        @click=${this.handleClick}
        @input=${this.handleInput}
        @change=${this.handleChange}
      />
      ${this.renderLabel('control')}
      <div class="details">${this.renderHint()} ${this.renderError()}</div>
    </div>`;
  }
}
