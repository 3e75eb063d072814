// Builds the pages of the Node tests: the kit bundled into one same-origin
// script, and markup with every element of the manifest.
import { build } from 'esbuild';
import { componentsRoot } from './elements.mjs';

/**
 * Bundles every element's registration module (<distFolder><folder>/define.js,
 * which imports bare `lit`) into one ES module, because an import map is an
 * inline script that a strict policy blocks. `distFolder` is `dist/` for the
 * production build (the default) or `dist/development/`.
 *
 * @param {Array<{ folder: string }>} elements
 * @param {string} [distFolder]
 * @returns {Promise<string>}
 */
export async function bundleKit(elements, distFolder = 'dist/') {
  const folders = [...new Set(elements.map((element) => element.folder))];
  const entry = folders.map((folder) => `import ${JSON.stringify(`${componentsRoot}${distFolder}${folder}/define.js`)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: componentsRoot, sourcefile: 'reliability-kit.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Text a page gives an element so that its default state is labelled. */
const TEXTS = { label: 'Libellé', legend: 'Légende', heading: 'Titre de la section', hint: 'Indication', error: 'Message d’erreur' };

/**
 * Returns the markup of two instances of each element: one with its label
 * only, one with every boolean attribute set and a hint and an error, so
 * that open, disabled and invalid states render too.
 *
 * @param {Array<{ tagName: string, slots: string[], attributes: Array<{ name: string, type: string }> }>} elements
 */
export function elementsMarkup(elements) {
  const instances = [];
  for (const element of elements) {
    const content = element.slots.includes('') ? 'Contenu' : '';
    const plain = element.attributes.filter((attribute) => ['label', 'legend', 'heading'].includes(attribute.name));
    const full = element.attributes.filter((attribute) => attribute.name in TEXTS || attribute.type === 'boolean');
    const render = (attributes) =>
      attributes.map((attribute) => (attribute.type === 'boolean' ? attribute.name : `${attribute.name}="${escapeHtml(TEXTS[attribute.name])}"`)).join(' ');
    instances.push(`<${element.tagName} ${render(plain)}>${content}</${element.tagName}>`);
    instances.push(`<${element.tagName} ${render(full)}>${content}</${element.tagName}>`);
  }
  return instances.join('\n');
}

/** Returns a page that loads `scripts` (classic scripts first) and shows `body`. */
export function pageHtml({ title, classicScripts = [], modules = [], body }) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
${classicScripts.map((src) => `<script src="${src}"></script>`).join('\n')}
${modules.map((src) => `<script type="module" src="${src}"></script>`).join('\n')}
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}
