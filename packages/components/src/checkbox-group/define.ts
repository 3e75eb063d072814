import '../checkbox/define.js';
import { SocleCheckboxGroup } from './checkbox-group.js';

export { SocleCheckboxGroup };
export * from './checkbox-group.js';

if (!customElements.get('socle-checkbox-group')) customElements.define('socle-checkbox-group', SocleCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'socle-checkbox-group': SocleCheckboxGroup;
  }
}
