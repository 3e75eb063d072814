// Generates one @lit/react wrapper per Socle element from the Custom
// Elements Manifest of @socle/components, plus the index that re-exports
// them. The manifest's events become `onX` callback props: `input` →
// `onInput`, `socle-submit` → `onSocleSubmit`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readElements, reactEventProp } from '../../components/scripts/manifest.mjs';

const HEADER = '// Generated from @socle/components/custom-elements.json by scripts/generate.mjs: do not edit.\n';
const manifestPath = new URL('../../components/custom-elements.json', import.meta.url);
const outDir = new URL('../src/', import.meta.url);

/** Returns the TypeScript source of the wrapper of `element`. */
export function wrapperSource(element) {
  const elementClass = `${element.className}Element`;
  const events = element.events.map(
    (event) => `    ${reactEventProp(event.name)}: '${event.name}' as EventName<SocleEvent<'${event.name}'>>,`,
  );
  const eventsOption = events.length === 0 ? '' : `  events: {\n${events.join('\n')}\n  },\n`;
  const summary = element.summary ? `/** ${element.summary.replace(/\*\//g, '*\\/')} React wrapper of \`<${element.tagName}>\`. */\n` : '';
  return `${HEADER}import * as React from 'react';
import { createComponent${events.length > 0 ? ', type EventName' : ''} } from '@lit/react';
import { ${element.className} as ${elementClass} } from '@socle/components/${element.entry}';
${events.length > 0 ? "import type { SocleEvent } from './event.js';\n" : ''}
${summary}export const ${element.className} = createComponent({
  react: React,
  tagName: '${element.tagName}',
  elementClass: ${elementClass},
${eventsOption}  displayName: '${element.className}',
});
`;
}

/** Returns the file name of the wrapper module of a tag: `socle-radio-group` → `radio-group`. */
export function moduleName(tagName) {
  return tagName.replace(/^socle-/, '');
}

function generate() {
  const elements = readElements(manifestPath);
  mkdirSync(outDir, { recursive: true });
  // Remove the wrappers of elements that left the manifest.
  for (const file of readdirSync(outDir)) {
    if (file.endsWith('.ts') && file !== 'event.ts') rmSync(new URL(file, outDir));
  }

  for (const element of elements) {
    writeFileSync(new URL(`${moduleName(element.tagName)}.ts`, outDir), wrapperSource(element));
  }
  const index = elements.map((element) => `export { ${element.className} } from './${moduleName(element.tagName)}.js';`);
  writeFileSync(
    new URL('index.ts', outDir),
    `${HEADER}// Every wrapper; importing one registers its element.\n${index.join('\n')}\nexport type { SocleEvent } from './event.js';\n`,
  );
  return elements.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`@socle/react: ${generate()} wrappers generated`);
}
