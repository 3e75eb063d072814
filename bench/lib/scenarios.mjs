// The render scenarios: which libraries run each one, the markup inserted
// and the scripts and stylesheets each page loads. Markup is built here in
// Node and passed to the page before the clock starts.
import { bundleScript, bundleStyles } from './bundle.mjs';
import { componentsDist, repoDir, tokensDist } from './paths.mjs';
import { webAwesomeDist } from './paths.mjs';
import { dsfrFiles, dsfrInstalled, gcdsEntry, gcdsStyles, webAwesomeStyles } from './peers.mjs';

export const TEXT_FIELD_COUNT = 1000;
export const DATE_INPUT_COUNT = 200;
export const INVALID_FIELD_COUNT = 100;

const repeat = (count, build) => Array.from({ length: count }, (_, index) => build(index + 1)).join('');

const nativeTextField = (n) =>
  `<div class="field"><label for="f${n}">Nom d’usage ${n}</label><input id="f${n}" name="f${n}" type="text" autocomplete="off"></div>`;

const nativeDatePart = (n, part, label, size) =>
  `<div class="date-part"><label for="d${n}-${part}">${label}</label><input id="d${n}-${part}" name="d${n}-${part}" inputmode="numeric" size="${size}" maxlength="${size}"></div>`;

const nativeDate = (n) =>
  `<fieldset class="date"><legend>Date de naissance ${n}</legend>${nativeDatePart(n, 'day', 'Jour', 2)}${nativeDatePart(n, 'month', 'Mois', 2)}${nativeDatePart(n, 'year', 'Année', 4)}</fieldset>`;

// DSFR's documented markup for an input group and a date in three inputs.
const dsfrTextField = (n) =>
  `<div class="fr-input-group"><label class="fr-label" for="f${n}">Nom d’usage ${n}</label><input class="fr-input" id="f${n}" name="f${n}" type="text" autocomplete="off"></div>`;

const dsfrDatePart = (n, part, label, size) =>
  `<div class="fr-fieldset__element fr-fieldset__element--inline"><div class="fr-input-group"><label class="fr-label" for="d${n}-${part}">${label}</label><input class="fr-input" id="d${n}-${part}" name="d${n}-${part}" inputmode="numeric" size="${size}" maxlength="${size}"></div></div>`;

const dsfrDate = (n) =>
  `<fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Date de naissance ${n}</legend>${dsfrDatePart(n, 'day', 'Jour', 2)}${dsfrDatePart(n, 'month', 'Mois', 2)}${dsfrDatePart(n, 'year', 'Année', 4)}</fieldset>`;

const socleModules = (names) => names.map((name) => `import ${JSON.stringify(`${componentsDist}${name}/define.js`)};`).join('\n');

/**
 * What a render page loads for each library. `script` is module source that
 * esbuild bundles, `styles` lists CSS files, and `readiness` selects how
 * the page waits for a first render.
 */
const LIBRARIES = {
  native: { label: { fr: 'HTML natif', en: 'Native HTML' }, script: '', styles: () => [], readiness: 'none' },
  socle: {
    label: { fr: 'Socle', en: 'Socle' },
    script: socleModules(['input', 'date-input', 'form', 'error-summary']),
    styles: () => [`${tokensDist}css/socle.css`],
    readiness: 'lit',
  },
  webawesome: {
    label: { fr: 'Web Awesome', en: 'Web Awesome' },
    script: `import ${JSON.stringify(`${webAwesomeDist}components/input/input.js`)};`,
    styles: webAwesomeStyles,
    readiness: 'lit',
  },
  gcds: { label: { fr: 'GCDS', en: 'GCDS' }, script: gcdsEntry(['gcds-input', 'gcds-date-input', 'gcds-error-summary', 'gcds-button']), styles: gcdsStyles, readiness: 'stencil' },
  dsfr: {
    label: { fr: 'DSFR', en: 'DSFR' },
    script: () => dsfrFiles().js.map((file) => `import ${JSON.stringify(file)};`).join('\n'),
    styles: () => dsfrFiles().css,
    readiness: 'none',
  },
};

/**
 * Lists the render scenarios. Each title is a function of a number formatter,
 * so each language formats the counts its own way. Variants run in the listed
 * order in the first round, and later rounds rotate that order. `markup` is
 * what goes into the page's container.
 */
export function scenarios() {
  const withDsfr = dsfrInstalled();
  const list = [
    {
      id: 'text-fields',
      title: { fr: (n) => `${n(TEXT_FIELD_COUNT)} champs de texte étiquetés`, en: (n) => `${n(TEXT_FIELD_COUNT)} labelled text fields` },
      count: TEXT_FIELD_COUNT,
      measureHeap: true,
      variants: [
        { id: 'native', library: 'native', element: '<label> + <input>', markup: repeat(TEXT_FIELD_COUNT, nativeTextField) },
        { id: 'socle', library: 'socle', element: 'socle-input', markup: repeat(TEXT_FIELD_COUNT, (n) => `<socle-input label="Nom d’usage ${n}" name="f${n}"></socle-input>`) },
        { id: 'webawesome', library: 'webawesome', element: 'wa-input', markup: repeat(TEXT_FIELD_COUNT, (n) => `<wa-input label="Nom d’usage ${n}" name="f${n}"></wa-input>`) },
        { id: 'gcds', library: 'gcds', element: 'gcds-input', markup: repeat(TEXT_FIELD_COUNT, (n) => `<gcds-input input-id="f${n}" label="Nom d’usage ${n}" name="f${n}"></gcds-input>`) },
        ...(withDsfr ? [{ id: 'dsfr', library: 'dsfr', element: '.fr-input-group', markup: repeat(TEXT_FIELD_COUNT, dsfrTextField) }] : []),
      ],
    },
    {
      id: 'date-inputs',
      title: { fr: (n) => `${n(DATE_INPUT_COUNT)} dates en trois champs`, en: (n) => `${n(DATE_INPUT_COUNT)} dates in three fields` },
      count: DATE_INPUT_COUNT,
      measureHeap: false,
      variants: [
        { id: 'native', library: 'native', element: '<fieldset> + 3 <input>', markup: repeat(DATE_INPUT_COUNT, nativeDate) },
        { id: 'socle', library: 'socle', element: 'socle-date-input', markup: repeat(DATE_INPUT_COUNT, (n) => `<socle-date-input label="Date de naissance ${n}" name="d${n}"></socle-date-input>`) },
        { id: 'gcds', library: 'gcds', element: 'gcds-date-input', markup: repeat(DATE_INPUT_COUNT, (n) => `<gcds-date-input legend="Date de naissance ${n}" name="d${n}" format="full"></gcds-date-input>`) },
        ...(withDsfr ? [{ id: 'dsfr', library: 'dsfr', element: '.fr-fieldset + 3 .fr-input', markup: repeat(DATE_INPUT_COUNT, dsfrDate) }] : []),
      ],
    },
    {
      id: 'form-errors',
      title: { fr: (n) => `Validation d’un formulaire de ${n(INVALID_FIELD_COUNT)} champs invalides`, en: (n) => `Validating a form of ${n(INVALID_FIELD_COUNT)} invalid fields` },
      count: INVALID_FIELD_COUNT,
      measureHeap: false,
      submit: true,
      variants: [
        {
          id: 'socle',
          library: 'socle',
          element: 'socle-form + socle-input required',
          markup: `<socle-form><form action="/never-submitted" method="post">${repeat(INVALID_FIELD_COUNT, (n) => `<socle-input id="f${n}" label="Nom d’usage ${n}" name="f${n}" required></socle-input>`)}<button type="submit">Envoyer</button></form></socle-form>`,
          // socle-form creates the summary before the form on the first failed submission.
          submit: { summaryTag: 'socle-error-summary', itemSelector: 'a[href]', fieldTag: 'socle-input' },
        },
        {
          id: 'gcds',
          library: 'gcds',
          element: 'gcds-error-summary + gcds-input required',
          markup: `<form action="/never-submitted" method="post" novalidate><gcds-error-summary></gcds-error-summary>${repeat(INVALID_FIELD_COUNT, (n) => `<gcds-input input-id="f${n}" label="Nom d’usage ${n}" name="f${n}" required validate-on="submit"></gcds-input>`)}<gcds-button type="submit">Envoyer</gcds-button></form>`,
          // GCDS fields validate on the form's submit event and report to the summary with gcdsError events.
          submit: { summaryTag: 'gcds-error-summary', itemSelector: 'li.summary__listitem', fieldTag: 'gcds-input' },
        },
      ],
    },
  ];
  return list;
}

/** Returns the library's name in `language` (`fr` or `en`). */
export function libraryLabel(id, language) {
  return LIBRARIES[id].label[language];
}

export function libraryReadiness(id) {
  return LIBRARIES[id].readiness;
}

/**
 * Bundles the script and stylesheet of every library a scenario uses, once.
 * @returns {Promise<Map<string, { script: Uint8Array | null, styles: Uint8Array | null }>>}
 */
export async function buildLibraryAssets(libraryIds, { minify = true } = {}) {
  const assets = new Map();
  for (const id of libraryIds) {
    const library = LIBRARIES[id];
    const source = typeof library.script === 'function' ? library.script() : library.script;
    const styleFiles = library.styles();
    assets.set(id, {
      script: source ? await bundleScript({ contents: source, resolveDir: repoDir, minify }) : null,
      styles: styleFiles.length > 0 ? await bundleStyles(styleFiles) : null,
    });
  }
  return assets;
}
