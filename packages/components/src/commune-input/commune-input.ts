import { createCommuneSource, type Commune, type CommuneAdapter, type CommuneSource, type SearchErrorReason } from '@socle/communes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { FormControl, type FormValue, type ValidityResult } from '../internal/form-control.js';
import { DEV, warnOnce } from '../internal/dev.js';
import { baseStyles, controlBoxStyles, fieldStyles } from '../internal/shared-styles.js';
import { ComboboxController, LatestSearch, type SearchStatus } from './combobox.js';
import { comboboxStyles } from './combobox.styles.js';
import { communeInputMessages } from './commune-input.messages.js';

/** Maximum number of postal codes listed in an option before "and N more". */
const MAX_LISTED_POSTAL_CODES = 3;

const ERROR_KEYS: Record<SearchErrorReason, string> = {
  network: 'commune-input.errorNetwork',
  timeout: 'commune-input.errorTimeout',
  'rate-limited': 'commune-input.errorRateLimited',
  http: 'commune-input.errorHttp',
};

/** Saved state of a selection, restored after back/forward navigation. */
interface SavedSelection {
  commune: Commune;
}

function isCommune(value: unknown): value is Commune {
  const commune = value as Commune | null | undefined;
  return typeof commune?.code === 'string' && typeof commune.name === 'string' && typeof commune.kind === 'string';
}

function isSavedSelection(value: unknown): value is SavedSelection {
  return isCommune((value as SavedSelection | null)?.commune);
}

/**
 * A commune field with suggestions, following the WAI-ARIA Authoring
 * Practices combobox pattern with list autocomplete. Typing a name or a
 * postal code lists matching communes and the arrow keys move through them.
 * Enter selects one, Escape closes the list and a second Escape clears the
 * field.
 * A polite live region announces the number of results, the loading state
 * and search errors; an error of the source is shown as an error, never as
 * "no result".
 *
 * The value is the INSEE code of the selected commune, submitted under
 * `name`; with `name-field`, the commune name is submitted under that name
 * too. Text typed without a selection makes the field invalid.
 *
 * Suggestions come from the `adapter` property when set (an in-memory list,
 * geo.api.gouv.fr, or any `CommuneAdapter` of `@socle/communes`), otherwise
 * from the bundled COG data chunks, fetched from `base-url` (or
 * `data-base-url`) or from the `dist/data/` folder of `@socle/communes`
 * beside its module. A page that loads `socle.bundle.js`, or a bundler that
 * does not copy that folder, must serve it and set `base-url`. Nothing is
 * fetched until the user types.
 *
 * A value set from code without `commune` shows the code itself in the
 * field, because looking up the name would need a request.
 *
 * @summary Commune field with suggestions by name or postal code.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<label>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart input - The inner `<input role="combobox">`.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart status - The loading, no-result or error message under the field.
 *
 * @cssprop --socle-input-max-width - Maximum width of the field and its list, such as `30rem`.
 * @cssprop --socle-combobox-max-height - Maximum height of the list before it scrolls.
 * @cssprop --socle-combobox-option-active-background - Background of the highlighted suggestion.
 * @cssprop --socle-combobox-z-index - Stacking order of the list.
 *
 * @event input - The user selected a commune or cleared the selection.
 * @event change - The user committed a selection or cleared it.
 */
export class SocleCommuneInput extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, comboboxStyles];

  private readonly latestSearch = new LatestSearch();

  private bundledSource: { baseUrl: string; source: CommuneSource } | undefined;

  private linkedField: HTMLElement | null = null;

  private readonly combobox = new ComboboxController<Commune>(this, {
    isSearching: () => this.status === 'loading',
    search: () => void this.runSearch(this.text),
    select: (commune) => this.select(commune),
    clearText: () => this.clearText(),
  });

  @query('input') private input!: HTMLInputElement | null;

  @state() private text = '';

  @state() private status: SearchStatus = 'idle';

  @state() private errorReason: SearchErrorReason | '' = '';

  @state() private announcement = '';

  @state() private linkedPostalCode = '';

  /** Selected commune; setting it from code sets `value` to its INSEE code and fires no event. */
  @property({ attribute: false }) commune: Commune | null = null;

  /** Source of suggestions; defaults to the bundled COG data. */
  @property({ attribute: false }) adapter: CommuneAdapter | null = null;

  /** URL of the folder of the bundled data chunks, ending with a slash; `data-base-url` works too. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Postal code that narrows suggestions to its communes. */
  @property({ attribute: 'postal-code' }) postalCode = '';

  /** Id of a postal-code field in the same document (or shadow root) whose value narrows suggestions. */
  @property({ attribute: 'postal-code-field' }) postalCodeField = '';

  /** Form field name under which the commune name is also submitted. */
  @property({ attribute: 'name-field' }) nameField = '';

  /** Maximum number of suggestions. */
  @property({ type: Number }) limit = 10;

  override connectedCallback(): void {
    super.connectedCallback();
    this.linkPostalCodeField();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latestSearch.cancel();
    this.unlinkPostalCodeField();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('commune') && this.commune !== null && !isCommune(this.commune)) {
      if (this.commune !== undefined) {
        warnOnce('invalid-property', '<socle-commune-input> commune is not a commune with a string code, name and kind; it is ignored.');
      }
      this.commune = null;
    }
    if (changed.has('commune') && this.commune) {
      this.value = this.commune.code;
      this.text = this.commune.name;
    } else if (changed.has('value') && this.value !== (this.commune?.code ?? '')) {
      this.commune = null;
      this.text = this.value;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('postalCodeField') && this.isConnected) this.linkPostalCodeField();
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.commune = null;
    this.text = this.defaultValue;
    this.combobox.close();
    this.status = 'idle';
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && state.startsWith('{')) {
      try {
        const saved: unknown = JSON.parse(state);
        if (isSavedSelection(saved)) {
          this.commune = saved.commune;
          return;
        }
      } catch {
        // Not a saved selection: restore it as a plain value below.
      }
    }
    super.formStateRestoreCallback(state);
  }

  private readonly handleLinkedInput = (event: Event): void => {
    const field = event.currentTarget as { value?: unknown } | null;
    const digits = String(field?.value ?? '').replace(/\s+/g, '');
    this.linkedPostalCode = /^\d{5}$/.test(digits) ? digits : '';
  };

  private handleInput(event: Event): void {
    // The inner input's native event is composed: the element fires its own.
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    if (this.commune && this.text !== this.commune.name) this.clearSelection();
    void this.runSearch(this.text);
  }

  private handleChange(event: Event): void {
    // `change` fires on selection, not when the text field loses focus.
    event.stopPropagation();
  }

  private handleBlur(): void {
    this.combobox.close();
  }

  private handleOptionPointerDown(event: Event): void {
    // Keeps focus in the field, so that the click selects before any blur.
    event.preventDefault();
  }

  private handleOptionClick(commune: Commune): void {
    this.select(commune);
  }

  /** Clears the displayed text and the selection, as a user would with Escape. */
  clear(): void {
    this.text = '';
    this.commune = null;
    this.value = '';
    this.combobox.close();
    this.status = 'idle';
  }

  protected get validationAnchor(): HTMLElement | null {
    return this.input;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && this.value === '' && this.text.trim() === '') {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissing' } };
    }
    return { flags: {} };
  }

  /** Adds the element's own "select from the list" error when text was typed without a selection. */
  protected override updateValidity(): void {
    super.updateValidity();
    const barred = this.isDisabled || this.readonly;
    if (barred || this.internals.validity.customError || this.value !== '' || this.text.trim() === '') return;
    const message = this.msg(communeInputMessages, 'commune-input.unmatched', { label: this.label });
    this.internals.setValidity({ badInput: true }, message, this.input ?? undefined);
  }

  protected override formValue(): FormValue {
    if (this.value === '') return null;
    if (!this.nameField || !this.commune) return this.value;
    const data = new FormData();
    if (this.name) data.append(this.name, this.value);
    data.append(this.nameField, this.commune.name);
    return data;
  }

  protected override formState(): string {
    return this.commune ? JSON.stringify({ commune: this.commune } satisfies SavedSelection) : this.value;
  }

  private get effectivePostalCode(): string {
    return this.postalCode.trim() || this.linkedPostalCode;
  }

  private currentAdapter(): CommuneAdapter {
    if (this.adapter) return this.adapter;
    const baseUrl = this.baseUrl || this.dataset['baseUrl'] || '';
    if (this.bundledSource?.baseUrl !== baseUrl) {
      this.bundledSource = { baseUrl, source: createCommuneSource(baseUrl ? { baseUrl } : {}) };
    }
    return this.bundledSource.source;
  }

  private async runSearch(text: string): Promise<void> {
    const postalCode = this.effectivePostalCode;
    if (text.trim() === '' && !postalCode) {
      this.latestSearch.cancel();
      this.combobox.clearOptions();
      this.status = 'idle';
      this.announcement = '';
      return;
    }

    const signal = this.latestSearch.start();
    this.status = 'loading';
    this.announcement = this.msg(communeInputMessages, 'commune-input.loading');

    const request = postalCode ? { limit: this.limit, postalCode, signal } : { limit: this.limit, signal };
    const outcome = await this.currentAdapter().search(text, request);
    if (signal.aborted || outcome.status === 'aborted') return;

    if (outcome.status === 'error') {
      this.combobox.clearOptions();
      this.status = 'error';
      this.errorReason = outcome.reason;
      // The bundled data sits beside the package's own module; a single-file
      // bundle or a bundler that does not copy dist/data/ loses it.
      if (DEV && !this.adapter && !this.baseUrl && !this.dataset['baseUrl']) {
        warnOnce(
          'commune-data',
          '<socle-commune-input> could not load the bundled commune data from its default folder. ' +
            'Serve the dist/data/ folder of @socle/communes and set base-url to its URL, or set the adapter property.',
        );
      }
      this.announcement = this.msg(communeInputMessages, ERROR_KEYS[outcome.reason] ?? 'commune-input.errorHttp');
      return;
    }

    this.status = 'done';
    this.combobox.showResults(outcome.results, this.shadowRoot?.activeElement === this.input);
    this.announcement = this.countMessage(outcome.results.length);
  }

  private select(commune: Commune): void {
    this.latestSearch.cancel();
    const changed = this.value !== commune.code || this.commune?.kind !== commune.kind;
    this.commune = commune;
    this.text = commune.name;
    this.combobox.close();
    this.status = 'idle';
    this.announcement = '';
    if (!changed) return;
    this.commitInput(commune.code);
    this.commitChange();
  }

  private clearSelection(): void {
    const hadValue = this.value !== '';
    this.commune = null;
    if (!hadValue) return;
    this.commitInput('');
    this.commitChange();
  }

  /** Empties the field after a second Escape, with its selection. */
  private clearText(): void {
    this.text = '';
    this.latestSearch.cancel();
    this.status = 'idle';
    this.announcement = '';
    this.clearSelection();
  }

  private countMessage(count: number): string {
    if (count === 0) return this.msg(communeInputMessages, 'commune-input.resultsNone');
    if (count === 1) return this.msg(communeInputMessages, 'commune-input.resultsOne');
    return this.msg(communeInputMessages, 'commune-input.resultsMany', { count });
  }

  private linkPostalCodeField(): void {
    this.unlinkPostalCodeField();
    if (!this.postalCodeField) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById?.(this.postalCodeField) ?? null;
    if (!field) return;
    this.linkedField = field;
    field.addEventListener('input', this.handleLinkedInput);
    field.addEventListener('change', this.handleLinkedInput);
    this.handleLinkedInput({ currentTarget: field } as unknown as Event);
  }

  private unlinkPostalCodeField(): void {
    this.linkedField?.removeEventListener('input', this.handleLinkedInput);
    this.linkedField?.removeEventListener('change', this.handleLinkedInput);
    this.linkedField = null;
  }

  private statusMessage(): string {
    if (this.status === 'loading') return this.msg(communeInputMessages, 'commune-input.loading');
    if (this.status === 'error') return this.msg(communeInputMessages, ERROR_KEYS[this.errorReason || 'http']);
    if (this.status === 'done' && this.combobox.options.length === 0) return this.msg(communeInputMessages, 'commune-input.resultsNone');
    return '';
  }

  private renderPostalCodes(codes: string[]): string {
    if (codes.length === 0) return '';
    const listed = codes.slice(0, MAX_LISTED_POSTAL_CODES).join(', ');
    const list = codes.length > MAX_LISTED_POSTAL_CODES
      ? this.msg(communeInputMessages, 'commune-input.more', { codes: listed, count: codes.length - MAX_LISTED_POSTAL_CODES })
      : listed;
    return this.msg(communeInputMessages, codes.length > 1 ? 'commune-input.postalCodes' : 'commune-input.postalCode', { codes: list });
  }

  private renderOption(commune: Commune, index: number): TemplateResult {
    const departement = commune.departementName ? `${commune.departementName} (${commune.departement})` : commune.departement;
    const details = [
      commune.kind === 'commune-deleguee' ? this.msg(communeInputMessages, 'commune-input.deleguee') : '',
      departement,
      this.renderPostalCodes(commune.postalCodes),
    ].filter(Boolean);
    return html`<li
      part="option"
      class="option"
      role="option"
      id="option-${index}"
      aria-selected=${index === this.combobox.activeIndex ? 'true' : 'false'}
      @mousedown=${this.handleOptionPointerDown}
      @click=${() => this.handleOptionClick(commune)}
    >
      <span class="option-name">${commune.name}</span>
      <span class="option-detail">${details.join(' · ')}</span>
    </li>`;
  }

  override render() {
    const shownError = this.displayedError;
    const statusText = this.statusMessage();
    const describedBy = [this.describedBy(), statusText ? 'status' : ''].filter((id) => id && id !== nothing).join(' ');

    return html`<div class="field">
      ${this.renderLabel('control')} ${this.renderHint()} ${this.renderError()}
      <div class="combobox">
        <input
          part="input"
          class="control"
          id="control"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${this.combobox.expanded ? 'true' : 'false'}
          aria-activedescendant=${this.combobox.activeDescendant || nothing}
          .value=${live(this.text)}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          autocomplete=${this.autocomplete || 'off'}
          spellcheck="false"
          aria-required=${this.required ? 'true' : nothing}
          aria-invalid=${shownError ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          @input=${this.handleInput}
          @change=${this.handleChange}
          @keydown=${this.combobox.handleKeydown}
          @blur=${this.handleBlur}
        />
        <ul part="listbox" class="listbox" role="listbox" id="listbox" aria-label=${this.label || nothing} ?hidden=${!this.combobox.expanded}>
          ${this.combobox.expanded ? this.combobox.options.map((commune, index) => this.renderOption(commune, index)) : nothing}
        </ul>
      </div>
      <div part="status" class="status" id="status" data-state=${this.status} ?hidden=${!statusText}>${statusText}</div>
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
    </div>`;
  }
}
