import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { accordionStyles } from './accordion.styles.js';
import {
  ACCORDION_HEADING_LEVELS,
  SocleAccordionItem,
  type AccordionCoordinator,
  type ACCORDION_NAVIGATION_KEYS,
} from './accordion-item.js';

/**
 * A stack of `socle-accordion-item` sections following the WAI-ARIA APG
 * accordion pattern: Enter and Space toggle a section, and Up, Down, Home and
 * End move focus between the section headers.
 *
 * @summary Collapsible sections, one or several open at a time.
 *
 * @slot - The `socle-accordion-item` elements.
 *
 * @csspart base - The wrapper of the items.
 *
 * @cssprop --socle-accordion-border - Colour of the lines between items.
 *
 * @event socle-toggle - Bubbles from an item when the user opens or closes it; `detail.open` is the new state.
 */
export class SocleAccordion extends SocleElement implements AccordionCoordinator {
  static override styles = [baseStyles, accordionStyles];

  /** Level of the items' heading elements, from 2 to 6 (default 3). */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '3';

  /** Keeps at most one item open: opening one closes the others. */
  @property({ type: Boolean, reflect: true }) single = false;

  /** The items that are direct children, in document order. */
  get items(): SocleAccordionItem[] {
    return [...this.children].filter((child): child is SocleAccordionItem => child instanceof SocleAccordionItem);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('headingLevel') || changed.has('single')) this.syncItems();
  }

  private syncItems(): void {
    const level = this.enumValue('heading-level', String(this.headingLevel), ACCORDION_HEADING_LEVELS, '3');
    const items = this.items;
    items.forEach((item) => (item.headingLevel = level));
    if (this.single) {
      const firstOpen = items.find((item) => item.open);
      items.forEach((item) => {
        if (item !== firstOpen) item.open = false;
      });
    }
  }

  /** Closes the other items in `single` mode; called by an item that opened. */
  itemOpened(opened: SocleAccordionItem, byUser: boolean): void {
    if (!this.single) return;
    for (const item of this.items) {
      if (item === opened || !item.open) continue;
      if (byUser) item.toggleByUser(false);
      else item.open = false;
    }
  }

  /** Moves focus from one item's header to the next, previous, first or last header. */
  focusHeader(from: SocleAccordionItem, key: (typeof ACCORDION_NAVIGATION_KEYS)[number]): void {
    const items = this.items;
    const index = items.indexOf(from);
    if (index < 0 || items.length === 0) return;
    const targets = {
      ArrowDown: (index + 1) % items.length,
      ArrowUp: (index - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    items[targets[key]]?.focus();
  }

  override render() {
    return html`<div part="base" class="accordion"><slot @slotchange=${this.syncItems}></slot></div>`;
  }
}
