import { SocleNotice } from './notice.js';

export { SocleNotice };
export * from './notice.js';

if (!customElements.get('socle-notice')) customElements.define('socle-notice', SocleNotice);

declare global {
  interface HTMLElementTagNameMap {
    'socle-notice': SocleNotice;
  }

  interface HTMLElementEventMap {
    'socle-dismiss': CustomEvent<void>;
  }
}
