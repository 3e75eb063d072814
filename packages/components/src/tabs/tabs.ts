import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { SocleTab, SocleTabPanel, type TabCoordinator } from './tab.js';
import { tabsStyles } from './tabs.styles.js';

let generatedIds = 0;

/** Detail of `socle-tab-change`. */
export interface TabChangeDetail {
  index: number;
  tab: SocleTab;
  panel: SocleTabPanel | undefined;
}

/**
 * Tabs following the WAI-ARIA APG tabs pattern with automatic activation.
 * Left and Right arrows select the previous and next tab and wrap, and they
 * swap in right-to-left text. Home and End select the first and last tab.
 * Only the selected tab is in the Tab sequence, so Tab then moves into its
 * panel. The n-th `socle-tab` child controls the n-th `socle-tab-panel` child.
 *
 * @summary Tab list with one visible panel at a time.
 *
 * @slot tab - The `socle-tab` elements; the element assigns them to this slot.
 * @slot - The `socle-tab-panel` elements.
 *
 * @csspart tablist - The element with `role="tablist"`.
 *
 * @cssprop --socle-tabs-border - Colour of the line under the tab list.
 * @cssprop --socle-tabs-indicator - Colour of the selected tab's underline.
 *
 * @event socle-tab-change - Fired when the user selects a tab; `detail` has `index`, `tab` and `panel`.
 */
export class SocleTabs extends SocleElement implements TabCoordinator {
  static override styles = [baseStyles, tabsStyles];

  private childObserver?: MutationObserver;

  private readonly handleHashChange = (): void => this.selectFromHash();

  /** Accessible name of the tab list. */
  @property() label = '';

  /** Keeps the selected panel's id in the URL fragment, and selects the tab whose panel the fragment names. */
  @property({ type: Boolean, attribute: 'sync-url', reflect: true }) syncUrl = false;

  /** The `socle-tab` children, in document order. */
  get tabs(): SocleTab[] {
    return [...this.children].filter((child): child is SocleTab => child instanceof SocleTab);
  }

  /** The `socle-tab-panel` children, in document order. */
  get panels(): SocleTabPanel[] {
    return [...this.children].filter((child): child is SocleTabPanel => child instanceof SocleTabPanel);
  }

  /** Index of the selected tab, or -1 when there is no tab. */
  get selectedIndex(): number {
    const tabs = this.tabs;
    if (tabs.length === 0) return -1;
    return Math.max(0, tabs.findIndex((tab) => tab.selected));
  }

  set selectedIndex(index: number) {
    const tab = this.tabs[index];
    if (tab) this.select(tab, false);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.handleKeydown);
    this.addEventListener('click', this.handleClick);
    this.childObserver = new MutationObserver(() => this.syncChildren());
    this.childObserver.observe(this, { childList: true });
    window.addEventListener('hashchange', this.handleHashChange);
    this.syncChildren();
    if (this.syncUrl) this.selectFromHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
    this.removeEventListener('click', this.handleClick);
    this.childObserver?.disconnect();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl) this.selectFromHash();
  }

  private readonly handleClick = (event: MouseEvent): void => {
    const tab = this.tabFromEvent(event);
    if (tab) this.select(tab, true);
  };

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    const tab = this.tabFromEvent(event);
    if (!tab || event.altKey || event.ctrlKey || event.metaKey) return;
    const tabs = this.tabs;
    const index = tabs.indexOf(tab);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let target: number | undefined;
    if (step !== undefined) target = (index + step + tabs.length) % tabs.length;
    if (event.key === 'Home') target = 0;
    if (event.key === 'End') target = tabs.length - 1;
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[target]!;
    this.select(next, true);
    next.focus();
  };

  private tabFromEvent(event: Event): SocleTab | undefined {
    return this.tabs.find((tab) => event.composedPath().includes(tab));
  }

  /** Makes `tab` the selected one when code sets its `selected` property. */
  tabSelected(tab: SocleTab): void {
    if (this.tabs.includes(tab)) this.select(tab, false);
  }

  private select(tab: SocleTab, byUser: boolean): void {
    const previous = this.tabs[this.selectedIndex];
    for (const other of this.tabs) other.selected = other === tab;
    this.syncChildren();
    if (!byUser || previous === tab) return;

    const index = this.tabs.indexOf(tab);
    const panel = this.panels[index];
    if (this.syncUrl && panel) history.replaceState(history.state, '', `#${encodeURIComponent(panel.id)}`);
    const detail: TabChangeDetail = { index, tab, panel };
    this.dispatchEvent(new CustomEvent('socle-tab-change', { bubbles: true, composed: true, detail }));
  }

  private selectFromHash(): void {
    if (!this.syncUrl || !location.hash) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const index = this.panels.findIndex((panel) => panel.id === id);
    const tab = this.tabs[index];
    if (tab) this.select(tab, false);
  }

  /**
   * Pairs the n-th tab with the n-th panel: generates missing ids, sets the
   * ARIA references, roving `tabindex` and `hidden`, and keeps exactly one
   * tab selected (the first with `selected`, else the first tab).
   */
  private syncChildren(): void {
    const tabs = this.tabs;
    const panels = this.panels;
    const selectedIndex = this.selectedIndex;

    tabs.forEach((tab, index) => {
      const panel = panels[index];
      const isSelected = index === selectedIndex;
      if (!tab.id) tab.id = `socle-tab-${++generatedIds}`;
      if (panel && !panel.id) panel.id = `socle-tab-panel-${++generatedIds}`;
      tab.slot = 'tab';
      tab.selected = isSelected;
      tab.setAttribute('aria-selected', String(isSelected));
      tab.tabIndex = isSelected ? 0 : -1;
      if (panel) tab.setAttribute('aria-controls', panel.id);
      else tab.removeAttribute('aria-controls');
    });

    panels.forEach((panel, index) => {
      const tab = tabs[index];
      // The panel itself is focusable, as the APG pattern advises, so that Tab
      // reaches it even when it contains no focusable content.
      panel.tabIndex = 0;
      panel.hidden = index !== selectedIndex;
      if (tab) panel.setAttribute('aria-labelledby', tab.id);
      else panel.removeAttribute('aria-labelledby');
    });
  }

  override render() {
    return html`<div part="tablist" class="tablist" role="tablist" aria-label=${this.label || nothing}>
        <slot name="tab"></slot>
      </div>
      <div class="panels"><slot></slot></div>`;
  }
}
