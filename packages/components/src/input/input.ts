import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { lengthLimit } from '../internal/length-limit.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { inputMessages } from './input.messages.js';
import { inputStyles } from './input.styles.js';

export const INPUT_TYPES = ['text', 'email', 'tel', 'url', 'number', 'search', 'password'] as const;
export const INPUT_MODES = ['none', 'text', 'decimal', 'numeric', 'tel', 'search', 'email', 'url'] as const;

export type InputType = (typeof INPUT_TYPES)[number];

/**
 * A single-line text field with its label, hint, error message and required
 * marker, submitted with its owner form. Validity follows the native
 * constraints of the inner `<input>`, with French and English messages.
 *
 * `placeholder` is available but discouraged, because it disappears while
 * typing and often lacks contrast. Put the expected format in `hint` instead.
 *
 * Length constraints are computed by the element because browsers flag
 * `tooShort` and `tooLong` only after a user edit. `maxlength` also stops
 * typing beyond the limit, as on a native input.
 *
 * @summary Text, email, phone, URL, number, search or password field.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart input - The inner `<input>`.
 * @csspart prefix - The text before the input.
 * @csspart suffix - The text after the input.
 * @csspart password-toggle - The button that shows or hides a password.
 *
 * @cssprop --socle-input-border - Border colour of the field.
 * @cssprop --socle-input-border-error - Border colour of the field in error.
 * @cssprop --socle-input-background - Background of the field.
 * @cssprop --socle-input-text - Text colour of the field.
 * @cssprop --socle-input-radius - Corner radius of the field.
 * @cssprop --socle-input-min-height - Minimum height of the field.
 * @cssprop --socle-input-max-width - Maximum width of the field and its prefix and suffix, such as `10ch`.
 *
 * @event input - The user edited the value.
 * @event change - The user committed an edit, when the field loses focus.
 */
export class SocleInput extends FormControl {
  static override styles = css`${baseStyles}${fieldStyles}${controlBoxStyles}${inputStyles}`;

  private ownerForm: HTMLFormElement | null = null;

  /** The inner `<input>` once rendered; every render keeps the same element. */
  private inputElement?: HTMLInputElement | null;

  @state() private passwordVisible = false;

  @state() private passwordAnnouncement = '';

  /**
   * Kind of value: `text` (default), `email`, `tel`, `url`, `number`, `search` or `password`.
   * As on a native input, the default adds no `type` attribute, and removing the attribute restores `text`.
   */
  @property({ reflect: true, useDefault: true }) type: InputType = 'text';

  /** Minimum number of characters, in UTF-16 code units as native inputs count them. A value that is not a whole number of 0 or more is ignored. */
  @property({ type: Number }) minlength?: number;

  /** Maximum number of characters. Typing stops there, as on a native input. A value that is not a whole number of 0 or more is ignored. */
  @property({ type: Number }) maxlength?: number;

  /** Regular expression that the whole value must match (native `pattern` syntax). */
  @property() pattern = '';

  /** Smallest accepted number, with `type="number"`. */
  @property() min = '';

  /** Largest accepted number, with `type="number"`. */
  @property() max = '';

  /** Granularity of accepted numbers, such as `0.01`, or `any`. */
  @property() step = '';

  /** Virtual keyboard hint: `numeric`, `decimal`, `tel`, `email`, `url`, `search`, `text` or `none`. */
  @property({ attribute: 'inputmode' }) override inputMode = '';

  /** Spell checking of the value, `true` or `false`. The browser decides when absent. */
  @property({ attribute: 'spellcheck' }) spellcheckMode: string | null = null;

  /** Example shown in the empty field. Discouraged: use `hint` for the expected format. */
  @property() placeholder = '';

  /**
   * Text shown before the field and read with it, such as a currency: `€`.
   * It replaces the DOM's `Element.prefix`, the XML namespace prefix, which is always null on HTML elements.
   */
  @property() override prefix = '';

  /** Text shown after the field and read with it, such as a unit: `kg`. */
  @property() suffix = '';

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.ownerForm?.removeEventListener('submit', this.handleFormSubmit);
    this.ownerForm = form;
    form?.addEventListener('submit', this.handleFormSubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerForm?.removeEventListener('submit', this.handleFormSubmit);
    this.ownerForm = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('type') && this.type !== 'password') this.passwordVisible = false;
    if (changed.has('minlength')) this.minlength = lengthLimit(this, 'minlength', this.minlength);
    if (changed.has('maxlength')) this.maxlength = lengthLimit(this, 'maxlength', this.maxlength);
  }

  /** Hides a shown password before submission, so that the browser does not store it as plain text. */
  private readonly handleFormSubmit = (): void => {
    this.passwordVisible = false;
  };

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    this.commitInput((event.target as HTMLInputElement).value);
  }

  private handleChange(): void {
    this.commitChange();
  }

  private togglePassword(): void {
    this.passwordVisible = !this.passwordVisible;
    this.passwordAnnouncement = this.msg(
      inputMessages,
      this.passwordVisible ? 'input.passwordShown' : 'input.passwordHidden',
    );
  }

  /** The inner `<input>`, looked up once: `@query` would search the shadow root at every read. */
  private get input(): HTMLInputElement | null {
    this.inputElement ??= this.renderRoot?.querySelector('input');
    return this.inputElement ?? null;
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected computeValidity(): ValidityResult {
    const native = this.input?.validity;
    const length = this.value.length;
    const type = this.enumValue('type', this.type, INPUT_TYPES, 'text');
    const flags: ValidityStateFlags = {
      badInput: native?.badInput ?? false,
      valueMissing: this.required && this.value === '' && !native?.badInput,
      typeMismatch: native?.typeMismatch ?? false,
      tooShort: this.minlength !== undefined && length > 0 && length < this.minlength,
      tooLong: this.maxlength !== undefined && length > this.maxlength,
      patternMismatch: native?.patternMismatch ?? false,
      rangeUnderflow: native?.rangeUnderflow ?? false,
      rangeOverflow: native?.rangeOverflow ?? false,
      stepMismatch: native?.stepMismatch ?? false,
    };

    if (flags.badInput) return { flags, message: { key: 'validity.badInput' } };
    if (flags.valueMissing) return { flags, message: { key: 'validity.valueMissing' } };
    if (flags.typeMismatch) {
      const key = type === 'url' ? 'validity.typeMismatchUrl' : 'validity.typeMismatchEmail';
      return { flags, message: { key } };
    }
    if (flags.tooShort) return { flags, message: { key: 'validity.tooShort', params: { min: this.minlength! } } };
    if (flags.tooLong) return { flags, message: { key: 'validity.tooLong', params: { max: this.maxlength! } } };
    if (flags.patternMismatch) return { flags, message: { key: 'validity.patternMismatch' } };
    if (flags.rangeUnderflow) return { flags, message: { key: 'validity.rangeUnderflow', params: { min: this.min } } };
    if (flags.rangeOverflow) return { flags, message: { key: 'validity.rangeOverflow', params: { max: this.max } } };
    if (flags.stepMismatch) return { flags, message: { key: 'validity.stepMismatch', params: { step: this.step } } };
    return { flags: {} };
  }

  override render() {
    const type = this.enumValue('type', this.type, INPUT_TYPES, 'text');
    const inputMode = this.inputMode ? this.enumValue('inputmode', this.inputMode, INPUT_MODES, 'text') : undefined;
    const isPassword = type === 'password';
    const shownError = this.displayedError;
    const describedBy = [this.describedBy(), this.prefix ? 'prefix' : '', this.suffix ? 'suffix' : '']
      .filter((id) => id && id !== nothing)
      .join(' ');

    // The label is written here rather than with renderLabel(), which would
    // add a nested template to each field.
    return html`<div class="field">
      <label part="form-control-label" class="label" for="control">${this.label}${this.renderRequiredMarker()}</label>
      ${this.renderGivenHint()}${this.renderShownError()}
      <div class="wrapper">
        ${this.prefix ? html`<span part="prefix" class="affix" id="prefix">${this.prefix}</span>` : nothing}
        <input
          part="input"
          class="control"
          id="control"
          type=${isPassword && this.passwordVisible ? 'text' : type}
          .value=${live(this.value)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          maxlength=${ifDefined(this.maxlength)}
          pattern=${this.pattern || nothing}
          min=${this.min || nothing}
          max=${this.max || nothing}
          step=${this.step || nothing}
          inputmode=${ifDefined(inputMode)}
          spellcheck=${this.spellcheckMode ?? nothing}
          autocomplete=${this.autocomplete || nothing}
          placeholder=${this.placeholder || nothing}
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${shownError ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @keydown=${this.handleEnterKey}
        />
        ${this.suffix ? html`<span part="suffix" class="affix" id="suffix">${this.suffix}</span>` : nothing}
        ${isPassword
          ? html`<button
              part="password-toggle"
              class="toggle"
              type="button"
              aria-controls="control"
              ?disabled=${this.isDisabled}
              @click=${this.togglePassword}
            >
              ${this.msg(inputMessages, this.passwordVisible ? 'input.hidePassword' : 'input.showPassword')}
            </button>`
          : nothing}
      </div>
      ${isPassword
        ? html`<div class="visually-hidden" aria-live="polite" id="status">${this.passwordAnnouncement}</div>`
        : nothing}
    </div>`;
  }
}
