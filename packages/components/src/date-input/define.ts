import { SocleDateInput } from './date-input.js';

export { SocleDateInput };
export * from './date-input.js';

if (!customElements.get('socle-date-input')) customElements.define('socle-date-input', SocleDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-date-input': SocleDateInput;
  }
}
