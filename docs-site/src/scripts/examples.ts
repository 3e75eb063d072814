/**
 * Client script of the live examples. It registers the Socle elements that
 * the page's examples use, keeps the Socle colour scheme in step with
 * Starlight's light/dark theme selector, and applies the theme picked above
 * each example.
 */

// One loader per element: a page downloads only the elements its examples
// contain. Add a line here when a component page gets a live example.
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'socle-accordion': () => import('@socle/components/accordion'),
  'socle-accordion-item': () => import('@socle/components/accordion'),
  'socle-address-input': () => import('@socle/components/address-input'),
  'socle-alert': () => import('@socle/components/alert'),
  'socle-brand': () => import('@socle/components/brand'),
  'socle-breadcrumb': () => import('@socle/components/breadcrumb'),
  'socle-button': () => import('@socle/components/button'),
  'socle-checkbox': () => import('@socle/components/checkbox'),
  'socle-checkbox-group': () => import('@socle/components/checkbox-group'),
  'socle-commune-input': () => import('@socle/components/commune-input'),
  'socle-consent-banner': () => import('@socle/components/consent-banner'),
  'socle-consent-purpose': () => import('@socle/components/consent-banner'),
  'socle-date-input': () => import('@socle/components/date-input'),
  'socle-dialog': () => import('@socle/components/dialog'),
  'socle-error-summary': () => import('@socle/components/error-summary'),
  'socle-etat-civil-request': () => import('@socle/components/etat-civil-request'),
  'socle-fieldset': () => import('@socle/components/fieldset'),
  'socle-file-upload': () => import('@socle/components/file-upload'),
  'socle-footer': () => import('@socle/components/footer'),
  'socle-form': () => import('@socle/components/form'),
  'socle-franceconnect-button': () => import('@socle/components/franceconnect-button'),
  'socle-header': () => import('@socle/components/header'),
  'socle-iban-input': () => import('@socle/components/iban-input'),
  'socle-input': () => import('@socle/components/input'),
  'socle-link': () => import('@socle/components/link'),
  'socle-name-fields': () => import('@socle/components/name-fields'),
  'socle-nir-input': () => import('@socle/components/nir-input'),
  'socle-notice': () => import('@socle/components/notice'),
  'socle-official-banner': () => import('@socle/components/official-banner'),
  'socle-phone-input': () => import('@socle/components/phone-input'),
  'socle-postal-code-input': () => import('@socle/components/postal-code-input'),
  'socle-radio': () => import('@socle/components/radio-group'),
  'socle-radio-group': () => import('@socle/components/radio-group'),
  'socle-select': () => import('@socle/components/select'),
  'socle-siret-input': () => import('@socle/components/siret-input'),
  'socle-skip-links': () => import('@socle/components/skip-links'),
  'socle-stepper': () => import('@socle/components/stepper'),
  'socle-summary-item': () => import('@socle/components/summary-list'),
  'socle-summary-list': () => import('@socle/components/summary-list'),
  'socle-tab': () => import('@socle/components/tabs'),
  'socle-tab-panel': () => import('@socle/components/tabs'),
  'socle-tabs': () => import('@socle/components/tabs'),
  'socle-tag': () => import('@socle/components/tag'),
  'socle-textarea': () => import('@socle/components/textarea'),
};

function defineExampleElements(): void {
  for (const [tagName, load] of Object.entries(elementLoaders)) {
    if (document.querySelector(`.socle-example-preview ${tagName}`)) {
      load().catch((error: unknown) => console.error(`Socle docs: loading <${tagName}> failed.`, error));
    }
  }
}

/**
 * Copies Starlight's `data-theme` ("light" or "dark", set on <html> by its
 * theme selector) to `data-socle-scheme`, which the Socle theme CSS reads, so
 * the examples follow the site's scheme rather than only the system one.
 */
function syncColourScheme(): void {
  const root = document.documentElement;
  const apply = () => {
    root.dataset.socleScheme = root.dataset.theme === 'dark' ? 'dark' : 'light';
  };
  apply();
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
}

/**
 * Opens a dialog from a live example: examples contain no script, so a
 * button names the dialog to open in `data-socle-example-open`.
 */
function wireDialogOpeners(): void {
  document.addEventListener('click', (event) => {
    const opener = (event.target as Element | null)?.closest?.('[data-socle-example-open]');
    const id = opener?.getAttribute('data-socle-example-open');
    const dialog = id ? document.getElementById(id) : null;
    if (dialog && 'show' in dialog && typeof dialog.show === 'function') dialog.show();
  });
}

/**
 * Shows an example in the theme picked in its toolbar: the scoped theme
 * sheet (example-themes.css) reads `data-socle-example-theme`.
 */
function wireThemeSelectors(): void {
  document.addEventListener('change', (event) => {
    const select = event.target;
    if (!(select instanceof HTMLSelectElement) || !select.hasAttribute('data-socle-example-theme-select')) return;
    const preview = select.closest('.socle-example')?.querySelector<HTMLElement>('.socle-example-preview');
    if (preview) preview.dataset.socleExampleTheme = select.value;
  });
}

syncColourScheme();
defineExampleElements();
wireThemeSelectors();
wireDialogOpeners();
