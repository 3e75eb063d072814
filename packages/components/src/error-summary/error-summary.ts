import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { errorSummaryMessages } from './error-summary.messages.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import { focusField } from './focus-field.js';
import { HEADING_LEVELS, renderHeading } from './heading.js';

/** One entry of the error summary: the field in error and the message shown as the link text. */
export interface ErrorSummaryItem {
  /** Id of the field in the summary's tree; the link points to `#id`. */
  id?: string;
  /** The field itself, used when it has no id or lives in another tree. */
  element?: HTMLElement;
  /** Message shown as the link text; it should name the field and say how to fix it. */
  message: string;
}

/**
 * The list of a form's errors, shown at the top of the page after a failed
 * submission (RGAA 11.10 and WCAG 3.3.1). Each error is a link to its field.
 * Activating the link focuses the field and scrolls it into view with its
 * label, where following the URL fragment alone would hide the label. `show()` displays the
 * summary and moves focus to it, so that screen readers read it at once.
 * The element hides itself while it has no error, neither in `errors` nor
 * as child content.
 *
 * Server-rendered pages may put the list as child content
 * (`<ul><li><a href="#nom">…</a></li></ul>`): each child link becomes an
 * entry after those of `errors`, rendered and styled like them (the child
 * content itself is not displayed), and the `autofocus` attribute moves focus
 * to the summary when it first renders.
 *
 * @summary Error summary: "Il y a un problème" and a link to each field in error.
 *
 * @csspart base - The focusable container.
 * @csspart heading - The heading.
 * @csspart list - The list of errors.
 * @csspart link - Each error link.
 *
 * @cssprop --socle-error-summary-border - Colour of the border.
 * @cssprop --socle-error-summary-background - Background of the summary.
 * @cssprop --socle-error-summary-link - Colour of the error links.
 */
export class SocleErrorSummary extends SocleElement {
  static override styles = [baseStyles, errorSummaryStyles];

  // Created only in browsers: server rendering has no MutationObserver.
  private readonly observer = isServer ? undefined : new MutationObserver(() => this.requestUpdate());

  @query('.summary') private base?: HTMLElement;

  /** Heading text; defaults to "Il y a un problème" ("There is a problem"). */
  @property() heading = '';

  /** Level of the heading, from 1 to 6; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '2';

  /** Errors to list, in the order of the fields on the page. */
  @property({ attribute: false }) errors: ErrorSummaryItem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.handleClick);
    this.observer?.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['href'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.handleClick);
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!Array.isArray(this.errors)) this.errors = [];
    const hidden = this.errors.length === 0 && this.childLinks().length === 0;
    if (this.hidden !== hidden) this.hidden = hidden;
  }

  protected override firstUpdated(): void {
    if (this.hasAttribute('autofocus') && !this.hidden) this.focus();
  }

  private readonly handleClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.getRootNode() !== this.shadowRoot) return;

    const field = this.fieldOf(link);
    if (!field) return;
    event.preventDefault();
    focusField(field);
  };

  /** Returns the field a link points to: the entry's element, or the element whose id is the link's fragment. */
  private fieldOf(link: HTMLAnchorElement): HTMLElement | null {
    const index = link.dataset.index;
    const entry = index === undefined ? undefined : this.errors[Number(index)];
    if (entry?.element) return entry.element;

    const fragment = link.getAttribute('href') ?? '';
    if (!fragment.startsWith('#') || fragment.length < 2) return null;
    const id = safeDecode(fragment.slice(1));
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(id) ?? document.getElementById(id);
  }

  /** Moves focus to the summary's container, so that screen readers read the heading and the errors. */
  override focus(options?: FocusOptions): void {
    this.base?.focus(options);
  }

  /**
   * Lists `errors`, shows the summary and moves focus to it once rendered.
   * An empty array hides the summary.
   */
  async show(errors: ErrorSummaryItem[]): Promise<void> {
    this.errors = [...errors];
    await this.updateComplete;
    if (!this.hidden) {
      this.focus();
      this.base?.scrollIntoView({ block: 'start', inline: 'nearest' });
    }
  }

  /** Removes every error listed through `errors`, which hides the summary unless it has child links. */
  clear(): void {
    this.errors = [];
  }

  private renderHeading(text: unknown): TemplateResult {
    return renderHeading(this.enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS, '2'), text);
  }

  /** Returns the entries given as child links by a server-rendered page. */
  private childLinks(): Array<{ href: string; message: string }> {
    return Array.from(this.querySelectorAll('a[href]'), (link) => ({
      href: safeUrl(link.getAttribute('href')) ?? '#',
      message: (link.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  }

  override render() {
    const heading = this.heading || this.msg(errorSummaryMessages, 'error-summary.heading');
    const errors = Array.isArray(this.errors) ? this.errors : [];
    const childLinks = this.childLinks();
    const list =
      errors.length + childLinks.length > 0
        ? html`<ul part="list" class="list">
            ${repeat(
              errors,
              (error) => error,
              (error, index) =>
                html`<li>
                  <a part="link" class="link" href=${hrefOf(error)} data-index=${index}>${error.message}</a>
                </li>`,
            )}
            ${childLinks.map(
              (link) => html`<li><a part="link" class="link" href=${link.href}>${link.message}</a></li>`,
            )}
          </ul>`
        : nothing;

    return html`<div part="base" class="summary" tabindex="-1">${this.renderHeading(heading)} ${list}</div>`;
  }
}

/** Returns the link target of an entry: `#id`, or `#` when only the element is known (the click handler focuses it). */
function hrefOf(error: ErrorSummaryItem): string {
  const id = error.id || error.element?.id || '';
  return id ? `#${encodeURIComponent(id)}` : '#';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
