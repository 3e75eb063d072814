import { SocleLink } from './link.js';

export { SocleLink };
export * from './link.js';

if (!customElements.get('socle-link')) customElements.define('socle-link', SocleLink);

declare global {
  interface HTMLElementTagNameMap {
    'socle-link': SocleLink;
  }
}
