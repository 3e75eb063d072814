import { SocleBreadcrumb } from './breadcrumb.js';

export { SocleBreadcrumb };
export * from './breadcrumb.js';

if (!customElements.get('socle-breadcrumb')) customElements.define('socle-breadcrumb', SocleBreadcrumb);

declare global {
  interface HTMLElementTagNameMap {
    'socle-breadcrumb': SocleBreadcrumb;
  }

  interface HTMLElementEventMap {
    'socle-toggle': CustomEvent<{ open: boolean } | { selected: boolean }>;
  }
}
