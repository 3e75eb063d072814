import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import type { RequestHost } from './request-host.js';

/**
 * The errors of the last check as the user sees them: listed in the error
 * summary above the step, and marked by "Erreur : " at the start of
 * `document.title` while they remain.
 */
export class ErrorReport {
  private titlePrefix = '';

  private isReported = false;

  constructor(private readonly host: Pick<RequestHost, 'summary' | 'label'>) {}

  /** Whether the last check failed, in which case the summary follows the user's corrections. */
  get reported(): boolean {
    return this.isReported;
  }

  /** Lists `items` in the error summary, which receives focus, and prefixes the page title. */
  async show(items: ErrorSummaryItem[]): Promise<void> {
    this.isReported = true;
    this.addTitlePrefix();
    await this.host.summary()?.show(items);
  }

  /** Replaces the listed errors without moving focus, or clears the report when `items` is empty. */
  update(items: ErrorSummaryItem[]): void {
    const summary = this.host.summary();
    if (items.length === 0) this.clear();
    else if (summary) summary.errors = items;
  }

  /** Empties the error summary and restores the page title. */
  clear(): void {
    this.isReported = false;
    this.removeTitlePrefix();
    this.host.summary()?.clear();
  }

  /** Removes the prefix that this report added to the page title, if the title still starts with it. */
  removeTitlePrefix(): void {
    const added = this.titlePrefix.trim();
    if (added && document.title.startsWith(added)) document.title = document.title.slice(added.length).trimStart();
    this.titlePrefix = '';
  }

  private addTitlePrefix(): void {
    const prefix = this.host.label('ecr.titlePrefix');
    if (this.titlePrefix && document.title.startsWith(this.titlePrefix.trim())) return;
    this.titlePrefix = prefix;
    if (!document.title.startsWith(prefix.trim())) document.title = prefix + document.title;
  }
}
