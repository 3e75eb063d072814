// Checks that the kit makes no request of its own. A page with every element
// of the manifest, typed into, requests only its own files. With an endpoint
// configured on the elements that have one, only that endpoint is added.
// Run: node --test reliability/network.test.mjs
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser, waitForElements } from './support/browser.mjs';
import { ensureBuilt } from './support/build.mjs';
import { readElements, repositoryRoot } from './support/elements.mjs';
import { bundleKit, elementsMarkup, pageHtml } from './support/page.mjs';
import { html, javascript, json, startServer } from './support/server.mjs';

/** Attributes that configure where an element may send requests. */
const ENDPOINT_ATTRIBUTES = ['endpoint', 'base-url', 'data-base-url'];
const COMMUNES_DATA = `${repositoryRoot}packages/communes/dist/data/`;
const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Serves a file of the communes data chunks, such as `index.json`, or a 404. */
function communesData(relativePath, headers = {}) {
  const file = `${COMMUNES_DATA}${relativePath}`;
  if (relativePath.includes('..') || !existsSync(file)) return undefined;
  return { type: 'application/json; charset=utf-8', body: readFileSync(file), headers };
}

let pageServer;
let endpointServer;
let browser;
let elements;
let configurable;

before(async () => {
  elements = readElements();
  ensureBuilt(elements);
  configurable = elements
    .map((element) => ({ element, attribute: element.attributes.find((attribute) => ENDPOINT_ATTRIBUTES.includes(attribute.name)) }))
    .filter((entry) => entry.attribute);

  // The endpoint server serves each configured element under its own
  // prefix: commune data chunks, or an empty GeoCodeJSON result.
  endpointServer = await startServer({
    '*': (request) => {
      const path = new URL(request.url, 'http://127.0.0.1').pathname;
      const [, tag, ...rest] = path.split('/');
      if (!tag) return undefined;
      return communesData(rest.join('/'), CORS) ?? json({ type: 'FeatureCollection', features: [] }, { headers: CORS });
    },
  });

  const configuredMarkup = configurable
    .map(({ element, attribute }) => `<${element.tagName} label="Libellé" ${attribute.name}="${endpointServer.origin}/${element.tagName}/"></${element.tagName}>`)
    .join('\n');
  pageServer = await startServer({
    '/': html(pageHtml({ title: 'Sans point d’accès', modules: ['/kit.js'], body: elementsMarkup(elements) })),
    '/configured': html(pageHtml({ title: 'Avec point d’accès', modules: ['/kit.js'], body: configuredMarkup })),
    '/kit.js': javascript(await bundleKit(elements)),
    '/data/*': (request) => communesData(new URL(request.url, 'http://127.0.0.1').pathname.slice('/data/'.length)),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await pageServer?.close();
  await endpointServer?.close();
});

/**
 * Opens `path`, types a commune name and a postal code into the first text
 * field of every element, and returns every URL the page requested.
 * Requests to any host but 127.0.0.1 are recorded and aborted.
 */
async function requestsWhileTyping(path) {
  const page = await browser.newPage();
  const requested = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requested.push(request.url());
    if (new URL(request.url()).hostname === '127.0.0.1') void request.continue();
    else void request.abort();
  });

  await page.goto(`${pageServer.origin}${path}`, { waitUntil: 'load' });
  await waitForElements(page);
  // A modal dialog opened by the `open` attribute makes the rest of the page
  // inert, so close it before typing into the other elements.
  await page.evaluate(() => document.querySelectorAll('main > [open]').forEach((element) => element.removeAttribute('open')));
  await waitForElements(page);
  const fields = await page.$$('main > *');
  let typedInto = 0;
  for (const field of fields) {
    const input = await field.evaluateHandle((element) => element.shadowRoot?.querySelector('input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea') ?? null);
    const target = input.asElement();
    if (!target || !(await target.isVisible())) continue;
    await target.focus();
    await page.keyboard.type('Paris 75001');
    typedInto += 1;
  }
  assert.ok(typedInto > 0, `no text field to type into on ${path}`);
  // Suggestion fields wait for a pause in typing before they search.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await page.close();
  return requested;
}

test('without an endpoint, only the page’s own files are requested', async () => {
  const requested = await requestsWhileTyping('/');

  const foreign = requested.filter((url) => new URL(url).origin !== pageServer.origin);
  assert.deepEqual(foreign, [], 'requests to another origin than the page');
});

test('with an endpoint, only that endpoint is added', async (context) => {
  if (configurable.length === 0) {
    context.skip(`no element of the manifest has an attribute among ${ENDPOINT_ATTRIBUTES.join(', ')}`);
    return;
  }

  const requested = await requestsWhileTyping('/configured');

  const endpoints = configurable.map(({ element }) => `${endpointServer.origin}/${element.tagName}/`);
  const foreign = requested.filter((url) => new URL(url).origin !== pageServer.origin && !endpoints.some((endpoint) => url.startsWith(endpoint)));
  assert.deepEqual(foreign, [], 'requests outside the page’s origin and the configured endpoints');
  for (const endpoint of endpoints) {
    assert.ok(
      requested.some((url) => url.startsWith(endpoint)),
      `no request reached ${endpoint} while typing, so the configured endpoint was not exercised: ${JSON.stringify(requested)}`,
    );
  }
});
