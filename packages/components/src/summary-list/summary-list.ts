import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { HEADING_LEVELS, renderHeading } from '../error-summary/heading.js';
import { SocleSummaryItem } from './summary-item.js';
import { summaryListMessages } from './summary-list.messages.js';
import { summaryListStyles } from './summary-list.styles.js';

/** One row of the summary, given through the `items` property. */
export interface SummaryListItem {
  /** Name of the answer, such as "Date de naissance". */
  key: string;
  /** The answer; line breaks are kept. Empty, null or absent shows "Non renseigné". */
  value?: string | null;
  /** URL where the answer can be changed; no link when absent or unsafe. */
  href?: string;
  /** Visually hidden words after "Modifier" that name the answer; defaults to the key. */
  changeLabel?: string;
}

interface Row {
  key: string;
  value: TemplateResult | Node[] | string | null;
  href: string | undefined;
  changeLabel: string;
}

/**
 * The answers of a form before it is sent, as a description list: each row
 * gives a key, the value and a "Modifier" link whose visually hidden end
 * names the answer ("Modifier la date de naissance"). It is the review step
 * that RGAA criterion 11.12 requires before a submission with legal or
 * financial effect.
 *
 * Rows come from the `items` property when it is not empty, otherwise from
 * child `socle-summary-item` elements, whose content is copied as the value
 * (so ids inside it would be duplicated: avoid them).
 *
 * @summary Review of answers: key, value and "Modifier" link per row.
 *
 * @slot - `socle-summary-item` elements, one per row.
 *
 * @csspart heading - The optional heading.
 * @csspart list - The `<dl>`.
 * @csspart row - Each row.
 * @csspart key - Each key (`<dt>`).
 * @csspart value - Each value (`<dd>`).
 * @csspart link - Each "Modifier" link.
 *
 * @cssprop --socle-summary-list-border - Colour of the lines between rows.
 */
export class SocleSummaryList extends SocleElement {
  static override styles = [baseStyles, focusRing, summaryListStyles];

  private readonly observer = new MutationObserver(() => {
    this.childVersion += 1;
  });

  @state() private childVersion = 0;

  /** Optional heading above the list, such as "Vos coordonnées". */
  @property() heading = '';

  /** Level of the heading, from 1 to 6; 2 by default. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = '2';

  /** Rows of the list; when empty, the child `socle-summary-item` elements are used. */
  @property({ attribute: false }) items: SummaryListItem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['key', 'href', 'change-label'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  private rows(): Row[] {
    if (Array.isArray(this.items) && this.items.length > 0) {
      return this.items.map((item) => ({
        key: String(item?.key ?? ''),
        value: item?.value === null || item?.value === undefined ? null : String(item.value),
        href: safeUrl(item?.href),
        changeLabel: item?.changeLabel ?? '',
      }));
    }
    return Array.from(this.children)
      .filter((child): child is SocleSummaryItem => child.localName === 'socle-summary-item')
      .map((item) => ({
        key: item.getAttribute('key') ?? '',
        value: hasContent(item) ? Array.from(item.childNodes, (node) => node.cloneNode(true)) : null,
        href: safeUrl(item.getAttribute('href')),
        changeLabel: item.getAttribute('change-label') ?? '',
      }));
  }

  private renderRow(row: Row): TemplateResult {
    const empty = row.value === null || row.value === '' || (typeof row.value === 'string' && !row.value.trim());
    const value = empty ? html`<span class="empty">${this.msg(summaryListMessages, 'summary-list.empty')}</span>` : row.value;
    const action = row.href
      ? html`<dd class="actions">
          <a part="link" class="link" href=${row.href}
            >${this.msg(summaryListMessages, 'summary-list.change')}<span class="visually-hidden">
              ${row.changeLabel || row.key}</span
            ></a
          >
        </dd>`
      : nothing;
    return html`<div part="row" class="row">
      <dt part="key" class="key">${row.key}</dt>
      <dd part="value" class="value">${value}</dd>
      ${action}
    </div>`;
  }

  override render() {
    const rows = this.rows();
    const level = this.enumValue('heading-level', String(this.headingLevel), HEADING_LEVELS, '2');
    return html`${this.heading ? renderHeading(level, this.heading) : nothing}
    ${rows.length > 0 ? html`<dl part="list" class="list">${rows.map((row) => this.renderRow(row))}</dl>` : nothing}`;
  }
}

/** Whether an item has a value to show: text, or an element such as an image. */
function hasContent(item: Element): boolean {
  if (item.textContent?.trim()) return true;
  return Array.from(item.children).some((child) => child.localName !== 'br');
}
