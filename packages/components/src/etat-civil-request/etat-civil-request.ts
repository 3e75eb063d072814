import { toText } from '../internal/to-text.js';
import {
  ACTS,
  DOCUMENTS,
  NATIONALITIES,
  QUALITES,
  labelOf,
  validateRequest,
  type CodeEntry,
  type EtatCivilRequest,
  type Evaluation,
  type Locale,
  type RuleSettings,
} from '@socle/etat-civil';
import type { Commune, CommuneAdapter } from '@socle/communes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { warnOnce } from '../internal/dev.js';
import type { ErrorSummaryItem, SocleErrorSummary } from '../error-summary/error-summary.js';
import type { SocleSubmitDetail } from '../form/form.js';
import type { SummaryListItem } from '../summary-list/summary-list.js';
import '../address-input/define.js';
import '../alert/define.js';
import '../button/define.js';
import '../checkbox/define.js';
import '../commune-input/define.js';
import '../date-input/define.js';
import '../error-summary/define.js';
import '../input/define.js';
import '../name-fields/define.js';
import '../radio-group/define.js';
import '../select/define.js';
import '../stepper/define.js';
import '../summary-list/define.js';
import { countryName, foreignCountries } from './countries.js';
import { EtatCivilDraftStore, type SavedDraft } from './draft-store.js';
import { etatCivilRequestMessages as messages } from './etat-civil-request.messages.js';
import { etatCivilRequestStyles } from './etat-civil-request.styles.js';
import {
  STEP_COUNT,
  answersFromDraft,
  documentsFor,
  eligibilityDates,
  evaluateAnswers,
  eventPlace,
  fieldOfPath,
  fromRequest,
  stepFields,
  stepOf,
  toRequest,
  emptyAnswers,
  type Answers,
  type FieldKey,
  type ModelOptions,
  type NameAnswer,
  type PlaceAnswer,
} from './request-model.js';

/** Detail of `socle-submit`: the fields of `socle-form`'s event plus the checked request. */
export interface EtatCivilSubmitDetail extends SocleSubmitDetail {
  /** The request, checked by `validateRequest` of @socle/etat-civil. */
  request: EtatCivilRequest;
  /** The request as the JSON string that is submitted under `name`. */
  json: string;
}

/** An error reported on a request field, as `validateRequest` returns it. */
export interface RequestFieldError {
  /** JSON pointer of the value, such as `/person/lastName`. */
  path: string;
  message: string;
}

/** A control rendered for one answer: a Socle form control, or a radio group. */
type AnswerControl = HTMLElement & {
  label?: string;
  checkValidity(): boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  updateComplete?: Promise<unknown>;
};

const METHODS = ['post', 'get'] as const;
const DRAFT_SAVE_DELAY_MS = 300;
const ACT_KEYS = ['naissance', 'mariage', 'deces', 'reconnaissance'];

function readErrors(value: string | null): RequestFieldError[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) {
      return parsed
        .filter((item): item is RequestFieldError => typeof item?.path === 'string' && typeof item?.message === 'string')
        .map(({ path, message }) => ({ path, message }));
    }
  } catch {
    // Reported below with the value.
  }
  warnOnce('invalid-attribute', `<socle-etat-civil-request> errors="${value}" is not a JSON array of { path, message } objects.`);
  return [];
}

function localToday(): string {
  const now = new Date();
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function nameText(name: NameAnswer): string {
  const given = name.givenNames.map((part) => part.trim()).filter(Boolean).join(', ');
  return [name.birthName.trim().toLocaleUpperCase('fr'), given].filter(Boolean).join(' ');
}

/**
 * A request for a copy or an extract of a French état-civil act, in five
 * steps: the act and the document, the requester's qualité, the person
 * concerned, the delivery of the paper copies, and a review of every answer
 * with a "Modifier" link each (RGAA criterion 11.12). The rules engine of
 * `@socle/etat-civil` decides which fields each kind of request needs, tells
 * the requester as soon as the qualité is chosen whether they may obtain the
 * document (décret n° 2017-890, art. 30 and following), offers the documents
 * they may obtain instead, and names the competent office.
 *
 * Each step is checked before the next one: the errors are listed in an
 * error summary that receives focus, and `document.title` starts with
 * "Erreur : " while they remain. On each step change, focus moves to the step
 * heading.
 *
 * The element is form-associated and submits the request as one JSON string
 * under `name` ("demande" by default), the schema `urn:socle:etat-civil:request:v1`.
 * Form controls inside a shadow root never belong to a form outside it, so
 * the JSON string is the only submitted field. Three ways to send it:
 * place the element in a page `<form>` (which may hold a CSRF token) and it
 * submits that form; or set `action` (and `method`) and it submits a form of
 * its own; or set `prevent-submit` and handle `socle-submit`, whose detail
 * carries the request. Without a form, `action` or `prevent-submit`, it fires
 * `socle-submit` only.
 *
 * A server that rejects the request re-renders the element with `value` (the
 * JSON it received) and `errors` (the `{ path, message }` array of
 * `validateRequest`): the element opens on the review step, with every answer
 * kept and the errors listed in the error summary and under their fields.
 *
 * With `commune`, the widget serves one commune's mairie: the place of the
 * event is fixed. With `draft-key`, the answers and the current step are kept
 * in `sessionStorage` while the user types and restored on reload or when
 * coming back to the page. The answers contain no password, payment data or
 * file, so every answer is kept.
 *
 * @summary État-civil request in five steps, with eligibility feedback and review.
 *
 * @csspart notice - The notice shown when a draft has been restored.
 *
 * @cssprop --socle-etat-civil-request-gap - Space between the blocks of a step.
 *
 * @event socle-submit - With `prevent-submit` (or without form and `action`), fired when the checked request is sent; cancelable; detail `{ formData, form, submitter, request, json }`.
 */
export class SocleEtatCivilRequest extends SocleElement {
  static override styles = [baseStyles, focusRing, etatCivilRequestStyles];

  static formAssociated = true;

  private readonly internals: ElementInternals;

  private draftLoaded = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private submittedAnswers: string | undefined;
  private titlePrefix = '';
  /** Whether the next update follows a step change and must move focus to the step heading. */
  private focusHeadingAfterUpdate = false;
  /** Field to focus once the next update has rendered it, after a "Modifier" link or an error link. */
  private focusFieldAfterUpdate: FieldKey | null = null;
  /** Whether the step's last check failed; the summary then follows the user's corrections. */
  private reportedErrors = false;

  @query('.step-heading') private stepHeading?: HTMLElement;
  @query('socle-error-summary') private summary?: SocleErrorSummary;
  @query('form.native') private nativeForm?: HTMLFormElement;
  @query('.feedback') private feedback?: HTMLElement;
  @query('.notice-message') private noticeMessage?: HTMLElement;

  @state() private answers: Answers = emptyAnswers();

  @state() private step = 1;

  /** Errors of the server or of the final check, by field; each is cleared when the user edits the field. */
  @state() private fieldErrors: Partial<Record<FieldKey, string>> = {};

  @state() private notice: 'none' | 'restored' | 'cleared' = 'none';

  /** Name under which the JSON request is submitted. */
  @property({ reflect: true }) name = 'demande';

  /** URL the element posts the request to with a form of its own, when it is not inside a page `<form>`. */
  @property() action = '';

  /** HTTP method of that form: `post` (default) or `get`. */
  @property() method: (typeof METHODS)[number] = 'post';

  /** Fires `socle-submit` instead of submitting natively. */
  @property({ type: Boolean, attribute: 'prevent-submit' }) preventSubmit = false;

  /** INSEE code of the only commune this service handles; the place of the event is then fixed. */
  @property() commune = '';

  /** Name of that commune, shown and sent with its code; defaults to the code. */
  @property({ attribute: 'commune-name' }) communeName = '';

  /** URL of the commune data folder given to the commune field; `data-base-url` works too. */
  @property({ attribute: 'communes-base-url' }) communesBaseUrl = '';

  /** Commune search used instead of the bundled data, such as `createMemorySource()` of @socle/communes. */
  @property({ attribute: false }) communeAdapter: CommuneAdapter | null = null;

  /** Key under which the answers are saved in `sessionStorage`; no draft is kept when empty. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** The request to start from, as a JSON string; a server sets it when it shows the form again. */
  @property() value = '';

  /** Errors reported by the server: a JSON array of `{ path, message }` in the attribute. */
  @property({ converter: { fromAttribute: readErrors } }) errors: RequestFieldError[] = [];

  /** Current date as `YYYY-MM-DD`; defaults to the browser's date. Set it for reproducible tests. */
  @property() today = '';

  /** Settings of the rules where the sources disagree, passed to @socle/etat-civil (`archiveYears`…). */
  @property({ attribute: false }) rules: RuleSettings = {};

  /** Shows the COMEDEC notice: the page states that the commune is connected to COMEDEC. */
  @property({ type: Boolean }) comedec = false;

  /** Level of the step heading, from 1 to 6; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '2';

  /**
   * The step shown, from 1 (the act) to 5 (the review). Setting it opens that
   * step without checking the steps before it; the final check before sending
   * still covers every answer.
   */
  @property({ type: Number, attribute: 'current-step' })
  get currentStep(): number {
    return this.step;
  }

  set currentStep(value: number) {
    const step = Math.round(Number(value));
    this.step = Number.isFinite(step) ? Math.min(Math.max(step, 1), STEP_COUNT) : 1;
  }

  constructor() {
    super();
    this.internals = this.attachInternals();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pagehide', this.handlePageHide);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pagehide', this.handlePageHide);
    this.flushDraft();
    this.removeTitlePrefix();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.loadInitialAnswers();
    else if (changed.has('value') && this.value) this.answers = this.answersFromValue();
    if (changed.has('errors') && this.hasUpdated) this.applyErrors(this.errors);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const request = toRequest(this.answers, this.modelOptions());
    const json = JSON.stringify(request);
    this.internals.setFormValue(json);
    const complete = this.checkRequest(request).valid;
    if (complete) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, this.msg(messages, 'ecr.error.incomplete'), this.stepHeading);

    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.stepHeading?.focus();
    }
    if (this.focusFieldAfterUpdate) {
      const field = this.focusFieldAfterUpdate;
      this.focusFieldAfterUpdate = null;
      void this.focusField(field);
    }
  }

  /** The form that owns the element, or null. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }


  /** The request built from the current answers; it may be incomplete. */
  get request(): Partial<EtatCivilRequest> {
    return toRequest(this.answers, this.modelOptions()) as Partial<EtatCivilRequest>;
  }

  /** Whether the request is complete and valid for `validateRequest`. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  private get engineLocale(): Locale {
    return this.locale === 'en' ? 'en' : 'fr';
  }

  private get todayDate(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday();
  }

  private modelOptions(): ModelOptions {
    const rules = typeof this.rules === 'object' && this.rules !== null ? this.rules : {};
    const lockedCode = toText(this.commune).trim();
    return {
      evaluate: { ...rules, today: this.todayDate, locale: this.engineLocale, comedecConnected: this.comedec },
      lockedCommune: lockedCode ? { inseeCode: lockedCode, name: toText(this.communeName).trim() || lockedCode } : null,
    };
  }

  private checkRequest(request: unknown) {
    const rules = typeof this.rules === 'object' && this.rules !== null ? this.rules : {};
    return validateRequest(request, { ...rules, today: this.todayDate, locale: this.engineLocale });
  }

  private answersFromValue(): Answers {
    try {
      return fromRequest(JSON.parse(this.value));
    } catch {
      warnOnce('invalid-attribute', `<socle-etat-civil-request> value is not a JSON request; starting empty.`);
      return emptyAnswers();
    }
  }

  /**
   * Starts from the server's `value` when given, otherwise from the draft.
   * A draft saved at a native submission is restored only when the user
   * comes back to the form (back button, reload, or server errors), as
   * `socle-form` does.
   */
  private loadInitialAnswers(): void {
    if (this.draftLoaded) return;
    this.draftLoaded = true;
    const hasServerErrors = Array.isArray(this.errors) && this.errors.length > 0;
    const draft = this.draftStore()?.read() ?? null;

    if (this.value) {
      this.answers = this.answersFromValue();
    } else if (draft) {
      if (draft.submitted && !hasServerErrors && !isReturnVisit()) {
        this.draftStore()?.remove();
      } else {
        this.answers = answersFromDraft(draft.answers);
        this.step = Math.min(Math.max(Math.round(Number(draft.step)) || 1, 1), STEP_COUNT);
        this.notice = 'restored';
      }
    }
    if (hasServerErrors) this.applyErrors(this.errors);
  }

  /** Shows errors of the server or of the final check: on the review step, in the summary and under their fields. */
  private applyErrors(errors: RequestFieldError[]): void {
    const fieldErrors: Partial<Record<FieldKey, string>> = {};
    for (const error of Array.isArray(errors) ? errors : []) {
      const field = fieldOfPath(error.path) ?? 'act';
      fieldErrors[field] ??= error.message;
    }
    this.fieldErrors = fieldErrors;
    if (Object.keys(fieldErrors).length === 0) return;
    this.step = STEP_COUNT;
    void this.updateComplete.then(() => this.showSummary(this.reviewErrorItems()));
  }

  private reviewErrorItems(): ErrorSummaryItem[] {
    const options = this.modelOptions();
    const order = stepFields(this.answers, options).flat();
    return (Object.entries(this.fieldErrors) as Array<[FieldKey, string]>)
      .sort(([first], [second]) => order.indexOf(first) - order.indexOf(second))
      .map(([field, message]) => ({ id: `field-${field}`, message }));
  }

  private draftStore(): EtatCivilDraftStore | null {
    if (!this.draftKey) return null;
    return new EtatCivilDraftStore(this.draftKey, (action, error) => {
      warnOnce('draft-storage', `<socle-etat-civil-request> draft-key="${this.draftKey}": could not ${action} the draft (${String(error)}); the form works without it.`);
    });
  }

  private scheduleDraftSave(): void {
    if (!this.draftKey || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveDraft();
    }, DRAFT_SAVE_DELAY_MS);
  }

  private flushDraft(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saveDraft();
  }

  private saveDraft(): void {
    const store = this.draftStore();
    if (!store) return;
    const serialized = JSON.stringify(this.answers);
    const draft: SavedDraft = { version: 1, step: this.step, submitted: serialized === this.submittedAnswers, answers: this.answers };
    store.write(draft);
  }

  /** Deletes the saved draft. Call it after the server has confirmed a request sent with `prevent-submit`. */
  clearDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.submittedAnswers = undefined;
    this.draftStore()?.remove();
  }

  private readonly handlePageHide = (): void => {
    this.flushDraft();
  };

  private async handleClearDraft(): Promise<void> {
    this.clearDraft();
    this.answers = emptyAnswers();
    this.fieldErrors = {};
    this.step = 1;
    this.notice = 'cleared';
    await this.updateComplete;
    this.noticeMessage?.focus();
  }

  /** Records the user's edits of any control: each control carries its answer key in `data-field`. */
  private handleEdit(event: Event): void {
    const control = event.target as HTMLElement & Record<string, unknown>;
    const field = control.dataset?.['field'] as FieldKey | undefined;
    if (!field) return;
    this.answers = this.readControl(field, control, this.answers);
    if (this.fieldErrors[field] !== undefined) {
      const { [field]: _removed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
    this.scheduleDraftSave();
    if (this.reportedErrors) void this.refreshSummary();
  }

  /** Returns the answers with the value of `control` stored under `field`. */
  private readControl(field: FieldKey, control: HTMLElement & Record<string, unknown>, answers: Answers): Answers {
    const next: Answers = { ...answers };
    const part = control.dataset['part'];
    const readName = (): NameAnswer => ({
      birthName: String(control['birthName'] ?? ''),
      givenNames: Array.isArray(control['givenNames']) ? [...(control['givenNames'] as string[])] : [''],
    });
    const updatePlace = (place: PlaceAnswer): PlaceAnswer => {
      if (part === 'kind') {
        const kind = control['value'] === 'commune' || control['value'] === 'abroad' ? (control['value'] as PlaceAnswer['kind']) : '';
        return { ...place, kind };
      }
      if (part === 'commune') {
        const commune = control['commune'] as Commune | null;
        return { ...place, inseeCode: commune?.code ?? '', name: commune?.name ?? '' };
      }
      if (part === 'country') return { ...place, country: String(control['value'] ?? '') };
      if (part === 'city') return { ...place, city: String(control['value'] ?? '') };
      return place;
    };

    switch (field) {
      case 'person':
      case 'spouse':
      case 'declarant':
      case 'requester':
        next[field] = readName();
        break;
      case 'parent0':
        next.parents = [readName(), answers.parents[1]];
        break;
      case 'parent1':
        next.parents = [answers.parents[0], readName()];
        break;
      case 'actPlace':
        next.actPlace = updatePlace(answers.actPlace);
        break;
      case 'birthPlace':
        next.birthPlace = updatePlace(answers.birthPlace);
        break;
      case 'delivery': {
        const address = control['address'] as Answers['delivery'] | undefined;
        if (address) next.delivery = { ...address };
        break;
      }
      case 'ofpraProtected':
      case 'multilingualStandardForm':
        next[field] = control['checked'] === true;
        break;
      case 'act':
        next.act = String(control['value'] ?? '');
        // A document that the new act is never issued as would be refused: pick the only one, or none.
        if (!documentsFor(next.act, this.extraitPlurilingue).includes(next.document)) {
          const documents = documentsFor(next.act, this.extraitPlurilingue);
          next.document = documents.length === 1 ? (documents[0] ?? '') : '';
        }
        break;
      default:
        next[field] = String(control['value'] ?? '');
    }
    return next;
  }

  private get extraitPlurilingue(): boolean {
    return this.rules?.extraitPlurilingue !== false;
  }

  /** Switches to a document the requester may obtain, then moves focus to the updated feedback. */
  private async switchDocument(document: string): Promise<void> {
    this.answers = { ...this.answers, document };
    this.scheduleDraftSave();
    if (this.reportedErrors) void this.refreshSummary();
    await this.updateComplete;
    this.feedback?.focus();
  }

  private currentControls(): AnswerControl[] {
    return Array.from(this.renderRoot.querySelectorAll<AnswerControl>('.step [data-field]')).filter(
      (control) => typeof control.checkValidity === 'function' && control.validity !== undefined,
    );
  }

  /**
   * Checks the current step: each control's own constraints, then the rules
   * that no single control checks (a refused document, a place outside the
   * locked commune). Returns the summary entries, empty when the step is valid.
   */
  private async stepErrors(display: boolean): Promise<ErrorSummaryItem[]> {
    const controls = this.currentControls();
    await Promise.all(controls.map((control) => control.updateComplete));
    const items: ErrorSummaryItem[] = [];
    for (const control of controls) {
      const field = control.dataset['field'] as FieldKey;
      if (control.validity.valid && this.fieldErrors[field] === undefined) continue;
      // A dispatched `invalid` event makes Socle controls display their message without a browser bubble.
      if (display) control.dispatchEvent(new Event('invalid', { cancelable: true }));
      const label = (control.label ?? '').replace(/\s+/g, ' ').trim();
      const message = control.validationMessage || this.fieldErrors[field] || '';
      const text = !label || message.includes(label) ? message : this.msg(messages, 'ecr.errorWithLabel', { label, message });
      items.push({ element: control, message: text });
    }

    if (this.step === 2 && items.length === 0) {
      const { eligibility } = evaluateAnswers(this.answers, this.modelOptions());
      if (eligibility.status === 'refused') {
        const qualite = this.renderRoot.querySelector<HTMLElement>('[data-field="qualite"]') ?? undefined;
        items.push({ element: qualite, message: this.msg(messages, 'ecr.error.refused', { message: eligibility.message }) });
      }
    }
    return items;
  }

  private async refreshSummary(): Promise<void> {
    await this.updateComplete;
    if (this.step === STEP_COUNT) {
      const items = this.reviewErrorItems();
      if (items.length === 0) this.clearSummary();
      else if (this.summary) this.summary.errors = items;
      return;
    }
    const items = await this.stepErrors(false);
    if (items.length === 0) this.clearSummary();
    else if (this.summary) this.summary.errors = items;
  }

  private async showSummary(items: ErrorSummaryItem[]): Promise<void> {
    this.reportedErrors = true;
    this.addTitlePrefix();
    await this.summary?.show(items);
  }

  private clearSummary(): void {
    this.reportedErrors = false;
    this.removeTitlePrefix();
    this.summary?.clear();
  }

  private addTitlePrefix(): void {
    const prefix = this.msg(messages, 'ecr.titlePrefix');
    if (this.titlePrefix && document.title.startsWith(this.titlePrefix.trim())) return;
    this.titlePrefix = prefix;
    if (!document.title.startsWith(prefix.trim())) document.title = prefix + document.title;
  }

  private removeTitlePrefix(): void {
    const added = this.titlePrefix.trim();
    if (added && document.title.startsWith(added)) document.title = document.title.slice(added.length).trimStart();
    this.titlePrefix = '';
  }

  private goToStep(step: number): void {
    this.step = Math.min(Math.max(step, 1), STEP_COUNT);
    this.focusHeadingAfterUpdate = true;
    this.scheduleDraftSave();
  }

  private async handleNext(): Promise<void> {
    const items = await this.stepErrors(true);
    if (items.length > 0) {
      await this.showSummary(items);
      return;
    }
    this.clearSummary();
    this.goToStep(this.step + 1);
  }

  private handleBack(): void {
    this.clearSummary();
    this.goToStep(this.step - 1);
  }

  /** Opens the step of `field` and focuses it: the "Modifier" links and the review's error links use it. */
  private openField(field: FieldKey): void {
    const step = stepOf(field, this.answers, this.modelOptions()) || 1;
    if (step !== STEP_COUNT) this.clearSummary();
    this.step = step;
    this.focusFieldAfterUpdate = field;
    this.scheduleDraftSave();
  }

  private async focusField(field: FieldKey): Promise<void> {
    const control = this.renderRoot.querySelector<AnswerControl>(`[data-field="${field}"]`);
    if (!control) {
      this.stepHeading?.focus();
      return;
    }
    await control.updateComplete;
    control.focus();
    control.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }

  /** Follows links to `#field-<key>` in the review step and in the error summary, which point to another step. */
  private handleLinkClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('#field-')) return;
    event.preventDefault();
    this.openField(href.slice('#field-'.length) as FieldKey);
  }

  /**
   * Sends the request after a last check with `validateRequest`: the same
   * check the server runs, so that the user sees its errors here first.
   */
  private async handleSubmit(): Promise<void> {
    const request = toRequest(this.answers, this.modelOptions());
    const result = this.checkRequest(request);
    if (!result.valid || !result.value) {
      this.applyErrors(result.errors);
      await this.updateComplete;
      await this.showSummary(this.reviewErrorItems());
      return;
    }
    this.clearSummary();
    const json = JSON.stringify(result.value);
    this.internals.setFormValue(json);
    const ownerForm = this.internals.form;

    if (ownerForm && !this.preventSubmit) {
      this.markSubmitted();
      ownerForm.requestSubmit();
      return;
    }
    const ownForm = this.nativeForm;
    if (this.action && ownForm && !this.preventSubmit) {
      const field = ownForm.elements.namedItem(this.name);
      if (field instanceof HTMLInputElement) field.value = json;
      this.markSubmitted();
      ownForm.requestSubmit();
      return;
    }

    const form = ownerForm ?? ownForm;
    if (!form) return;
    const formData = new FormData();
    formData.append(this.name, json);
    const detail: EtatCivilSubmitDetail = { formData, form, submitter: null, request: result.value, json };
    const proceed = this.dispatchEvent(new CustomEvent('socle-submit', { detail, bubbles: true, composed: true, cancelable: true }));
    if (proceed) this.clearDraft();
  }

  private markSubmitted(): void {
    this.submittedAnswers = JSON.stringify(this.answers);
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saveDraft();
  }

  formResetCallback(): void {
    this.clearDraft();
    this.answers = emptyAnswers();
    this.fieldErrors = {};
    this.step = 1;
  }

  private label(key: string, params?: Record<string, string | number>): string {
    return this.msg(messages, key, params);
  }

  private actKey(prefix: string): string {
    return `${prefix}.${ACT_KEYS.includes(this.answers.act) ? this.answers.act : 'default'}`;
  }

  private codeLabel<Code extends string>(list: readonly CodeEntry<Code>[], code: string): string {
    return labelOf(list, code, this.engineLocale) ?? code;
  }

  private renderRadios<Code extends string>(list: readonly CodeEntry<Code>[], codes?: readonly string[]): TemplateResult[] {
    const entries = codes ? list.filter((entry) => codes.includes(entry.code)) : list;
    return entries.map((entry) => html`<socle-radio value=${entry.code} label=${entry.label[this.engineLocale]}></socle-radio>`);
  }

  private renderNameFields(field: FieldKey, name: NameAnswer, label: string, options: { required: boolean; hint?: string }): TemplateResult {
    return html`<socle-name-fields
      id=${`field-${field}`}
      data-field=${field}
      label=${label}
      hint=${options.hint ?? nothing}
      ?required=${options.required}
      .birthName=${name.birthName}
      .givenNames=${name.givenNames}
      .error=${this.fieldErrors[field] ?? ''}
    ></socle-name-fields>`;
  }

  private renderDate(field: 'actDate' | 'birthDate' | 'deathDate', label: string, options: { required: boolean; hint?: string }): TemplateResult {
    return html`<socle-date-input
      id=${`field-${field}`}
      data-field=${field}
      label=${label}
      hint=${options.hint ?? nothing}
      ?required=${options.required}
      max=${this.todayDate}
      today=${this.todayDate}
      .value=${this.answers[field]}
      .error=${this.fieldErrors[field] ?? ''}
    ></socle-date-input>`;
  }

  /** Renders a place: the locked commune as text, or "En France" / "À l'étranger" with a commune or a country. */
  private renderPlace(field: 'actPlace' | 'birthPlace', legend: string, place: PlaceAnswer, locked: boolean): TemplateResult {
    const options = this.modelOptions();
    if (locked && options.lockedCommune) {
      return html`<div id=${`field-${field}`} tabindex="-1">
        <p class="fixed-place">${legend} : <strong>${options.lockedCommune.name}</strong></p>
        <p class="fixed-place">${this.label('ecr.placeLocked', { name: options.lockedCommune.name })}</p>
      </div>`;
    }
    const commune: Commune | null = place.inseeCode
      ? { kind: 'commune', code: place.inseeCode, name: place.name || place.inseeCode, postalCodes: [], departement: '', population: null }
      : null;
    const baseUrl = this.communesBaseUrl || this.dataset['baseUrl'] || '';
    return html`<socle-radio-group
        id=${`field-${field}`}
        data-field=${field}
        data-part="kind"
        label=${legend}
        required
        orientation="inline"
        .value=${place.kind}
        .error=${this.fieldErrors[field] ?? ''}
      >
        <socle-radio value="commune" label=${this.label('ecr.placeFrance')}></socle-radio>
        <socle-radio value="abroad" label=${this.label('ecr.placeAbroad')}></socle-radio>
      </socle-radio-group>
      ${place.kind === 'commune'
        ? html`<socle-commune-input
            data-field=${field}
            data-part="commune"
            label=${this.label('ecr.commune')}
            hint=${this.label('ecr.communeHint')}
            required
            base-url=${baseUrl || nothing}
            .adapter=${this.communeAdapter}
            .commune=${commune}
          ></socle-commune-input>`
        : nothing}
      ${place.kind === 'abroad'
        ? html`<socle-select data-field=${field} data-part="country" label=${this.label('ecr.country')} required placeholder="" .value=${place.country}>
              ${foreignCountries(this.locale).map(
                (country) => html`<option value=${country.code} ?selected=${country.code === place.country}>${country.name}</option>`,
              )}
            </socle-select>
            <socle-input
              data-field=${field}
              data-part="city"
              label=${`${this.label('ecr.city')} (${this.label('ecr.optional')})`}
              maxlength="100"
              .value=${place.city}
            ></socle-input>`
        : nothing}`;
  }

  private renderStep1(): TemplateResult {
    const documents = documentsFor(this.answers.act, this.extraitPlurilingue);
    return html`<socle-radio-group id="field-act" data-field="act" label=${this.label('ecr.act')} required .value=${this.answers.act} .error=${this.fieldErrors.act ?? ''}>
        ${this.renderRadios(ACTS)}
      </socle-radio-group>
      ${this.answers.act
        ? html`<socle-radio-group
            id="field-document"
            data-field="document"
            label=${this.label('ecr.document')}
            hint=${documents.length === 1 ? this.label('ecr.documentOnlyFull') : this.label('ecr.documentHint')}
            required
            .value=${this.answers.document}
            .error=${this.fieldErrors.document ?? ''}
          >
            ${this.renderRadios(DOCUMENTS, documents)}
          </socle-radio-group>`
        : nothing}`;
  }

  private renderEligibility(evaluation: Evaluation): TemplateResult | typeof nothing {
    const { eligibility } = evaluation;
    if (eligibility.status === 'allowed') {
      return html`<socle-alert severity="success" heading=${this.label('ecr.allowedHeading')}>
        <p class="alert-text">${this.label(`ecr.allowed.${eligibility.basis}`)}</p>
      </socle-alert>`;
    }
    if (eligibility.status === 'refused') {
      const alternatives = eligibility.alternatives;
      return html`<socle-alert severity="warning" heading=${this.label('ecr.refusedHeading')}>
        <p class="alert-text">${eligibility.message}</p>
        ${alternatives.length > 0
          ? html`<p class="alert-text">${this.label('ecr.alternativesIntro')}</p>
              <div class="alternatives">
                ${alternatives.map(
                  (document) =>
                    html`<socle-button variant="secondary" data-document=${document} @click=${() => this.switchDocument(document)}
                      >${this.label(`ecr.switch.${document}`)}</socle-button
                    >`,
                )}
              </div>`
          : html`<p class="alert-text">${this.label('ecr.noAlternative')}</p>`}
      </socle-alert>`;
    }
    return nothing;
  }

  private renderStep2(evaluation: Evaluation): TemplateResult {
    const options = this.modelOptions();
    const early = eligibilityDates(this.answers, options);
    const personAsks = this.answers.qualite === 'personne-concernee';
    const years = options.evaluate.archiveYearsAfterDeath ?? 25;
    return html`<socle-radio-group id="field-qualite" data-field="qualite" label=${this.label('ecr.qualite')} required .value=${this.answers.qualite} .error=${this.fieldErrors.qualite ?? ''}>
        ${this.renderRadios(QUALITES)}
      </socle-radio-group>
      ${early.includes('actDate')
        ? this.renderDate('actDate', this.label(this.actKey('ecr.date')), { required: true, hint: this.label(personAsks ? 'ecr.dateAgeHint' : 'ecr.dateArchiveHint') })
        : nothing}
      ${early.includes('birthDate') ? this.renderDate('birthDate', this.label('ecr.date.naissance'), { required: true, hint: this.label('ecr.dateAgeHint') }) : nothing}
      ${early.includes('deathDate')
        ? this.renderDate('deathDate', `${this.label('ecr.deathDate')} (${this.label('ecr.optional')})`, { required: false, hint: this.label('ecr.deathDateHint', { years }) })
        : nothing}
      <div class="feedback" tabindex="-1">${this.answers.qualite ? this.renderEligibility(evaluation) : nothing}</div>`;
  }

  private renderOffice(evaluation: Evaluation): TemplateResult | typeof nothing {
    const office = evaluation.office;
    if (!office) return nothing;
    const foreign = office.kind === 'consulat' || office.kind === 'ofpra';
    return html`<socle-alert severity=${foreign ? 'warning' : 'info'} heading=${this.label(foreign ? 'ecr.officeForeign' : 'ecr.officeHeading')}>
      <p class="alert-text">${office.name}</p>
      ${office.address ? html`<p class="alert-text">${office.address}</p>` : nothing}
      ${office.note ? html`<p class="alert-text">${office.note}</p>` : nothing}
      ${evaluation.notices.map((notice) => html`<p class="alert-text">${notice.message}</p>`)}
    </socle-alert>`;
  }

  private renderStep3(fields: FieldKey[], evaluation: Evaluation): TemplateResult {
    const answers = this.answers;
    const locked = this.modelOptions().lockedCommune !== null;
    const render = (field: FieldKey): TemplateResult | typeof nothing => {
      switch (field) {
        case 'person':
          return this.renderNameFields('person', answers.person, this.label(this.actKey('ecr.person')), { required: true });
        case 'actDate':
          return this.renderDate('actDate', this.label(this.actKey('ecr.date')), { required: true });
        case 'actPlace':
          return this.renderPlace('actPlace', this.label(this.actKey('ecr.place')), answers.actPlace, locked);
        case 'nationality':
          return html`<socle-radio-group
            id="field-nationality"
            data-field="nationality"
            label=${`${this.label('ecr.nationality')} (${this.label('ecr.optional')})`}
            hint=${this.label('ecr.nationalityHint')}
            orientation="inline"
            .value=${answers.nationality}
          >
            ${this.renderRadios(NATIONALITIES)}
          </socle-radio-group>`;
        case 'ofpraProtected':
          return html`<socle-checkbox id="field-ofpraProtected" data-field="ofpraProtected" label=${this.label('ecr.ofpra')} .checked=${answers.ofpraProtected}></socle-checkbox>`;
        case 'birthDate':
          return this.renderDate('birthDate', this.label('ecr.birthDate'), { required: true });
        case 'birthPlace':
          return this.renderPlace('birthPlace', this.label('ecr.birthPlace'), answers.birthPlace, false);
        case 'parent0':
          return this.renderNameFields('parent0', answers.parents[0], this.label('ecr.parent0'), { required: true, hint: this.label('ecr.parentsHint') });
        case 'parent1':
          return this.renderNameFields('parent1', answers.parents[1], `${this.label('ecr.parent1')} (${this.label('ecr.optional')})`, {
            required: false,
            hint: this.label('ecr.parent1Hint'),
          });
        case 'spouse':
          return this.renderNameFields('spouse', answers.spouse, `${this.label('ecr.spouse')} (${this.label('ecr.optional')})`, { required: false });
        case 'declarant':
          return this.renderNameFields('declarant', answers.declarant, this.label('ecr.declarant'), { required: true });
        default:
          return nothing;
      }
    };
    return html`${fields.map(render)} ${this.renderOffice(evaluation)}`;
  }

  private renderStep4(fields: FieldKey[]): TemplateResult {
    const answers = this.answers;
    return html`${fields.includes('requester') ? this.renderNameFields('requester', answers.requester, this.label('ecr.requester'), { required: true }) : nothing}
      <socle-address-input
        id="field-delivery"
        data-field="delivery"
        label=${this.label('ecr.delivery')}
        hint=${this.label('ecr.deliveryHint')}
        required
        .address=${answers.delivery}
        .error=${this.fieldErrors.delivery ?? ''}
      ></socle-address-input>
      <socle-select id="field-copies" data-field="copies" label=${this.label('ecr.copies')} required .value=${answers.copies} .error=${this.fieldErrors.copies ?? ''}>
        ${Array.from({ length: 10 }, (_, index) => String(index + 1)).map(
          (count) => html`<option value=${count} ?selected=${count === answers.copies}>${count}</option>`,
        )}
      </socle-select>
      <socle-input
        id="field-email"
        data-field="email"
        type="email"
        autocomplete="email"
        maxlength="254"
        label=${`${this.label('ecr.email')} (${this.label('ecr.optional')})`}
        hint=${this.label('ecr.emailHint')}
        .value=${answers.email}
        .error=${this.fieldErrors.email ?? ''}
      ></socle-input>
      <socle-checkbox
        id="field-multilingualStandardForm"
        data-field="multilingualStandardForm"
        label=${this.label('ecr.multilingual')}
        hint=${this.label('ecr.multilingualHint')}
        .checked=${answers.multilingualStandardForm}
      ></socle-checkbox>`;
  }

  private placeText(place: PlaceAnswer): string {
    if (place.kind === 'commune') return place.name || place.inseeCode;
    if (place.kind === 'abroad') return [place.city.trim(), place.country ? countryName(place.country, this.locale) : ''].filter(Boolean).join(', ');
    return '';
  }

  /** Lists every answer shown in steps 1 to 4, in their order, with a "Modifier" link to its field. */
  private reviewItems(evaluation: Evaluation): SummaryListItem[] {
    const answers = this.answers;
    const options = this.modelOptions();
    const fields = stepFields(answers, options).flat();
    const row = (field: FieldKey, key: string, value: string, editable = true): SummaryListItem =>
      editable ? { key, value, href: `#field-${field}` } : { key, value };
    const rows: SummaryListItem[] = [];
    for (const field of fields) {
      switch (field) {
        case 'act':
          rows.push(row(field, this.label('ecr.review.act'), this.codeLabel(ACTS, answers.act)));
          break;
        case 'document':
          rows.push(row(field, this.label('ecr.review.document'), this.codeLabel(DOCUMENTS, answers.document)));
          break;
        case 'qualite':
          rows.push(row(field, this.label('ecr.review.qualite'), this.codeLabel(QUALITES, answers.qualite)));
          break;
        case 'actDate':
          rows.push(row(field, this.label(this.actKey('ecr.date')), formatDate(answers.actDate, this.locale)));
          break;
        case 'deathDate':
          rows.push(row(field, this.label('ecr.deathDate'), formatDate(answers.deathDate, this.locale)));
          break;
        case 'birthDate':
          rows.push(row(field, this.label('ecr.birthDate'), formatDate(answers.birthDate, this.locale)));
          break;
        case 'person':
          rows.push(row(field, this.label(this.actKey('ecr.person')), nameText(answers.person)));
          break;
        case 'actPlace':
          rows.push(row(field, this.label(this.actKey('ecr.place')), this.placeText(eventPlace(answers, options)), options.lockedCommune === null));
          break;
        case 'birthPlace':
          rows.push(row(field, this.label('ecr.birthPlace'), this.placeText(answers.birthPlace)));
          break;
        case 'nationality':
          rows.push(row(field, this.label('ecr.review.nationality'), answers.nationality ? this.codeLabel(NATIONALITIES, answers.nationality) : ''));
          break;
        case 'ofpraProtected':
          rows.push(row(field, this.label('ecr.review.ofpra'), this.label(answers.ofpraProtected ? 'ecr.review.yes' : 'ecr.review.no')));
          break;
        case 'parent0':
          rows.push(row(field, this.label('ecr.parent0'), nameText(answers.parents[0])));
          break;
        case 'parent1':
          rows.push(row(field, this.label('ecr.parent1'), nameText(answers.parents[1])));
          break;
        case 'spouse':
          rows.push(row(field, this.label('ecr.spouse'), nameText(answers.spouse)));
          break;
        case 'declarant':
          rows.push(row(field, this.label('ecr.declarant'), nameText(answers.declarant)));
          break;
        case 'requester':
          rows.push(row(field, this.label('ecr.requester'), nameText(answers.requester)));
          break;
        case 'delivery': {
          const { line1, complement, postalCode, city } = answers.delivery;
          const value = [line1, complement, `${postalCode} ${city}`.trim()].map((part) => part.trim()).filter(Boolean).join('\n');
          rows.push(row(field, this.label('ecr.delivery'), value));
          break;
        }
        case 'copies':
          rows.push(row(field, this.label('ecr.copies'), answers.copies));
          break;
        case 'email':
          rows.push(row(field, this.label('ecr.email'), answers.email));
          break;
        case 'multilingualStandardForm':
          rows.push(row(field, this.label('ecr.multilingual'), this.label(answers.multilingualStandardForm ? 'ecr.review.yes' : 'ecr.review.no')));
          break;
      }
    }
    if (evaluation.office) {
      const office = [evaluation.office.name, evaluation.office.address ?? ''].filter(Boolean).join('\n');
      rows.push({ key: this.label('ecr.review.office'), value: office });
    }
    return rows;
  }

  private renderReview(evaluation: Evaluation): TemplateResult {
    const level = Math.min(Number(this.headingLevel) + 1 || 3, 6);
    return html`<p class="help">${this.label('ecr.review.help')}</p>
      <socle-summary-list heading=${this.label('ecr.review.heading')} heading-level=${level} .items=${this.reviewItems(evaluation)}></socle-summary-list>`;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (this.notice === 'restored') {
      return html`<div part="notice" class="notice">
        <p class="notice-message" tabindex="-1">${this.label('ecr.draftRestored')}</p>
        <button class="notice-button" type="button" @click=${this.handleClearDraft}>${this.label('ecr.draftClear')}</button>
      </div>`;
    }
    if (this.notice === 'cleared') {
      return html`<div part="notice" class="notice"><p class="notice-message" tabindex="-1">${this.label('ecr.draftCleared')}</p></div>`;
    }
    return nothing;
  }

  override render() {
    const options = this.modelOptions();
    const fields = stepFields(this.answers, options);
    const evaluation = evaluateAnswers(this.answers, options);
    const titles = Array.from({ length: STEP_COUNT }, (_, index) => this.label(`ecr.step${index + 1}`));
    const method = this.enumValue('method', String(this.method).toLowerCase(), METHODS, 'post');
    const action = safeUrl(this.action);

    let content: TemplateResult;
    if (this.step === 1) content = this.renderStep1();
    else if (this.step === 2) content = this.renderStep2(evaluation);
    else if (this.step === 3) content = this.renderStep3(fields[2] ?? [], evaluation);
    else if (this.step === 4) content = this.renderStep4(fields[3] ?? []);
    else content = this.renderReview(evaluation);

    return html`<div class="request" @click=${this.handleLinkClick}>
      <div class="status" role="status">${this.renderNotice()}</div>
      <div class="step-heading" tabindex="-1">
        <socle-stepper current-step=${this.step} heading-level=${this.headingLevel} .steps=${titles}></socle-stepper>
      </div>
      <socle-error-summary></socle-error-summary>
      <div class="step" @input=${this.handleEdit} @change=${this.handleEdit}>${content}</div>
      <div class="actions">
        ${this.step > 1 ? html`<socle-button variant="secondary" class="back" @click=${this.handleBack}>${this.label('ecr.back')}</socle-button>` : nothing}
        ${this.step < STEP_COUNT
          ? html`<socle-button class="next" @click=${this.handleNext}>${this.label('ecr.next')}</socle-button>`
          : html`<socle-button class="submit" @click=${this.handleSubmit}>${this.label('ecr.submit')}</socle-button>`}
      </div>
      <form class="native" hidden method=${method} action=${action ?? nothing}>
        <input type="hidden" name=${this.name} />
      </form>
    </div>`;
  }
}

/** Formats an ISO date as "12 mai 1990" in the element's language. */
function formatDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Whether the user came back to the page with the back button or reloaded it. */
function isReturnVisit(): boolean {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'back_forward' || navigation?.type === 'reload';
}
