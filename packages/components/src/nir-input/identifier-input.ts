import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ValidationIssue, ValidationResult } from '@socle/formats';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { findLanguageTag, matchLocale } from '../internal/i18n.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { identifierInputMessages } from './identifier-input.messages.js';
import { identifierInputStyles } from './identifier-input.styles.js';

/** Attributes of the inner `<input>` that depend on the kind of identifier. */
export interface IdentifierInputAttributes {
  type: 'text' | 'tel';
  inputMode?: 'numeric' | 'tel' | 'text';
  autocapitalize?: 'characters' | 'off';
  /** Autofill token used when the page sets no `autocomplete`. */
  defaultAutocomplete?: string;
}

const NO_RESULT: ValidationResult<unknown> = { valid: true, value: null, errors: [], warnings: [], details: null };

/** Maps an error code of `@socle/formats` to the closest native validity flag. */
function validityFlagFor(issue: ValidationIssue): keyof ValidityStateFlags {
  if (issue.code === 'too-short') return 'tooShort';
  if (issue.code === 'too-long') return 'tooLong';
  return 'patternMismatch';
}

/**
 * Base of the fields for French identifiers (NIR, SIRET, IBAN, telephone,
 * postal code). The user types the identifier with any separators. `value`
 * and the form data contain the normalised identifier as soon as it parses,
 * and the trimmed text as typed until then. The field shows the display form
 * when it loses focus and when code sets `value`.
 *
 * Errors and warnings come from `@socle/formats` in the element's locale.
 * Errors follow the display policy of `FormControl`; warnings never block
 * submission and are shown as soon as the value has any.
 *
 * Subclasses say how to read, check and display their identifier, and give
 * the default label and hint.
 */
export abstract class IdentifierInput extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, identifierInputStyles];

  /** Outcome of the last check of `value`, computed before each render. */
  private result: ValidationResult<unknown> = NO_RESULT;

  @query('input') private input!: HTMLInputElement | null;

  /** Text of the inner input: as typed while editing, in display form otherwise. */
  @state() private text = '';

  /** Outcome of the `@socle/formats` check of the current value: errors, warnings and decoded details. */
  get validationResult(): ValidationResult<unknown> {
    return this.result;
  }

  /** Properties that change how the text is read, such as `mode` or `region`. */
  protected get readingProperties(): readonly PropertyKey[] {
    return [];
  }

  /** Returns the normalised identifier, or null when `text` does not parse. */
  protected abstract normalise(text: string): string | null;

  /** Checks a value with `@socle/formats`, with messages in `locale`. */
  protected abstract check(value: string, locale: string): ValidationResult<unknown>;

  /** Returns the display form of a normalised identifier. */
  protected abstract display(value: string): string;

  /** Returns the label used when the page sets none. */
  protected abstract defaultLabel(): string;

  /** Returns the expected format shown before input when the page sets no `hint`. */
  protected abstract defaultHint(): string;

  /** Returns the attributes of the inner input. */
  protected abstract inputAttributes(): IdentifierInputAttributes;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);

    if (changed.has('value') && this.value !== this.valueFromText(this.text)) {
      this.readValueFromCode();
    } else if (this.readingProperties.some((name) => changed.has(name))) {
      this.value = this.valueFromText(this.text);
    }

    // FormControl updates validity after rendering; updating it here too lets
    // this render show the error of the current value. The locale is resolved
    // first because the messages of @socle/formats depend on it.
    this.locale = matchLocale(findLanguageTag(this));
    this.result = this.value === '' ? NO_RESULT : this.check(this.value, this.locale);
    this.updateValidity();
  }

  /** Returns what `value` holds for a text: the normalised identifier, or the trimmed text. */
  private valueFromText(text: string): string {
    return this.normalise(text) ?? text.trim();
  }

  /** Displays a value set by code (or by reset and restore) and stores it normalised. */
  private readValueFromCode(): void {
    const raw = typeof this.value === 'string' ? this.value.trim() : String(this.value ?? '').trim();
    const normalised = this.normalise(raw);
    this.text = normalised === null ? raw : this.display(normalised);
    this.value = normalised ?? raw;
  }

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    this.commitInput(this.valueFromText(this.text));
  }

  private handleChange(): void {
    this.commitChange();
  }

  private handleBlur(): void {
    const normalised = this.normalise(this.text);
    if (normalised !== null) this.text = this.display(normalised);
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected computeValidity(): ValidityResult {
    if (this.value === '') return { flags: { valueMissing: this.required } };
    const issue = this.result.errors[0];
    return issue ? { flags: { [validityFlagFor(issue)]: true } } : { flags: {} };
  }

  /**
   * Replaces the base class's generic message with the message of
   * `@socle/formats`, which tells how to correct the value (RGAA criterion 11.11).
   */
  protected override updateValidity(): void {
    super.updateValidity();
    const validity = this.internals.validity;
    if (validity.valid || validity.customError) return;

    const issue = this.value === '' ? this.check('', this.locale).errors[0] : this.result.errors[0];
    if (!issue) return;
    this.internals.setValidity(this.computeValidity().flags, issue.message, this.validationAnchor ?? undefined);
  }

  /** A hint is always shown: the page's, or the expected format. */
  protected override get hasHint(): boolean {
    return true;
  }

  protected override renderHint(): TemplateResult {
    return html`<div part="form-control-hint" class="hint" id="hint">
      <slot name="hint">${this.hint || this.defaultHint()}</slot>
    </div>`;
  }

  protected override renderLabel(controlId: string): TemplateResult {
    return html`<label part="form-control-label" class="label" for=${controlId}
      >${this.label || this.defaultLabel()}${this.required
        ? html` <span class="required">(${this.t('field.required')})</span>`
        : nothing}</label
    >`;
  }

  /** Warnings of a valid value, hidden while an error is shown. */
  private shownWarnings(): ValidationIssue[] {
    if (this.displayedError || !this.result.valid) return [];
    return this.result.warnings;
  }

  override render() {
    const attributes = this.inputAttributes();
    const shownError = this.displayedError;
    const warnings = this.shownWarnings();
    const describedBy = [this.describedBy(), warnings.length > 0 ? 'warning' : '']
      .filter((id) => id && id !== nothing)
      .join(' ');
    const autocomplete = this.autocomplete || attributes.defaultAutocomplete;

    return html`<div class="field">
      ${this.renderLabel('control')} ${this.renderHint()} ${this.renderError()}
      <input
        part="input"
        class="control"
        id="control"
        type=${attributes.type}
        .value=${live(this.text)}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        inputmode=${attributes.inputMode ?? nothing}
        autocapitalize=${attributes.autocapitalize ?? nothing}
        autocomplete=${autocomplete || nothing}
        spellcheck="false"
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${shownError ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${this.handleInput}
        @change=${this.handleChange}
        @blur=${this.handleBlur}
        @keydown=${this.handleEnterKey}
      />
      <div part="form-control-warning" class="warning" id="warning" role="status">${warnings.map(
        (warning) =>
          html`<p>
            <span class="visually-hidden">${this.msg(identifierInputMessages, 'identifier-input.warningPrefix')}</span>
            ${warning.message}
          </p>`,
      )}</div>
    </div>`;
  }
}
