// Tests of the template minifier: unit cases on small modules, then every
// element rendered from the production build (minified styles) and from the
// development build (styles as written) in Chromium, which must match.
// Run with: node --test packages/components/scripts/
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'acorn';
import { minifyCss, minifyTemplates } from './minify-templates.mjs';
import { launchBrowser, waitForElements } from '../../../reliability/support/browser.mjs';
import { ensureBuilt } from '../../../reliability/support/build.mjs';
import { readElements } from '../../../reliability/support/elements.mjs';
import { bundleKit, elementsMarkup, pageHtml } from '../../../reliability/support/page.mjs';
import { html as htmlRoute, javascript, startServer } from '../../../reliability/support/server.mjs';

const LIT_IMPORT = "import { css, html } from 'lit';\n";

/** Returns the cooked text of each tagged template of `code`, in source order. */
function cookedTemplates(code) {
  const found = [];
  const visit = (node) => {
    if (node.type === 'TaggedTemplateExpression') found.push(node.quasi.quasis.map((quasi) => quasi.value.cooked));
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach((child) => child && typeof child.type === 'string' && visit(child));
      else if (value && typeof value.type === 'string') visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  return found;
}

/** Minifies a module made of the Lit import and `body`, and returns the cooked templates. */
function minified(body) {
  const result = minifyTemplates(LIT_IMPORT + body, 'probe.js');
  assert.ok(result, 'the module has Lit templates');
  return { ...result, templates: cookedTemplates(result.code) };
}

describe('minifyTemplates', () => {
  describe('css', () => {
    it('minifies a template without expressions', () => {
      const { templates } = minified('const styles = css`\n  :host {\n    display: block;\n    color: #ffffff;\n  }\n`;');

      assert.deepEqual(templates, [[':host{display:block;color:#ffffff}']]);
    });

    it('escapes backslashes, backticks and dollar braces of the output', () => {
      const { templates } = minified("const styles = css`.a::before {\n  content: '\\\\2014 \\` \\${x}';\n}`;");

      assert.deepEqual(templates, [[".a::before{content:'\\2014 ` ${x}'}"]]);
    });

    it('drops the whitespace between the parts of a composed stylesheet', () => {
      const { templates } = minified('const a = css`.a{color:red}`;\nconst b = css`\n  ${a}\n  ${a}\n`;');

      assert.deepEqual(templates[1], ['', '', '']);
    });

    it('leaves a template with expressions inside its rules as written', () => {
      const body = 'const size = 2;\nconst styles = css`\n  .a { width: ${size}px; }\n`;';

      const { templates, report } = minified(body);

      assert.deepEqual(templates, [['\n  .a { width: ', 'px; }\n']]);
      assert.match(report.skipped[0], /probe\.js:3: css template with expressions inside its rules/);
    });

    it('fails on an unterminated comment', () => {
      assert.throws(() => minifyTemplates(`${LIT_IMPORT}const styles = css\`.a { color: red; } /* note\`;`, 'broken.js'), /broken\.js:2: unterminated comment/);
    });
  });

  describe('minifyCss', () => {
    it('removes comments and whitespace around braces, colons, semicolons and commas', () => {
      assert.equal(minifyCss('/* a */\n.a,\n.b {\n  color: red;\n  margin: 0 auto !important;\n}\n'), '.a,.b{color:red;margin:0 auto!important}');
    });

    it('keeps the spaces that separate tokens', () => {
      const text = ':host(.a) .b :hover { width: calc(100% - 2px); font: 1rem / 1.5 a, b; }\n@media (forced-colors: active) and (min-width: 10px) { .c > .d ~ .e { color: ButtonText; } }';

      assert.equal(
        minifyCss(text),
        ':host(.a) .b :hover{width:calc(100% - 2px);font:1rem / 1.5 a,b}@media (forced-colors:active) and (min-width:10px){.c>.d~.e{color:ButtonText}}',
      );
    });

    it('copies strings, unquoted url() values and escapes as written', () => {
      const text = '.a { content: "x  ;  } /* y */"; background: url( a b.png ); } .b\\31  c { --x: \\{ }';

      assert.equal(minifyCss(text), '.a{content:"x  ;  } /* y */";background:url( a b.png )}.b\\31  c{--x:\\{}');
    });

    it('fails on an unterminated string', () => {
      assert.throws(() => minifyCss('.a { content: "x; }', 'probe.css'), /probe\.css: unterminated string/);
    });
  });

  describe('html', () => {
    // Server rendering digests the strings of html templates, and hydration
    // needs the same digest from whichever build the browser loads.
    it('leaves html templates as written', () => {
      const { templates, report } = minified('const styles = css`\n  p { margin: 0; }\n`;\nconst view = (v) => html`<div class="field">\n  <input .value=${v} />\n</div>`;');

      assert.deepEqual(templates, [['p{margin:0}'], ['<div class="field">\n  <input .value=', ' />\n</div>']]);
      assert.equal(report.css, 1);
    });
  });

  it('leaves tags that are not imported from lit alone', () => {
    const code = "const css = (strings) => strings.join('');\nconst styles = css`\n  :host { display: block; }\n`;";

    assert.equal(minifyTemplates(code, 'probe.js'), null);
  });

  it('returns a source map of the module', () => {
    const { map } = minified('const styles = css`\n  :host { display: block; }\n`;');

    assert.deepEqual(map.sources, ['probe.js']);
    assert.ok(map.mappings.length > 0);
  });
});

/**
 * Runs in the page: describes every element and text node of the page,
 * shadow trees included, with its attributes, computed style and box. Text
 * is compared with whitespace runs collapsed, as the browser renders it, and
 * Lit's marker comments are left out.
 */
function describeRendering() {
  const rows = [];
  const visit = (root, path) => {
    let index = 0;
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        rows.push(`${path} text ${JSON.stringify(node.data.replace(/[\t\n\f\r ]+/g, ' '))}`);
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      index += 1;
      const nodePath = `${path}/${node.localName}[${index}]`;
      const attributes = [...node.attributes].map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`).sort();
      const style = getComputedStyle(node);
      // Sorted, because Chromium lists inherited custom properties in an order that can vary between pages.
      const declarations = [...style].map((name) => `${name}:${style.getPropertyValue(name)}`).sort().join(';');
      const box = node.getBoundingClientRect();
      rows.push(`${nodePath} ${attributes.join(' ')} box=${box.x},${box.y},${box.width},${box.height} style=${declarations}`);
      if (node.shadowRoot) visit(node.shadowRoot, `${nodePath}#shadow`);
      visit(node, nodePath);
    }
  };
  visit(document.body, '');
  return rows;
}

/** Returns the node of two differing rows of `describeRendering()` and the first declaration in which they differ. */
function describeDifference(production, development) {
  const node = production.slice(0, production.indexOf(' style='));
  const left = production.split(';');
  const right = development.split(';');
  const index = left.findIndex((part, position) => part !== right[position]);
  return `${node}\n  production:  ${left[index]}\n  development: ${right[index]}`;
}

describe('the production build', () => {
  let server;
  let browser;

  before(async () => {
    const elements = readElements();
    ensureBuilt(elements);
    const body = elementsMarkup(elements);
    server = await startServer({
      '/production': htmlRoute(pageHtml({ title: 'Production', modules: ['/production.js'], body })),
      '/development': htmlRoute(pageHtml({ title: 'Développement', modules: ['/development.js'], body })),
      '/production.js': javascript(await bundleKit(elements, 'dist/')),
      '/development.js': javascript(await bundleKit(elements, 'dist/development/')),
    });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Renders every element from one build and returns the description of the page. */
  async function render(build) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${server.origin}/${build}`, { waitUntil: 'load' });
    await waitForElements(page);
    const rows = await page.evaluate(describeRendering);
    await page.close();
    return rows;
  }

  it('renders every element as the development build does', async () => {
    const production = await render('production');
    const development = await render('development');

    const differences = production
      .map((row, index) => [row, development[index] ?? ''])
      .filter(([left, right]) => left !== right)
      .slice(0, Number(process.env.SHOW ?? 3))
      .map(([left, right]) => describeDifference(left, right));
    assert.equal(production.length, development.length, 'both pages have the same nodes');
    assert.deepEqual(differences, [], differences.join('\n\n'));
    assert.ok(production.length > 500, `the page describes ${production.length} nodes`);
  });
});
