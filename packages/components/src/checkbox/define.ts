import { SocleCheckbox } from './checkbox.js';

export { SocleCheckbox };
export * from './checkbox.js';

if (!customElements.get('socle-checkbox')) customElements.define('socle-checkbox', SocleCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'socle-checkbox': SocleCheckbox;
  }
}
