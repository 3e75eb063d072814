import { SocleInput } from './input.js';

export { SocleInput };
export * from './input.js';

if (!customElements.get('socle-input')) customElements.define('socle-input', SocleInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-input': SocleInput;
  }
}
