// Minifies the static text of Lit's `css` tagged templates in the production
// build, because bundlers and JavaScript minifiers leave template literals as
// written. `html` templates stay as written. Lit's server rendering marks each
// template with a digest of its strings. Hydration fails when the server and
// the browser load builds whose strings differ, such as the production build
// on the server and the development build in the browser. Only comments and whitespace change, and only where
// the browser parses or renders the result the same, so the computed styles
// and the rendered page stay the same. A value minifier such as Lightning CSS
// 1.33 also rewrites values (`#ffffff` to `#fff` inside custom properties,
// `background: transparent` to `background: 0 0`), which changes computed
// styles that scripts and tests read.
import { parse } from 'acorn';
import MagicString from 'magic-string';

/**
 * @typedef {object} MinifyReport
 * @property {number} css `css` templates minified
 * @property {string[]} skipped where and why a template was left as written
 */

/**
 * Minifies the `css` templates tagged by Lit's export in one module of
 * JavaScript. Tags are recognized by their import from `lit`, so another
 * function named `css` is left alone.
 *
 * A `css` template without expressions loses its comments and the whitespace
 * that CSS parsing ignores (see `minifyCss()`). A `css` template whose static
 * parts are only whitespace around expressions, such as css`${a}${b}`, loses
 * that whitespace. Other `css` templates with expressions are left as
 * written, because their parts are not complete stylesheets.
 *
 * @param {string} code JavaScript module source
 * @param {string} id file name, for messages and the source map
 * @returns {{ changed: boolean, code: string, map: import('magic-string').SourceMap | null, report: MinifyReport } | null}
 *   null when the module has no Lit template
 */
export function minifyTemplates(code, id) {
  if (!code.includes('css`')) return null;
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const tags = litTagNames(program);
  if (tags.size === 0) return null;

  const output = new MagicString(code);
  /** @type {MinifyReport} */
  const report = { css: 0, skipped: [] };
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const where = `${id}:${node.loc.start.line}`;
    const quasis = node.quasi.quasis;
    const replacements = minifyCssTemplate(quasis, where, report);
    if (!replacements) return;
    quasis.forEach((quasi, index) => replaceRaw(output, quasi, replacements[index]));
    report.css += 1;
  });

  if (!output.hasChanged()) return { changed: false, code, map: null, report };
  return { changed: true, code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }), report };
}

/** Maps the local names of `css` imported from `lit` to the export they stand for. */
function litTagNames(program) {
  const names = new Map();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'lit') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.name ?? specifier.imported.value;
      if (imported === 'css') names.set(specifier.local.name, imported);
    }
  }
  return names;
}

/** Calls `visit` on every node of an ESTree tree, parents first. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const child of value) if (child && typeof child.type === 'string') walk(child, visit);
    } else if (value && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

/**
 * Returns the new raw text of each quasi of a `css` template, or null to
 * leave it as written.
 */
function minifyCssTemplate(quasis, where, report) {
  if (quasis.some((quasi) => quasi.value.cooked == null)) {
    report.skipped.push(`${where}: css template with an invalid escape sequence`);
    return null;
  }
  if (quasis.length > 1) {
    if (quasis.every((quasi) => quasi.value.cooked.trim() === '')) return quasis.map(() => '');
    report.skipped.push(`${where}: css template with expressions inside its rules`);
    return null;
  }
  return [escapeTemplateText(minifyCss(quasis[0].value.cooked, where))];
}

/** Characters after which, or before which, whitespace never separates two CSS tokens. */
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', '~', '(', ':']);
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', '~', ')', '!']);

/** A hex escape such as `\\31`, which the whitespace after it ends. */
const TRAILING_HEX_ESCAPE = /\\[0-9a-fA-F]{1,6}$/;

/**
 * Removes the comments of a stylesheet and the whitespace that its parsing
 * ignores. Strings and unquoted `url()` values are copied as written.
 * Whitespace stays, as one space, wherever it may separate tokens: between
 * words and numbers (`1px solid`), around `+` and `-` (`calc(1px + 2%)`),
 * before `:` and `(` (`a :hover`, `and (`). After a hex escape such as `\\31`
 * it stays as written, because the escape consumes one whitespace character.
 * The characters listed above read the same in selectors and in values, with
 * or without whitespace around them. The `;` before a `}` goes too.
 * Throws on an unterminated comment, string or `url()`.
 */
export function minifyCss(text, where = 'stylesheet') {
  let output = '';
  let whitespace = '';
  const emit = (chunk) => {
    if (whitespace !== '' && output !== '') {
      if (TRAILING_HEX_ESCAPE.test(output)) output += whitespace;
      else if (!CSS_TIGHT_AFTER.has(output.at(-1)) && !CSS_TIGHT_BEFORE.has(chunk[0])) output += ' ';
    }
    whitespace = '';
    if (chunk === '}' && output.endsWith(';')) output = output.slice(0, -1);
    output += chunk;
  };
  const fail = (syntax) => {
    throw new Error(`${where}: unterminated ${syntax} in a css template`);
  };

  let index = 0;
  while (index < text.length) {
    const character = text[index];
    let end = index + 1;
    if (character === '/' && text[index + 1] === '*') {
      end = text.indexOf('*/', index + 2);
      if (end === -1) fail('comment');
      index = end + 2;
      continue;
    }
    if (/[\t\n\f\r ]/.test(character)) {
      whitespace += character;
      index += 1;
      continue;
    }
    if (character === '"' || character === "'") {
      end = stringEnd(text, index);
      if (end === -1) fail('string');
    } else if (/^url\(\s*[^\s"']/i.test(text.slice(index, index + 64))) {
      end = text.indexOf(')', index) + 1;
      if (end === 0) fail('url()');
    } else if (character === '\\') {
      // An escape is copied with the character it escapes, so that an
      // escaped quote or brace is not read as one.
      end = index + 2;
    }
    emit(text.slice(index, end));
    index = end;
  }
  return output;
}

/** Returns the index after the string that starts at `start`, or -1 when it is not closed. */
function stringEnd(text, start) {
  const quote = text[start];
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === quote) return index + 1;
    else if (text[index] === '\n') return -1;
  }
  return -1;
}

/** Escapes text so that a template literal's cooked value is exactly `text`. */
function escapeTemplateText(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

function replaceRaw(output, quasi, raw) {
  if (raw === quasi.value.raw) return;
  if (quasi.start === quasi.end) output.appendLeft(quasi.start, raw);
  else if (raw === '') output.remove(quasi.start, quasi.end);
  else output.overwrite(quasi.start, quasi.end, raw);
}

/**
 * Returns a Vite plugin that minifies the templates of the package's own
 * modules after TypeScript is compiled, and prints one summary line.
 */
export function minifyTemplatesPlugin() {
  /** @type {MinifyReport} */
  const total = { css: 0, skipped: [] };
  return {
    name: 'socle-minify-templates',
    enforce: 'post',
    buildStart() {
      total.css = 0;
      total.skipped = [];
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id)) return null;
      const result = minifyTemplates(code, id);
      if (!result) return null;
      total.css += result.report.css;
      total.skipped.push(...result.report.skipped);
      return result.changed ? { code: result.code, map: result.map } : null;
    },
    buildEnd() {
      const skipped = total.skipped.length > 0 ? `; left as written: ${total.skipped.join('; ')}` : '';
      console.log(`minified templates: ${total.css} css${skipped}`);
    },
  };
}
