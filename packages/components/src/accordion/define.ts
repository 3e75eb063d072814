import { SocleAccordion } from './accordion.js';
import { SocleAccordionItem } from './accordion-item.js';

export { SocleAccordion, SocleAccordionItem };
export * from './accordion.js';
export * from './accordion-item.js';

if (!customElements.get('socle-accordion-item')) customElements.define('socle-accordion-item', SocleAccordionItem);
if (!customElements.get('socle-accordion')) customElements.define('socle-accordion', SocleAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'socle-accordion': SocleAccordion;
    'socle-accordion-item': SocleAccordionItem;
  }

  interface HTMLElementEventMap {
    'socle-toggle': CustomEvent<{ open: boolean } | { selected: boolean }>;
  }
}
