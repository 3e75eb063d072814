import { SocleStepper } from './stepper.js';

export { SocleStepper };
export * from './stepper.js';

if (!customElements.get('socle-stepper')) customElements.define('socle-stepper', SocleStepper);

declare global {
  interface HTMLElementTagNameMap {
    'socle-stepper': SocleStepper;
  }
}
