import { SocleFranceconnectButton } from './franceconnect-button.js';

export { SocleFranceconnectButton };
export * from './franceconnect-button.js';

if (!customElements.get('socle-franceconnect-button')) {
  customElements.define('socle-franceconnect-button', SocleFranceconnectButton);
}

declare global {
  interface HTMLElementTagNameMap {
    'socle-franceconnect-button': SocleFranceconnectButton;
  }
}
