import { SocleNirInput } from './nir-input.js';

export { SocleNirInput };
export * from './nir-input.js';

if (!customElements.get('socle-nir-input')) customElements.define('socle-nir-input', SocleNirInput);

declare global {
  interface HTMLElementTagNameMap {
    'socle-nir-input': SocleNirInput;
  }
}
