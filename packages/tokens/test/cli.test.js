import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSourceDir } from '../src/source.js';
import { writeFileAtomic } from '../src/write.js';

const CLI = fileURLToPath(new URL('../bin/socle-tokens.js', import.meta.url));
const BUILD_SCRIPT = fileURLToPath(new URL('../scripts/build.js', import.meta.url));

/** @type {string} */
let workDir;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'socle-tokens-cli-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Writes a fixture file into the temporary folder and returns its path.
 * @param {string} name
 * @param {unknown} content an object (written as JSON) or raw text
 */
function fixture(name, content) {
  const file = join(workDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

/**
 * Runs a Node script and returns its exit code and output.
 * @param {string} script
 * @param {string[]} args
 */
function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: workDir, encoding: 'utf8', timeout: 15000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** @param {string[]} args */
const cli = (args) => run(CLI, args);

const VALID_OVERRIDE = {
  color: { brand: { 600: { $value: '#7a2e8c' } } },
  dark: { color: { text: { link: { $value: '{color.brand.200}' } } } },
};

describe('socle-tokens check', () => {
  it('accepts a valid override', () => {
    const file = fixture('valid.tokens.json', VALID_OVERRIDE);

    const result = cli(['check', file]);

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/valid; all \d+ contrast pairs pass/);
  });

  it('exits 1 and names a failing pair', () => {
    const file = fixture('pale.tokens.json', { light: { color: { text: { muted: { $value: '#aaaaaa' } } } } });

    const result = cli(['check', file]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'theme "pale" (light): color.text.muted #aaaaaa on color.background.default #ffffff has contrast 2.32:1, below the text minimum of 4.5:1',
    );
    expect(result.stderr).not.toContain('(dark)');
  });

  it('measures a translucent colour over its background', () => {
    const file = fixture('translucent.tokens.json', { light: { color: { text: { default: { $value: '#16161640' } } } } });

    const result = cli(['check', file]);

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/color\.text\.default #c5c5c5 on color\.background\.default #ffffff has contrast 1\.\d\d:1/);
  });

  it('accepts an etat file that repeats a locked value', () => {
    const file = fixture('same-blue.tokens.json', { color: { etat: { 'blue-france': { $value: '#000091' } } } });

    const result = cli(['check', file, '--base', 'etat']);

    expect(result.status).toBe(0);
  });
});

describe('socle-tokens input errors', () => {
  const cases = [
    {
      name: 'invalid JSON',
      content: '{\n  "color": {\n    "text": { "default": { "$value": "#000" } }\n  \n}\n',
      message: /invalid-json\.json:6:1: invalid JSON \(Expected ',' or '}' after property value\)/,
    },
    {
      name: 'unknown path',
      content: { color: { text: { defualt: { $value: '#000000' } } } },
      message: /unknown token "color\.text\.defualt"\. Did you mean "color\.text\.default"\?/,
    },
    {
      name: 'broken alias',
      content: { color: { text: { default: { $value: '{color.neutral.901}' } } } },
      message: /token "color\.text\.default" refers to \{color\.neutral\.901\}, which does not exist/,
    },
    {
      name: 'alias cycle',
      content: { color: { text: { default: { $value: '{color.text.muted}' }, muted: { $value: '{color.text.default}' } } } },
      message: /alias cycle color\.text\.default → color\.text\.muted → color\.text\.default/,
    },
    {
      name: 'invalid colour',
      content: { dark: { color: { text: { default: { $value: '#12345g' } } } } },
      message: /"dark" group\): token "color\.text\.default" has the invalid colour "#12345g"/,
    },
    {
      name: 'locked etat identity',
      content: { color: { etat: { 'red-marianne': { $value: '#ff0000' } } } },
      base: 'etat',
      message: /token "color\.etat\.red-marianne" is locked and cannot be changed \("#e1000f" → "#ff0000"\)\. It is part of the visual identity of the State/,
    },
  ];

  it.each(cases)('reports $name with exit 2', ({ name, content, base = 'socle', message }) => {
    const slug = name.toLowerCase().replaceAll(' ', '-');
    const fileName = `${slug}.json`;
    const file = fixture(fileName, content);
    const outDir = join(workDir, `out-${slug}`);

    const result = cli(['build', file, '--out', outDir, '--base', base]);

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(fileName);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });

  it('derives a valid theme name from the file name', () => {
    const file = fixture('Ma Ville.tokens.json', VALID_OVERRIDE);
    const outDir = join(workDir, 'out-derived-name');

    const result = cli(['build', file, '--out', outDir]);

    expect(result.status).toBe(0);
    expect(readdirSync(outDir)).toEqual(['ma-ville.css']);
  });

  it('rejects an invalid --name with exit 2', () => {
    const result = cli(['build', 'x.json', '--out', 'out', '--name', 'Ma Ville']);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('invalid theme name "Ma Ville"');
  });

  it('reports a missing file with exit 2', () => {
    const result = cli(['check', join(workDir, 'missing.json')]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('missing.json: cannot read the file (file not found)');
  });

  it.each([
    [['check'], /missing FILE/],
    [['lint', 'x.json'], /unknown command "lint"/],
    [['build', 'x.json'], /missing --out DIR/],
    [['check', 'x.json', '--base', 'nowhere'], /unknown base theme "nowhere": use one of socle, /],
    [['check', 'x.json', '--colour'], /Unknown option '--colour'/],
  ])('rejects usage %j with exit 2', (args, message) => {
    const result = cli(/** @type {string[]} */ (args));

    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('prints usage for --help', () => {
    const result = cli(['--help']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('socle-tokens build FILE --out DIR [--name NAME] [--base THEME]');
  });
});

describe('socle-tokens build', () => {
  it('writes the theme CSS with the override', () => {
    const file = fixture('violet.tokens.json', VALID_OVERRIDE);
    const outDir = join(workDir, 'out-valid');

    const result = cli(['build', file, '--out', outDir, '--name', 'ville-violette']);
    const css = readFileSync(join(outDir, 'ville-violette.css'), 'utf8');

    expect(result.status).toBe(0);
    expect(readdirSync(outDir)).toEqual(['ville-violette.css']);
    expect(css).toContain('theme "ville-violette"');
    expect(css).toContain('--socle-color-brand-600: #7a2e8c;');
    expect(css).toContain('--socle-color-action-primary-background: var(--socle-color-brand-600);');
    expect(css).toMatch(/\[data-socle-scheme="dark"\] \{[^}]*--socle-color-text-link: var\(--socle-color-brand-200\);/);
  });

  it('leaves the previous CSS untouched when a check fails', () => {
    const outDir = join(workDir, 'out-atomic');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'ville.css'), '/* previous build */\n');
    const pale = fixture('ville.tokens.json', { color: { text: { default: { $value: '#bbbbbb' } } } });
    const broken = fixture('ville-broken.json', { color: { text: { default: { $value: '{color.none}' } } } });

    const failedCheck = cli(['build', pale, '--out', outDir]);
    const failedInput = cli(['build', broken, '--out', outDir, '--name', 'ville']);

    expect(failedCheck.status).toBe(1);
    expect(failedInput.status).toBe(2);
    expect(readFileSync(join(outDir, 'ville.css'), 'utf8')).toBe('/* previous build */\n');
    expect(readdirSync(outDir)).toEqual(['ville.css']);
  });
});

describe('writeFileAtomic', () => {
  it('removes its temporary file when the rename fails', () => {
    const folder = join(workDir, 'atomic-unit');
    mkdirSync(join(folder, 'target.css'), { recursive: true });

    expect(() => writeFileAtomic(join(folder, 'target.css'), 'x')).toThrow();
    expect(readdirSync(folder)).toEqual(['target.css']);
  });

  it('replaces an existing file', () => {
    const file = join(workDir, 'atomic-replace.css');
    writeFileSync(file, 'old');

    writeFileAtomic(file, 'new');

    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('build script', () => {
  it('exits 1 and writes nothing when a shipped theme fails contrast', () => {
    const sourceDir = join(workDir, 'source');
    const outDir = join(workDir, 'dist-failing');
    cpSync(defaultSourceDir(), sourceDir, { recursive: true });
    const themeFile = join(sourceDir, 'themes', 'commune-exemple', 'tokens.json');
    const theme = JSON.parse(readFileSync(themeFile, 'utf8'));
    theme.color.brand['600'] = { $value: '#8fd3bd' };
    writeFileSync(themeFile, JSON.stringify(theme));

    const result = run(BUILD_SCRIPT, ['--source', sourceDir, '--out', outDir]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'theme "commune-exemple" (light): color.action.primary.text #ffffff on color.action.primary.background #8fd3bd has contrast',
    );
    expect(result.stderr).toContain('below the text minimum of 4.5:1');
    expect(existsSync(outDir)).toBe(false);
  });
});
