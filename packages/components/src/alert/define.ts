import { SocleAlert } from './alert.js';
import { defineUpgradingExisting } from './initial-upgrade.js';

export { SocleAlert };
export * from './alert.js';

// Alerts already in the page when this module registers the element are
// upgraded inside this call, which marks them as present at load.
if (!customElements.get('socle-alert')) defineUpgradingExisting('socle-alert', SocleAlert);

declare global {
  interface HTMLElementTagNameMap {
    'socle-alert': SocleAlert;
  }

  interface HTMLElementEventMap {
    'socle-dismiss': CustomEvent<void>;
  }
}
