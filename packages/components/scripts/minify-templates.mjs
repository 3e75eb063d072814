// Minifies the static text of Lit's `css` and `html` tagged templates in the
// production build, because bundlers and JavaScript minifiers leave template
// literals as written. Only comments and whitespace change, and only where
// the browser parses or renders the result the same, so the computed styles
// and the rendered page stay the same. A value minifier such as Lightning CSS
// 1.33 also rewrites values (`#ffffff` to `#fff` inside custom properties,
// `background: transparent` to `background: 0 0`), which changes computed
// styles that scripts and tests read.
import { parse } from 'acorn';
import MagicString from 'magic-string';

/** Elements whose content keeps its whitespace, and comments. A template that contains one is left as written. */
const WHITESPACE_KEEPING_TAGS = /<(pre|textarea|script|style|listing|plaintext|xmp)\b|<!--/i;

/** HTML whitespace (the "ASCII whitespace" of the HTML standard), which excludes the no-break space. */
const HTML_WHITESPACE = /[\t\n\f\r ]+/y;

/**
 * @typedef {object} MinifyReport
 * @property {number} css `css` templates minified
 * @property {number} html `html` templates minified
 * @property {string[]} skipped where and why a template was left as written
 */

/**
 * Minifies the `css` and `html` templates tagged by Lit's exports in one
 * module of JavaScript. Tags are recognized by their import from `lit`, so
 * another function named `css` is left alone.
 *
 * A `css` template without expressions loses its comments and the whitespace
 * that CSS parsing ignores (see `minifyCss()`). A `css` template whose static
 * parts are only whitespace around expressions, such as css`${a}${b}`, loses
 * that whitespace. Other `css` templates with expressions are left as
 * written, because their parts are not complete stylesheets.
 *
 * In `html` templates, a run of whitespace that contains a line break
 * becomes one space in text, and any run of whitespace between attributes
 * becomes one space. Both render the same under `white-space: normal` or
 * `nowrap`. Attribute values are left as written, and so are templates that
 * contain a comment, `<pre>`, `<textarea>`, `<script>` or `<style>`. A template
 * rendered in an element styled `white-space: pre`, `pre-wrap`, `pre-line`
 * or `break-spaces` must not rely on line breaks of its own text.
 *
 * @param {string} code JavaScript module source
 * @param {string} id file name, for messages and the source map
 * @returns {{ changed: boolean, code: string, map: import('magic-string').SourceMap | null, report: MinifyReport } | null}
 *   null when the module has no Lit template
 */
export function minifyTemplates(code, id) {
  if (!code.includes('css`') && !code.includes('html`')) return null;
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
  const tags = litTagNames(program);
  if (tags.size === 0) return null;

  const output = new MagicString(code);
  /** @type {MinifyReport} */
  const report = { css: 0, html: 0, skipped: [] };
  walk(program, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const where = `${id}:${node.loc.start.line}`;
    const quasis = node.quasi.quasis;
    const replacements = kind === 'css' ? minifyCssTemplate(quasis, where, report) : minifyHtmlTemplate(quasis, where, report);
    if (!replacements) return;
    quasis.forEach((quasi, index) => replaceRaw(output, quasi, replacements[index]));
    report[kind] += 1;
  });

  if (!output.hasChanged()) return { changed: false, code, map: null, report };
  return { changed: true, code: output.toString(), map: output.generateMap({ hires: true, source: id, includeContent: true }), report };
}

/** Maps the local names of `css` and `html` imported from `lit` to the export they stand for. */
function litTagNames(program) {
  const names = new Map();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== 'lit') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.name ?? specifier.imported.value;
      if (imported === 'css' || imported === 'html') names.set(specifier.local.name, imported);
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

/**
 * Returns the new raw text of each quasi of an `html` template, or null to
 * leave it as written. The raw text is scanned as HTML, carrying the state
 * (text, inside a tag, inside a quoted attribute value) across expressions.
 */
function minifyHtmlTemplate(quasis, where, report) {
  const raws = quasis.map((quasi) => quasi.value.raw);
  if (raws.some((raw) => WHITESPACE_KEEPING_TAGS.test(raw))) {
    report.skipped.push(`${where}: html template with an element or comment that keeps whitespace`);
    return null;
  }
  let state = 'text';
  return raws.map((raw) => {
    let result = '';
    let index = 0;
    while (index < raw.length) {
      const character = raw[index];
      if (state === 'text' || state === 'tag') {
        HTML_WHITESPACE.lastIndex = index;
        const match = HTML_WHITESPACE.exec(raw);
        if (match && match.index === index) {
          const run = match[0];
          // A backslash before a line break is a line continuation in a
          // template literal, which the collapsed text must not turn into
          // an escaped space.
          const continuation = raw[index - 1] === '\\';
          const collapse = !continuation && (state === 'tag' || run.includes('\n') || run.includes('\r'));
          result += collapse ? ' ' : run;
          index += run.length;
          continue;
        }
      }
      if (state === 'text' && character === '<' && /[a-zA-Z/]/.test(raw[index + 1] ?? '')) state = 'tag';
      else if (state === 'tag' && character === '>') state = 'text';
      else if (state === 'tag' && (character === '"' || character === "'")) state = character;
      else if ((state === '"' || state === "'") && character === state) state = 'tag';
      result += character;
      index += 1;
    }
    return result;
  });
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
  const total = { css: 0, html: 0, skipped: [] };
  return {
    name: 'socle-minify-templates',
    enforce: 'post',
    buildStart() {
      total.css = 0;
      total.html = 0;
      total.skipped = [];
    },
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id)) return null;
      const result = minifyTemplates(code, id);
      if (!result) return null;
      total.css += result.report.css;
      total.html += result.report.html;
      total.skipped.push(...result.report.skipped);
      return result.changed ? { code: result.code, map: result.map } : null;
    },
    buildEnd() {
      const skipped = total.skipped.length > 0 ? `; left as written: ${total.skipped.join('; ')}` : '';
      console.log(`minified templates: ${total.css} css, ${total.html} html${skipped}`);
    },
  };
}
