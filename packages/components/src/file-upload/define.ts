import { SocleFileUpload } from './file-upload.js';

export { SocleFileUpload };
export * from './file-upload.js';

if (!customElements.get('socle-file-upload')) customElements.define('socle-file-upload', SocleFileUpload);

declare global {
  interface HTMLElementTagNameMap {
    'socle-file-upload': SocleFileUpload;
  }
}
