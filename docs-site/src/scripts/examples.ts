/**
 * Client script of the live examples. It registers the Socle elements that
 * the page's examples use, and keeps the Socle colour scheme in step with
 * Starlight's light/dark theme selector.
 */

// One loader per element: a page downloads only the elements its examples
// contain. Add a line here when a component page gets a live example.
const elementLoaders: Record<string, () => Promise<unknown>> = {
  'socle-button': () => import('@socle/components/button'),
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

syncColourScheme();
defineExampleElements();
