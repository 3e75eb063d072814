import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import { ErrorReport } from './error-report.js';
import type { FieldErrors, RequestHost } from './request-host.js';
import { STEP_COUNT, fieldOfPath, stepOf, type FieldKey } from './request-model.js';
import { reviewErrorItems } from './review-step.js';
import { checkStep } from './step-check.js';

/** An error on a request field, as `validateRequest` of `@socle/etat-civil` returns it. */
interface PathError {
  path: string;
  message: string;
}

/**
 * Moves between the steps and manages focus: "Suivant" checks the step
 * before opening the next one, "Précédent" goes back without checking, and
 * the review's "Modifier" links and the error links open the step of their
 * field. After a step change focus moves to the step heading, and after a
 * link to the field itself.
 */
export class StepNavigation {
  readonly report: ErrorReport;

  /** Whether the next update follows a step change and must move focus to the step heading. */
  private focusHeadingAfterUpdate = false;

  /** Field to focus once the next update has rendered it, after a "Modifier" link or an error link. */
  private focusFieldAfterUpdate: FieldKey | null = null;

  constructor(private readonly host: RequestHost) {
    this.report = new ErrorReport(host);
  }

  /** Opens the next step when the current one is valid, otherwise lists its errors. */
  readonly handleNext = async (): Promise<void> => {
    const items = await checkStep(this.host, true);
    if (items.length > 0) {
      await this.report.show(items);
      return;
    }
    this.report.clear();
    this.goToStep(this.host.step() + 1);
  };

  readonly handleBack = (): void => {
    this.report.clear();
    this.goToStep(this.host.step() - 1);
  };

  /** Follows links to `#field-<key>` in the review step and in the error summary, which point to another step. */
  readonly handleLinkClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = link?.getAttribute('href') ?? '';
    if (!href.startsWith('#field-')) return;
    event.preventDefault();
    this.openField(href.slice('#field-'.length) as FieldKey);
  };

  /** Moves focus where the last step change or link requested. The element calls it once the step is rendered. */
  focusAfterUpdate(): void {
    if (this.focusHeadingAfterUpdate) {
      this.focusHeadingAfterUpdate = false;
      this.host.heading()?.focus();
    }
    if (this.focusFieldAfterUpdate) {
      const field = this.focusFieldAfterUpdate;
      this.focusFieldAfterUpdate = null;
      void this.focusField(field);
    }
  }

  /** Updates the listed errors after an edit when the last check failed, so that the summary follows the user's corrections. */
  refreshReportedErrors(): void {
    if (this.report.reported) void this.refreshErrors();
  }

  /** Shows errors of the server or of the final check: on the review step, in the summary and under their fields. */
  showReviewErrors(errors: readonly PathError[]): void {
    const fieldErrors: FieldErrors = {};
    for (const error of Array.isArray(errors) ? errors : []) {
      const field = fieldOfPath(error.path) ?? 'act';
      fieldErrors[field] ??= error.message;
    }
    this.host.setFieldErrors(fieldErrors);
    if (Object.keys(fieldErrors).length === 0) return;
    this.host.setStep(STEP_COUNT);
    void this.host.updateComplete().then(() => this.report.show(this.reviewErrors()));
  }

  /** Shows the errors of the final check before sending, and moves focus to the error summary. */
  async rejectRequest(errors: readonly PathError[]): Promise<void> {
    this.showReviewErrors(errors);
    await this.host.updateComplete();
    await this.report.show(this.reviewErrors());
  }

  private goToStep(step: number): void {
    this.host.setStep(Math.min(Math.max(step, 1), STEP_COUNT));
    this.focusHeadingAfterUpdate = true;
    this.host.scheduleDraftSave();
  }

  /** Opens the step of `field` and focuses it: the "Modifier" links and the review's error links use it. */
  private openField(field: FieldKey): void {
    const step = stepOf(field, this.host.answers(), this.host.modelOptions()) || 1;
    if (step !== STEP_COUNT) this.report.clear();
    this.host.setStep(step);
    this.focusFieldAfterUpdate = field;
    this.host.scheduleDraftSave();
  }

  private async focusField(field: FieldKey): Promise<void> {
    const control = this.host.root().querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`[data-field="${field}"]`);
    if (!control) {
      this.host.heading()?.focus();
      return;
    }
    await control.updateComplete;
    control.focus();
    control.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }

  private async refreshErrors(): Promise<void> {
    await this.host.updateComplete();
    const items = this.host.step() === STEP_COUNT ? this.reviewErrors() : await checkStep(this.host, false);
    this.report.update(items);
  }

  private reviewErrors(): ErrorSummaryItem[] {
    return reviewErrorItems(this.host.fieldErrors(), this.host.answers(), this.host.modelOptions());
  }
}
