import { SocleTag } from './tag.js';

export { SocleTag };
export * from './tag.js';

if (!customElements.get('socle-tag')) customElements.define('socle-tag', SocleTag);

declare global {
  interface HTMLElementTagNameMap {
    'socle-tag': SocleTag;
  }

  interface HTMLElementEventMap {
    'socle-dismiss': CustomEvent<void>;
    'socle-toggle': CustomEvent<{ open: boolean } | { selected: boolean }>;
  }
}
