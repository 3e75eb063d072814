import { SocleButton } from './button.js';

export { SocleButton };
export * from './button.js';

if (!customElements.get('socle-button')) customElements.define('socle-button', SocleButton);

declare global {
  interface HTMLElementTagNameMap {
    'socle-button': SocleButton;
  }
}
