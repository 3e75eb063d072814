import { SocleCommuneInput } from './commune-input.js';

export { SocleCommuneInput };
export * from './commune-input.js';

if (!customElements.get('socle-commune-input')) customElements.define('socle-commune-input', SocleCommuneInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-commune-input': SocleCommuneInput;
  }
}
