import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from '../internal/dev.js';
import { EtatCivilDraftStore, type SavedDraft } from './draft-store.js';
import type { RequestHost, Translate } from './request-host.js';
import { STEP_COUNT, answersFromDraft, type Answers } from './request-model.js';

const DRAFT_SAVE_DELAY_MS = 300;

/** The notice above the steps: none, the draft was restored, or the user cleared it. */
export type DraftNotice = 'none' | 'restored' | 'cleared';

/**
 * Keeps the answers and the current step in `sessionStorage` under the
 * element's `draft-key`, and does nothing while the key is empty. A save
 * waits `DRAFT_SAVE_DELAY_MS` after the last change, so that typing writes
 * once per pause, and `flush()` writes a pending save at once.
 */
export class DraftController {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** The answers sent by the last native submission. The saved draft is marked as submitted while the answers are unchanged. */
  private submittedAnswers: string | undefined;

  constructor(
    private readonly host: Pick<RequestHost, 'answers' | 'step'>,
    private readonly key: () => string,
  ) {}

  /** Returns the saved draft, or null when there is none or it cannot be read. */
  read(): SavedDraft | null {
    return this.store()?.read() ?? null;
  }

  /**
   * Returns the answers and the step of `draft`. A draft saved at a native
   * submission is deleted instead, and null returned, unless the user came
   * back to the form or the server reported errors.
   */
  restore(draft: SavedDraft, hasServerErrors: boolean): { answers: Answers; step: number } | null {
    if (draft.submitted && !hasServerErrors && !isReturnVisit()) {
      this.store()?.remove();
      return null;
    }
    return { answers: answersFromDraft(draft.answers), step: Math.min(Math.max(Math.round(Number(draft.step)) || 1, 1), STEP_COUNT) };
  }

  /** Saves the draft once no change has come for `DRAFT_SAVE_DELAY_MS`. */
  schedule(): void {
    if (!this.key() || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.save();
    }, DRAFT_SAVE_DELAY_MS);
  }

  /** Writes a scheduled save now, before the page is hidden or the element removed. */
  flush(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.save();
  }

  /** Saves the draft now, marked as submitted, before a native submission leaves the page. */
  markSubmitted(): void {
    this.submittedAnswers = JSON.stringify(this.host.answers());
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.save();
  }

  /** Cancels a scheduled save and deletes the saved draft. */
  clear(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.submittedAnswers = undefined;
    this.store()?.remove();
  }

  private save(): void {
    const store = this.store();
    if (!store) return;
    const answers = this.host.answers();
    const serialized = JSON.stringify(answers);
    const draft: SavedDraft = { version: 1, step: this.host.step(), submitted: serialized === this.submittedAnswers, answers };
    store.write(draft);
  }

  private store(): EtatCivilDraftStore | null {
    const key = this.key();
    if (!key) return null;
    return new EtatCivilDraftStore(key, (action, error) => {
      warnOnce('draft-storage', `<socle-etat-civil-request> draft-key="${key}": could not ${action} the draft (${String(error)}); the form works without it.`);
    });
  }
}

/** Renders the notice that a draft was restored, with a button that clears it, or the notice that it was cleared. */
export function renderDraftNotice(notice: DraftNotice, label: Translate, onClear: () => void): TemplateResult | typeof nothing {
  if (notice === 'restored') {
    return html`<div part="notice" class="notice">
      <p class="notice-message" tabindex="-1">${label('ecr.draftRestored')}</p>
      <button class="notice-button" type="button" @click=${onClear}>${label('ecr.draftClear')}</button>
    </div>`;
  }
  if (notice === 'cleared') {
    return html`<div part="notice" class="notice"><p class="notice-message" tabindex="-1">${label('ecr.draftCleared')}</p></div>`;
  }
  return nothing;
}

/** Whether the user came back to the page with the back button or reloaded it. */
function isReturnVisit(): boolean {
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.type === 'back_forward' || navigation?.type === 'reload';
}
