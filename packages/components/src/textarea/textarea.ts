import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { lengthLimit } from '../internal/length-limit.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { textareaMessages } from './textarea.messages.js';
import { textareaStyles } from './textarea.styles.js';

/**
 * A multi-line text field with its label, hint, error message and required
 * marker, submitted with its owner form.
 *
 * With `maxlength`, a character count shows how many characters remain.
 * Typing past the limit is allowed and makes the field invalid (`tooLong`)
 * instead of cutting the text, as the GOV.UK Design System's character count
 * does, so that a pasted text is not silently truncated. Screen readers hear
 * the count through a polite live region once the user pauses typing for
 * `announceDelay` milliseconds, and only when the count is visible.
 *
 * @summary Multi-line text field with an optional character count.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart textarea - The inner `<textarea>`.
 * @csspart count - The visible character count.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-input-background - Background of the field.
 * @cssprop --socle-input-text - Text colour of the field.
 * @cssprop --socle-input-radius - Corner radius of the field.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SocleTextarea extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, textareaStyles];

  /** Pause in typing, in milliseconds, after which the count is announced. */
  static announceDelay = 1000;

  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  @query('textarea') private textarea!: HTMLTextAreaElement | null;

  @state() private announcement = '';

  /** Number of visible text lines. */
  @property({ type: Number }) rows = 5;

  /** Makes the field grow with its content instead of scrolling. */
  @property({ type: Boolean, attribute: 'auto-grow' }) autoGrow = false;

  /** Minimum number of characters, in UTF-16 code units. A value that is not a whole number of 0 or more is ignored. */
  @property({ type: Number }) minlength?: number;

  /** Maximum number of characters, shown with a character count. Longer text is kept and invalid. A value that is not a whole number of 0 or more is ignored. */
  @property({ type: Number }) maxlength?: number;

  /** Percentage of `maxlength` from which the count is shown and announced. 0 shows it always. */
  @property({ type: Number }) threshold = 0;

  /** Example shown in the empty field. Discouraged: use `hint` instead. */
  @property() placeholder = '';

  /** Spell checking of the value, `true` or `false`. The browser decides when absent. */
  @property({ attribute: 'spellcheck' }) spellcheckMode: string | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('minlength')) this.minlength = lengthLimit(this, 'minlength', this.minlength);
    if (changed.has('maxlength')) this.maxlength = lengthLimit(this, 'maxlength', this.maxlength);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.autoGrow && (changed.has('value') || changed.has('autoGrow') || changed.has('rows'))) this.fitHeight();
  }

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    this.commitInput((event.target as HTMLTextAreaElement).value);
    this.scheduleAnnouncement();
  }

  private handleChange(): void {
    this.commitChange();
  }

  /** Sets the height to the content's, so that `auto-grow` never shows a scroll bar. */
  private fitHeight(): void {
    const textarea = this.textarea;
    if (!textarea) return;
    textarea.style.height = 'auto';
    const borders = textarea.offsetHeight - textarea.clientHeight;
    textarea.style.height = `${textarea.scrollHeight + borders}px`;
  }

  private scheduleAnnouncement(): void {
    if (this.maxlength === undefined) return;
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      this.announcement = this.countVisible ? this.countMessage() : '';
    }, (this.constructor as typeof SocleTextarea).announceDelay);
  }

  /** Whether the count is shown: a limit is set and the text reached `threshold` percent of it. */
  private get countVisible(): boolean {
    if (this.maxlength === undefined) return false;
    return this.value.length >= (this.maxlength * this.threshold) / 100;
  }

  private countMessage(): string {
    const remaining = (this.maxlength ?? 0) - this.value.length;
    const count = Math.abs(remaining);
    const plural = new Intl.PluralRules(this.locale).select(count) === 'one' ? 'one' : 'other';
    const key = remaining < 0 ? `textarea.over.${plural}` : `textarea.remaining.${plural}`;
    return this.msg(textareaMessages, key, { count });
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.textarea;
  }

  protected computeValidity(): ValidityResult {
    const length = this.value.length;
    if (this.required && this.value === '') {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissing' } };
    }
    if (this.minlength !== undefined && length > 0 && length < this.minlength) {
      return { flags: { tooShort: true }, message: { key: 'validity.tooShort', params: { min: this.minlength } } };
    }
    if (this.maxlength !== undefined && length > this.maxlength) {
      return { flags: { tooLong: true }, message: { key: 'validity.tooLong', params: { max: this.maxlength } } };
    }
    return { flags: {} };
  }

  private renderCount() {
    if (this.maxlength === undefined) return nothing;
    const over = this.value.length > this.maxlength;
    // The visible count is hidden from assistive technologies, which hear the
    // limit through aria-describedby and the count through the delayed live region.
    return html`<div id="limit" class="visually-hidden">
        ${this.msg(textareaMessages, 'textarea.limit', { max: this.maxlength })}
      </div>
      <div part="count" class=${classMap({ count: true, over })} aria-hidden="true" ?hidden=${!this.countVisible}>
        ${this.countMessage()}
      </div>
      <div class="visually-hidden" aria-live="polite" id="count-status">${this.announcement}</div>`;
  }

  override render() {
    const describedBy = [this.describedBy(), this.maxlength === undefined ? '' : 'limit']
      .filter((id) => id && id !== nothing)
      .join(' ');

    return html`<div class="field">
      ${this.renderLabel('control')} ${this.renderHint()} ${this.renderError()}
      <textarea
        part="textarea"
        class=${classMap({ control: true, 'auto-grow': this.autoGrow })}
        id="control"
        rows=${this.rows}
        .value=${live(this.value)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        spellcheck=${this.spellcheckMode ?? nothing}
        autocomplete=${this.autocomplete || nothing}
        placeholder=${this.placeholder || nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${this.displayedError ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${this.handleInput}
        @change=${this.handleChange}
      ></textarea>
      ${this.renderCount()}
    </div>`;
  }
}
