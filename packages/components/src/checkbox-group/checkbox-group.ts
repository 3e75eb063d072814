import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import type { SocleCheckbox } from '../checkbox/checkbox.js';
import { FormControl, type FormValue, type ValidityResult } from '../internal/form-control.js';
import { baseStyles, fieldStyles } from '../internal/shared-styles.js';
import { groupStyles } from './checkbox-group.styles.js';

/**
 * A group of checkboxes in a `<fieldset>` whose `<legend>` is `label`, as
 * RGAA criterion 11.5 requires for related fields. The options are the child
 * `socle-checkbox` elements, each with a `value` and a `label` and no `name`.
 * The group submits every checked value under its own `name`, as native
 * checkboxes sharing a name do, so `FormData.getAll(name)` lists them.
 *
 * `required` asks for at least one checked box. `min` and `max` bound the
 * number of checked boxes, and `min` applies only once a box is checked
 * unless the group is also required. The group's hint and error describe the
 * fieldset, which screen readers announce when focus enters it.
 *
 * `value` is not used. Read or set the checked values with `values`.
 *
 * @summary Group of checkboxes under one legend, submitted under one name.
 *
 * @slot - The `socle-checkbox` options.
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<legend>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart fieldset - The `<fieldset>`.
 *
 * @event input - Bubbles from the checkbox that the user checked or unchecked.
 * @event change - Bubbles from the checkbox that the user checked or unchecked.
 */
export class SocleCheckboxGroup extends FormControl {
  static override styles = [baseStyles, fieldStyles, groupStyles];

  /** Minimum number of checked boxes. */
  @property({ type: Number }) min?: number;

  /** Maximum number of checked boxes. */
  @property({ type: Number }) max?: number;

  /** Layout of the options: `stacked` (default) or `inline`. */
  @property({ reflect: true }) orientation: 'stacked' | 'inline' = 'stacked';

  /** The checkboxes of the group: its `socle-checkbox` children. */
  get checkboxes(): SocleCheckbox[] {
    return [...this.querySelectorAll<SocleCheckbox>(':scope > socle-checkbox')];
  }

  /** Values of the checked, enabled boxes, in document order. Setting it checks exactly these values. */
  get values(): string[] {
    return this.checkboxes.filter((box) => box.checked && !box.disabled).map((box) => box.value);
  }

  set values(values: string[]) {
    for (const box of this.checkboxes) box.checked = values.includes(box.value);
    this.requestUpdate();
  }

  override formResetCallback(): void {
    // Each child checkbox resets itself because it belongs to the same form,
    // and has already reset its `checked` property when this update runs.
    this.errorVisible = false;
    this.requestUpdate();
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) this.values = state.getAll(this.name).filter((entry) => typeof entry === 'string');
    else if (typeof state === 'string') this.values = [state];
  }

  override focus(options?: FocusOptions): void {
    this.checkboxes.find((box) => !box.isDisabled)?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    for (const box of this.checkboxes) {
      box.groupDisabled = this.isDisabled;
      box.groupReadonly = this.readonly;
    }
    super.updated(changed);
  }

  private handleSlotChange(): void {
    this.requestUpdate();
  }

  protected override formValue(): FormValue {
    const values = this.values;
    if (!this.name || values.length === 0) return null;
    const data = new FormData();
    for (const value of values) data.append(this.name, value);
    return data;
  }

  protected override formState(): FormData | null {
    return this.formValue() as FormData | null;
  }

  protected get validationAnchor(): HTMLElement | null {
    const first = this.checkboxes.find((box) => !box.disabled);
    return first?.shadowRoot?.querySelector('input') ?? null;
  }

  protected computeValidity(): ValidityResult {
    const count = this.values.length;
    if (this.required && count === 0) {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissingCheckboxGroup' } };
    }
    const counted = count > 0 || this.required;
    if (this.min !== undefined && counted && count < this.min) {
      return { flags: { rangeUnderflow: true }, message: { key: 'validity.tooFewChecked', params: { min: this.min } } };
    }
    if (this.max !== undefined && count > this.max) {
      const key = this.max === 1 ? 'validity.tooManyCheckedOne' : 'validity.tooManyChecked';
      return { flags: { rangeOverflow: true }, message: { key, params: { max: this.max } } };
    }
    return { flags: {} };
  }

  override render() {
    const orientation = this.enumValue('orientation', this.orientation, ['stacked', 'inline'] as const, 'stacked');
    const classes = classMap({ group: true, inline: orientation === 'inline', invalid: Boolean(this.displayedError) });

    return html`<fieldset part="fieldset" class=${classes} ?disabled=${this.isDisabled} aria-describedby=${this.describedBy()}>
      ${this.renderLegend()}
      <div class="field">${this.renderHint()} ${this.renderError()}</div>
      <div class="options"><slot @slotchange=${this.handleSlotChange}></slot></div>
    </fieldset>`;
  }
}
