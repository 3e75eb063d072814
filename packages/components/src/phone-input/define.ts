import { SoclePhoneInput } from './phone-input.js';

export { SoclePhoneInput };
export * from './phone-input.js';

if (!customElements.get('socle-phone-input')) customElements.define('socle-phone-input', SoclePhoneInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-phone-input': SoclePhoneInput;
  }
}
