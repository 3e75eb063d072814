import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { warnOnce } from '../internal/dev.js';
import { tagMessages } from './tag.messages.js';
import { tagStyles } from './tag.styles.js';

export const TAG_SIZES = ['sm', 'md'] as const;

export type TagSize = (typeof TAG_SIZES)[number];

/**
 * A short label: static, selectable (a toggle button with `aria-pressed`) or
 * dismissible (with a remove button). A dismissible tag does not remove
 * itself: the page removes it on `socle-dismiss`, and focus then moves to the
 * next sibling tag, else the previous one.
 *
 * @summary Label, filter toggle or removable choice.
 *
 * @slot - The tag's text.
 *
 * @csspart base - The tag box, a `<button>` when selectable.
 * @csspart remove - The remove button of a dismissible tag.
 *
 * @cssprop --socle-tag-background - Background.
 * @cssprop --socle-tag-text - Text colour.
 * @cssprop --socle-tag-selected-background - Background of a selected tag.
 *
 * @event socle-toggle - Fired when the user selects or deselects a selectable tag; `detail.selected` is the new state.
 * @event socle-dismiss - Fired when the user presses the remove button; cancelable.
 */
export class SocleTag extends SocleElement {
  static override styles = [baseStyles, focusRing, tagStyles];

  /** Neighbour that gets focus when the page removes this tag after `socle-dismiss`. */
  private focusAfterRemoval: HTMLElement | null = null;

  @query('button') private button?: HTMLButtonElement;

  /** Size: `sm` or `md` (default). */
  @property({ reflect: true }) size: TagSize = 'md';

  /** Makes the tag a toggle button. */
  @property({ type: Boolean, reflect: true }) selectable = false;

  /** State of a selectable tag. */
  @property({ type: Boolean, reflect: true }) selected = false;

  /** Adds a remove button; takes precedence over `selectable`. */
  @property({ type: Boolean, reflect: true }) dismissible = false;

  /** Text used in the remove button's name; defaults to the tag's text. */
  @property() label = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const target = this.focusAfterRemoval;
    this.focusAfterRemoval = null;
    // Focus moves only when the page removes the tag after an uncanceled socle-dismiss.
    if (target?.isConnected) target.focus();
  }

  private handleToggle(): void {
    this.selected = !this.selected;
    this.dispatchEvent(
      new CustomEvent('socle-toggle', { bubbles: true, composed: true, detail: { selected: this.selected } }),
    );
  }

  private handleRemove(): void {
    const dismiss = new CustomEvent('socle-dismiss', { bubbles: true, composed: true, cancelable: true });
    this.focusAfterRemoval = this.neighbourTag();
    if (!this.dispatchEvent(dismiss)) this.focusAfterRemoval = null;
  }

  private neighbourTag(): HTMLElement | null {
    const isTag = (element: Element | null): element is SocleTag =>
      element instanceof SocleTag && (element.dismissible || element.selectable);
    let next = this.nextElementSibling;
    while (next && !isTag(next)) next = next.nextElementSibling;
    if (next) return next as SocleTag;
    let previous = this.previousElementSibling;
    while (previous && !isTag(previous)) previous = previous.previousElementSibling;
    return previous as SocleTag | null;
  }

  /** Moves focus to the toggle button or the remove button; a static tag is not focusable. */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  override render() {
    const size = this.enumValue('size', this.size, TAG_SIZES, 'md');

    if (this.dismissible) {
      if (this.selectable) {
        warnOnce('tag-dismissible-selectable', '<socle-tag> is both dismissible and selectable; rendering it as dismissible.');
      }
      const label = this.label || (this.textContent ?? '').replace(/\s+/g, ' ').trim();
      return html`<span part="base" class="tag ${size} dismissible">
        <slot></slot>
        <button
          part="remove"
          class="remove"
          type="button"
          aria-label=${this.msg(tagMessages, 'tag.remove', { label })}
          @click=${this.handleRemove}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="m12 10.6 4.95-4.95 1.4 1.4L13.4 12l4.95 4.95-1.4 1.4L12 13.4l-4.95 4.95-1.4-1.4L10.6 12 5.65 7.05l1.4-1.4L12 10.6Z"
            ></path>
          </svg>
        </button>
      </span>`;
    }

    if (this.selectable) {
      return html`<button
        part="base"
        class="tag ${size} selectable"
        type="button"
        aria-pressed=${this.selected ? 'true' : 'false'}
        @click=${this.handleToggle}
      >
        ${this.selected
          ? html`<svg class="check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path fill="currentColor" d="m10 15.2-3.6-3.6L5 13l5 5 9-9-1.4-1.4-7.6 7.6Z"></path>
            </svg>`
          : nothing}
        <slot></slot>
      </button>`;
    }

    return html`<span part="base" class="tag ${size}"><slot></slot></span>`;
  }
}
