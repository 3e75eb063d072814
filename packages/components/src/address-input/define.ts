import { SocleAddressInput } from './address-input.js';

export { SocleAddressInput };
export * from './address-input.js';

if (!customElements.get('socle-address-input')) customElements.define('socle-address-input', SocleAddressInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-address-input': SocleAddressInput;
  }
}
