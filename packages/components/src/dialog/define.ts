import { SocleDialog, type DialogCloseDetail } from './dialog.js';

export { SocleDialog };
export * from './dialog.js';

if (!customElements.get('socle-dialog')) customElements.define('socle-dialog', SocleDialog);

declare global {
  interface HTMLElementTagNameMap {
    'socle-dialog': SocleDialog;
  }

  interface HTMLElementEventMap {
    'socle-show': CustomEvent<void>;
    'socle-cancel': CustomEvent<void>;
    'socle-close': CustomEvent<DialogCloseDetail>;
  }
}
