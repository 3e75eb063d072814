import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { alertMessages } from './alert.messages.js';
import { alertStyles } from './alert.styles.js';
import { nextTabbable, previousTabbable } from './focus-order.js';
import { HEADING_LEVELS, renderHeading } from './heading.js';
import { isDefiningExisting } from './initial-upgrade.js';

export const ALERT_SEVERITIES = ['info', 'success', 'warning', 'error'] as const;

export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

const ICON_PATHS: Record<AlertSeverity, string> = {
  info: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-6h2v6Zm0-8h-2V7h2v2Z',
  success: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm-1.2 14.2-4.3-4.3 1.4-1.4 2.9 2.9 5.6-5.6 1.4 1.4-7 7Z',
  warning: 'M12.9 3.5a1 1 0 0 0-1.8 0l-9 16A1 1 0 0 0 3 21h18a1 1 0 0 0 .9-1.5l-9-16ZM13 18h-2v-2h2v2Zm0-4h-2V9h2v5Z',
  error: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 15h-2v-2h2v2Zm0-4h-2V7h2v6Z',
};

/**
 * A message about the page or the user's last action. An alert that is in
 * the page's HTML when the kit loads is silent, so that screen readers do not
 * read every message at page load. An alert inserted later, or whose content,
 * heading or severity changes, is announced. Info and success use the polite
 * `status` role, and warning and error the assertive `alert` role.
 *
 * An alert counts as present at load when the HTML parser creates it while
 * the document is loading, or when `@socle/components/alert` upgrades it in
 * place when registering `socle-alert`. A subclass registered with a plain
 * `customElements.define` treats every instance as inserted later.
 *
 * @summary Information, success, warning or error message, optionally dismissible.
 *
 * @slot - The message body.
 * @slot heading - A rich title, in place of the `heading` attribute.
 *
 * @csspart base - The outer box.
 * @csspart icon - The severity icon.
 * @csspart heading - The title element (`h2` to `h6`).
 * @csspart body - The wrapper of the message body.
 * @csspart dismiss - The close button.
 *
 * @cssprop --socle-alert-background - Background; defaults to the severity's status background.
 * @cssprop --socle-alert-border - Border colour; defaults to the severity's status border.
 * @cssprop --socle-alert-text - Text colour; defaults to the severity's status text.
 *
 * @event socle-dismiss - Fired when the close button is pressed, before the alert hides; cancelable.
 */
export class SocleAlert extends SocleElement {
  static override styles = [baseStyles, focusRing, alertStyles];

  /** True when the alert was part of the page's HTML at load, which keeps it silent until it changes. */
  private readonly presentAtLoad: boolean;

  private contentObserver?: MutationObserver;

  private revealFrame?: number;

  @state() private live: boolean;

  /** False for one frame after the alert becomes live, so the content enters an existing live region. */
  @state() private revealed = true;

  @state() private hasHeadingSlot = false;

  /** Severity: `info` (default), `success`, `warning` or `error`. */
  @property({ reflect: true }) severity: AlertSeverity = 'info';

  /** Title of the message; the `heading` slot replaces it. */
  @property() heading = '';

  /** Level of the title element, from 2 to 6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '3';

  /** Shows a close button that hides the alert. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Id of the element that receives focus after dismissal; by default the next focusable element. */
  @property({ attribute: 'return-focus' }) returnFocus = '';

  constructor() {
    super();
    this.presentAtLoad = isDefiningExisting() || document.readyState === 'loading';
    this.live = !this.presentAtLoad;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasHeadingSlot = this.querySelector(':scope > [slot="heading"]') !== null;
    this.contentObserver = new MutationObserver(() => this.announce());
    this.contentObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.live) this.announce();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.contentObserver?.disconnect();
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    this.revealFrame = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const visibleChange = ['severity', 'heading'].some(
      (name) => changed.has(name as keyof SocleAlert) && changed.get(name as keyof SocleAlert) !== undefined,
    );
    if (visibleChange) this.announce();
  }

  private handleHeadingSlotChange(event: Event): void {
    this.hasHeadingSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  private handleDismiss(): void {
    const dismiss = new CustomEvent('socle-dismiss', { bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(dismiss)) return;
    this.hide();
  }

  /**
   * Hides the alert as the close button does, without firing `socle-dismiss`.
   * When focus was inside the alert, it moves to the `return-focus` element,
   * else to the next focusable element after the alert, else to the previous one.
   */
  hide(): void {
    const active = this.shadowRoot?.activeElement ?? null;
    const focusWasInside = active !== null || this.contains(document.activeElement);
    const target = this.focusTargetAfterHide();
    this.hidden = true;
    if (focusWasInside || document.activeElement === document.body) target?.focus();
  }

  /**
   * Makes the alert live and re-inserts its content into the live region two
   * frames later. Screen readers announce content added to an existing live
   * region, but often skip a region that appears already filled.
   */
  private announce(): void {
    if (!this.isConnected) return;
    this.live = true;
    this.revealed = false;
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    this.revealFrame = requestAnimationFrame(() => {
      this.revealFrame = requestAnimationFrame(() => {
        this.revealFrame = undefined;
        this.revealed = true;
      });
    });
  }

  private focusTargetAfterHide(): HTMLElement | null {
    if (this.returnFocus) {
      const root = this.getRootNode() as Document | ShadowRoot;
      const target = root.getElementById(this.returnFocus);
      if (target instanceof HTMLElement) return target;
    }
    return nextTabbable(this) ?? previousTabbable(this);
  }

  private renderIcon(severity: AlertSeverity) {
    return html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d=${ICON_PATHS[severity]}></path>
    </svg>`;
  }

  override render() {
    const severity = this.enumValue('severity', this.severity, ALERT_SEVERITIES, 'info');
    const level = this.enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS, '3');
    const role = severity === 'info' || severity === 'success' ? 'status' : 'alert';
    const severityLabel = html`<span class="visually-hidden">${this.msg(alertMessages, `alert.severity.${severity}`)} </span>`;
    const hasHeading = this.heading !== '' || this.hasHeadingSlot;

    return html`<div part="base" class="alert ${severity}">
      ${this.renderIcon(severity)}
      <div
        class="message ${this.revealed ? '' : 'pending'}"
        role=${this.live ? role : nothing}
        aria-atomic=${this.live ? 'true' : nothing}
      >
        ${renderHeading(
          level,
          'heading',
          html`${hasHeading ? severityLabel : nothing}<slot name="heading" @slotchange=${this.handleHeadingSlotChange}
              >${this.heading}</slot
            >`,
          !hasHeading,
        )}
        <div part="body" class="body">${hasHeading ? nothing : severityLabel}<slot></slot></div>
      </div>
      ${this.dismissible
        ? html`<button part="dismiss" class="dismiss" type="button" @click=${this.handleDismiss}>
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="m12 10.6 4.95-4.95 1.4 1.4L13.4 12l4.95 4.95-1.4 1.4L12 13.4l-4.95 4.95-1.4-1.4L10.6 12 5.65 7.05l1.4-1.4L12 10.6Z"
              ></path>
            </svg>
            <span class="visually-hidden">${this.msg(alertMessages, 'alert.dismiss')}</span>
          </button>`
        : nothing}
    </div>`;
  }
}
