import { SocleNameFields } from './name-fields.js';

export { SocleNameFields };
export * from './name-fields.js';

if (!customElements.get('socle-name-fields')) customElements.define('socle-name-fields', SocleNameFields);

declare global {
  interface HTMLElementTagNameMap {
    'socle-name-fields': SocleNameFields;
  }
}
