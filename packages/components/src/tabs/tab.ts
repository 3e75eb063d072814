import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { tabStyles } from './tabs.styles.js';

/** The parent that pairs tabs with panels and keeps one tab selected. */
export interface TabCoordinator extends HTMLElement {
  tabSelected(tab: SocleTab): void;
}

/**
 * One tab of a `socle-tabs`. The parent sets `role="tab"`, `id`,
 * `aria-selected`, `aria-controls` and `tabindex` on this element itself, so
 * that the references stay in the same tree as the panels.
 *
 * @summary Tab of a tab list; pairs with the `socle-tab-panel` at the same position.
 *
 * @slot - The tab's label.
 */
export class SocleTab extends SocleElement {
  static override styles = [baseStyles, tabStyles];

  /** Marks the selected tab; the parent keeps exactly one tab selected. */
  @property({ type: Boolean, reflect: true }) selected = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'tab');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) {
      const parent = this.parentElement as Partial<TabCoordinator> | null;
      if (parent && typeof parent.tabSelected === 'function') parent.tabSelected(this);
    }
  }

  override render() {
    return html`<span part="base" class="tab"><slot></slot></span>`;
  }
}

/**
 * The panel shown when the `socle-tab` at the same position is selected.
 *
 * @summary Content of a tab.
 *
 * @slot - The panel content.
 */
export class SocleTabPanel extends SocleElement {
  static override styles = [baseStyles, tabStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'tabpanel');
  }

  override render() {
    return html`<div part="base" class="panel"><slot></slot></div>`;
  }
}
