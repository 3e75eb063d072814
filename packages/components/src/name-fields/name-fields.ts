import { parse as normaliseName, validate as validateName, type NameMode } from '@socle/formats/civil-name';
import type { ValidationIssue } from '@socle/formats';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type ValidityResult } from '../internal/form-control.js';
import { findLanguageTag, matchLocale } from '../internal/i18n.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { toText } from '../internal/to-text.js';
import { nameFieldsMessages } from './name-fields.messages.js';
import { nameFieldsStyles } from './name-fields.styles.js';

export const NAME_FIELDS_MODES = ['civil', 'general'] as const satisfies readonly NameMode[];

const DEFAULT_MAX_GIVEN_NAMES = 4;

/** Id of the inner input of a part: `birth-name`, `usage-name` or `given-name-<index>`. */
type PartId = 'birth-name' | 'usage-name' | `given-name-${number}`;

/** The first problem of the entry, which the error message describes. */
interface NameProblem {
  part: PartId;
  flag: keyof ValidityStateFlags;
  message: string;
}

/** Reads a comma-separated list of prénoms; names never contain commas. */
const givenNamesConverter = {
  fromAttribute: (value: string | null): string[] => (value ? value.split(',').map((name) => name.trim()) : ['']),
  toAttribute: (value: string[]): string => value.join(','),
};

/** Returns the name that is submitted: normalised by `@socle/formats`, or empty. */
function submittedName(text: string): string {
  return normaliseName(text ?? '') ?? '';
}

/**
 * The name of a person in a fieldset whose legend is `label`: the nom de
 * naissance, an optional nom d'usage, and one or more prénoms in the order of
 * the birth certificate ("Ajouter un prénom", up to `max-given-names`). A
 * checkbox "Je n'ai pas de prénom" clears and disables the prénoms, because
 * civil-status acts record persons without one. Names are checked with
 * `civilName` of `@socle/formats`: `mode="civil"` (default) accepts what acts
 * accept, `mode="general"` any letter.
 *
 * The element submits several entries: `<name>.nom-naissance`,
 * `<name>.nom-usage`, one `<name>.prenoms` per filled prénom in order, and
 * `<name>.sans-prenom=1` when the box is ticked. Names are submitted
 * normalised (spaces collapsed, typographic apostrophes made straight). The
 * parts are the properties `birthName`, `usageName`, `givenNames` and
 * `noGivenName`; `value` is not used.
 *
 * With `required`, the nom de naissance and a prénom (or the box) are
 * required. Without it, the group may stay empty, but once any part is
 * filled the same rules apply.
 *
 * Autofill tokens (`family-name` on the nom de naissance, `given-name` on the
 * first prénom, `additional-name` on the others) are set only with
 * `autocomplete="on"`, for a form about the person filling it in (RGAA
 * criterion 11.13).
 *
 * @summary Nom de naissance, nom d'usage and prénoms of a person.
 *
 * @slot hint - Rich hint content for the whole group, instead of the `hint` attribute.
 *
 * @csspart base - The `<fieldset>`.
 * @csspart form-control-label - The `<legend>`.
 * @csspart form-control-hint - The hint of the group.
 * @csspart form-control-error - The error message.
 * @csspart part-label - The label of each field.
 * @csspart input - Each text `<input>`.
 * @csspart add-button - The "Ajouter un prénom" button.
 * @csspart remove-button - Each "Supprimer" button.
 * @csspart no-given-name - The "Je n'ai pas de prénom" checkbox and its label.
 *
 * @cssprop --socle-input-border - Border colour of the fields.
 * @cssprop --socle-input-border-error - Border colour of a field in error.
 * @cssprop --socle-name-fields-gap - Space between the fields.
 * @cssprop --socle-name-fields-max-width - Maximum width of each field; 30rem by default.
 *
 * @event input - The user edited a part, ticked the box or removed a filled prénom.
 * @event change - The user committed such an edit.
 */
export class SocleNameFields extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, nameFieldsStyles];

  /** Parts restored by `form.reset()`, read from the attributes when the element is first connected. */
  private defaults = { birthName: '', usageName: '', givenNames: [''], noGivenName: false };

  private problem: NameProblem | null = null;

  /** `mode` resolved in `willUpdate()`, so that an invalid value warns when it is set, not only on validation. */
  private resolvedMode: NameMode = 'civil';

  @query('#birth-name') private birthNameInput!: HTMLInputElement | null;

  /** Nom de naissance, as typed. */
  @property({ attribute: 'birth-name' }) birthName = '';

  /** Nom d'usage, as typed; optional. */
  @property({ attribute: 'usage-name' }) usageName = '';

  /** Prénoms in order, as typed; the attribute separates them with commas. */
  @property({ attribute: 'given-names', converter: givenNamesConverter }) givenNames: string[] = [''];

  /** Whether "Je n'ai pas de prénom" is ticked. */
  @property({ type: Boolean, attribute: 'no-given-name' }) noGivenName = false;

  /** Character rules: `civil` (default) for names that go into civil-status records, `general` elsewhere. */
  @property() mode: NameMode = 'civil';

  /** Maximum number of prénom fields the user can add; 4 by default. */
  @property({ type: Number, attribute: 'max-given-names' }) maxGivenNames = DEFAULT_MAX_GIVEN_NAMES;

  /** Maximum length of each name in characters; 100 by default, as in `@socle/formats`. */
  @property({ type: Number }) maxlength?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) return;
    this.defaults = {
      birthName: this.getAttribute('birth-name') ?? '',
      usageName: this.getAttribute('usage-name') ?? '',
      givenNames: givenNamesConverter.fromAttribute(this.getAttribute('given-names')),
      noGivenName: this.hasAttribute('no-given-name'),
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Frameworks may bind null, numbers or other types, so the parts become
    // strings before validation and rendering read them.
    if (typeof this.birthName !== 'string') this.birthName = toText(this.birthName);
    if (typeof this.usageName !== 'string') this.usageName = toText(this.usageName);
    if (!Array.isArray(this.givenNames) || this.givenNames.length === 0) this.givenNames = [''];
    else if (this.givenNames.some((name) => typeof name !== 'string')) this.givenNames = this.givenNames.map(toText);
    this.resolvedMode = this.enumValue('mode', this.mode, NAME_FIELDS_MODES, 'civil');

    // FormControl updates validity after rendering; updating it here too lets
    // this render show the error of the current parts. The locale is
    // resolved first for the messages.
    this.locale = matchLocale(findLanguageTag(this));
    this.problem = this.findProblem();
    this.updateValidity();
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.birthName = this.defaults.birthName;
    this.usageName = this.defaults.usageName;
    this.givenNames = [...this.defaults.givenNames];
    this.noGivenName = this.defaults.noGivenName;
  }

  /** Restores the parts saved by `formState()`. */
  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!(state instanceof FormData)) return;
    const text = (key: string) => {
      const entry = state.get(key);
      return typeof entry === 'string' ? entry : '';
    };
    this.birthName = text('nom-naissance');
    this.usageName = text('nom-usage');
    const givenNames = state.getAll('prenoms').filter((entry): entry is string => typeof entry === 'string');
    this.givenNames = givenNames.length > 0 ? givenNames : [''];
    this.noGivenName = text('sans-prenom') === '1';
  }

  /** Largest number of prénom fields, with the default for a missing or invalid attribute. */
  private get givenNamesLimit(): number {
    const limit = Math.floor(Number(this.maxGivenNames));
    return Number.isFinite(limit) && limit >= 1 ? limit : DEFAULT_MAX_GIVEN_NAMES;
  }

  private get isEmpty(): boolean {
    return (
      submittedName(this.birthName) === '' &&
      submittedName(this.usageName) === '' &&
      this.givenNames.every((name) => submittedName(name) === '') &&
      !this.noGivenName
    );
  }

  private partLabel(part: PartId): string {
    if (part === 'birth-name') return this.msg(nameFieldsMessages, 'name-fields.birthName');
    if (part === 'usage-name') return this.msg(nameFieldsMessages, 'name-fields.usageName');
    const index = Number(part.slice('given-name-'.length));
    return index === 0
      ? this.msg(nameFieldsMessages, 'name-fields.givenName')
      : this.msg(nameFieldsMessages, 'name-fields.givenNameNumbered', { number: index + 1 });
  }

  private checkName(part: PartId, text: string): NameProblem | null {
    const issue: ValidationIssue | undefined = validateName(text, {
      mode: this.resolvedMode,
      locale: this.locale,
      maxLength: this.maxlength,
    }).errors[0];
    if (!issue) return null;
    return {
      part,
      flag: issue.code === 'too-long' ? 'tooLong' : 'patternMismatch',
      message: this.msg(nameFieldsMessages, 'name-fields.partError', { part: this.partLabel(part), message: issue.message }),
    };
  }

  /** Finds the first problem, in the order of the fields. */
  private findProblem(): NameProblem | null {
    if (!this.required && this.isEmpty) return null;

    if (submittedName(this.birthName) === '') {
      return { part: 'birth-name', flag: 'valueMissing', message: this.msg(nameFieldsMessages, 'name-fields.birthNameMissing') };
    }
    const birthNameProblem = this.checkName('birth-name', this.birthName);
    if (birthNameProblem) return birthNameProblem;

    if (submittedName(this.usageName) !== '') {
      const usageNameProblem = this.checkName('usage-name', this.usageName);
      if (usageNameProblem) return usageNameProblem;
    }

    if (this.noGivenName) return null;
    if (this.givenNames.every((name) => submittedName(name) === '')) {
      return { part: 'given-name-0', flag: 'valueMissing', message: this.msg(nameFieldsMessages, 'name-fields.givenNameMissing') };
    }
    for (const [index, name] of this.givenNames.entries()) {
      if (submittedName(name) === '') continue;
      const problem = this.checkName(`given-name-${index}`, name);
      if (problem) return problem;
    }
    return null;
  }

  private handleNameInput(event: Event): void {
    // The native `input` event is composed and would reach the page beside ours.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const part = input.id as PartId;
    if (part === 'birth-name') this.birthName = input.value;
    else if (part === 'usage-name') this.usageName = input.value;
    else {
      const index = Number(input.dataset['index']);
      this.givenNames = this.givenNames.map((name, position) => (position === index ? input.value : name));
    }
    this.commitInput();
  }

  /** Shows the normalised name when a field loses focus, as it will be submitted. */
  private handleNameBlur(event: Event): void {
    const input = event.target as HTMLInputElement;
    const normalised = normaliseName(input.value);
    if (normalised === null || normalised === input.value) return;
    const part = input.id as PartId;
    if (part === 'birth-name') this.birthName = normalised;
    else if (part === 'usage-name') this.usageName = normalised;
    else {
      const index = Number(input.dataset['index']);
      this.givenNames = this.givenNames.map((name, position) => (position === index ? normalised : name));
    }
  }

  private handleChange(event: Event): void {
    event.stopPropagation();
    this.commitChange();
  }

  /** Stops the checkbox's composed `input` event; `handleNoGivenNameChange` fires ours. */
  private stopNativeInput(event: Event): void {
    event.stopPropagation();
  }

  private handleNoGivenNameChange(event: Event): void {
    event.stopPropagation();
    this.noGivenName = (event.target as HTMLInputElement).checked;
    if (this.noGivenName) this.givenNames = [''];
    this.commitInput();
    this.commitChange();
  }

  private async addGivenName(): Promise<void> {
    if (this.givenNames.length >= this.givenNamesLimit) return;
    this.givenNames = [...this.givenNames, ''];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#given-name-${this.givenNames.length - 1}`)?.focus();
  }

  private async removeGivenName(index: number): Promise<void> {
    const removed = this.givenNames[index] ?? '';
    this.givenNames = this.givenNames.filter((_, position) => position !== index);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#given-name-${Math.max(0, index - 1)}`)?.focus();
    if (submittedName(removed) !== '') {
      this.commitInput();
      this.commitChange();
    }
  }

  /** Submits each part under `<name>.<part>`; see the class description. */
  protected override formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    data.append(`${this.name}.nom-naissance`, submittedName(this.birthName));
    data.append(`${this.name}.nom-usage`, submittedName(this.usageName));
    for (const name of this.givenNames) {
      const submitted = submittedName(name);
      if (submitted) data.append(`${this.name}.prenoms`, submitted);
    }
    if (this.noGivenName) data.append(`${this.name}.sans-prenom`, '1');
    return data;
  }

  /** Saves the parts as typed, empty prénom fields included, for back/forward restore. */
  protected override formState(): FormData {
    const state = new FormData();
    state.append('nom-naissance', this.birthName);
    state.append('nom-usage', this.usageName);
    for (const name of this.givenNames) state.append('prenoms', name);
    if (this.noGivenName) state.append('sans-prenom', '1');
    return state;
  }

  /** The field of the first problem, or the nom de naissance. */
  protected get validationAnchor(): HTMLElement | null {
    const part = this.problem?.part;
    return part ? (this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null) : this.birthNameInput;
  }

  protected computeValidity(): ValidityResult {
    return this.problem ? { flags: { [this.problem.flag]: true } } : { flags: {} };
  }

  /** Replaces the base class's generic message with the one that names the wrong field. */
  protected override updateValidity(): void {
    super.updateValidity();
    const validity = this.internals.validity;
    if (validity.valid || validity.customError || !this.problem) return;
    this.internals.setValidity(this.computeValidity().flags, this.problem.message, this.validationAnchor ?? undefined);
  }

  /** Whether a part carries `aria-invalid`: the part of the shown problem, or every part for a page-set error. */
  private isInvalid(part: PartId): boolean {
    if (!this.displayedError) return false;
    if (this.error || this.internals.validity.customError || !this.problem) return true;
    return this.problem.part === part;
  }

  private renderPartLabel(part: PartId, marker: 'required' | 'optional' | 'none'): TemplateResult {
    let markerText = '';
    if (marker === 'required') markerText = this.t('field.required');
    if (marker === 'optional') markerText = this.msg(nameFieldsMessages, 'name-fields.optional');
    return html`<label part="part-label" class="label" for=${part}
      >${this.partLabel(part)}${markerText ? html` <span class="required">(${markerText})</span>` : nothing}</label
    >`;
  }

  private renderNameInput(part: PartId, value: string, options: { autocomplete?: string; hintId?: string; index?: number; disabled?: boolean }) {
    const invalid = this.isInvalid(part);
    const describedBy = [this.hasHint ? 'hint' : '', options.hintId ?? '', invalid ? 'error' : ''].filter(Boolean).join(' ');
    const autocomplete = this.autocomplete.trim().toLowerCase() === 'on' ? options.autocomplete : undefined;
    const required = this.required && (part === 'birth-name' || (part === 'given-name-0' && !this.noGivenName));

    return html`<input
      part="input"
      class="control"
      id=${part}
      type="text"
      data-index=${options.index ?? nothing}
      spellcheck="false"
      autocapitalize="words"
      autocomplete=${autocomplete ?? nothing}
      .value=${live(value ?? '')}
      ?disabled=${this.isDisabled || Boolean(options.disabled)}
      ?readonly=${this.readonly}
      aria-required=${required ? 'true' : nothing}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy || nothing}
      @input=${this.handleNameInput}
      @change=${this.handleChange}
      @blur=${this.handleNameBlur}
    />`;
  }

  private renderGivenName(name: string, index: number): TemplateResult {
    const part: PartId = `given-name-${index}`;
    const marker = index === 0 && this.required && !this.noGivenName ? 'required' : 'none';
    const locked = this.isDisabled || this.readonly;

    return html`<div class="field">
      ${this.renderPartLabel(part, marker)}
      ${index === 0
        ? html`<div class="hint" id="given-names-hint">${this.msg(nameFieldsMessages, 'name-fields.givenNamesHint')}</div>`
        : nothing}
      <div class="given-name-row">
        ${this.renderNameInput(part, name, {
          autocomplete: index === 0 ? 'given-name' : 'additional-name',
          hintId: 'given-names-hint',
          index,
          disabled: this.noGivenName,
        })}
        ${index > 0
          ? html`<button part="remove-button" class="button" type="button" ?disabled=${locked} @click=${() => this.removeGivenName(index)}>
              ${this.msg(nameFieldsMessages, 'name-fields.remove')}<span class="visually-hidden">
                ${this.msg(nameFieldsMessages, 'name-fields.removeTarget', { number: index + 1 })}</span
              >
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  override render() {
    const required = this.required;
    const locked = this.isDisabled || this.readonly;
    const canAdd = !this.noGivenName && this.givenNames.length < this.givenNamesLimit;

    return html`<fieldset part="base" class="fieldset" ?disabled=${this.isDisabled}>
      <legend part="form-control-label" class="legend">${this.label || this.msg(nameFieldsMessages, 'name-fields.legend')}</legend>
      ${this.renderHint()} ${this.renderError()}
      <div class="field">
        ${this.renderPartLabel('birth-name', required ? 'required' : 'none')}
        ${this.renderNameInput('birth-name', this.birthName, { autocomplete: 'family-name' })}
      </div>
      <div class="field">
        ${this.renderPartLabel('usage-name', 'optional')}
        <div class="hint" id="usage-name-hint">${this.msg(nameFieldsMessages, 'name-fields.usageNameHint')}</div>
        ${this.renderNameInput('usage-name', this.usageName, { hintId: 'usage-name-hint' })}
      </div>
      ${this.givenNames.map((name, index) => this.renderGivenName(name, index))}
      ${canAdd
        ? html`<button part="add-button" class="button" type="button" ?disabled=${locked} @click=${this.addGivenName}>
            ${this.msg(nameFieldsMessages, 'name-fields.addGivenName')}
          </button>`
        : nothing}
      <div part="no-given-name" class="checkbox">
        <input
          id="no-given-name"
          type="checkbox"
          .checked=${live(this.noGivenName)}
          ?disabled=${locked}
          @input=${this.stopNativeInput}
          @change=${this.handleNoGivenNameChange}
        />
        <label for="no-given-name">${this.msg(nameFieldsMessages, 'name-fields.noGivenName')}</label>
      </div>
    </fieldset>`;
  }
}
