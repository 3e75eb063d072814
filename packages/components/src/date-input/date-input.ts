import { css, html, nothing, type PropertyDeclaration, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { DEV, warnOnce } from '../internal/dev.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { toText } from '../internal/to-text.js';
import { dateInputMessages } from './date-input.messages.js';
import { dateInputStyles } from './date-input.styles.js';
import {
  DATE_PART_NAMES,
  EMPTY_PARTS,
  findDateProblem,
  formatDateForMessage,
  isoFromParts,
  localToday,
  parseIsoDate,
  partsFromIso,
  type DatePartName,
  type DateParts,
  type DateProblem,
} from './date-parts.js';

/**
 * A memorable date, such as a date of birth, typed in three fields (day,
 * month, year) grouped in a fieldset whose legend is `label`, following the
 * GOV.UK date input pattern and RGAA criteria 11.5 to 11.7. The value is an
 * ISO date `YYYY-MM-DD`, and an empty string while the entry is incomplete or
 * not a real date.
 *
 * Errors name the wrong part ("La date doit comporter un jour") and only that
 * part gets `aria-invalid`; all three do when the whole date is wrong. A day
 * or month may be typed with one digit, and spaces are ignored.
 *
 * The state saved for back/forward navigation stores the three parts, so a
 * partial entry comes back as the user left it.
 *
 * `autocomplete="bday"` gives the parts the tokens `bday-day`, `bday-month`
 * and `bday-year`. Other tokens are not passed on, because no other
 * autocomplete token names one part of a date.
 *
 * @summary Date in three fields (day, month, year), for dates the user remembers, such as a date of birth.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart form-control-label - The `<legend>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart part-label - The label of each part (Jour, Mois, Année).
 * @csspart input - Each of the three `<input>` elements.
 *
 * @cssprop --socle-input-border - Border colour of the fields.
 * @cssprop --socle-input-border-error - Border colour of a field in error.
 * @cssprop --socle-date-input-gap - Space between the three fields.
 *
 * @event input - The user edited one of the parts.
 * @event change - The user committed an edit to a part, when it loses focus.
 */
export class SocleDateInput extends FormControl {
  static override styles = css`${baseStyles}${fieldStyles}${controlBoxStyles}${dateInputStyles}`;

  /** True while `value` is written from the parts (a user edit or a restore), so that the parts stay as typed. */
  private writingFromParts = false;

  /** True while `value` is rewritten in its normalized form. */
  private normalizingValue = false;

  private problem: DateProblem | null = null;

  @query('#day') private dayInput!: HTMLInputElement | null;

  /** The day, month and year as typed. */
  @state() private parts: DateParts = { ...EMPTY_PARTS };

  /** Earliest accepted date, `YYYY-MM-DD`. */
  @property() min = '';

  /** Latest accepted date, `YYYY-MM-DD`. */
  @property() max = '';

  /** Accepts only dates strictly before today. */
  @property({ type: Boolean, attribute: 'past-only' }) pastOnly = false;

  /** Accepts only dates strictly after today. */
  @property({ type: Boolean, attribute: 'future-only' }) futureOnly = false;

  /** Today's date, `YYYY-MM-DD`, for `past-only` and `future-only`; defaults to the local date, and tests set it. */
  @property() today = '';

  /**
   * Keeps the parts in step with `value` when code sets it, even to the value
   * it already has (clearing a partial entry with `value = ''`), which Lit's
   * change detection alone would skip. A value that is not a real ISO date
   * clears the parts, as a native date input drops an invalid value.
   */
  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    if (name === 'value' && !this.writingFromParts && !this.normalizingValue) this.fillPartsFromValue();
    super.requestUpdate(name, oldValue, options);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const today = toText(this.today);
    this.problem = findDateProblem(this.parts, {
      required: this.required,
      min: toText(this.min),
      max: toText(this.max),
      pastOnly: this.pastOnly,
      futureOnly: this.futureOnly,
      today: parseIsoDate(today) ? today : localToday(),
    });
  }

  /**
   * Restores the three parts saved by `formState()`, or an ISO date string
   * given by autofill.
   */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (state instanceof FormData) {
      const part = (name: DatePartName) => {
        const entry = state.get(name);
        return typeof entry === 'string' ? entry : '';
      };
      this.parts = { day: part('day'), month: part('month'), year: part('year') };
      this.writingFromParts = true;
      try {
        this.value = isoFromParts(this.parts);
      } finally {
        this.writingFromParts = false;
      }
      return;
    }
    if (typeof state === 'string') this.value = state;
  }

  private fillPartsFromValue(): void {
    const text = typeof this.value === 'string' ? this.value.trim() : '';
    if (DEV && text !== '' && !parseIsoDate(text)) {
      warnOnce('invalid-value', `<socle-date-input> value="${text}" is not a real date written YYYY-MM-DD; the value is cleared.`);
    }
    this.parts = partsFromIso(text);
    const normalized = isoFromParts(this.parts);
    if (normalized === this.value) return;
    this.normalizingValue = true;
    try {
      this.value = normalized;
    } finally {
      this.normalizingValue = false;
    }
  }

  private handleInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const name = input.dataset['part'] as DatePartName;
    this.parts = { ...this.parts, [name]: input.value };
    this.writingFromParts = true;
    try {
      this.commitInput(isoFromParts(this.parts));
    } finally {
      this.writingFromParts = false;
    }
  }

  private handleChange(): void {
    this.commitChange();
  }

  protected override formState(): FormData {
    const state = new FormData();
    for (const name of DATE_PART_NAMES) state.append(name, this.parts[name]);
    return state;
  }

  /** Input of the first part in error, or of the day. */
  protected get validationAnchor(): HTMLElement | null {
    const first = this.problem?.parts[0];
    return first ? this.renderRoot?.querySelector<HTMLInputElement>(`#${first}`) ?? null : this.dayInput;
  }

  protected computeValidity(): ValidityResult {
    const problem = this.problem;
    if (!problem) return { flags: {} };
    if (problem.kind === 'missing' && problem.parts.length === 3) {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissing' } };
    }
    if (problem.kind === 'past' || problem.kind === 'min') return { flags: { rangeUnderflow: true } };
    if (problem.kind === 'future' || problem.kind === 'max') return { flags: { rangeOverflow: true } };
    return { flags: { badInput: true } };
  }

  /**
   * Replaces the base class's generic message with the one that names the
   * wrong part, because the shared message keys cannot express it.
   */
  protected override updateValidity(): void {
    super.updateValidity();
    const validity = this.internals.validity;
    const problem = this.problem;
    if (validity.valid || validity.customError || validity.valueMissing || !problem) return;
    const { flags } = this.computeValidity();
    this.internals.setValidity(flags, this.problemMessage(problem), this.validationAnchor ?? undefined);
  }

  private problemMessage(problem: DateProblem): string {
    switch (problem.kind) {
      case 'missing':
        return this.msg(dateInputMessages, `date-input.missing.${problem.parts.join('-')}`);
      case 'min':
      case 'max':
        return this.msg(dateInputMessages, `date-input.${problem.kind}`, {
          date: formatDateForMessage(problem.limit, this.locale),
        });
      default:
        return this.msg(dateInputMessages, `date-input.${problem.kind}`);
    }
  }

  /** Parts to mark with `aria-invalid` while an error is shown. */
  private invalidParts(): DatePartName[] {
    if (!this.displayedError) return [];
    if (this.error || this.internals.validity.customError || !this.problem) return [...DATE_PART_NAMES];
    return this.problem.parts;
  }

  private renderPart(name: DatePartName, invalidParts: DatePartName[]) {
    const invalid = invalidParts.includes(name);
    const describedBy = [this.hasHint ? 'hint' : '', invalid ? 'error' : ''].filter(Boolean).join(' ');
    const autocomplete = this.autocomplete.trim().toLowerCase() === 'bday' ? `bday-${name}` : nothing;

    return html`<div class="part part-${name}">
      <label part="part-label" class="part-label" for=${name}>${this.msg(dateInputMessages, `date-input.${name}`)}</label>
      <input
        part="input"
        class="control"
        id=${name}
        data-part=${name}
        type="text"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${autocomplete}
        .value=${live(this.parts[name])}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        aria-describedby=${describedBy || nothing}
        @input=${this.handleInput}
        @change=${this.handleChange}
        @keydown=${this.handleEnterKey}
      />
    </div>`;
  }

  override render() {
    const invalidParts = this.invalidParts();

    return html`<fieldset part="base" class="fieldset field" ?disabled=${this.isDisabled}>
      <legend part="form-control-label" class="label">${this.label}${this.renderRequiredMarker()}</legend>
      ${this.renderGivenHint()}${this.renderShownError()}
      <div class="parts">${DATE_PART_NAMES.map((name) => this.renderPart(name, invalidParts))}</div>
    </fieldset>`;
  }
}
