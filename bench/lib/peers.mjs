// The entries of each peer library for the "form page" (text fields, a date,
// radio buttons, a submit button and an error summary), as module source and
// stylesheet lists. The size table and the render pages use the same
// entries, so the bytes measured are the bytes the browser runs.
import { existsSync } from 'node:fs';
import { dsfrDist, gcdsDist, webAwesomeDist } from './paths.mjs';

/** DSFR 1.15.3 files for the form page, relative to its dist/ folder. */
export const DSFR_FILES = {
  // DSFR documents each component's stylesheets in dependency order: the
  // input needs core, form and button; radios need core and form.
  css: ['core/core.min.css', 'component/form/form.min.css', 'component/button/button.min.css', 'component/input/input.min.css', 'component/radio/radio.min.css'],
  // DSFR's input and radio READMEs load stylesheets only, so the core module
  // is the page's one script.
  // NOTE: these paths are untested here, because DSFR was never installed
  // (see dsfrInstalled); dsfrFiles() fails with the missing paths if they are wrong.
  js: ['core/core.module.min.js'],
};

/** Returns whether DSFR is installed in bench/node_modules; its package refuses to install until its terms of use are accepted. */
export function dsfrInstalled() {
  return existsSync(dsfrDist);
}

/**
 * Lists the DSFR files used, or throws naming the missing ones, so a new DSFR
 * layout fails loudly instead of measuring less.
 */
export function dsfrFiles() {
  const css = DSFR_FILES.css.map((file) => dsfrDist + file);
  const js = DSFR_FILES.js.map((file) => dsfrDist + file);
  const missing = [...css, ...js].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(`DSFR files not found: ${missing.join(', ')}. Update DSFR_FILES in bench/lib/peers.mjs for this DSFR version.`);
  }
  return { css, js };
}

/** Web Awesome 3 modules register their element when imported. */
export const WEB_AWESOME_FORM_COMPONENTS = ['input', 'radio-group', 'radio', 'button'];

export function webAwesomeFormEntry() {
  return WEB_AWESOME_FORM_COMPONENTS.map((name) => `import ${JSON.stringify(`${webAwesomeDist}components/${name}/${name}.js`)};`).join('\n');
}

/** Web Awesome's documented stylesheet: cascade layers, native element styles, utilities and the default theme. */
export const webAwesomeStyles = () => [`${webAwesomeDist}styles/webawesome.css`];

/**
 * GCDS's custom-elements build exports `defineCustomElement`, which also
 * defines the elements each one renders (gcds-label, gcds-hint,
 * gcds-error-message…).
 */
export const GCDS_FORM_COMPONENTS = ['gcds-input', 'gcds-date-input', 'gcds-radios', 'gcds-error-summary', 'gcds-button'];

export function gcdsEntry(components) {
  return components
    .map((name, index) => `import { defineCustomElement as define${index} } from ${JSON.stringify(`${gcdsDist}components/${name}.js`)};\ndefine${index}();`)
    .join('\n');
}

/** GCDS's global stylesheet from the components package (fonts, tokens, the elements' light-DOM rules). */
export const gcdsStyles = () => [`${gcdsDist}gcds/gcds.css`];
