// Size rows: Socle's bundles, themes and formats, then the peers' form page.
// Every JavaScript row is an esbuild bundle (ESM, minified) of the entry
// shown in its `contents` column, so readers can rebuild any row.
import { readdirSync, readFileSync } from 'node:fs';
import { bundleScript, bundleStyles, compressedSizes } from './bundle.mjs';
import { componentsDist, formatsDist, repoDir, tokensDist } from './paths.mjs';
import {
  dsfrFiles,
  dsfrInstalled,
  gcdsEntry,
  gcdsStyles,
  GCDS_FORM_COMPONENTS,
  webAwesomeFormEntry,
  webAwesomeStyles,
  WEB_AWESOME_FORM_COMPONENTS,
} from './peers.mjs';

/** Socle's form page: text fields, a date, radio buttons, the validating form and its error summary. */
export const SOCLE_FORM_PAGE = ['form', 'input', 'date-input', 'radio-group', 'error-summary'];

const importDefines = (names) => names.map((name) => `import ${JSON.stringify(`${componentsDist}${name}/define.js`)};`).join('\n');

/** A text shown in the docs, in French and in English. */
const text = (fr, en = fr) => ({ fr, en });

/**
 * Builds every size row. Each row is `{ group, id, name, contents, raw, gzip,
 * brotli }` in bytes, with `name` and `contents` in French and English.
 * Element rows carry `lit` and `noLit` sizes (Lit bundled, Lit left external)
 * instead of `raw`, `gzip` and `brotli`.
 * @returns {Promise<{ rows: object[], skipped: string[] }>}
 */
export async function measureSizes() {
  const rows = [];
  const skipped = [];

  const addScript = async (group, id, name, source, contents, withoutLit = false) => {
    const bytes = await bundleScript({ contents: source, resolveDir: repoDir, withoutLit });
    rows.push({ group, id, name, contents, ...compressedSizes(bytes) });
  };
  const addStyles = async (group, id, name, files, contents) => {
    rows.push({ group, id, name, contents, ...compressedSizes(await bundleStyles(files)) });
  };

  await addScript(
    'socle',
    'components',
    text('@socle/components (tout)', '@socle/components (all)'),
    `export * from ${JSON.stringify(`${componentsDist}index.js`)};`,
    text(
      'dist/index.js : tous les éléments, Lit, et le code de @socle/formats, @socle/communes et @socle/etat-civil qu’ils importent',
      'dist/index.js: every element, Lit, and the @socle/formats, @socle/communes and @socle/etat-civil code they import',
    ),
  );

  const formPage = importDefines(SOCLE_FORM_PAGE);
  const formPageList = SOCLE_FORM_PAGE.map((name) => `socle-${name}`).join(', ');
  await addScript('socle', 'form-page', text('page de formulaire, avec Lit', 'form page, with Lit'), formPage, text(`${formPageList} (define.js de chacun) et Lit`, `${formPageList} (define.js of each) and Lit`));
  await addScript('socle', 'form-page-no-lit', text('page de formulaire, sans Lit', 'form page, without Lit'), formPage, text(`${formPageList}, sans Lit`, `${formPageList}, Lit left out`), true);
  await addScript(
    'socle',
    'form-page-button',
    text('page de formulaire + socle-button, avec Lit', 'form page + socle-button, with Lit'),
    importDefines([...SOCLE_FORM_PAGE, 'button']),
    text(`${formPageList}, socle-button et Lit`, `${formPageList}, socle-button and Lit`),
  );
  await addScript('socle', 'lit', text('Lit seul', 'Lit alone'), "export * from 'lit';", text('lit 3.3.3 (`export * from \'lit\'`), la part retirée des lignes « sans Lit »', "lit 3.3.3 (`export * from 'lit'`), the part that the rows without Lit leave out"));

  for (const name of elementNames()) {
    const source = importDefines([name]);
    const withLit = await bundleScript({ contents: source, resolveDir: repoDir });
    const withoutLit = await bundleScript({ contents: source, resolveDir: repoDir, withoutLit: true });
    rows.push({ group: 'element', id: name, name: text(`socle-${name}`), contents: text(`dist/${name}/define.js`), lit: compressedSizes(withLit), noLit: compressedSizes(withoutLit) });
  }

  for (const file of readdirSync(`${tokensDist}css`).filter((entry) => entry.endsWith('.css')).sort()) {
    const theme = file.replace(/\.css$/, '');
    rows.push({
      group: 'theme',
      id: theme,
      name: text(theme),
      contents: text(`packages/tokens/dist/css/${file}, tel que construit (sans nouvelle minification)`, `packages/tokens/dist/css/${file}, as built (not minified again)`),
      ...compressedSizes(readFileSync(`${tokensDist}css/${file}`)),
    });
  }

  const formats = JSON.stringify(`${formatsDist}index.js`);
  await addScript('formats', 'formats', text('@socle/formats (tout)', '@socle/formats (all)'), `export * from ${formats};`, text('tous les formats, le module de téléphone et ses données de numérotation', 'every format, the phone module and its numbering-plan data'));
  await addScript(
    'formats',
    'formats-no-phone',
    text('@socle/formats sans téléphone', '@socle/formats without phone'),
    `export { nir, siren, siret, iban, postalCode, inseeCode, civilName, registerMessages } from ${formats};`,
    text(
      'nir, siren, siret, iban, postalCode, inseeCode, civilName et les messages ; ni module ni données de téléphone',
      'nir, siren, siret, iban, postalCode, inseeCode, civilName and the messages; no phone module, no phone data',
    ),
  );
  await addScript('formats', 'phone', text('module de téléphone et ses données', 'phone module with its data'), `export * as phone from ${JSON.stringify(`${formatsDist}phone/index.js`)};`, text('@socle/formats/phone seul', '@socle/formats/phone alone'));
  await addScript('formats', 'phone-data', text('données de téléphone seules', 'phone data alone'), `export * from ${JSON.stringify(`${formatsDist}phone/data.js`)};`, text('les tables du plan de numérotation du module de téléphone', 'the numbering-plan tables of the phone module'));

  const webAwesomeList = WEB_AWESOME_FORM_COMPONENTS.map((name) => `wa-${name}`).join(', ');
  await addScript('peer', 'webawesome-js', text('Web Awesome, page de formulaire (JS)', 'Web Awesome form page (JS)'), webAwesomeFormEntry(), text(`${webAwesomeList}, sa propre copie de Lit et les éléments qu’ils affichent (wa-icon…)`, `${webAwesomeList}, its own copy of Lit and the elements they render (wa-icon…)`));
  await addStyles('peer', 'webawesome-css', text('Web Awesome, styles (CSS)', 'Web Awesome styles (CSS)'), webAwesomeStyles(), text('dist/styles/webawesome.css et ses imports : couches, styles des éléments natifs, utilitaires, thème par défaut', 'dist/styles/webawesome.css with its imports: layers, native element styles, utilities, default theme'));
  await addScript('peer', 'gcds-js', text('GCDS, page de formulaire (JS)', 'GCDS form page (JS)'), gcdsEntry(GCDS_FORM_COMPONENTS), text(`${GCDS_FORM_COMPONENTS.join(', ')} (construction custom-elements, defineCustomElement de chacun) et l’exécutif Stencil`, `${GCDS_FORM_COMPONENTS.join(', ')} (custom-elements build, defineCustomElement of each) and the Stencil runtime`));
  await addStyles('peer', 'gcds-css', text('GCDS, styles (CSS)', 'GCDS styles (CSS)'), gcdsStyles(), text('dist/gcds/gcds.css ; son @import de Google Fonts et ses polices d’icônes sont des requêtes à part, non comptées', 'dist/gcds/gcds.css; its Google Fonts @import and icon fonts are separate requests, not counted'));

  if (dsfrInstalled()) {
    const { css, js } = dsfrFiles();
    const relative = (files) => files.map((file) => file.split('/dist/')[1]).join(', ');
    await addStyles('peer', 'dsfr-css', text('DSFR, page de formulaire (CSS)', 'DSFR form page (CSS)'), css, text(relative(css)));
    await addScript('peer', 'dsfr-js', text('DSFR, cœur (JS)', 'DSFR core (JS)'), js.map((file) => `import ${JSON.stringify(file)};`).join('\n'), text(relative(js)));
  } else {
    skipped.push('dsfr');
  }

  return { rows, skipped };
}

/** Lists the element folders of the build that have a define.js, in name order. */
function elementNames() {
  return readdirSync(componentsDist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['development', 'internal', '_virtual'].includes(entry.name))
    .filter((entry) => readdirSync(`${componentsDist}${entry.name}`).includes('define.js'))
    .map((entry) => entry.name)
    .sort();
}
