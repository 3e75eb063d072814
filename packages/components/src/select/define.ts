import { SocleSelect } from './select.js';

export { SocleSelect };
export * from './select.js';

if (!customElements.get('socle-select')) customElements.define('socle-select', SocleSelect);

declare global {
  interface HTMLElementTagNameMap {
    'socle-select': SocleSelect;
  }
}
