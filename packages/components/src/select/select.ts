import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { selectMessages } from './select.messages.js';
import { selectStyles } from './select.styles.js';

/**
 * A drop-down list built on a native `<select>`, with its label, hint, error
 * message and required marker, submitted with its owner form.
 *
 * Options are the element's child `<option>` and `<optgroup>` elements: they
 * are copied into the inner `<select>` and kept in sync when they change. A
 * child `<option selected>` gives the default value, otherwise the first
 * enabled option is selected, as on a native select.
 *
 * With the `placeholder` attribute, a first option with an empty value is
 * added and selected while nothing is chosen, so that `required` can report
 * `valueMissing`. Its text is the attribute's value, or "Sélectionnez une
 * option" ("Select an option") when the attribute is empty.
 *
 * Native selects have no read-only state: with `readonly`, the element
 * exposes `aria-readonly` and reverts any change the user tries.
 *
 * @summary Drop-down list of options.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart select - The inner `<select>`.
 *
 * @cssprop --socle-input-border - Border colour of the list.
 * @cssprop --socle-input-border-error - Border colour of the list in error.
 * @cssprop --socle-input-background - Background of the list.
 * @cssprop --socle-select-max-width - Maximum width of the list.
 *
 * @event input - The user picked an option.
 * @event change - The user picked an option.
 */
export class SocleSelect extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, selectStyles];

  // Created only in browsers: server rendering has no MutationObserver.
  private readonly childObserver = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  @query('select') private select!: HTMLSelectElement | null;

  /** Text of an added first option with an empty value. An empty attribute uses "Sélectionnez une option". */
  @property() placeholder: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasUpdated && !this.hasAttribute('value')) {
      const selected = this.querySelector<HTMLOptionElement>(':scope > option[selected], :scope > optgroup > option[selected]');
      if (selected) {
        this.defaultValue = selected.value;
        this.value = selected.value;
      }
    }
    this.childObserver?.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'label', 'disabled'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.value = this.resolveValue();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Keeps the native selection on `value` after options were added or removed.
    if (this.select && this.select.value !== this.value) this.select.value = this.value;
    super.updated(changed);
  }

  private get childOptions(): HTMLOptionElement[] {
    return [...this.querySelectorAll<HTMLOptionElement>(':scope > option, :scope > optgroup > option')];
  }

  /**
   * Returns `value` when an option has it. Otherwise returns the placeholder's
   * empty value, or the first enabled option's, as a native select selects.
   */
  private resolveValue(): string {
    const options = this.childOptions;
    if (this.placeholder !== null && this.value === '') return '';
    if (options.some((option) => option.value === this.value)) return this.value;
    if (this.placeholder !== null) return '';
    const firstEnabled = options.find((option) => !option.disabled && !(option.parentElement as HTMLOptGroupElement).disabled);
    return firstEnabled?.value ?? '';
  }

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    const select = event.target as HTMLSelectElement;
    if (this.readonly) {
      select.value = this.value;
      return;
    }
    this.commitInput(select.value);
  }

  private handleChange(event: Event): void {
    if (this.readonly) {
      (event.target as HTMLSelectElement).value = this.value;
      return;
    }
    this.commitChange();
  }

  /** Keeps a read-only list closed. Tab still moves focus. */
  private handleReadonlyKey(event: KeyboardEvent): void {
    if (this.readonly && event.key !== 'Tab') event.preventDefault();
  }

  private handleReadonlyPointer(event: MouseEvent): void {
    if (this.readonly) event.preventDefault();
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.select;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && this.value === '') {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissingChoice' } };
    }
    return { flags: {} };
  }

  private renderOption(option: HTMLOptionElement): TemplateResult {
    return html`<option
      value=${option.value}
      label=${option.getAttribute('label') ?? nothing}
      ?disabled=${option.disabled}
      .selected=${option.value === this.value}
    >
      ${option.text}
    </option>`;
  }

  private renderChildOptions(): Array<TemplateResult> {
    const templates: TemplateResult[] = [];
    for (const child of this.children) {
      if (child instanceof HTMLOptionElement) templates.push(this.renderOption(child));
      if (child instanceof HTMLOptGroupElement) {
        const options = [...child.querySelectorAll<HTMLOptionElement>(':scope > option')];
        templates.push(
          html`<optgroup label=${child.label} ?disabled=${child.disabled}>${options.map((option) => this.renderOption(option))}</optgroup>`,
        );
      }
    }
    return templates;
  }

  override render() {
    const placeholder =
      this.placeholder === null
        ? nothing
        : html`<option value="" .selected=${this.value === ''}>
            ${this.placeholder || this.msg(selectMessages, 'select.placeholder')}
          </option>`;

    return html`<div class="field">
      ${this.renderLabel('control')} ${this.renderHint()} ${this.renderError()}
      <div class="wrapper">
        <select
          part="select"
          class="control"
          id="control"
          ?disabled=${this.isDisabled}
          autocomplete=${this.autocomplete || nothing}
          aria-readonly=${this.readonly ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${this.displayedError ? 'true' : nothing}
          aria-describedby=${this.describedBy()}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @keydown=${this.handleReadonlyKey}
          @mousedown=${this.handleReadonlyPointer}
        >
          ${placeholder} ${this.renderChildOptions()}
        </select>
      </div>
    </div>`;
  }
}
