import { SocleIbanInput } from './iban-input.js';

export { SocleIbanInput };
export * from './iban-input.js';

if (!customElements.get('socle-iban-input')) customElements.define('socle-iban-input', SocleIbanInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-iban-input': SocleIbanInput;
  }
}
