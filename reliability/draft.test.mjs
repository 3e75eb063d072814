// Checks that `socle-form draft-key` keeps every answer of a twelve-field
// form across a reload, a back/forward navigation and a server error, and
// never stores passwords, files or fields inside a `no-draft` element.
// Run: node --test reliability/draft.test.mjs
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { collectPageErrors, launchBrowser, waitForElements } from './support/browser.mjs';
import { ensureBuilt } from './support/build.mjs';
import { readElements } from './support/elements.mjs';
import { bundleKit, pageHtml } from './support/page.mjs';
import { html, javascript, startServer } from './support/server.mjs';

const REQUIRED_ELEMENTS = [
  'socle-form',
  'socle-input',
  'socle-textarea',
  'socle-select',
  'socle-checkbox',
  'socle-radio-group',
  'socle-radio',
  'socle-date-input',
  'socle-phone-input',
  'socle-file-upload',
];

// Values that must never reach the storage.
const PASSWORD = 'MotDePasse-Secret-42';
const FILE_NAME = 'piece-justificative-secrete.pdf';
const NO_DRAFT_VALUE = 'Valeur-Hors-Brouillon';

const FORM = `<socle-form draft-key="reliability-demande">
<form method="post" action="/submit">
  <socle-input name="nom" label="Nom"></socle-input>
  <socle-input name="courriel" type="email" label="Adresse électronique"></socle-input>
  <socle-textarea name="message" label="Votre message"></socle-textarea>
  <socle-select name="motif" label="Motif">
    <option value="">Choisir</option>
    <option value="naissance">Naissance</option>
    <option value="mariage">Mariage</option>
  </socle-select>
  <socle-checkbox name="accord" value="oui" label="J’accepte d’être recontacté"></socle-checkbox>
  <socle-radio-group name="civilite" label="Civilité">
    <socle-radio value="madame" label="Madame"></socle-radio>
    <socle-radio value="monsieur" label="Monsieur"></socle-radio>
  </socle-radio-group>
  <socle-date-input name="naissance" label="Date de naissance"></socle-date-input>
  <socle-phone-input name="telephone" label="Téléphone"></socle-phone-input>
  <p><label for="ville">Ville</label> <input id="ville" name="ville"></p>
  <socle-input name="motdepasse" type="password" label="Mot de passe"></socle-input>
  <socle-file-upload name="piece" label="Pièce justificative"></socle-file-upload>
  <div no-draft><label for="secret">Code de suivi</label> <input id="secret" name="secret"></div>
  <button type="submit">Envoyer</button>
</form>
</socle-form>`;

/** Names of the fields that the draft must keep. */
const DRAFTED = ['nom', 'courriel', 'message', 'motif', 'accord', 'civilite', 'naissance', 'telephone', 'ville'];

let server;
let browser;
let missing = [];
let temporaryDirectory;
let uploadPath;

before(async () => {
  const elements = readElements();
  const tags = new Set(elements.map((element) => element.tagName));
  missing = REQUIRED_ELEMENTS.filter((tag) => !tags.has(tag));
  if (missing.length > 0) return;

  ensureBuilt(elements);
  temporaryDirectory = mkdtempSync(join(tmpdir(), 'socle-draft-'));
  uploadPath = join(temporaryDirectory, FILE_NAME);
  writeFileSync(uploadPath, '%PDF-1.4 fichier de test\n');

  server = await startServer({
    '/form': html(pageHtml({ title: 'Demande', modules: ['/kit.js'], body: FORM })),
    '/other': html(pageHtml({ title: 'Autre page', body: '<p>Autre page</p>' })),
    'POST /submit': html(pageHtml({ title: 'Erreur du serveur', body: '<p>Le service est indisponible.</p>' }), { status: 500 }),
    '/kit.js': javascript(await bundleKit(elements)),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (temporaryDirectory) rmSync(temporaryDirectory, { recursive: true, force: true });
});

/** Focuses the first element matching `selector` inside the shadow root of `host` and types `text`. */
async function typeInto(page, host, selector, text) {
  const field = await page.evaluateHandle((hostSelector, inner) => document.querySelector(hostSelector).shadowRoot.querySelector(inner), host, selector);
  await field.asElement().focus();
  await page.keyboard.type(text);
}

/** Fills every field as a user would, with real key presses and clicks. */
async function fill(page) {
  await typeInto(page, '[name=nom]', 'input', 'Dupont');
  await typeInto(page, '[name=courriel]', 'input', 'jeanne.dupont@exemple.fr');
  await typeInto(page, '[name=message]', 'textarea', 'Bonjour, je demande un acte.');
  const select = await page.evaluateHandle(() => document.querySelector('[name=motif]').shadowRoot.querySelector('select'));
  await select.asElement().select('mariage');
  await page.click('socle-checkbox[name=accord]');
  await page.click('socle-radio[value=monsieur]');
  const dateParts = await page.evaluateHandle(() => [...document.querySelector('[name=naissance]').shadowRoot.querySelectorAll('input')]);
  const [day, month, year] = await Promise.all([0, 1, 2].map((index) => dateParts.evaluateHandle((parts, i) => parts[i], index)));
  for (const [part, text] of [[day, '14'], [month, '07'], [year, '1990']]) {
    await part.asElement().focus();
    await page.keyboard.type(text);
  }
  await typeInto(page, '[name=telephone]', 'input', '0612345678');
  await page.focus('#ville');
  await page.keyboard.type('Lyon');
  await typeInto(page, '[name=motdepasse]', 'input', PASSWORD);
  const file = await page.evaluateHandle(() => document.querySelector('[name=piece]').shadowRoot.querySelector('input[type=file]'));
  await file.asElement().uploadFile(uploadPath);
  await page.focus('#secret');
  await page.keyboard.type(NO_DRAFT_VALUE);
  // Leaving the last field commits it; the draft is saved at most every 300 ms.
  await page.focus('#ville');
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Returns the value (or checked state) of every named field of the form. */
function readValues(page) {
  return page.evaluate(() => {
    const values = {};
    for (const control of document.querySelector('form').elements) {
      if (!control.name) continue;
      const checkable = control.localName === 'socle-checkbox' || control.localName === 'socle-radio';
      values[control.name] = checkable ? control.checked : control.value;
    }
    return values;
  });
}

function pick(values, names) {
  return Object.fromEntries(names.map((name) => [name, values[name]]));
}

/** Returns everything stored in sessionStorage and localStorage, as one string. */
function storedText(page) {
  return page.evaluate(() => JSON.stringify({ session: { ...sessionStorage }, local: { ...localStorage } }));
}

async function openForm() {
  const page = await browser.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${server.origin}/form`, { waitUntil: 'load' });
  await waitForElements(page);
  return { page, errors };
}

/** Waits for the elements after a navigation and lets the form apply its draft. */
async function settleAfterNavigation(page) {
  await waitForElements(page);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await waitForElements(page);
}

/** Fills the form, checks the storage, runs `navigate` and expects every drafted value back. */
async function expectAnswersKept(navigate) {
  const { page, errors } = await openForm();
  await fill(page);
  const filled = pick(await readValues(page), DRAFTED);
  assert.ok(Object.values(filled).every((value) => value !== '' && value !== false), `some fields were not filled: ${JSON.stringify(filled)}`);
  const stored = await storedText(page);
  assert.ok(stored.includes('Dupont'), `the draft is not in the storage: ${stored}`);

  await navigate(page);
  await settleAfterNavigation(page);

  assert.deepEqual(pick(await readValues(page), DRAFTED), filled);
  const storedAfter = await storedText(page);
  for (const secret of [PASSWORD, FILE_NAME, NO_DRAFT_VALUE]) {
    assert.ok(!stored.includes(secret), `"${secret}" was stored before navigating: ${stored}`);
    assert.ok(!storedAfter.includes(secret), `"${secret}" was stored after navigating: ${storedAfter}`);
  }
  assert.deepEqual(errors.filter((error) => !error.includes('500')), [], 'console errors and uncaught errors');
  await page.close();
}

test('draft keeps answers across a reload', async (context) => {
  if (missing.length > 0) return context.skip(`missing elements in custom-elements.json: ${missing.join(', ')}`);

  await expectAnswersKept(async (page) => {
    await page.reload({ waitUntil: 'load' });
  });
});

test('draft keeps answers across back and forward', async (context) => {
  if (missing.length > 0) return context.skip(`missing elements in custom-elements.json: ${missing.join(', ')}`);

  await expectAnswersKept(async (page) => {
    await page.goto(`${server.origin}/other`, { waitUntil: 'load' });
    await page.goBack({ waitUntil: 'load' });
  });
});

test('draft keeps answers after a server error', async (context) => {
  if (missing.length > 0) return context.skip(`missing elements in custom-elements.json: ${missing.join(', ')}`);

  await expectAnswersKept(async (page) => {
    const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
    assert.equal(response?.status(), 500, 'the test server answers the submission with 500');
    await page.goBack({ waitUntil: 'load' });
  });
});
