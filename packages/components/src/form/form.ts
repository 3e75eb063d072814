import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { DEV, warnOnce } from '../internal/dev.js';
import type { MessageKey } from '../internal/i18n.js';
import { validityMessages } from '../internal/validity.messages.js';
import type { ErrorSummaryItem, SocleErrorSummary } from '../error-summary/error-summary.js';
import { formStyles } from './form.styles.js';
import { formMessages } from './form.messages.js';
import { applyEntry, DraftStore, keyedControls, readEntry, type Draft, type DraftArea, type DraftEntry } from './form-draft.js';
import {
  errorGroup,
  errorMessage,
  invalidControls,
  isNativeControl,
  labelText,
  validatableControls,
  type ValidatableControl,
} from './form-validation.js';

/** Detail of the `socle-submit` event. */
export interface SocleSubmitDetail {
  /** The submitted data, including the submitter's name and value. */
  formData: FormData;
  /** The native form. */
  form: HTMLFormElement;
  /** The button that submitted the form, or null for `requestSubmit()` without argument. */
  submitter: HTMLElement | null;
}

const DRAFT_AREAS = ['session', 'local'] as const;
const DRAFT_SAVE_DELAY_MS = 300;

/**
 * Wraps a native `<form>` placed in its light DOM and gives it accessible
 * validation. The form gets `novalidate`, and on submit every control is
 * checked: native controls and any form-associated custom element. When one
 * is invalid, the submission is cancelled and each control shows its error.
 * An error summary then lists each error in document order and receives
 * focus, and `document.title` starts with "Erreur : " until the errors are
 * fixed (WCAG 3.3.1, RGAA 11.10). After that first failed attempt the summary
 * follows the user's corrections. A valid form submits natively, or, with
 * `prevent-submit`, fires `socle-submit` for single-page applications.
 *
 * With `draft-key`, the answers are saved to `sessionStorage` while the user
 * types (at most every 300 ms, and when the page is hidden) and restored when
 * the page loads again, with a notice and a button that clears them.
 * Passwords, files, hidden inputs, payment-card and one-time-code fields, and
 * controls inside a `no-draft` element are never saved. After a native
 * submission the draft is kept, marked as submitted, and restored only if the
 * user comes back to the form (back button, reload, or the server answering
 * with the form and an error summary); a fresh visit discards it. With
 * `prevent-submit` the draft is deleted when `socle-submit` is not
 * cancelled: cancel it to keep the draft, and call `clearDraft()` once the
 * server has confirmed.
 *
 * Native controls only receive `aria-invalid="true"` and a summary entry;
 * showing their inline message is left to the page.
 *
 * @summary Form wrapper: validation on submit, error summary, drafts.
 *
 * @slot - The native `<form>`, and optionally a `socle-error-summary` placed by the page.
 *
 * @csspart notice - The draft notice above the form.
 * @csspart notice-button - The button that clears the restored answers.
 *
 * @cssprop --socle-form-notice-background - Background of the draft notice.
 * @cssprop --socle-form-notice-border - Border colour of the draft notice.
 *
 * @event socle-submit - With `prevent-submit`, fired when a valid form is submitted; cancelable; detail `{ formData, form, submitter }`.
 */
export class SocleForm extends SocleElement {
  static override styles = [baseStyles, focusRing, formStyles];

  private form: HTMLFormElement | null = null;
  private addedNoValidate = false;
  // Created only in browsers: server rendering has no MutationObserver.
  private readonly observer = isServer ? undefined : new MutationObserver(() => this.attachForm());

  /** Controls listed by the last failed submission; the summary follows them until they are all valid. */
  private reported = new Set<ValidatableControl>();
  /** Native controls given `aria-invalid` by this element, so that only those are reset. */
  private readonly markedInvalid = new Set<HTMLElement>();
  private titlePrefix = '';

  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingSubmit: SubmitEvent | undefined;
  /**
   * Serialized answers at the last native submission. A later save marks the
   * draft as submitted only while the answers are unchanged, because a
   * `change` event may still fire after the submission when the page unloads.
   */
  private submittedEntries: string | undefined;
  /** Draft keys already applied or skipped on this page, so that a later pass never overwrites a user edit. */
  private readonly restoredKeys = new Set<string>();
  private draftLoaded = false;

  @query('.notice-message') private noticeMessage?: HTMLElement;

  @state() private notice: 'none' | 'restored' | 'cleared' = 'none';

  /** Key under which the answers are saved as a draft; no draft is kept when empty. */
  @property({ attribute: 'draft-key' }) draftKey = '';

  /** Storage of the draft: `session` (default, this tab only) or `local` (kept across tabs and restarts). */
  @property({ attribute: 'draft-storage' }) draftStorage: DraftArea = 'session';

  /** Cancels the native submission of a valid form and fires `socle-submit` instead. */
  @property({ type: Boolean, attribute: 'prevent-submit' }) preventSubmit = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('submit', this.handleSubmitCapture, { capture: true });
    this.addEventListener('submit', this.handleSubmitBubble);
    this.addEventListener('input', this.handleEdit);
    this.addEventListener('change', this.handleEdit);
    this.addEventListener('reset', this.handleReset);
    window.addEventListener('pagehide', this.handlePageHide);
    this.observer?.observe(this, { childList: true, subtree: true });
    this.attachForm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.handleSubmitCapture, { capture: true });
    this.removeEventListener('submit', this.handleSubmitBubble);
    this.removeEventListener('input', this.handleEdit);
    this.removeEventListener('change', this.handleEdit);
    this.removeEventListener('reset', this.handleReset);
    window.removeEventListener('pagehide', this.handlePageHide);
    this.observer?.disconnect();
    this.settleSubmit();
    this.flushDraft();
    this.removeTitlePrefix();
    if (this.form && this.addedNoValidate) this.form.noValidate = false;
    this.form = null;
    this.addedNoValidate = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Resolving `draft-storage` here warns about an invalid value when it is
    // set, not only once a `draft-key` makes the form use it.
    if (changed.has('draftStorage')) this.enumValue('draft-storage', this.draftStorage, DRAFT_AREAS, 'session');
  }

  /** Finds the light-DOM form, turns off the browser's validation bubbles and restores the draft once. */
  private attachForm(): void {
    const form = this.querySelector('form');
    if (form === this.form) return;
    if (this.form && this.addedNoValidate) this.form.noValidate = false;

    this.form = form;
    this.addedNoValidate = false;
    if (!form) return;
    if (!form.noValidate) {
      form.noValidate = true;
      this.addedNoValidate = true;
    }
    if (!this.draftLoaded) {
      this.draftLoaded = true;
      this.restoreDraft();
    }
  }

  /**
   * Runs before the page's own `submit` listeners. An invalid form is
   * stopped here, as a native invalid form would never fire `submit`.
   */
  private readonly handleSubmitCapture = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form !== this.form) return;
    if (event.submitter?.hasAttribute('formnovalidate')) return;

    const invalid = invalidControls(form);
    if (invalid.length > 0) {
      event.preventDefault();
      event.stopImmediatePropagation();
      void this.showErrors(invalid);
      return;
    }

    this.clearErrors();
    if (!this.preventSubmit) return;

    event.preventDefault();
    const detail: SocleSubmitDetail = { formData: formDataOf(form, event.submitter), form, submitter: event.submitter };
    const proceed = this.dispatchEvent(
      new CustomEvent<SocleSubmitDetail>('socle-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (proceed) this.clearDraft();
  };

  /** Runs after the form's own listeners; whether the native submission goes ahead is known once dispatch ends. */
  private readonly handleSubmitBubble = (event: SubmitEvent): void => {
    if (event.target !== this.form || this.preventSubmit || event.defaultPrevented) return;
    this.pendingSubmit = event;
    setTimeout(() => this.settleSubmit(), 0);
  };

  private readonly handleEdit = (event: Event): void => {
    if (!this.form || !this.form.contains(event.target as Node)) return;
    this.scheduleDraftSave();
    if (this.reported.size === 0) return;

    // Socle controls recompute their validity in their own update cycle,
    // after the event, so wait for it before reading `validity`.
    const pending = (event.target as { updateComplete?: Promise<unknown> }).updateComplete;
    void Promise.resolve(pending).then(() => this.refreshErrors());
  };

  private readonly handleReset = (event: Event): void => {
    if (event.target !== this.form) return;
    this.clearDraft();
    this.clearErrors();
  };

  private readonly handlePageHide = (): void => {
    this.settleSubmit();
    this.flushDraft();
  };

  private async handleClearDraft(): Promise<void> {
    this.form?.reset();
    this.clearDraft();
    this.notice = 'cleared';
    await this.updateComplete;
    this.noticeMessage?.focus();
  }

  private settleSubmit(): void {
    const event = this.pendingSubmit;
    this.pendingSubmit = undefined;
    if (!event || event.defaultPrevented) return;
    this.submittedEntries = JSON.stringify(this.draftEntries());
    this.saveDraft();
  }

  /** Lists the invalid controls in the summary, marks native ones, prefixes the title and focuses the summary. */
  private async showErrors(invalid: ValidatableControl[]): Promise<void> {
    this.reported = new Set(invalid);
    this.markNativeControls(invalid);
    this.addTitlePrefix();
    await this.summary().show(this.summaryItems(invalid));
  }

  private refreshErrors(): void {
    if (!this.form || this.reported.size === 0) return;
    const invalid = validatableControls(this.form).filter((control) => this.reported.has(control) && !control.validity.valid);
    if (invalid.length === 0) {
      this.clearErrors();
      return;
    }
    this.markNativeControls(invalid);
    this.summary().errors = this.summaryItems(invalid);
  }

  private clearErrors(): void {
    this.reported.clear();
    this.markNativeControls([]);
    this.removeTitlePrefix();
    this.querySelector('socle-error-summary')?.clear?.();
  }

  private summaryItems(invalid: ValidatableControl[]): ErrorSummaryItem[] {
    const translate = (key: MessageKey, params: Record<string, string | number>) => this.msg(validityMessages, key, params);
    return invalid.map((control) => {
      const label = labelText(control);
      const message = errorMessage(control, label, translate);
      const text = !label || message.includes(label) ? message : this.msg(formMessages, 'form.errorWithLabel', { label, message });
      return control.id ? { id: control.id, element: control, message: text } : { element: control, message: text };
    });
  }

  /** Returns the page's error summary inside this element, or creates one before the form. */
  private summary(): SocleErrorSummary {
    const existing = this.querySelector('socle-error-summary');
    if (existing) return existing;
    const created = document.createElement('socle-error-summary');
    this.prepend(created);
    return created;
  }

  private markNativeControls(invalid: ValidatableControl[]): void {
    const nowInvalid = new Set(invalid.filter(isNativeControl).flatMap(errorGroup));
    for (const control of this.markedInvalid) {
      if (nowInvalid.has(control)) continue;
      control.removeAttribute('aria-invalid');
      this.markedInvalid.delete(control);
    }
    for (const control of nowInvalid) {
      if (control.getAttribute('aria-invalid') === 'true') continue;
      control.setAttribute('aria-invalid', 'true');
      this.markedInvalid.add(control);
    }
  }

  private addTitlePrefix(): void {
    const prefix = this.msg(formMessages, 'form.titlePrefix');
    if (this.titlePrefix === prefix && document.title.startsWith(prefix.trim())) return;
    this.removeTitlePrefix();
    this.titlePrefix = prefix;
    if (!document.title.startsWith(prefix.trim())) document.title = prefix + document.title;
  }

  private removeTitlePrefix(): void {
    // document.title collapses and trims white space, so an empty title
    // reads back as the prefix without its trailing space.
    const added = this.titlePrefix.trim();
    if (added && document.title.startsWith(added)) {
      document.title = document.title.slice(added.length).trimStart();
    }
    this.titlePrefix = '';
  }

  private draftStore(): DraftStore | null {
    if (!this.draftKey) return null;
    const area = this.enumValue('draft-storage', this.draftStorage, DRAFT_AREAS, 'session');
    return new DraftStore(this.draftKey, area, (action, error) => {
      if (DEV) warnOnce('draft-storage', `<socle-form> draft-key="${this.draftKey}": could not ${action} the draft (${String(error)}); the form works without it.`);
    });
  }

  private scheduleDraftSave(): void {
    if (!this.draftKey || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveDraft();
    }, DRAFT_SAVE_DELAY_MS);
  }

  /** Saves now if a throttled save is waiting. */
  private flushDraft(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.saveDraft();
  }

  private saveDraft(): void {
    const store = this.draftStore();
    if (!store || !this.form) return;
    const entries = this.draftEntries();
    const submitted = this.submittedEntries === JSON.stringify(entries);
    const draft: Draft = { version: 1, savedAt: Date.now(), submitted, entries };
    store.write(draft);
  }

  private draftEntries(): Record<string, DraftEntry> {
    const entries: Record<string, DraftEntry> = {};
    if (!this.form) return entries;
    for (const [key, control] of keyedControls(this.form)) {
      const entry = readEntry(control);
      if (entry) entries[key] = entry;
    }
    return entries;
  }

  private restoreDraft(): void {
    const store = this.draftStore();
    if (!store) return;
    const draft = store.read();
    if (!draft) return;
    if (draft.submitted && !this.isReturnToSubmittedForm()) {
      store.remove();
      return;
    }
    this.applyDraft(draft);
    if (draft.submitted) this.submittedEntries = JSON.stringify(this.draftEntries());

    // Controls whose element is not defined yet are not form-associated yet;
    // apply their part of the draft once they are.
    const pendingNames = new Set(Array.from(this.querySelectorAll(':not(:defined)'), (element) => element.localName));
    for (const name of pendingNames) {
      void customElements.whenDefined(name).then(() => this.applyDraft(draft));
    }
  }

  private applyDraft(draft: Draft): void {
    if (!this.form) return;
    let changed = false;
    for (const [key, control] of keyedControls(this.form)) {
      if (this.restoredKeys.has(key)) continue;
      this.restoredKeys.add(key);
      const entry = draft.entries[key];
      if (entry && applyEntry(control, entry)) changed = true;
    }
    if (changed) this.notice = 'restored';
  }

  /**
   * Whether a draft saved at submission time belongs to this visit: the user
   * came back with the back button or reloaded, or the server responded with
   * the form again and an error summary or a field in error.
   */
  private isReturnToSubmittedForm(): boolean {
    const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (navigation?.type === 'back_forward' || navigation?.type === 'reload') return true;
    const serverSummary = this.querySelector('socle-error-summary');
    if (serverSummary && serverSummary.childElementCount > 0) return true;
    return this.querySelector('[aria-invalid="true"], [error]:not([error=""])') !== null;
  }

  /** Deletes the saved draft. Call it once the server has confirmed a submission made with `prevent-submit`. */
  clearDraft(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.pendingSubmit = undefined;
    this.submittedEntries = undefined;
    this.draftStore()?.remove();
  }

  /**
   * Validates the form as a submission would, without submitting: shows the
   * errors and focuses the summary when a control is invalid. Returns whether
   * the form is valid.
   */
  async validate(): Promise<boolean> {
    if (!this.form) return true;
    const invalid = invalidControls(this.form);
    if (invalid.length === 0) {
      this.clearErrors();
      return true;
    }
    await this.showErrors(invalid);
    return false;
  }

  override render() {
    const notice =
      this.notice === 'restored'
        ? html`<div part="notice" class="notice">
            <p class="notice-message" tabindex="-1">${this.msg(formMessages, 'form.draftRestored')}</p>
            <button part="notice-button" class="notice-button" type="button" @click=${this.handleClearDraft}>
              ${this.msg(formMessages, 'form.draftClear')}
            </button>
          </div>`
        : this.notice === 'cleared'
          ? html`<div part="notice" class="notice">
              <p class="notice-message" tabindex="-1">${this.msg(formMessages, 'form.draftCleared')}</p>
            </div>`
          : nothing;

    // The status region stays rendered so that assistive technologies
    // announce the notice when it appears (RGAA 7.5).
    return html`<div class="status" role="status">${notice}</div>
      <slot></slot>`;
  }
}

function formDataOf(form: HTMLFormElement, submitter: HTMLElement | null): FormData {
  try {
    return new FormData(form, submitter);
  } catch {
    // FormData rejects a submitter that is not a submit button of this form.
    return new FormData(form);
  }
}
