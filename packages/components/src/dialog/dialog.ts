import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { isTabbable } from '../alert/focus-order.js';
import { dialogMessages } from './dialog.messages.js';
import { dialogStyles } from './dialog.styles.js';
import { lockPageScroll, unlockPageScroll } from './scroll-lock.js';

/** Detail of `socle-close`. */
export interface DialogCloseDetail {
  returnValue: string;
}

/**
 * A modal dialog built on the native `<dialog>` opened with `showModal()`,
 * which makes the rest of the page inert (WAI-ARIA APG dialog pattern).
 * Opening moves focus to the content's `autofocus` element, else to the first
 * focusable element of the body then of the footer, else to the dialog
 * itself. Closing returns focus to the element that had it before. The page
 * does not scroll while the dialog is open.
 *
 * A click on a slotted element with a `data-socle-close` attribute closes the
 * dialog with that attribute's value as the return value, so that footer
 * buttons need no script.
 *
 * @summary Modal dialog with a title, a body and footer actions.
 *
 * @slot - The body.
 * @slot footer - The actions, such as confirm and cancel buttons.
 *
 * @csspart dialog - The native `<dialog>` element.
 * @csspart title - The heading that labels the dialog.
 * @csspart close - The close button.
 * @csspart body - The wrapper of the body.
 * @csspart footer - The wrapper of the footer.
 *
 * @cssprop --socle-dialog-width - Maximum width of the dialog.
 * @cssprop --socle-dialog-backdrop - Colour of the backdrop.
 *
 * @event socle-show - Fired after the dialog opened.
 * @event socle-cancel - Fired when the user asks to close with Escape, the close button or a backdrop click; cancelable to keep the dialog open.
 * @event socle-close - Fired after the dialog closed; `detail.returnValue` is the value given to `close()`, or an empty string.
 */
export class SocleDialog extends SocleElement {
  static override styles = [baseStyles, focusRing, dialogStyles];

  /** Element focused before the dialog opened, which gets focus back on close. */
  private previousFocus: HTMLElement | null = null;

  private scrollLocked = false;

  /** True from `showModal()` until the close clean-up ran, so that it runs once per opening. */
  private shown = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  @state() private hasFooter = false;

  /** Title of the dialog, shown as its heading and used as its accessible name. */
  @property() label = '';

  /** Shows the dialog; set by `show()` and cleared by `close()`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Makes the user choose a footer action: no close button, and Escape and backdrop clicks do nothing. */
  @property({ type: Boolean, attribute: 'requires-answer', reflect: true }) requiresAnswer = false;

  /** Value given to the last `close()` call, or an empty string. */
  returnValue = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.handleHostClick);
    this.hasFooter = this.querySelector(':scope > [slot="footer"]') !== null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.handleHostClick);
    if (this.dialog?.open) this.dialog.close();
    this.shown = false;
    this.releaseScroll();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) this.openModal();
    if (!this.open && this.dialog.open) {
      this.dialog.close(this.returnValue);
      this.afterClose();
    }
  }

  private readonly handleHostClick = (event: MouseEvent): void => {
    const closer = event
      .composedPath()
      .find((target): target is Element => target instanceof Element && target.hasAttribute('data-socle-close'));
    if (closer && this.contains(closer)) this.close(closer.getAttribute('data-socle-close') ?? '');
  };

  private handleFooterSlotChange(event: Event): void {
    this.hasFooter = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  /**
   * Handles Escape here rather than through the native `cancel` event,
   * because a `cancel` event that follows no user activation is not
   * cancelable in Chromium, so `socle-cancel` could not keep the dialog open.
   */
  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.requestClose();
  }

  /** Other close requests, such as a mobile back gesture, fire `cancel` on the native dialog. */
  private handleCancel(event: Event): void {
    event.preventDefault();
    this.requestClose();
  }

  /** Treats a click on the `<dialog>` element outside its border box as a click on the backdrop. */
  private handleDialogClick(event: MouseEvent): void {
    if (event.target !== this.dialog) return;
    const box = this.dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) this.requestClose();
  }

  /** Runs the clean-up when the native dialog closes by itself, for example when Chromium forces a close. */
  private handleNativeClose(): void {
    this.afterClose();
  }

  private afterClose(): void {
    if (!this.shown) return;
    this.shown = false;
    this.releaseScroll();
    this.open = false;
    const previous = this.previousFocus;
    this.previousFocus = null;
    if (previous?.isConnected) previous.focus();
    const detail: DialogCloseDetail = { returnValue: this.dialog.returnValue };
    this.dispatchEvent(new CustomEvent('socle-close', { bubbles: true, composed: true, detail }));
  }

  /** Fires `socle-cancel` and closes unless a listener canceled it or the dialog requires an answer. */
  private requestClose(): void {
    if (this.requiresAnswer) return;
    const cancel = new CustomEvent('socle-cancel', { bubbles: true, composed: true, cancelable: true });
    if (this.dispatchEvent(cancel)) this.close();
  }

  private openModal(): void {
    this.previousFocus = deepActiveElement();
    this.returnValue = '';
    this.dialog.returnValue = '';
    this.dialog.showModal();
    this.shown = true;
    if (!this.scrollLocked) {
      lockPageScroll();
      this.scrollLocked = true;
    }
    this.initialFocusTarget().focus();
    this.dispatchEvent(new CustomEvent('socle-show', { bubbles: true, composed: true }));
  }

  private releaseScroll(): void {
    if (!this.scrollLocked) return;
    unlockPageScroll();
    this.scrollLocked = false;
  }

  private initialFocusTarget(): HTMLElement {
    const autofocus = this.querySelector<HTMLElement>('[autofocus]');
    if (autofocus && isTabbable(autofocus)) return autofocus;
    for (const slot of this.renderRoot.querySelectorAll<HTMLSlotElement>('slot.content')) {
      for (const element of slot.assignedElements({ flatten: true })) {
        const candidates = [element, ...element.querySelectorAll('*')];
        const first = candidates.find(isTabbable);
        if (first) return first;
      }
    }
    return this.dialog;
  }

  /** Opens the dialog as a modal; resolves once it is open and focus has moved in. */
  async show(): Promise<void> {
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog; `socle-close` carries `returnValue`. Resolves once it is closed. */
  async close(returnValue = ''): Promise<void> {
    this.returnValue = returnValue;
    this.open = false;
    await this.updateComplete;
  }

  override render() {
    return html`<dialog
      part="dialog"
      class="dialog"
      aria-labelledby="title"
      tabindex="-1"
      @cancel=${this.handleCancel}
      @close=${this.handleNativeClose}
      @keydown=${this.handleKeydown}
      @click=${this.handleDialogClick}
    >
      <div class="header">
        <h2 id="title" part="title" class="title">${this.label}</h2>
        ${this.requiresAnswer
          ? nothing
          : html`<button part="close" class="close" type="button" @click=${this.requestClose}>
              <span>${this.msg(dialogMessages, 'dialog.close')}</span>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  fill="currentColor"
                  d="m12 10.6 4.95-4.95 1.4 1.4L13.4 12l4.95 4.95-1.4 1.4L12 13.4l-4.95 4.95-1.4-1.4L10.6 12 5.65 7.05l1.4-1.4L12 10.6Z"
                ></path>
              </svg>
            </button>`}
      </div>
      <div part="body" class="body"><slot class="content"></slot></div>
      <div part="footer" class="footer" ?hidden=${!this.hasFooter}>
        <slot class="content" name="footer" @slotchange=${this.handleFooterSlotChange}></slot>
      </div>
    </dialog>`;
  }
}

/** Returns the focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}
