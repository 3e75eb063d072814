import { SocleErrorSummary } from './error-summary.js';

export { SocleErrorSummary };
export * from './error-summary.js';

if (!customElements.get('socle-error-summary')) customElements.define('socle-error-summary', SocleErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'socle-error-summary': SocleErrorSummary;
  }
}
