import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { warnOnce } from '../internal/dev.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { jsonArrayConverter } from '../header/nav-items.js';
import { breadcrumbMessages } from './breadcrumb.messages.js';
import { breadcrumbStyles } from './breadcrumb.styles.js';

/** One step of the breadcrumb. */
export interface BreadcrumbItem {
  /** Visible text of the step. */
  label: string;
  /** URL of the step, optional on the last step (the current page). */
  href?: string;
}

function isBreadcrumbItem(value: unknown): value is BreadcrumbItem {
  return typeof value === 'object' && value !== null && typeof (value as BreadcrumbItem).label === 'string';
}

/**
 * The path from the home page to the current page, as a `<nav>` named "Fil
 * d’Ariane" holding an ordered list. The steps come from `items`, a JSON
 * array of `{ label, href }`, rendered in the shadow root. The last step is
 * the current page and gets `aria-current="page"`. When the element is
 * narrower than 48em, the list collapses behind a "Voir le fil d’Ariane"
 * button (WAI-ARIA APG disclosure pattern).
 *
 * @summary Breadcrumb trail, collapsed behind a disclosure button on small screens.
 *
 * @csspart base - The `<nav>` element.
 * @csspart button - The "Voir le fil d’Ariane" button shown below 48em.
 * @csspart list - The `<ol>` of steps.
 *
 * @cssprop --socle-breadcrumb-text - Colour of the steps.
 *
 * @event socle-toggle - Fired when the user shows or hides the collapsed trail, with the new state in `detail.open`.
 */
export class SocleBreadcrumb extends SocleElement {
  static override styles = [baseStyles, focusRing, breadcrumbStyles];

  @state() private expanded = false;

  /** Steps from the home page to the current page: a JSON array of `{ label, href }`. */
  @property({ converter: jsonArrayConverter('socle-breadcrumb', 'items') }) items: BreadcrumbItem[] = [];

  /** Accessible name of the `<nav>`, "Fil d’Ariane" by default. */
  @property() label = '';

  private handleClick(): void {
    this.expanded = !this.expanded;
    this.dispatchEvent(new CustomEvent('socle-toggle', { bubbles: true, composed: true, detail: { open: this.expanded } }));
  }

  private validItems(): BreadcrumbItem[] {
    if (!Array.isArray(this.items)) return [];
    const items = this.items.filter(isBreadcrumbItem);
    if (items.length !== this.items.length) {
      warnOnce(
        'invalid-attribute',
        `<socle-breadcrumb> ignored ${this.items.length - items.length} item(s) without a string label.`,
      );
    }
    return items;
  }

  private renderStep(item: BreadcrumbItem, last: boolean): TemplateResult {
    const href = safeUrl(item.href);
    if (last) {
      return href === undefined
        ? html`<span class="current" aria-current="page">${item.label}</span>`
        : html`<a class="link current" href=${href} aria-current="page">${item.label}</a>`;
    }
    return href === undefined ? html`<span>${item.label}</span>` : html`<a class="link" href=${href}>${item.label}</a>`;
  }

  override render() {
    const items = this.validItems();
    if (items.length === 0) return nothing;

    return html`<nav
      part="base"
      class=${classMap({ breadcrumb: true, expanded: this.expanded })}
      aria-label=${this.label || this.msg(breadcrumbMessages, 'breadcrumb.label')}
    >
      <button
        part="button"
        class="button"
        type="button"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="list"
        @click=${this.handleClick}
      >
        ${this.msg(breadcrumbMessages, 'breadcrumb.show')}
      </button>
      <ol id="list" part="list" class="list">
        ${items.map(
          (item, index) =>
            html`<li class="step">
              ${index > 0
                ? html`<svg class="separator" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path fill="currentColor" d="m13.2 12-5-5 1.4-1.4 6.4 6.4-6.4 6.4-1.4-1.4 5-5Z"></path>
                  </svg>`
                : nothing}
              ${this.renderStep(item, index === items.length - 1)}
            </li>`,
        )}
      </ol>
    </nav>`;
  }
}
