import '../error-summary/define.js';
import { SocleForm, type SocleSubmitDetail } from './form.js';

export { SocleForm };
export * from './form.js';

if (!customElements.get('socle-form')) customElements.define('socle-form', SocleForm);

declare global {
  interface HTMLElementTagNameMap {
    'socle-form': SocleForm;
  }

  interface HTMLElementEventMap {
    'socle-submit': CustomEvent<SocleSubmitDetail>;
  }
}
