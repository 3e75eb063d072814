import { SocleRadio } from './radio.js';
import { SocleRadioGroup } from './radio-group.js';

export { SocleRadio, SocleRadioGroup };
export * from './radio.js';
export * from './radio-group.js';

if (!customElements.get('socle-radio')) customElements.define('socle-radio', SocleRadio);
if (!customElements.get('socle-radio-group')) customElements.define('socle-radio-group', SocleRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'socle-radio': SocleRadio;
    'socle-radio-group': SocleRadioGroup;
  }
}
