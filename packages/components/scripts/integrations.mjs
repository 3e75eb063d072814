// Generates the framework and editor integration files of @socle/components
// from the Custom Elements Manifest: VS Code HTML custom data in French and
// English, React 19 JSX types, Vue GlobalComponents types, and the
// single-file bundle for pages without a bundler.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { translateElement } from './api-translations.mjs';
import { isBooleanType, readElements, stringLiterals } from './manifest.mjs';

/** @typedef {import('./manifest.mjs').ManifestElement} ManifestElement */

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Headings of the hover text's lists and the separator between a name and
 * its description, per language of the editor data. French puts a no-break
 * space before a colon.
 */
const HOVER_HEADINGS = {
  en: {
    slots: 'Slots',
    events: 'Events',
    cssParts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    defaultSlot: '(default)',
    separator: ': ',
  },
  fr: {
    slots: 'Emplacements (slots)',
    events: 'Événements',
    cssParts: 'Parties CSS (::part)',
    cssProperties: 'Propriétés personnalisées CSS',
    defaultSlot: '(défaut)',
    separator: '\u00a0: ',
  },
};

/**
 * Returns the VS Code HTML custom data (format version 1.1) for `elements`:
 * one tag per element with its docblock text, and its attributes with their
 * accepted values when the manifest lists them as string literals. `locale`
 * sets the language of the list headings only; translate the texts first
 * with `translateElement`.
 * @param {ManifestElement[]} elements
 * @param {'en' | 'fr'} [locale]
 */
export function vscodeCustomData(elements, locale = 'en') {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: tagDocumentation(element, HOVER_HEADINGS[locale]) },
      attributes: element.attributes.map((attribute) => {
        const values = stringLiterals(attribute.type);
        return {
          name: attribute.name,
          ...(attribute.description && { description: attribute.description }),
          ...(isBooleanType(attribute.type) && { valueSet: 'v' }),
          ...(values.length > 0 && { values: values.map((name) => ({ name })) }),
        };
      }),
    })),
  };
}

/** Builds the Markdown hover text of a tag: summary, description, then its slots, events, parts and custom properties. */
function tagDocumentation(element, headings) {
  const sections = [element.summary, element.description].filter(Boolean);
  const lists = [
    [headings.slots, element.slots],
    [headings.events, element.events],
    [headings.cssParts, element.cssParts],
    [headings.cssProperties, element.cssProperties],
  ];
  for (const [title, entries] of lists) {
    if (entries.length === 0) continue;
    const lines = entries.map(
      (entry) => `- \`${entry.name || headings.defaultSlot}\`${entry.description ? `${headings.separator}${entry.description}` : ''}`,
    );
    sections.push(`**${title}**\n\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}

/**
 * Splits an element's API into what a template can set. `fields` are the
 * class properties, which React 19 and Vue set as properties. `attributes`
 * are the attribute names that differ from their property, such as
 * `prevent-submit`. `customEvents` are the `socle-*` events. Native events
 * (`input`, `change`, `click`) are left to the frameworks' own types.
 * @param {ManifestElement} element
 */
function templateApi(element) {
  const fields = element.properties.map((property) => property.name);
  const attributes = element.attributes
    .filter((attribute) => attribute.name !== attribute.fieldName && /-/.test(attribute.name))
    .map((attribute) => ({ name: attribute.name, boolean: isBooleanType(attribute.type) }));
  const customEvents = element.events.filter((event) => event.name.includes('-'));
  return { fields, attributes, customEvents };
}

/** Groups the class imports of the generated declaration files by package entry. */
function typeImports(elements) {
  const byEntry = new Map();
  for (const element of elements) {
    byEntry.set(element.entry, [...(byEntry.get(element.entry) ?? []), element.className]);
  }
  return [...byEntry]
    .map(([entry, classes]) => `import type { ${[...new Set(classes)].sort().join(', ')} } from './${entry}/define.js';`)
    .join('\n');
}

function quote(name) {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

function union(names) {
  return names.length === 0 ? 'never' : names.map((name) => `'${name}'`).join(' | ');
}

/** Writes the object type literal of the kebab-case attributes and custom events, keyed by `eventKey(name)`. */
function extraMembers(api, eventKey) {
  const attributes = api.attributes.map(
    (attribute) => `${quote(attribute.name)}?: ${attribute.boolean ? 'boolean' : 'string | number'};`,
  );
  const events = api.customEvents.map((event) => {
    const doc = event.description ? `/** ${event.description.replace(/\*\//g, '*\\/')} */ ` : '';
    return `${doc}${quote(eventKey(event.name))}?: SocleEventListener<'${event.name}'>;`;
  });
  const members = [...attributes, ...events];
  return members.length === 0 ? '{}' : `{\n      ${members.join('\n      ')}\n    }`;
}

/**
 * Returns `dist/jsx.d.ts`: React 19 JSX intrinsic elements for every Socle
 * tag. React 19 sets a prop as a property when the element has it, as an
 * attribute otherwise, and listens to `on<event-name>` with the exact event
 * name, so `socle-submit` is typed as `onsocle-submit`.
 * @param {ManifestElement[]} elements
 */
export function jsxTypes(elements) {
  const entries = elements.map((element) => {
    const api = templateApi(element);
    return `    /** ${element.summary.replace(/\*\//g, '*\\/')} */
    '${element.tagName}': SocleJsxProps<
      ${element.className},
      ${union(api.fields)},
      ${extraMembers(api, (name) => `on${name}`)}
    >;`;
  });
  return `// Generated from custom-elements.json by scripts/integrations.mjs: do not edit.
// React 19 JSX types for the Socle elements. Load them once in the project:
//   import type {} from '@socle/components/jsx';
import type * as React from 'react';
${typeImports(elements)}

/** Listener of a Socle event, typed from HTMLElementEventMap when the element declares it there. */
type SocleEventListener<Name extends string> = (
  event: Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent,
) => void;

/** Props of a Socle element: the standard HTML props, its own properties, attributes and events. */
type SocleJsxProps<Element extends HTMLElement, Fields extends keyof Element, Extra> = Omit<
  React.DetailedHTMLProps<React.HTMLAttributes<Element>, Element>,
  Fields | keyof Extra
> &
  Partial<Pick<Element, Fields>> &
  Extra;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries.join('\n')}
    }
  }
}
`;
}

/**
 * Returns `dist/vue.d.ts`: Vue 3 GlobalComponents entries for every Socle
 * tag, so that Volar completes and checks props and events in templates.
 * Vue turns `@socle-submit` into the `onSocleSubmit` prop.
 * @param {ManifestElement[]} elements
 */
export function vueTypes(elements) {
  const toVueEvent = (name) => `on${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`;
  const entries = elements.map((element) => {
    const api = templateApi(element);
    return `    /** ${element.summary.replace(/\*\//g, '*\\/')} */
    '${element.tagName}': DefineComponent<
      SocleVueProps<
        ${element.className},
        ${union(api.fields)},
        ${extraMembers(api, toVueEvent)}
      >
    >;`;
  });
  return `// Generated from custom-elements.json by scripts/integrations.mjs: do not edit.
// Vue 3 template types for the Socle elements. Load them once in the project:
//   import type {} from '@socle/components/vue';
// Vue must still treat the tags as custom elements at runtime, with
// compilerOptions.isCustomElement: (tag) => tag.startsWith('socle-').
import type { DefineComponent } from 'vue';
${typeImports(elements)}

/** Listener of a Socle event, typed from HTMLElementEventMap when the element declares it there. */
type SocleEventListener<Name extends string> = (
  event: Name extends keyof HTMLElementEventMap ? HTMLElementEventMap[Name] : CustomEvent,
) => void;

/** Props of a Socle element: its own properties, attributes, the native input and change events, and its own events. */
type SocleVueProps<Element extends HTMLElement, Fields extends keyof Element, Extra> = Partial<Pick<Element, Fields>> & {
  onInput?: (event: Event) => void;
  onChange?: (event: Event) => void;
  onClick?: (event: MouseEvent) => void;
} & Extra;

declare module 'vue' {
  interface GlobalComponents {
${entries.join('\n')}
  }
}
`;
}

/**
 * Bundles the whole kit with Lit, its dependencies and no development
 * warnings into one minified ES module, for pages that load
 * `<script type="module" src="socle.bundle.js">` without a bundler. It starts
 * from the production build in dist/, whose templates are already minified,
 * so run it after that build.
 * @param {string} outfile path relative to the package root
 */
export async function buildBundle(outfile) {
  const result = await build({
    absWorkingDir: packageRoot,
    entryPoints: ['dist/index.js'],
    outfile,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    legalComments: 'eof',
    metafile: true,
    logLevel: 'warning',
    // The production build keeps bare imports of internal/dev.js once the
    // warnings are compiled out. Dropping them is right, because
    // package.json declares that module free of side effects.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  return result.metafile.outputs[outfile]?.bytes ?? 0;
}

/**
 * Writes every integration file into `dist/`, from `custom-elements.json`
 * and, for the French editor data, the `src/<folder>/<folder>.api.fr.json`
 * translations. Warns, without failing, when the French editor data shows
 * texts in English because their translation is missing or stale: the
 * generator tests fail on those.
 */
export async function generateIntegrations() {
  const elements = readElements(new URL('../custom-elements.json', import.meta.url));
  const write = (relativePath, text) => {
    const path = `${packageRoot}${relativePath}`;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };

  const translated = elements.map((element) => translateElement(element, packageRoot));
  const untranslated = translated.reduce((sum, result) => sum + result.untranslated, 0);
  const frenchData = vscodeCustomData(translated.map((result) => result.element), 'fr');
  // French is the default for Socle's users, so the unsuffixed file is French.
  write('dist/vscode.html-custom-data.json', `${JSON.stringify(frenchData, null, 2)}\n`);
  write('dist/vscode.html-custom-data.en.json', `${JSON.stringify(vscodeCustomData(elements, 'en'), null, 2)}\n`);
  write('dist/jsx.d.ts', jsxTypes(elements));
  write('dist/vue.d.ts', vueTypes(elements));
  // Type-only entries still resolve to a module at runtime, so that a stray
  // `import '@socle/components/jsx'` loads nothing instead of failing.
  write('dist/jsx.js', 'export {};\n');
  write('dist/vue.js', 'export {};\n');
  if (untranslated > 0) {
    console.warn(
      `integrations: ${untranslated} texts of dist/vscode.html-custom-data.json stay in English because their French ` +
        'translation is missing or stale. List them with `node packages/components/scripts/api-translations.mjs`.',
    );
  }

  const bundleBytes = await buildBundle('dist/socle.bundle.js');
  return { elementCount: elements.length, bundleBytes, untranslated };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { elementCount, bundleBytes } = await generateIntegrations();
  console.log(`integrations: ${elementCount} elements, socle.bundle.js ${(bundleBytes / 1024).toFixed(1)} KiB`);
}
