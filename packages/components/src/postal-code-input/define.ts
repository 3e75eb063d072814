import { SoclePostalCodeInput } from './postal-code-input.js';

export { SoclePostalCodeInput };
export * from './postal-code-input.js';

if (!customElements.get('socle-postal-code-input')) customElements.define('socle-postal-code-input', SoclePostalCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-postal-code-input': SoclePostalCodeInput;
  }
}
