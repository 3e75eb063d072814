import { SocleSummaryItem } from './summary-item.js';
import { SocleSummaryList } from './summary-list.js';

export { SocleSummaryItem, SocleSummaryList };
export * from './summary-item.js';
export * from './summary-list.js';

if (!customElements.get('socle-summary-item')) customElements.define('socle-summary-item', SocleSummaryItem);
if (!customElements.get('socle-summary-list')) customElements.define('socle-summary-list', SocleSummaryList);

declare global {
  interface HTMLElementTagNameMap {
    'socle-summary-item': SocleSummaryItem;
    'socle-summary-list': SocleSummaryList;
  }
}
