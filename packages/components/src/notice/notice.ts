import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nextTabbable, previousTabbable } from '../alert/focus-order.js';
import { warnOnce } from '../internal/dev.js';
import { safeUrl } from '../internal/safe-url.js';
import { toText } from '../internal/to-text.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { SocleElement } from '../internal/socle-element.js';
import { readItem, writeItem } from './local-storage.js';
import { noticeMessages } from './notice.messages.js';
import { noticeStyles } from './notice.styles.js';

export const NOTICE_SEVERITIES = ['info', 'warning', 'alert'] as const;

export type NoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

/** Prefix of the `localStorage` keys that remember dismissed notices: `socle-notice:<notice-id>`. */
export const NOTICE_STORAGE_PREFIX = 'socle-notice:';

/** Version of the stored record; a record of another version is ignored, so the notice shows again. */
const RECORD_VERSION = 1;

interface DismissalRecord {
  version: number;
  dismissedAt: string;
}

const ICON_PATHS: Record<NoticeSeverity, string> = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  warning: 'M12.9 3.5a1 1 0 0 0-1.8 0l-9 16A1 1 0 0 0 3 21h18a1 1 0 0 0 .9-1.5l-9-16ZM13 18h-2v-2h2v2Zm0-4h-2V9h2v5Z',
  alert: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z',
};

function isDismissedInStorage(noticeId: string): boolean {
  const stored = readItem(NOTICE_STORAGE_PREFIX + noticeId);
  if (stored === null) return false;
  try {
    const record = JSON.parse(stored) as Partial<DismissalRecord> | null;
    return record?.version === RECORD_VERSION;
  } catch {
    return false;
  }
}

/**
 * An important-information banner shown at the top of every page of a site,
 * such as a strike, an outage or a deadline. It is a region landmark named by
 * its title, so that screen reader users can find it. It is not a live
 * region, because it is part of the page from the start.
 *
 * With `dismissible`, a "Masquer le message" button hides it. With a
 * `notice-id`, the dismissal is stored in `localStorage` under
 * `socle-notice:<notice-id>`, so the notice stays hidden on later visits;
 * give a new `notice-id` when the message changes so that it shows again.
 * When storage is blocked or full, the dismissal lasts for the current page.
 *
 * @summary Site-wide important information banner (info, warning or alert), optionally dismissible and remembered.
 *
 * @slot - The message text.
 *
 * @csspart base - The banner, a region landmark.
 * @csspart icon - The severity icon.
 * @csspart title - The title.
 * @csspart text - The wrapper of the message text.
 * @csspart link - The "En savoir plus" link.
 * @csspart dismiss - The "Masquer le message" button.
 *
 * @cssprop --socle-notice-background - Background; defaults to the severity's status background.
 * @cssprop --socle-notice-text - Text colour; defaults to the severity's status text.
 * @cssprop --socle-notice-border - Colour of the bottom border; defaults to the severity's status border.
 *
 * @event socle-dismiss - Fired when the user presses "Masquer le message", before the notice hides; cancelable.
 */
export class SocleNotice extends SocleElement {
  static override styles = [baseStyles, focusRing, noticeStyles];

  /** Severity: `info` (default), `warning` or `alert`. */
  @property({ reflect: true }) severity: NoticeSeverity = 'info';

  /** Title of the message, shown in bold before the text. */
  @property() heading = '';

  /** URL of an optional link after the text. `javascript:` URLs are dropped. */
  @property({ attribute: 'link-href' }) linkHref = '';

  /** Text of the link; "En savoir plus" by default. */
  @property({ attribute: 'link-text' }) linkText = '';

  /** Shows a "Masquer le message" button. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Identifier under which a dismissal is remembered across pages and visits. */
  @property({ attribute: 'notice-id' }) noticeId = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('noticeId') && !changed.has('dismissible')) return;
    if (this.dismissible && this.noticeId && isDismissedInStorage(this.noticeId)) this.hidden = true;
  }

  private handleDismiss(): void {
    const dismiss = new CustomEvent('socle-dismiss', { bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(dismiss)) return;
    this.remember();
    this.hideAndMoveFocus();
  }

  /** Stores the dismissal; a storage failure leaves it for the current page only. */
  private remember(): void {
    if (!this.noticeId) {
      warnOnce(
        'notice-without-id',
        '<socle-notice dismissible> has no notice-id, so its dismissal is not remembered after this page. ' +
          'Add a notice-id that changes with the message.',
      );
      return;
    }
    const record: DismissalRecord = { version: RECORD_VERSION, dismissedAt: new Date().toISOString() };
    writeItem(NOTICE_STORAGE_PREFIX + this.noticeId, JSON.stringify(record));
  }

  /** Hides the notice; focus, which was on the button, moves to the next focusable element, else the previous one. */
  private hideAndMoveFocus(): void {
    const target = nextTabbable(this) ?? previousTabbable(this);
    this.hidden = true;
    target?.focus();
  }

  private renderLink() {
    const href = safeUrl(this.linkHref);
    if (!href) return nothing;
    return html` <a part="link" class="link" href=${href}>${this.linkText || this.msg(noticeMessages, 'notice.link')}</a>`;
  }

  override render() {
    const severity = this.enumValue('severity', this.severity, NOTICE_SEVERITIES, 'info');
    const hasHeading = toText(this.heading).trim() !== '';
    const severityLabel = this.msg(noticeMessages, `notice.severity.${severity}`);

    return html`<div
      part="base"
      class="notice ${severity}"
      role="region"
      aria-labelledby=${ifDefined(hasHeading ? 'title' : undefined)}
      aria-label=${ifDefined(hasHeading ? undefined : this.msg(noticeMessages, 'notice.label'))}
    >
      <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d=${ICON_PATHS[severity]}></path>
      </svg>
      <div class="content">
        ${hasHeading
          ? html`<span part="title" class="title" id="title"
              ><span class="visually-hidden">${severityLabel} </span>${this.heading}</span
            > `
          : html`<span class="visually-hidden">${severityLabel} </span>`}
        <span part="text" class="text"><slot></slot></span>${this.renderLink()}
      </div>
      ${this.dismissible
        ? html`<button part="dismiss" class="dismiss" type="button" @click=${this.handleDismiss}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="m12 10.6 4.95-4.95 1.4 1.4L13.4 12l4.95 4.95-1.4 1.4L12 13.4l-4.95 4.95-1.4-1.4L10.6 12 5.65 7.05l1.4-1.4L12 10.6Z"
              ></path>
            </svg>
            <span class="visually-hidden">${this.msg(noticeMessages, 'notice.dismiss')}</span>
          </button>`
        : nothing}
    </div>`;
  }
}
