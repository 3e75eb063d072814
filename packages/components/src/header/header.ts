import { html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { headerMessages } from './header.messages.js';
import { headerStyles } from './header.styles.js';
import { jsonArrayConverter, normalizeNavItems, type NavItem } from './nav-items.js';

/**
 * The banner of a site: brand, service name, quick-access links, search,
 * account and main navigation.
 *
 * The navigation comes from `nav-items`, a JSON array of
 * `{ label, href, current, children }`, rendered inside the shadow root so
 * that the buttons can point at the panels they control (`aria-controls`
 * cannot cross a shadow boundary). An entry with `children` becomes a
 * sub-menu button following the WAI-ARIA APG disclosure navigation pattern,
 * and the entry marked `current` gets `aria-current="page"`. When the header
 * is narrower than 62em, the navigation collapses behind a "Menu" disclosure
 * button: Escape closes the open sub-menu or menu and returns focus to its
 * button, and focus is never trapped.
 *
 * The `<header>` in the shadow root is exposed as the banner landmark while
 * the element is not inside `article`, `aside`, `main`, `nav` or `section`.
 *
 * @summary Site header (banner landmark) with brand, service name, tools, search, account and a collapsible main navigation.
 *
 * @slot brand - A `socle-brand` element.
 * @slot tools - Quick-access links, such as a list of `<a>` elements.
 * @slot search - A search form.
 * @slot account - A sign-in link or the signed-in user's menu.
 *
 * @csspart base - The `<header>` element.
 * @csspart service - The wrapper of the service name and tagline.
 * @csspart menu-button - The "Menu" button shown below 62em.
 * @csspart navigation - The `<nav>` element.
 *
 * @cssprop --socle-header-background - Background of the header.
 * @cssprop --socle-header-border - Colour of the header's bottom border.
 * @cssprop --socle-header-current - Colour of the current page's marker in the navigation.
 */
export class SocleHeader extends SocleElement {
  static override styles = [baseStyles, focusRing, headerStyles];

  @query('.menu-button') private menuButton?: HTMLButtonElement;

  @state() private menuOpen = false;

  @state() private openSubmenu: number | null = null;

  /** Name of the online service, shown beside the brand. */
  @property({ attribute: 'service-name' }) serviceName = '';

  /** Short description shown under the service name. */
  @property({ attribute: 'service-tagline' }) serviceTagline = '';

  /** Main navigation: a JSON array of `{ label, href, current, children }`, children one level deep. */
  @property({ attribute: 'nav-items', converter: jsonArrayConverter('socle-header', 'nav-items') })
  navItems: NavItem[] = [];

  /** Accessible name of the `<nav>`, "Menu principal" by default. */
  @property({ attribute: 'navigation-label' }) navigationLabel = '';

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.handleDocumentClick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.handleDocumentClick);
  }

  private readonly handleDocumentClick = (event: MouseEvent): void => {
    if (this.openSubmenu !== null && !event.composedPath().includes(this)) this.openSubmenu = null;
  };

  private handleMenuClick(): void {
    this.menuOpen = !this.menuOpen;
  }

  private handleSubmenuClick(index: number): void {
    this.openSubmenu = this.openSubmenu === index ? null : index;
  }

  /**
   * Escape closes the innermost open disclosure and moves focus back to the
   * button that opened it, as the APG disclosure navigation example does.
   */
  private async handleKeydown(event: KeyboardEvent): Promise<void> {
    if (event.key !== 'Escape') return;

    if (this.openSubmenu !== null) {
      const index = this.openSubmenu;
      event.preventDefault();
      this.openSubmenu = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>(`#submenu-button-${index}`)?.focus();
      return;
    }

    if (this.menuOpen && this.menuButton && getComputedStyle(this.menuButton).display !== 'none') {
      event.preventDefault();
      this.menuOpen = false;
      await this.updateComplete;
      this.menuButton.focus();
    }
  }

  /** Closes an open sub-menu when focus leaves the navigation, including to the browser's own interface. */
  private handleNavigationFocusout(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    const navigation = event.currentTarget as HTMLElement;
    if (!next || !navigation.contains(next)) this.openSubmenu = null;
  }

  private renderLink(item: NavItem): TemplateResult {
    return html`<a
      class="link"
      href=${ifDefined(safeUrl(item.href))}
      aria-current=${item.current ? 'page' : nothing}
      >${item.label}</a
    >`;
  }

  private renderItem(item: NavItem, index: number): TemplateResult {
    if (!item.children?.length) return html`<li class="item">${this.renderLink(item)}</li>`;

    const open = this.openSubmenu === index;
    const containsCurrent = item.children.some((child) => child.current);
    return html`<li class="item">
      <button
        id="submenu-button-${index}"
        class=${classMap({ 'submenu-button': true, 'current-section': containsCurrent })}
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="submenu-${index}"
        @click=${() => this.handleSubmenuClick(index)}
      >
        ${item.label}
        <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M12 15.6 5.7 9.3l1.4-1.4 4.9 4.9 4.9-4.9 1.4 1.4-6.3 6.3Z"></path>
        </svg>
      </button>
      <ul id="submenu-${index}" class="submenu" ?hidden=${!open}>
        ${item.children.map((child) => html`<li>${this.renderLink(child)}</li>`)}
      </ul>
    </li>`;
  }

  private renderNavigation(items: NavItem[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;

    return html`<nav
      id="navigation"
      part="navigation"
      class=${classMap({ navigation: true, open: this.menuOpen })}
      aria-label=${this.navigationLabel || this.msg(headerMessages, 'header.navigation')}
      @focusout=${this.handleNavigationFocusout}
    >
      <ul class="nav-list">
        ${items.map((item, index) => this.renderItem(item, index))}
      </ul>
    </nav>`;
  }

  private renderMenuButton(items: NavItem[]): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;

    return html`<button
      part="menu-button"
      class="menu-button"
      type="button"
      aria-expanded=${this.menuOpen ? 'true' : 'false'}
      aria-controls="navigation"
      @click=${this.handleMenuClick}
    >
      <svg class="menu-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M3 5h18v2H3V5Zm0 6h18v2H3v-2Zm0 6h18v2H3v-2Z"></path>
      </svg>
      ${this.msg(headerMessages, 'header.menu')}
    </button>`;
  }

  override render() {
    const items = normalizeNavItems(this.navItems, 'socle-header');
    const service = this.serviceName || this.serviceTagline;

    return html`<header part="base" class="header" @keydown=${this.handleKeydown}>
      <div class="body">
        <div class="identity">
          <slot name="brand"></slot>
          ${service
            ? html`<div part="service" class="service">
                ${this.serviceName ? html`<p class="service-name">${this.serviceName}</p>` : nothing}
                ${this.serviceTagline ? html`<p class="service-tagline">${this.serviceTagline}</p>` : nothing}
              </div>`
            : nothing}
        </div>
        <div class="actions">
          <div class="tools"><slot name="tools"></slot><slot name="account"></slot></div>
          <div class="search"><slot name="search"></slot></div>
          ${this.renderMenuButton(items)}
        </div>
      </div>
      ${this.renderNavigation(items)}
    </header>`;
  }
}
