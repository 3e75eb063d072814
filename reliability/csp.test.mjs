// Renders every element of the manifest, bundled from the production build,
// under a strict Content-Security-Policy with Trusted Types, and expects no
// policy violation and no console error. Run: node --test reliability/csp.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { collectPageErrors, launchBrowser, waitForElements } from './support/browser.mjs';
import { ensureBuilt } from './support/build.mjs';
import { readElements } from './support/elements.mjs';
import { bundleKit, elementsMarkup, pageHtml } from './support/page.mjs';
import { html, javascript, startServer } from './support/server.mjs';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

// Collects violations from the first script of the page, as an external
// file because the policy blocks inline scripts.
const VIOLATION_COLLECTOR = `window.__violations = [];
// Names the node that broke the policy and the shadow hosts around it.
function describe(node) {
  const names = [];
  for (let current = node; current && current.nodeType === 1; ) {
    names.unshift(current.localName + (current.className && typeof current.className === 'string' ? '.' + current.className.trim().split(/\\s+/).join('.') : ''));
    const root = current.getRootNode();
    current = current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return names.filter((name) => name.startsWith('socle-') || names.indexOf(name) === names.length - 1).join(' > ');
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push({
    directive: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: event.sourceFile + ':' + event.lineNumber,
    element: describe(event.composedPath()[0]),
  });
});`;

let server;
let browser;
let elements;

before(async () => {
  elements = readElements();
  ensureBuilt(elements);
  const kit = await bundleKit(elements);
  server = await startServer(
    {
      '/': html(pageHtml({ title: 'Tous les éléments', classicScripts: ['/violations.js'], modules: ['/kit.js'], body: elementsMarkup(elements) })),
      '/control': html(
        pageHtml({ title: 'Contrôle', classicScripts: ['/violations.js'], body: '<p style="color: red">Style en ligne interdit</p>' }),
      ),
      '/violations.js': javascript(VIOLATION_COLLECTOR),
      '/kit.js': javascript(kit),
    },
    { headers: { 'Content-Security-Policy': POLICY } },
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the violation collector reports an inline style', async () => {
  const page = await browser.newPage();

  await page.goto(`${server.origin}/control`, { waitUntil: 'load' });
  const violations = await page.evaluate(() => window.__violations);

  assert.ok(violations.some((violation) => violation.directive.startsWith('style-src')), JSON.stringify(violations));
  await page.close();
});

describe('every element under the strict policy', () => {
  let report;

  before(async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.origin}/`, { waitUntil: 'load' });
    await waitForElements(page);
    // Let late work (observers, timers, frames) run before reading the reports.
    await new Promise((resolve) => setTimeout(resolve, 300));
    report = {
      errors,
      violations: await page.evaluate(() => window.__violations),
      undefinedTags: await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), elements.map((element) => element.tagName)),
      unrendered: await page.evaluate(() =>
        [...document.querySelectorAll('main > *')]
          .filter((element) => element.shadowRoot && element.shadowRoot.childNodes.length === 0)
          .map((element) => element.localName),
      ),
    };
    await page.close();
  });

  test('registers every element of the manifest', () => {
    assert.deepEqual(report.undefinedTags, [], 'elements of the manifest not defined by the bundled production build');
  });

  test('breaks no Content-Security-Policy directive', () => {
    assert.deepEqual(report.violations, [], 'Content-Security-Policy violations');
  });

  test('logs no console error', () => {
    assert.deepEqual(report.errors, [], 'console errors and uncaught errors');
  });

  test('renders every shadow root', () => {
    assert.deepEqual(report.unrendered, [], 'elements with an empty shadow root');
  });
});
