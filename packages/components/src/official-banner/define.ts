import { SocleOfficialBanner } from './official-banner.js';

export { SocleOfficialBanner };
export * from './official-banner.js';

if (!customElements.get('socle-official-banner')) customElements.define('socle-official-banner', SocleOfficialBanner);

declare global {
  interface HTMLElementTagNameMap {
    'socle-official-banner': SocleOfficialBanner;
  }

  interface HTMLElementEventMap {
    'socle-toggle': CustomEvent<{ open: boolean } | { selected: boolean }>;
  }
}
