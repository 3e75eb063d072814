import { SocleTab, SocleTabPanel } from './tab.js';
import { SocleTabs, type TabChangeDetail } from './tabs.js';

export { SocleTab, SocleTabPanel, SocleTabs };
export * from './tab.js';
export * from './tabs.js';

if (!customElements.get('socle-tab')) customElements.define('socle-tab', SocleTab);
if (!customElements.get('socle-tab-panel')) customElements.define('socle-tab-panel', SocleTabPanel);
if (!customElements.get('socle-tabs')) customElements.define('socle-tabs', SocleTabs);

declare global {
  interface HTMLElementTagNameMap {
    'socle-tabs': SocleTabs;
    'socle-tab': SocleTab;
    'socle-tab-panel': SocleTabPanel;
  }

  interface HTMLElementEventMap {
    'socle-tab-change': CustomEvent<TabChangeDetail>;
  }
}
