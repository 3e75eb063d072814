import { SocleAlert } from './alert.js';
import { whileUpgradingExisting } from './initial-upgrade.js';

export { SocleAlert };
export * from './alert.js';

// Alerts already in the page when this module registers the element are
// upgraded inside this call, which marks them as present at load. The
// `customElements.define` call stays literal here so that the Custom
// Elements Manifest analyzer, which reads only such calls, lists the element.
if (!customElements.get('socle-alert')) {
  whileUpgradingExisting(() => customElements.define('socle-alert', SocleAlert));
}

declare global {
  interface HTMLElementTagNameMap {
    'socle-alert': SocleAlert;
  }

  interface HTMLElementEventMap {
    'socle-dismiss': CustomEvent<void>;
  }
}
