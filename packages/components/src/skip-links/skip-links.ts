import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../internal/dev.js';
import { SocleElement } from '../internal/socle-element.js';
import { toText } from '../internal/to-text.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { skipLinksMessages } from './skip-links.messages.js';
import { skipLinksStyles } from './skip-links.styles.js';
import { findTarget, moveFocusTo } from './move-focus.js';

const SHIPPED_LINKS = ['content', 'menu', 'search'] as const;

/**
 * Returns the `#fragment` href of the element with `id`, percent-encoded, or
 * undefined when `id` contains a lone surrogate. `encodeURIComponent` throws
 * a URIError on those, and no URL fragment can name such an id.
 */
function fragmentHref(element: HTMLElement, attribute: string, id: string): string | undefined {
  try {
    return `#${encodeURIComponent(id)}`;
  } catch {
    warnOnce(
      'invalid-attribute',
      `<${element.localName}> ${attribute}="${id}" contains a lone surrogate, so no URL fragment can name it; the link is left out.`,
    );
    return undefined;
  }
}

/** Returns the id named by a `#fragment`, percent-decoded as the URL parser does. A malformed escape stays as written. */
function fragmentId(href: string): string {
  const fragment = href.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Skip links (RGAA criterion 12.7, WCAG 2.4.1 Bypass Blocks): "Aller au
 * contenu", "Aller au menu" and "Aller à la recherche", hidden until they
 * receive focus. Place the element first in `<body>` so that the first Tab
 * reaches it.
 *
 * Each attribute takes the id of its target, and a link whose attribute is
 * missing is not rendered. Activating a link moves focus to the target, which
 * gets `tabindex="-1"` when it cannot take focus otherwise. Extra fragment
 * links (`<a href="#id">`) placed in the element get the same behaviour.
 * The URL's fragment is left unchanged.
 *
 * @summary Skip links to the content, menu and search, shown on focus.
 *
 * @slot - Extra skip links, as `<a href="#id">` elements.
 *
 * @csspart base - The `<nav>` element.
 * @csspart link - Each shipped link.
 *
 * @cssprop --socle-skip-links-background - Background of the links when shown.
 */
export class SocleSkipLinks extends SocleElement {
  static override styles = [baseStyles, focusRing, skipLinksStyles];

  /** Id of the main content, such as `contenu`. */
  @property() content = '';

  /** Id of the main navigation. */
  @property() menu = '';

  /** Id of the search field or form. */
  @property() search = '';

  /** Accessible name of the `<nav>`, "Accès rapide" by default. */
  @property() label = '';

  /**
   * Moves focus for shipped and slotted fragment links alike, because a
   * click on a slotted link reaches this shadow root through its slot.
   */
  private handleClick(event: MouseEvent): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('#') || href.length < 2) return;

    const target = findTarget(this, fragmentId(href));
    if (!target) return;
    event.preventDefault();
    moveFocusTo(target);
  }

  override render() {
    const links = SHIPPED_LINKS.flatMap((name) => {
      const id = toText(this[name]);
      const href = id ? fragmentHref(this, name, id) : undefined;
      return href ? [{ name, href }] : [];
    });

    return html`<nav
      part="base"
      class="skip-links"
      aria-label=${this.label || this.msg(skipLinksMessages, 'skip-links.label')}
      @click=${this.handleClick}
    >
      ${links.length
        ? html`<ul class="list">
            ${links.map(
              ({ name, href }) =>
                html`<li>
                  <a part="link" class="link" href=${href}
                    >${this.msg(skipLinksMessages, `skip-links.${name}`)}</a
                  >
                </li>`,
            )}
          </ul>`
        : nothing}
      <div class="extra"><slot></slot></div>
    </nav>`;
  }
}
