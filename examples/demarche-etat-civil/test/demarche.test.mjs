// End-to-end tests of the démarche in Chromium: the server runs in this
// process on 127.0.0.1 with a free port, and puppeteer-core drives
// /usr/bin/chromium (CHROME_PATH overrides it) through real clicks and typing.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startServer } from '../server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

const APP = 'socle-etat-civil-request';

let server;
let browser;
let context;
let page;
/** Content-Security-Policy violations reported by the page under test. */
let violations;

/**
 * Waits for an element matched through shadow roots. Puppeteer's
 * `waitForSelector` re-checks on mutations of the document only, and
 * changes inside shadow roots do not notify it, so this polls instead.
 */
async function waitForDeep(selector, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function currentStep() {
  return page.$eval(APP, (element) => element.currentStep);
}

async function waitForStep(step) {
  await page.waitForFunction((tag, expected) => document.querySelector(tag)?.currentStep === expected, {}, APP, step);
}

async function choose(field, value, part = '') {
  const partSelector = part ? `[data-part="${part}"]` : '';
  await page.click(`${APP} >>> [data-field="${field}"]${partSelector} socle-radio[value="${value}"] >>> input`);
}

async function typeName(field, lastName, firstName) {
  await page.type(`${APP} >>> [data-field="${field}"] >>> #birth-name`, lastName);
  await page.type(`${APP} >>> [data-field="${field}"] >>> #given-name-0`, firstName);
}

async function typeDate(field, iso) {
  const [year, month, day] = iso.split('-');
  await page.type(`${APP} >>> [data-field="${field}"] >>> #day`, day);
  await page.type(`${APP} >>> [data-field="${field}"] >>> #month`, month);
  await page.type(`${APP} >>> [data-field="${field}"] >>> #year`, year);
}

/** Types a commune name and picks the first suggestion, from the COG data the server serves. */
async function pickCommune(field, name) {
  const combobox = `${APP} >>> [data-field="${field}"][data-part="commune"]`;
  await page.type(`${combobox} >>> input`, name);
  const option = await waitForDeep(`${combobox} >>> [role="option"]`);
  assert.ok((await option.evaluate((node) => node.textContent)).includes(name));
  await option.click();
}

async function typeAddress({ line1, postalCode, city }) {
  const address = `${APP} >>> [data-field="delivery"]`;
  await page.type(`${address} >>> #line1`, line1);
  await page.type(`${address} >>> #postalCode`, postalCode);
  await page.type(`${address} >>> #city`, city);
}

async function next(expectedStep) {
  await page.click(`${APP} >>> socle-button.next`);
  await waitForStep(expectedStep);
}

async function submitAndWait() {
  await Promise.all([page.waitForNavigation(), page.click(`${APP} >>> socle-button.submit`)]);
}

async function mainText() {
  return page.$eval('main', (main) => main.innerText);
}

describe('démarche état civil', () => {
  before(async () => {
    server = await startServer({ port: 0 });
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  afterEach(async () => {
    await context?.close();
  });

  beforeEach(async () => {
    context = await browser.createBrowserContext();
    page = await context.newPage();
    // Headless Chromium pauses animation frames in pages that are not in
    // front, and the combobox waits for a frame before listing suggestions.
    await page.bringToFront();
    violations = [];
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    await page.goto(server.url, { waitUntil: 'networkidle0' });
    await page.waitForFunction((tag) => customElements.get(tag) !== undefined, {}, APP);
  });

  it('sends a birth certificate request by the person concerned', async () => {
    await choose('act', 'naissance');
    await choose('document', 'copie-integrale');
    await next(2);
    await choose('qualite', 'personne-concernee');
    await typeDate('actDate', '1990-05-12');
    await waitForDeep(`${APP} >>> .feedback socle-alert[severity="success"]`);
    await next(3);
    await typeName('person', 'Martin', 'Louise');
    await choose('actPlace', 'commune', 'kind');
    await pickCommune('actPlace', 'Angers');
    await typeName('parent0', 'Martin', 'Paul');
    await next(4);
    await typeAddress({ line1: '3 rue des Lilas', postalCode: '49000', city: 'Angers' });
    await next(5);
    await submitAndWait();

    const text = await mainText();
    assert.match(text, /Votre demande est enregistrée/);
    assert.match(text, /EC-\d{4}-[0-9A-Z]{6}/);
    assert.match(text, /Mairie d’Angers/);
    assert.match(text, /Copie intégrale/);
    // TODO: expect no violation at all once socle-date-input sets the width
    // of its parts without a style attribute, which `style-src 'self'` blocks
    // (the parts then keep their default width).
    assert.deepEqual(
      violations.filter((violation) => !violation.startsWith('style-src-attr ')),
      [],
    );
  });

  it('switches a refused copie intégrale to an extrait sans filiation', async () => {
    await choose('act', 'naissance');
    await choose('document', 'copie-integrale');
    await next(2);
    await choose('qualite', 'tiers');
    await typeDate('actDate', '1990-05-12');
    const refusal = await waitForDeep(`${APP} >>> .feedback socle-alert[severity="warning"]`);
    assert.match(await refusal.evaluate((alert) => alert.textContent), /75 ans/);

    await page.click(`${APP} >>> socle-button[data-document="extrait-sans-filiation"]`);
    await waitForDeep(`${APP} >>> .feedback socle-alert[severity="success"]`);
    await next(3);
    assert.equal(await page.$(`${APP} >>> [data-field="parent0"]`), null);
    await typeName('person', 'Martin', 'Louise');
    await choose('actPlace', 'commune', 'kind');
    await pickCommune('actPlace', 'Angers');
    await next(4);
    await typeName('requester', 'Durand', 'Marc');
    await typeAddress({ line1: '8 avenue Foch', postalCode: '49100', city: 'Angers' });
    await next(5);
    await submitAndWait();

    const text = await mainText();
    assert.match(text, /Votre demande est enregistrée/);
    assert.match(text, /Extrait sans filiation/);
    assert.match(text, /Autre personne/);
  });

  it('sends a death certificate request', async () => {
    await choose('act', 'deces');
    await next(2);
    await choose('qualite', 'tiers');
    await waitForDeep(`${APP} >>> .feedback socle-alert[severity="success"]`);
    await next(3);
    await typeName('person', 'Bernard', 'Jeanne');
    await typeDate('actDate', '2021-11-03');
    await choose('actPlace', 'commune', 'kind');
    await pickCommune('actPlace', 'Nantes');
    await next(4);
    await typeName('requester', 'Bernard', 'Luc');
    await typeAddress({ line1: '12 quai de la Fosse', postalCode: '44000', city: 'Nantes' });
    await next(5);
    await submitAndWait();

    const text = await mainText();
    assert.match(text, /Acte de décès/);
    assert.match(text, /Mairie de Nantes/);
  });

  it('routes an event abroad to Nantes', async () => {
    await choose('act', 'naissance');
    await choose('document', 'extrait-sans-filiation');
    await next(2);
    await choose('qualite', 'personne-concernee');
    await next(3);
    await typeName('person', 'Haddad', 'Samir');
    await typeDate('actDate', '1985-02-20');
    await choose('actPlace', 'abroad', 'kind');
    await page.select(`${APP} >>> [data-field="actPlace"][data-part="country"] >>> select`, 'MA');
    await page.type(`${APP} >>> [data-field="actPlace"][data-part="city"] >>> input`, 'Rabat');
    await choose('nationality', 'francaise');
    const office = await waitForDeep(`${APP} >>> .step socle-alert[severity="info"]`);
    assert.match(await office.evaluate((alert) => alert.textContent), /Service central d’état civil/);
    await next(4);
    await typeAddress({ line1: '5 rue Victor Hugo', postalCode: '33000', city: 'Bordeaux' });
    await next(5);
    await submitAndWait();

    const text = await mainText();
    assert.match(text, /Service central d’état civil/);
    assert.match(text, /44941 Nantes Cedex 9/);
  });

  it('keeps every answer after a server rejection', async () => {
    await choose('act', 'mariage');
    await choose('document', 'extrait-sans-filiation');
    await next(2);
    await choose('qualite', 'conjoint');
    await next(3);
    await typeName('person', 'Petit', 'Claire');
    await typeDate('actDate', '2012-07-14');
    await choose('actPlace', 'commune', 'kind');
    await pickCommune('actPlace', 'Angers');
    await next(4);
    await typeName('requester', 'Petit', 'Hugo');
    // 75001 is a Paris postal code: only the server checks it against the commune.
    await typeAddress({ line1: '3 rue des Lilas', postalCode: '75001', city: 'Angers' });
    await page.select(`${APP} >>> [data-field="copies"] >>> select`, '3');
    await next(5);
    const sent = await page.$eval(APP, (element) => JSON.stringify(element.request));
    await submitAndWait();

    assert.match(await page.title(), /^Erreur/);
    await waitForStep(5);
    const summary = await waitForDeep(`${APP} >>> socle-error-summary >>> a`);
    assert.match(await summary.evaluate((link) => link.textContent), /Le code postal 75001 ne correspond pas/);
    const kept = await page.$eval(APP, (element) => JSON.stringify(element.request));
    assert.deepEqual(JSON.parse(kept), JSON.parse(sent));

    await summary.click();
    await waitForStep(4);
    const postalCode = `${APP} >>> [data-field="delivery"] >>> #postalCode`;
    await page.click(postalCode, { count: 3 });
    await page.type(postalCode, '49000');
    await next(5);
    await submitAndWait();
    assert.match(await mainText(), /Votre demande est enregistrée/);
    assert.equal(await currentStepOrNull(), null);
  });
});

async function currentStepOrNull() {
  return (await page.$(APP)) === null ? null : currentStep();
}
