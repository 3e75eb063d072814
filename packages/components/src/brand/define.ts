import { SocleBrand } from './brand.js';

export { SocleBrand };
export * from './brand.js';

if (!customElements.get('socle-brand')) customElements.define('socle-brand', SocleBrand);

declare global {
  interface HTMLElementTagNameMap {
    'socle-brand': SocleBrand;
  }
}
