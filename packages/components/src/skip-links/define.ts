import { SocleSkipLinks } from './skip-links.js';

export { SocleSkipLinks };
export * from './skip-links.js';

if (!customElements.get('socle-skip-links')) customElements.define('socle-skip-links', SocleSkipLinks);

declare global {
  interface HTMLElementTagNameMap {
    'socle-skip-links': SocleSkipLinks;
  }
}
