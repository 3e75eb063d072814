import { css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { choiceStyles } from '../checkbox/checkbox.styles.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, fieldStyles } from '../internal/shared-styles.js';
import type { SocleRadioGroup } from './radio-group.js';
import { radioStyles } from './radio.styles.js';

/**
 * One option of a `socle-radio-group`. The group submits the checked radio's
 * `value`, moves focus between radios with the arrow keys and fires the
 * `input` and `change` events, so a radio is only useful inside a group.
 *
 * Content in the `conditional` slot is shown right after the radio while it
 * is checked, such as a follow-up question (GOV.UK's "conditional reveal").
 * Fields inside it stay in the form while hidden, so the server must ignore
 * them when their radio is not the submitted value.
 *
 * @summary Radio option of a `socle-radio-group`.
 *
 * @slot conditional - Content revealed while the radio is checked.
 *
 * @csspart radio - The inner `<input type="radio">`.
 * @csspart label - The `<label>`.
 * @csspart hint - The option's hint.
 * @csspart conditional - The wrapper of the revealed content.
 *
 * @cssprop --socle-choice-color - Colour of the checked radio.
 */
export class SocleRadio extends SocleElement {
  static override styles = css`${baseStyles}${fieldStyles}${choiceStyles}${radioStyles}`;

  @query('input') private input!: HTMLInputElement | null;

  @state() private hasConditional = false;

  /** Value submitted by the group when this radio is checked. */
  @property() value = '';

  /** Visible label of the option. */
  @property() label = '';

  /** Help text shown under the label. */
  @property() hint = '';

  /** Whether the radio is checked. The attribute sets the group's default value. */
  @property({ type: Boolean }) checked = false;

  /** Disables this option only. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Disabled state set by the group. Pages use `disabled` on the group. */
  @property({ attribute: false }) groupDisabled = false;

  /** Read-only state set by the group. Pages use `readonly` on the group. */
  @property({ attribute: false }) groupReadonly = false;

  /** Whether Tab reaches this radio, set by the group: only the checked or first radio is reachable. */
  @property({ attribute: false }) tabbable = false;

  /** Whether the radio is disabled, by itself or by its group. */
  get isDisabled(): boolean {
    return this.disabled || this.groupDisabled;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('checked') && this.checked) this.group?.syncFromRadio(this);
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  private get group(): SocleRadioGroup | null {
    return this.parentElement?.closest('socle-radio-group') ?? null;
  }

  private handleClick(event: MouseEvent): void {
    if (this.groupReadonly) event.preventDefault();
  }

  private handleInput(event: Event): void {
    // The group fires `input` and `change` for the whole control.
    event.stopPropagation();
    this.checked = true;
    this.group?.selectFromUser(this);
  }

  private handleSlotChange(event: Event): void {
    this.hasConditional = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  override render() {
    const revealed = this.checked && this.hasConditional;

    return html`<div class=${this.isDisabled ? 'choice disabled' : 'choice'}>
        <input
          part="radio"
          class="box"
          id="control"
          type="radio"
          .checked=${live(this.checked)}
          tabindex=${this.tabbable ? 0 : -1}
          ?disabled=${this.isDisabled}
          aria-describedby=${this.hint ? 'hint' : nothing}
          aria-controls=${this.hasConditional ? 'conditional' : nothing}
          @click=${this.handleClick}
          @input=${this.handleInput}
        />
        <label part="label" class="label" for="control">${this.label}</label>
        <div class="details" ?hidden=${!this.hint}>
          <div part="hint" class="hint" id="hint">${this.hint}</div>
        </div>
      </div>
      <div part="conditional" class="conditional" id="conditional" ?hidden=${!revealed}>
        <slot name="conditional" @slotchange=${this.handleSlotChange}></slot>
      </div>`;
  }
}
