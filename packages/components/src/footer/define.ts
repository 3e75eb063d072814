import { SocleFooter } from './footer.js';

export { SocleFooter };
export * from './footer.js';

if (!customElements.get('socle-footer')) customElements.define('socle-footer', SocleFooter);

declare global {
  interface HTMLElementTagNameMap {
    'socle-footer': SocleFooter;
  }

  interface HTMLElementEventMap {
    'socle-consent-open': CustomEvent<void>;
  }
}
