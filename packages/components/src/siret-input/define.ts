import { SocleSiretInput } from './siret-input.js';

export { SocleSiretInput };
export * from './siret-input.js';

if (!customElements.get('socle-siret-input')) customElements.define('socle-siret-input', SocleSiretInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-siret-input': SocleSiretInput;
  }
}
