import type { SocleSubmitDetail } from '../form/form.js';
import { SocleEtatCivilRequest } from './etat-civil-request.js';

export { SocleEtatCivilRequest };
export * from './etat-civil-request.js';

if (!customElements.get('socle-etat-civil-request')) customElements.define('socle-etat-civil-request', SocleEtatCivilRequest);

declare global {
  interface HTMLElementTagNameMap {
    'socle-etat-civil-request': SocleEtatCivilRequest;
  }

  // Same declaration as in `@socle/components/form`: the detail of this
  // element's event is an `EtatCivilSubmitDetail`, which extends it.
  interface HTMLElementEventMap {
    'socle-submit': CustomEvent<SocleSubmitDetail>;
  }
}
