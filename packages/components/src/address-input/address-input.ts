import { createGeoplateformeAdapter, type Address, type AddressAdapter, type SearchErrorReason } from '@socle/communes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ComboboxController, LatestSearch, type SearchStatus } from '../commune-input/combobox.js';
import { comboboxStyles } from '../commune-input/combobox.styles.js';
import { FormControl, type FormValue, type ValidityResult } from '../internal/form-control.js';
import { baseStyles, controlBoxStyles, fieldStyles, focusRing } from '../internal/shared-styles.js';
import { toText } from '../internal/to-text.js';
import { addressInputMessages } from './address-input.messages.js';
import { addressInputStyles } from './address-input.styles.js';

/** The four parts of an address, as submitted. */
export interface AddressParts {
  /** House number and street. */
  line1: string;
  /** Building, floor, locality or PO box. */
  complement: string;
  /** Five-digit postal code. */
  postalCode: string;
  /** Commune name. */
  city: string;
}

type PartName = keyof AddressParts;

/** Suffix of each part in the submitted field names, such as `adresse.code-postal`. */
const PART_SUFFIXES: Record<PartName, string> = {
  line1: 'ligne1',
  complement: 'complement',
  postalCode: 'code-postal',
  city: 'commune',
};

/** Autofill tokens of each part (HTML standard, autofill field names). */
const PART_AUTOCOMPLETE: Record<PartName, string> = {
  line1: 'address-line1',
  complement: 'address-line2',
  postalCode: 'postal-code',
  city: 'address-level2',
};

const PART_LABEL_KEYS: Record<PartName, string> = {
  line1: 'address-input.line1',
  complement: 'address-input.complement',
  postalCode: 'address-input.postalCode',
  city: 'address-input.city',
};

const ERROR_KEYS: Record<SearchErrorReason, string> = {
  network: 'address-input.errorNetwork',
  timeout: 'address-input.errorTimeout',
  'rate-limited': 'address-input.errorRateLimited',
  http: 'address-input.errorHttp',
};

const EMPTY_PARTS: AddressParts = { line1: '', complement: '', postalCode: '', city: '' };

function isAddressParts(value: unknown): value is AddressParts {
  const parts = value as AddressParts | null;
  return (
    typeof parts?.line1 === 'string' &&
    typeof parts.complement === 'string' &&
    typeof parts.postalCode === 'string' &&
    typeof parts.city === 'string'
  );
}

/**
 * A postal address in four parts: number and street, complement, postal code
 * and commune. When the page configures an address search (`endpoint` for a
 * Géoplateforme-style geocoder, or the `adapter` property), the element first
 * offers a combobox that follows the WAI-ARIA Authoring Practices pattern
 * with list autocomplete. Choosing a suggestion fills the parts and reveals
 * them for review, and the "Saisir l'adresse manuellement" button reveals
 * them without a search. Without an endpoint the element shows the four
 * parts only and makes no request, so it works offline.
 *
 * The parts are submitted under `<name>.ligne1`, `<name>.complement`,
 * `<name>.code-postal` and `<name>.commune`. `value` is the address on one
 * line, for display; set `address` to fill the parts from code.
 *
 * With `required`, number and street, postal code and commune must be
 * filled; the postal code must have five digits in every case.
 *
 * @summary Postal address with optional search and manual entry.
 *
 * @slot hint - Rich hint content, instead of the `hint` attribute.
 *
 * @csspart form-control-label - The `<legend>`.
 * @csspart form-control-hint - The hint.
 * @csspart form-control-error - The error message.
 * @csspart input - The search field and each part's `<input>`.
 * @csspart listbox - The list of suggested addresses.
 * @csspart option - One suggested address.
 * @csspart status - The loading, no-result or error message of the search.
 * @csspart manual-toggle - The "Saisir l'adresse manuellement" button.
 *
 * @cssprop --socle-input-max-width - Maximum width of the fields and the list.
 * @cssprop --socle-combobox-max-height - Maximum height of the list before it scrolls.
 * @cssprop --socle-combobox-option-active-background - Background of the highlighted suggestion.
 * @cssprop --socle-combobox-z-index - Stacking order of the list.
 *
 * @event input - The user edited a part or chose a suggestion.
 * @event change - The user committed an edit of a part or chose a suggestion.
 */
export class SocleAddressInput extends FormControl {
  static override styles = [baseStyles, fieldStyles, controlBoxStyles, focusRing, comboboxStyles, addressInputStyles];

  private readonly latestSearch = new LatestSearch();

  private endpointAdapter: { endpoint: string; adapter: AddressAdapter } | undefined;

  private readonly combobox = new ComboboxController<Address>(this, {
    isSearching: () => this.status === 'loading',
    search: () => void this.runSearch(this.text),
    select: (address) => this.choose(address),
    clearText: () => this.clearSearch(),
  });

  @query('#search') private searchInput!: HTMLInputElement | null;

  @state() private parts: AddressParts = { ...EMPTY_PARTS };

  @state() private manual = false;

  @state() private text = '';

  @state() private status: SearchStatus = 'idle';

  @state() private errorReason: SearchErrorReason | '' = '';

  @state() private announcement = '';

  /** Root URL of a Géoplateforme-style geocoder (`/search` is appended); without it, manual entry only. */
  @property() endpoint = '';

  /** Address search used instead of `endpoint`, such as an adapter of `@socle/communes` or a test double. */
  @property({ attribute: false }) adapter: AddressAdapter | null = null;

  /** Maximum number of suggestions. */
  @property({ type: Number }) limit = 8;

  /** The four parts of the address; setting it from code fires no event. */
  get address(): AddressParts {
    return { ...this.parts };
  }

  set address(parts: Partial<AddressParts> | null) {
    // Only the four known parts are kept, each read as text, because pages
    // and frameworks may pass other keys, null parts or numbers.
    const assigned: Partial<Record<keyof AddressParts, unknown>> = typeof parts === 'object' && parts !== null ? parts : {};
    this.parts = {
      line1: toText(assigned.line1),
      complement: toText(assigned.complement),
      postalCode: toText(assigned.postalCode),
      city: toText(assigned.city),
    };
    this.value = this.oneLine(this.parts);
    if (this.hasAnyPart) this.manual = true;
  }

  /** Whether an address search is configured. */
  get searchEnabled(): boolean {
    return this.adapter !== null || toText(this.endpoint).trim() !== '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latestSearch.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value set from code that is not this element's own one-line address becomes the first line.
    if (changed.has('value') && this.value !== this.oneLine(this.parts)) {
      this.parts = { ...EMPTY_PARTS, line1: this.value };
      if (this.value) this.manual = true;
    }
  }

  override formResetCallback(): void {
    super.formResetCallback();
    this.parts = { ...EMPTY_PARTS, line1: this.defaultValue };
    this.text = '';
    this.manual = false;
    this.combobox.close();
    this.status = 'idle';
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string' && state.startsWith('{')) {
      try {
        const saved: unknown = JSON.parse(state);
        if (isAddressParts(saved)) {
          this.address = saved;
          return;
        }
      } catch {
        // Not saved parts: restore it as a first line below.
      }
    }
    super.formStateRestoreCallback(state);
  }

  private handlePartInput(part: PartName, event: Event): void {
    // The inner input's native event is composed: the element fires its own.
    event.stopPropagation();
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.commitInput(this.oneLine(this.parts));
  }

  private handlePartChange(event: Event): void {
    event.stopPropagation();
    this.commitChange();
  }

  private handleSearchInput(event: Event): void {
    event.stopPropagation();
    this.text = (event.target as HTMLInputElement).value;
    void this.runSearch(this.text);
  }

  private handleSearchChange(event: Event): void {
    event.stopPropagation();
  }

  private handleSearchBlur(): void {
    this.combobox.close();
  }

  private handleOptionPointerDown(event: Event): void {
    // Keeps focus in the search field, so that the click chooses before any blur.
    event.preventDefault();
  }

  private async handleManualClick(): Promise<void> {
    this.manual = true;
    this.combobox.close();
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLInputElement>('#line1')?.focus();
  }

  protected get validationAnchor(): HTMLElement | null {
    const missing = this.missingPart();
    const part = missing ?? (this.postalCodeInvalid ? 'postalCode' : 'line1');
    if (!this.manual && this.searchEnabled) return this.searchInput;
    return this.shadowRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  protected computeValidity(): ValidityResult {
    if (this.required && !this.hasAnyPart) {
      return { flags: { valueMissing: true }, message: { key: 'validity.valueMissing' } };
    }
    return { flags: {} };
  }

  /** Adds the element's own messages: a missing part of a started address, or a malformed postal code. */
  protected override updateValidity(): void {
    super.updateValidity();
    const barred = this.isDisabled || this.readonly;
    if (barred || this.internals.validity.customError || !this.internals.validity.valid) return;
    const anchor = this.validationAnchor ?? undefined;
    const missing = this.missingPart();
    if (missing) {
      const part = this.msg(addressInputMessages, PART_LABEL_KEYS[missing]);
      this.internals.setValidity({ valueMissing: true }, this.msg(addressInputMessages, 'address-input.missingPart', { part, label: this.label }), anchor);
    } else if (this.postalCodeInvalid) {
      this.internals.setValidity({ patternMismatch: true }, this.msg(addressInputMessages, 'address-input.postalCodeFormat', { label: this.label }), anchor);
    }
  }

  protected override formValue(): FormValue {
    if (!this.hasAnyPart || !this.name) return null;
    const data = new FormData();
    for (const part of Object.keys(PART_SUFFIXES) as PartName[]) {
      data.append(`${this.name}.${PART_SUFFIXES[part]}`, this.parts[part]);
    }
    return data;
  }

  protected override formState(): string {
    return JSON.stringify(this.parts);
  }

  private get hasAnyPart(): boolean {
    return Object.values(this.parts).some((part) => part.trim() !== '');
  }

  private get postalCodeInvalid(): boolean {
    const postalCode = this.parts.postalCode.replace(/\s+/g, '');
    return postalCode !== '' && !/^\d{5}$/.test(postalCode);
  }

  /** Returns the first mandatory part left empty, when the control is required or the address was started. */
  private missingPart(): PartName | null {
    if (!this.required && !this.hasAnyPart) return null;
    const mandatory: PartName[] = ['line1', 'postalCode', 'city'];
    return mandatory.find((part) => this.parts[part].trim() === '') ?? null;
  }

  private oneLine(parts: AddressParts): string {
    const place = [parts.postalCode, parts.city].filter(Boolean).join(' ');
    return [parts.line1, parts.complement, place].filter(Boolean).join(', ');
  }

  private currentAdapter(): AddressAdapter | null {
    if (this.adapter) return this.adapter;
    const endpoint = toText(this.endpoint).trim();
    if (!endpoint) return null;
    if (this.endpointAdapter?.endpoint !== endpoint) {
      this.endpointAdapter = { endpoint, adapter: createGeoplateformeAdapter({ baseUrl: endpoint }) };
    }
    return this.endpointAdapter.adapter;
  }

  private async runSearch(text: string): Promise<void> {
    const adapter = this.currentAdapter();
    if (!adapter || text.trim().length < 3) {
      this.latestSearch.cancel();
      this.combobox.clearOptions();
      this.status = 'idle';
      this.announcement = '';
      return;
    }

    const signal = this.latestSearch.start();
    this.status = 'loading';
    this.announcement = this.msg(addressInputMessages, 'address-input.loading');

    const outcome = await adapter.search(text, { limit: this.limit, signal });
    if (signal.aborted || outcome.status === 'aborted') return;

    if (outcome.status === 'error') {
      this.combobox.clearOptions();
      this.status = 'error';
      this.errorReason = outcome.reason;
      this.announcement = this.msg(addressInputMessages, ERROR_KEYS[outcome.reason] ?? 'address-input.errorHttp');
      return;
    }

    this.status = 'done';
    this.combobox.showResults(outcome.results, this.shadowRoot?.activeElement === this.searchInput);
    this.announcement = this.countMessage(outcome.results.length);
  }

  private choose(address: Address): void {
    this.latestSearch.cancel();
    this.parts = { line1: address.line1, complement: this.parts.complement, postalCode: address.postalCode, city: address.city };
    this.text = address.label;
    this.manual = true;
    this.combobox.close();
    this.status = 'idle';
    this.announcement = '';
    this.commitInput(this.oneLine(this.parts));
    this.commitChange();
  }

  /** Empties the search field after a second Escape. The parts keep their text. */
  private clearSearch(): void {
    this.text = '';
    this.latestSearch.cancel();
    this.status = 'idle';
    this.announcement = '';
  }

  private countMessage(count: number): string {
    if (count === 0) return this.msg(addressInputMessages, 'address-input.resultsNone');
    if (count === 1) return this.msg(addressInputMessages, 'address-input.resultsOne');
    return this.msg(addressInputMessages, 'address-input.resultsMany', { count });
  }

  private statusMessage(): string {
    if (this.status === 'loading') return this.msg(addressInputMessages, 'address-input.loading');
    if (this.status === 'error') return this.msg(addressInputMessages, ERROR_KEYS[this.errorReason || 'http']);
    if (this.status === 'done' && this.combobox.options.length === 0) return this.msg(addressInputMessages, 'address-input.resultsNone');
    return '';
  }

  private partAutocomplete(part: PartName): string {
    // Autofill tokens only when the page marks the address as the user's own (RGAA criterion 11.13).
    if (!this.autocomplete || this.autocomplete === 'off') return 'off';
    const section = this.autocomplete === 'on' ? '' : `${this.autocomplete} `;
    return `${section}${PART_AUTOCOMPLETE[part]}`;
  }

  private renderPart(part: PartName): TemplateResult {
    const invalid = this.displayedError !== '' && (this.missingPart() === part || (part === 'postalCode' && this.postalCodeInvalid));
    const mandatory = part !== 'complement';
    const hintId = part === 'complement' ? 'complement-hint' : '';
    const ids = [hintId, invalid ? 'error' : ''].filter(Boolean).join(' ');
    return html`<div class="part ${part === 'postalCode' ? 'postal-code' : ''}">
      <label for=${part}>${this.msg(addressInputMessages, PART_LABEL_KEYS[part])}</label>
      ${hintId ? html`<div class="hint" id=${hintId}>${this.msg(addressInputMessages, 'address-input.complementHint')}</div>` : nothing}
      <input
        part="input"
        class="control"
        id=${part}
        type="text"
        inputmode=${part === 'postalCode' ? 'numeric' : nothing}
        maxlength=${part === 'postalCode' ? '5' : nothing}
        .value=${live(this.parts[part])}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        autocomplete=${this.partAutocomplete(part)}
        aria-required=${this.required && mandatory ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${ids || nothing}
        @input=${(event: Event) => this.handlePartInput(part, event)}
        @change=${this.handlePartChange}
      />
    </div>`;
  }

  private renderSearch(): TemplateResult {
    const statusText = this.statusMessage();
    const ids = ['search-hint', statusText ? 'status' : ''].filter(Boolean).join(' ');
    return html`<div class="part">
        <label for="search">${this.msg(addressInputMessages, 'address-input.search')}</label>
        <div class="hint" id="search-hint">${this.msg(addressInputMessages, 'address-input.searchHint')}</div>
        <div class="combobox">
          <input
            part="input"
            class="control"
            id="search"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-controls="listbox"
            aria-expanded=${this.combobox.expanded ? 'true' : 'false'}
            aria-activedescendant=${this.combobox.activeDescendant || nothing}
            .value=${live(this.text)}
            ?disabled=${this.isDisabled}
            ?readonly=${this.readonly}
            autocomplete="off"
            spellcheck="false"
            aria-describedby=${ids}
            @input=${this.handleSearchInput}
            @change=${this.handleSearchChange}
            @keydown=${this.combobox.handleKeydown}
            @blur=${this.handleSearchBlur}
          />
          <ul part="listbox" class="listbox" role="listbox" id="listbox" aria-label=${this.msg(addressInputMessages, 'address-input.search')} ?hidden=${!this.combobox.expanded}>
            ${this.combobox.expanded
              ? this.combobox.options.map(
                  (address, index) => html`<li
                    part="option"
                    class="option"
                    role="option"
                    id="option-${index}"
                    aria-selected=${index === this.combobox.activeIndex ? 'true' : 'false'}
                    @mousedown=${this.handleOptionPointerDown}
                    @click=${() => this.choose(address)}
                  >
                    <span class="option-name">${address.line1}</span>
                    <span class="option-detail">${[address.postalCode, address.city].filter(Boolean).join(' ')}</span>
                  </li>`,
                )
              : nothing}
          </ul>
        </div>
        <div part="status" class="status" id="status" data-state=${this.status} ?hidden=${!statusText}>${statusText}</div>
        <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.announcement}</div>
      </div>
      ${this.manual
        ? nothing
        : html`<button part="manual-toggle" class="manual-toggle" type="button" ?disabled=${this.isDisabled} @click=${this.handleManualClick}>
            ${this.msg(addressInputMessages, 'address-input.manual')}
          </button>`}`;
  }

  override render() {
    const describedBy = this.describedBy();
    const groupDescribedBy = describedBy === nothing ? '' : describedBy;
    const showParts = this.manual || !this.searchEnabled;

    return html`<fieldset class="field" aria-describedby=${groupDescribedBy || nothing} ?disabled=${this.isDisabled}>
      ${this.renderLegend()} ${this.renderHint()} ${this.renderError()}
      <div class="parts">
        ${this.searchEnabled ? this.renderSearch() : nothing}
        ${showParts
          ? html`${this.renderPart('line1')} ${this.renderPart('complement')} ${this.renderPart('postalCode')}
            ${this.renderPart('city')}`
          : nothing}
      </div>
    </fieldset>`;
  }
}
