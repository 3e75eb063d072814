import type { EtatCivilRequest, Evaluation, Locale, RuleSettings } from '@socle/etat-civil';
import type { CommuneAdapter } from '@socle/communes';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import type { SocleErrorSummary } from '../error-summary/error-summary.js';
import type { SocleSubmitDetail } from '../form/form.js';
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
import { renderActStep } from './act-step.js';
import { renderDeliveryStep } from './delivery-step.js';
import { DraftController, renderDraftNotice } from './draft-controller.js';
import { etatCivilRequestMessages as messages } from './etat-civil-request.messages.js';
import { etatCivilRequestStyles } from './etat-civil-request.styles.js';
import { renderPersonStep } from './person-step.js';
import { renderQualiteStep } from './qualite-step.js';
import { readControl, type EditedControl } from './read-control.js';
import type { RequestHost, StepView } from './request-host.js';
import { STEP_COUNT, emptyAnswers, evaluateAnswers, stepFields, toRequest, type Answers, type FieldKey, type ModelOptions } from './request-model.js';
import { answersFromValue, checkRequest, modelOptionsOf, offersExtraitPlurilingue, readErrors, todayOf } from './request-settings.js';
import { renderReviewStep } from './review-step.js';
import { StepNavigation } from './step-navigation.js';
import { submitDetail, submitNatively, type SubmitTarget } from './submission.js';

/** Detail of `socle-submit`: the fields of `socle-form`'s event plus the checked request. */
export interface EtatCivilSubmitDetail extends SocleSubmitDetail {
  /** The request, checked by `validateRequest` of `@socle/etat-civil`. */
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

const METHODS = ['post', 'get'] as const;

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

  /** Access to the private state for the step navigation and the draft, which never keep a copy of it. */
  private readonly requestHost: RequestHost = {
    step: () => this.step,
    setStep: (step) => {
      this.step = step;
    },
    answers: () => this.answers,
    fieldErrors: () => this.fieldErrors,
    setFieldErrors: (errors) => {
      this.fieldErrors = errors;
    },
    modelOptions: () => this.modelOptions(),
    label: (key, params) => this.label(key, params),
    root: () => this.renderRoot,
    heading: () => this.stepHeading,
    summary: () => this.summary,
    updateComplete: () => this.updateComplete,
    scheduleDraftSave: () => this.drafts.schedule(),
  };

  private readonly drafts = new DraftController(this.requestHost, () => this.draftKey);

  private readonly navigation = new StepNavigation(this.requestHost);

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

  /** Commune search used instead of the bundled data, such as `createMemorySource()` of `@socle/communes`. */
  @property({ attribute: false }) communeAdapter: CommuneAdapter | null = null;

  /** Key under which the answers are saved in `sessionStorage`; no draft is kept when empty. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** The request to start from, as a JSON string; a server sets it when it shows the form again. */
  @property() value = '';

  /** Errors reported by the server: a JSON array of `{ path, message }` in the attribute. */
  @property({ converter: { fromAttribute: readErrors } }) errors: RequestFieldError[] = [];

  /** Current date as `YYYY-MM-DD`; defaults to the browser's date. Set it for reproducible tests. */
  @property() today = '';

  /** Settings of the rules where the sources disagree, passed to `@socle/etat-civil` (`archiveYears`…). */
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
    this.drafts.flush();
    this.navigation.report.removeTitlePrefix();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.loadInitialAnswers();
    else if (changed.has('value') && this.value) this.answers = answersFromValue(this.value);
    if (changed.has('errors') && this.hasUpdated) this.navigation.showReviewErrors(this.errors);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const request = toRequest(this.answers, this.modelOptions());
    const json = JSON.stringify(request);
    this.internals.setFormValue(json);
    const complete = checkRequest(request, this, this.engineLocale).valid;
    if (complete) this.internals.setValidity({});
    else this.internals.setValidity({ customError: true }, this.msg(messages, 'ecr.error.incomplete'), this.stepHeading);
    this.navigation.focusAfterUpdate();
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

  /** Deletes the saved draft. Call it after the server has confirmed a request sent with `prevent-submit`. */
  clearDraft(): void {
    this.drafts.clear();
  }

  formResetCallback(): void {
    this.clearDraft();
    this.answers = emptyAnswers();
    this.fieldErrors = {};
    this.step = 1;
  }

  private get engineLocale(): Locale {
    return this.locale === 'en' ? 'en' : 'fr';
  }

  private get extraitPlurilingue(): boolean {
    return offersExtraitPlurilingue(this.rules);
  }

  private modelOptions(): ModelOptions {
    return modelOptionsOf(this, this.engineLocale);
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
    const draft = this.drafts.read();

    if (this.value) {
      this.answers = answersFromValue(this.value);
    } else if (draft) {
      const restored = this.drafts.restore(draft, hasServerErrors);
      if (restored) {
        this.answers = restored.answers;
        this.step = restored.step;
        this.notice = 'restored';
      }
    }
    if (hasServerErrors) this.navigation.showReviewErrors(this.errors);
  }

  private readonly handlePageHide = (): void => {
    this.drafts.flush();
  };

  private readonly handleClearDraft = async (): Promise<void> => {
    this.clearDraft();
    this.answers = emptyAnswers();
    this.fieldErrors = {};
    this.step = 1;
    this.notice = 'cleared';
    await this.updateComplete;
    this.noticeMessage?.focus();
  };

  /** Records the user's edits of any control: each control carries its answer key in `data-field`. */
  private handleEdit(event: Event): void {
    const control = event.target as EditedControl;
    const field = control.dataset?.['field'] as FieldKey | undefined;
    if (!field) return;
    this.answers = readControl(field, control, this.answers, this.extraitPlurilingue);
    if (this.fieldErrors[field] !== undefined) {
      const { [field]: _removed, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
    this.drafts.schedule();
    this.navigation.refreshReportedErrors();
  }

  /** Switches to a document the requester may obtain, then moves focus to the updated feedback. */
  private async switchDocument(document: string): Promise<void> {
    this.answers = { ...this.answers, document };
    this.drafts.schedule();
    this.navigation.refreshReportedErrors();
    await this.updateComplete;
    this.feedback?.focus();
  }

  /**
   * Sends the request after a last check with `validateRequest`: the same
   * check the server runs, so that the user sees its errors here first.
   */
  private async handleSubmit(): Promise<void> {
    const result = checkRequest(toRequest(this.answers, this.modelOptions()), this, this.engineLocale);
    if (!result.valid || !result.value) {
      await this.navigation.rejectRequest(result.errors);
      return;
    }
    this.navigation.report.clear();
    const json = JSON.stringify(result.value);
    this.internals.setFormValue(json);
    const target: SubmitTarget = { ownerForm: this.internals.form, ownForm: this.nativeForm, action: this.action, name: this.name, preventSubmit: this.preventSubmit };
    if (submitNatively(target, json, () => this.drafts.markSubmitted())) return;

    const detail = submitDetail(target, result.value, json);
    if (!detail) return;
    const proceed = this.dispatchEvent(new CustomEvent('socle-submit', { detail, bubbles: true, composed: true, cancelable: true }));
    if (proceed) this.clearDraft();
  }

  private label(key: string, params?: Record<string, string | number>): string {
    return this.msg(messages, key, params);
  }

  private stepView(options: ModelOptions, evaluation: Evaluation): StepView {
    return {
      answers: this.answers,
      fieldErrors: this.fieldErrors,
      options,
      evaluation,
      locale: this.locale,
      engineLocale: this.engineLocale,
      today: todayOf(this.today),
      extraitPlurilingue: this.extraitPlurilingue,
      communesBaseUrl: this.communesBaseUrl || this.dataset['baseUrl'] || '',
      communeAdapter: this.communeAdapter,
      headingLevel: this.headingLevel,
      label: (key, params) => this.label(key, params),
      switchDocument: (document) => void this.switchDocument(document),
    };
  }

  override render() {
    const options = this.modelOptions();
    const fields = stepFields(this.answers, options);
    const view = this.stepView(options, evaluateAnswers(this.answers, options));
    const titles = Array.from({ length: STEP_COUNT }, (_, index) => this.label(`ecr.step${index + 1}`));
    const method = this.enumValue('method', String(this.method).toLowerCase(), METHODS, 'post');
    const action = safeUrl(this.action);

    let content: TemplateResult;
    if (this.step === 1) content = renderActStep(view);
    else if (this.step === 2) content = renderQualiteStep(view);
    else if (this.step === 3) content = renderPersonStep(view, fields[2] ?? []);
    else if (this.step === 4) content = renderDeliveryStep(view, fields[3] ?? []);
    else content = renderReviewStep(view);

    return html`<div class="request" @click=${this.navigation.handleLinkClick}>
      <div class="status" role="status">${renderDraftNotice(this.notice, view.label, this.handleClearDraft)}</div>
      <div class="step-heading" tabindex="-1">
        <socle-stepper current-step=${this.step} heading-level=${this.headingLevel} .steps=${titles}></socle-stepper>
      </div>
      <socle-error-summary></socle-error-summary>
      <div class="step" @input=${this.handleEdit} @change=${this.handleEdit}>${content}</div>
      <div class="actions">
        ${this.step > 1 ? html`<socle-button variant="secondary" class="back" @click=${this.navigation.handleBack}>${this.label('ecr.back')}</socle-button>` : nothing}
        ${this.step < STEP_COUNT
          ? html`<socle-button class="next" @click=${this.navigation.handleNext}>${this.label('ecr.next')}</socle-button>`
          : html`<socle-button class="submit" @click=${this.handleSubmit}>${this.label('ecr.submit')}</socle-button>`}
      </div>
      <form class="native" hidden method=${method} action=${action ?? nothing}>
        <input type="hidden" name=${this.name} />
      </form>
    </div>`;
  }
}
