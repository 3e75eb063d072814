// Launches Debian's Chromium through puppeteer-core for the Node tests of the
// suite. CHROME_PATH overrides the binary.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export function launchBrowser() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Records console errors and uncaught page errors of `page`.
 *
 * @param {import('puppeteer-core').Page} page
 * @returns {string[]}
 */
export function collectPageErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/**
 * Waits until every `socle-*` element of the page is defined and has
 * finished its update, including those inside shadow roots.
 *
 * @param {import('puppeteer-core').Page} page
 */
export async function waitForElements(page) {
  await page.evaluate(async () => {
    const all = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.localName.startsWith('socle-')) all.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    await Promise.all([...new Set(all.map((element) => element.localName))].map((tag) => customElements.whenDefined(tag)));
    await Promise.all(all.map((element) => element.updateComplete));
  });
}
