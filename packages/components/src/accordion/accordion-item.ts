import { html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { HEADING_LEVELS, renderHeading } from '../alert/heading.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { accordionItemStyles } from './accordion.styles.js';

export const ACCORDION_HEADING_LEVELS = HEADING_LEVELS;

/** Keys that move focus between the headers of an accordion (WAI-ARIA APG accordion pattern). */
export const ACCORDION_NAVIGATION_KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const;

/**
 * `hidden="until-found"` keeps a closed panel searchable by the browser's
 * find-in-page and fires `beforematch` before revealing a match. Browsers
 * without it treat the value as plain `hidden`, which hides the content from
 * find-in-page too.
 */
const SUPPORTS_UNTIL_FOUND = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/** The parent that coordinates items: heading level, single mode and arrow keys. */
export interface AccordionCoordinator extends HTMLElement {
  itemOpened(item: SocleAccordionItem, byUser: boolean): void;
  focusHeader(from: SocleAccordionItem, key: (typeof ACCORDION_NAVIGATION_KEYS)[number]): void;
}

/**
 * One section of a `socle-accordion`: a heading containing a button that
 * shows or hides the panel below it. The button and the panel live in this
 * element's shadow root, because `aria-controls` and `aria-labelledby` cannot
 * point across shadow roots.
 *
 * @summary Section of an accordion, with its header button and panel.
 *
 * @slot - The panel content.
 * @slot heading - A rich header text, in place of the `heading` attribute.
 *
 * @csspart header - The heading element (`h2` to `h6`).
 * @csspart button - The button that toggles the panel.
 * @csspart panel - The panel, a region labelled by the button.
 *
 * @event socle-toggle - Fired when the user opens or closes the item; `detail.open` is the new state.
 */
export class SocleAccordionItem extends SocleElement {
  static override styles = [baseStyles, focusRing, accordionItemStyles];

  @query('.button') private button!: HTMLButtonElement;

  /** Header text; the `heading` slot replaces it. */
  @property() heading = '';

  /** Shows the panel. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Level of the header's heading element, from 2 to 6; set by the parent accordion. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '3';

  private get coordinator(): AccordionCoordinator | null {
    const parent = this.parentElement as Partial<AccordionCoordinator> | null;
    return parent && typeof parent.itemOpened === 'function' ? (parent as AccordionCoordinator) : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.coordinator?.itemOpened(this, false);
  }

  private handleClick(): void {
    this.toggleByUser(!this.open);
  }

  private handleKeydown(event: KeyboardEvent): void {
    const key = ACCORDION_NAVIGATION_KEYS.find((candidate) => candidate === event.key);
    const coordinator = this.coordinator;
    if (!key || !coordinator || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    coordinator.focusHeader(this, key);
  }

  /** Opens the item when find-in-page reveals a match inside the closed panel. */
  private handleBeforeMatch(): void {
    this.toggleByUser(true);
  }

  /**
   * Sets `open` as a user action would, firing `socle-toggle` for this item
   * and, in a `single` accordion, for each item it closes.
   */
  toggleByUser(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new CustomEvent('socle-toggle', { bubbles: true, composed: true, detail: { open } }));
    if (open) this.coordinator?.itemOpened(this, true);
  }

  /** Moves focus to the header button. */
  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  override render() {
    const level = this.enumValue('heading-level', String(this.headingLevel), ACCORDION_HEADING_LEVELS, '3');
    const hiddenValue = SUPPORTS_UNTIL_FOUND ? 'until-found' : '';

    const trigger = html`<button
      id="button"
      part="button"
      class="button"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="panel"
      @click=${this.handleClick}
      @keydown=${this.handleKeydown}
    >
      <span class="title"><slot name="heading">${this.heading}</slot></span>
      <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M12 15.6 5.7 9.3l1.4-1.4 4.9 4.9 4.9-4.9 1.4 1.4-6.3 6.3Z"></path>
      </svg>
    </button>`;

    return html`${renderHeading(level, 'header', trigger)}
      <div
        id="panel"
        part="panel"
        class="panel"
        role="region"
        aria-labelledby="button"
        hidden=${this.open ? nothing : hiddenValue}
        @beforematch=${this.handleBeforeMatch}
      >
        <div class="content"><slot></slot></div>
      </div>`;
  }
}
