import { SocleHeader } from './header.js';

export { SocleHeader };
export * from './header.js';
export type { NavItem } from './nav-items.js';

if (!customElements.get('socle-header')) customElements.define('socle-header', SocleHeader);

declare global {
  interface HTMLElementTagNameMap {
    'socle-header': SocleHeader;
  }
}
