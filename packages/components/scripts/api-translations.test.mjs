// Tests of the French API translation check: first on a small hand-written
// manifest, then on the package's own manifest and translation files, so
// that a docblock changed without its translation fails `npm run
// test:generators`. Build the package first: npm run build -w @socle/components
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, beforeEach, describe, it } from 'node:test';
import {
  compareTranslations,
  describeFinding,
  frenchText,
  normalizeText,
  readApiTexts,
  readTranslationFile,
  writeSkeletons,
} from './api-translations.mjs';

const fixture = {
  schemaVersion: '1.0.0',
  modules: [
    {
      path: 'src/tabs/tabs.ts',
      declarations: [
        {
          kind: 'class',
          name: 'SocleTabs',
          tagName: 'socle-tabs',
          customElement: true,
          summary: 'Tab list.',
          description: 'Tabs following the\nAPG pattern.\n\nSecond paragraph.',
          attributes: [
            { name: 'sync-url', fieldName: 'syncUrl', description: 'Keeps the fragment.' },
            { name: 'label', fieldName: 'label' },
          ],
          members: [
            { kind: 'field', name: 'syncUrl', attribute: 'sync-url', description: 'Keeps the fragment.' },
            { kind: 'field', name: 'label', attribute: 'label', description: 'Accessible name.' },
            { kind: 'field', name: 'selectedIndex', readonly: true, description: 'Index of the selected tab.' },
            { kind: 'field', name: 'undocumented' },
            { kind: 'field', name: 'internals', privacy: 'private', description: 'Private.' },
            { kind: 'field', name: 'styles', static: true, description: 'Static.' },
            { kind: 'method', name: 'tabSelected', description: 'Selects a tab.' },
            { kind: 'method', name: 'updated', description: 'Lit lifecycle.' },
            { kind: 'method', name: 'focusTab', privacy: 'protected', description: 'Protected.' },
          ],
          events: [
            { name: 'socle-tab-change', description: 'Fired on selection.' },
            { name: 'socle-tab-change', description: 'Inherited duplicate.' },
          ],
          slots: [{ name: '', description: 'The panels.' }],
          cssParts: [{ name: 'tablist', description: 'The tab list.' }],
          cssProperties: [{ name: '--socle-tabs-border', description: 'Line colour.' }],
        },
      ],
    },
    {
      path: 'src/tabs/tab.ts',
      declarations: [
        { kind: 'class', name: 'SocleTab', tagName: 'socle-tab', customElement: true, summary: 'One tab.', members: [] },
        { kind: 'class', name: 'TabHelper', summary: 'Not an element.' },
      ],
    },
  ],
};

const folder = mkdtempSync(join(tmpdir(), 'socle-api-translations-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const manifestPath = join(folder, 'custom-elements.json');
writeFileSync(manifestPath, JSON.stringify(fixture));
const translationPath = join(folder, 'src/tabs/tabs.api.fr.json');

/** Writes the fixture's translation file. */
function writeTranslations(data) {
  mkdirSync(join(folder, 'src/tabs'), { recursive: true });
  writeFileSync(translationPath, JSON.stringify(data));
}

/** A complete and up-to-date translation of the fixture. */
function completeTranslations() {
  const entry = (en, fr) => ({ en, fr });
  return {
    'socle-tab': { summary: entry('One tab.', 'Un onglet.') },
    'socle-tabs': {
      summary: entry('Tab list.', 'Liste d’onglets.'),
      description: entry('Tabs following the APG pattern.\n\nSecond paragraph.', 'Onglets selon le modèle APG.\n\nSecond paragraphe.'),
      attributes: {
        'sync-url': entry('Keeps the fragment.', 'Garde le fragment.'),
        label: entry('Accessible name.', 'Nom accessible.'),
      },
      properties: { selectedIndex: entry('Index of the selected tab.', 'Index de l’onglet sélectionné.') },
      methods: { tabSelected: entry('Selects a tab.', 'Sélectionne un onglet.') },
      events: { 'socle-tab-change': entry('Fired on selection.', 'Émis à la sélection.') },
      slots: { '': entry('The panels.', 'Les panneaux.') },
      cssParts: { tablist: entry('The tab list.', 'La liste d’onglets.') },
      cssProperties: { '--socle-tabs-border': entry('Line colour.', 'Couleur du trait.') },
    },
  };
}

describe('normalizeText', () => {
  it('joins the lines of a paragraph', () => {
    assert.equal(normalizeText('Tabs following\n   the pattern. '), 'Tabs following the pattern.');
  });

  it('keeps one blank line between paragraphs', () => {
    assert.equal(normalizeText('One.\n\n\n  Two.'), 'One.\n\nTwo.');
  });

  it('turns a missing text into an empty string', () => {
    assert.equal(normalizeText(undefined), '');
  });
});

describe('readApiTexts', () => {
  const elements = readApiTexts(manifestPath);
  const tabs = elements.find((element) => element.tagName === 'socle-tabs');
  const keys = (kind) => tabs.texts.filter((text) => text.kind === kind).map((text) => text.name);

  it('keeps custom elements only, sorted by tag, with their folder', () => {
    assert.deepEqual(
      elements.map((element) => [element.tagName, element.folder]),
      [
        ['socle-tab', 'tabs'],
        ['socle-tabs', 'tabs'],
      ],
    );
  });

  it('normalises the element texts', () => {
    assert.equal(tabs.texts.find((text) => text.kind === 'description')?.en, 'Tabs following the APG pattern.\n\nSecond paragraph.');
  });

  it('takes an attribute description from its field', () => {
    assert.equal(tabs.texts.find((text) => text.kind === 'attributes' && text.name === 'label')?.en, 'Accessible name.');
  });

  it('lists only documented public fields without an attribute', () => {
    assert.deepEqual(keys('properties'), ['selectedIndex']);
  });

  it('leaves out lifecycle and protected methods', () => {
    assert.deepEqual(keys('methods'), ['tabSelected']);
  });

  it('keeps the first of duplicate events', () => {
    assert.deepEqual(
      tabs.texts.filter((text) => text.kind === 'events').map((text) => text.en),
      ['Fired on selection.'],
    );
  });

  it('names the default slot with an empty string', () => {
    assert.deepEqual(keys('slots'), ['']);
  });
});

describe('compareTranslations', () => {
  const elements = readApiTexts(manifestPath);
  beforeEach(() => rmSync(join(folder, 'src'), { recursive: true, force: true }));

  it('reports nothing for a complete file', () => {
    writeTranslations(completeTranslations());

    const { missing, stale, orphans, upToDate } = compareTranslations(elements, folder);

    assert.deepEqual([missing, stale, orphans], [[], [], []]);
    assert.equal(upToDate, 11);
  });

  it('accepts a rewrapped English text', () => {
    const data = completeTranslations();
    data['socle-tabs'].description.en = 'Tabs following\nthe APG pattern.\n\nSecond\nparagraph.';
    writeTranslations(data);

    assert.deepEqual(compareTranslations(elements, folder).stale, []);
  });

  it('reports every text as missing without a file', () => {
    const { missing, upToDate } = compareTranslations(elements, folder);

    assert.equal(missing.length, 11);
    assert.equal(upToDate, 0);
  });

  it('reports an empty French text as missing', () => {
    const data = completeTranslations();
    data['socle-tabs'].cssParts.tablist.fr = ' ';
    writeTranslations(data);

    const { missing } = compareTranslations(elements, folder);

    assert.deepEqual(
      missing.map((finding) => describeFinding(finding)),
      ['src/tabs/tabs.api.fr.json  socle-tabs cssParts["tablist"]'],
    );
  });

  it('reports a changed English text as stale', () => {
    const data = completeTranslations();
    data['socle-tabs'].attributes['sync-url'].en = 'Keeps the hash.';
    writeTranslations(data);

    const { stale } = compareTranslations(elements, folder);

    assert.equal(stale.length, 1);
    assert.equal(stale[0].name, 'sync-url');
    assert.equal(stale[0].en, 'Keeps the fragment.');
    assert.equal(stale[0].storedEn, 'Keeps the hash.');
  });

  it('reports entries of removed members, kinds and elements as orphans', () => {
    const data = completeTranslations();
    data['socle-tabs'].methods.removed = { en: 'Gone.', fr: 'Disparue.' };
    data['socle-tab'].description = { en: 'Gone.', fr: 'Disparue.' };
    data['socle-gone'] = { summary: { en: 'Gone.', fr: 'Disparu.' } };
    writeTranslations(data);

    const { orphans } = compareTranslations(elements, folder);

    assert.deepEqual(
      orphans.map((finding) => `${finding.tagName} ${finding.kind} ${finding.name}`),
      ['socle-tab description ', 'socle-tabs methods removed', 'socle-gone summary '],
    );
  });
});

describe('frenchText', () => {
  const file = completeTranslations();

  it('returns the French of an up-to-date entry', () => {
    assert.equal(frenchText(file, 'socle-tabs', 'slots', '', 'The panels.'), 'Les panneaux.');
  });

  it('returns undefined for a stale entry', () => {
    assert.equal(frenchText(file, 'socle-tabs', 'slots', '', 'The tab panels.'), undefined);
  });

  it('returns undefined for an unknown member', () => {
    assert.equal(frenchText(file, 'socle-tabs', 'slots', 'extra', 'The panels.'), undefined);
  });
});

describe('readTranslationFile', () => {
  beforeEach(() => rmSync(join(folder, 'src'), { recursive: true, force: true }));

  it('returns an empty object when the folder has no file', () => {
    assert.deepEqual(readTranslationFile(folder, 'tabs'), {});
  });

  it('rejects an entry without a French string', () => {
    writeTranslations({ 'socle-tab': { summary: { en: 'One tab.' } } });

    assert.throws(() => readTranslationFile(folder, 'tabs'), /"socle-tab"\."summary" must be an object with the strings "en" and "fr"/);
  });

  it('rejects an unknown kind', () => {
    writeTranslations({ 'socle-tab': { props: {} } });

    assert.throws(() => readTranslationFile(folder, 'tabs'), /"socle-tab"\."props" must be one of summary, description/);
  });

  it('rejects invalid JSON with the file name', () => {
    mkdirSync(join(folder, 'src/tabs'), { recursive: true });
    writeFileSync(translationPath, '{ "socle-tab": ');

    assert.throws(() => readTranslationFile(folder, 'tabs'), /tabs\.api\.fr\.json is invalid JSON/);
  });
});

describe('writeSkeletons', () => {
  const elements = readApiTexts(manifestPath);
  beforeEach(() => rmSync(join(folder, 'src'), { recursive: true, force: true }));

  it('writes an entry with an empty French text for each missing text', () => {
    const { files, added } = writeSkeletons(elements, folder);
    const written = JSON.parse(readFileSync(translationPath, 'utf8'));

    assert.deepEqual(files, ['src/tabs/tabs.api.fr.json']);
    assert.equal(added, 11);
    assert.deepEqual(written['socle-tabs'].attributes.label, { en: 'Accessible name.', fr: '' });
    assert.equal(compareTranslations(elements, folder).missing.length, 11);
  });

  it('orders the entries as the manifest does', () => {
    const data = completeTranslations();
    delete data['socle-tabs'].summary;
    writeTranslations(data);

    writeSkeletons(elements, folder);
    const written = JSON.parse(readFileSync(translationPath, 'utf8'));

    assert.deepEqual(Object.keys(written), ['socle-tab', 'socle-tabs']);
    assert.deepEqual(Object.keys(written['socle-tabs']).slice(0, 3), ['summary', 'description', 'attributes']);
  });

  it('reuses the French of an identical English text', () => {
    const data = completeTranslations();
    data['socle-tab'].summary = { en: 'Tab list.', fr: '' };
    delete data['socle-tabs'].cssParts;
    writeTranslations(data);
    const elementsWithSharedText = elements.map((element) =>
      element.tagName === 'socle-tab' ? { ...element, texts: [{ kind: 'summary', name: '', en: 'Tab list.' }] } : element,
    );

    const { added, reused } = writeSkeletons(elementsWithSharedText, folder);
    const written = JSON.parse(readFileSync(translationPath, 'utf8'));

    assert.equal(added, 2);
    assert.equal(reused, 1);
    assert.equal(written['socle-tab'].summary.fr, 'Liste d’onglets.');
    assert.equal(written['socle-tabs'].cssParts.tablist.fr, '');
  });

  it('keeps stale and orphan entries unchanged', () => {
    const data = completeTranslations();
    data['socle-tabs'].attributes['sync-url'].en = 'Keeps the hash.';
    data['socle-tabs'].methods.removed = { en: 'Gone.', fr: 'Disparue.' };
    writeTranslations(data);

    writeSkeletons(elements, folder);
    const written = JSON.parse(readFileSync(translationPath, 'utf8'));

    assert.deepEqual(written['socle-tabs'].attributes['sync-url'], { en: 'Keeps the hash.', fr: 'Garde le fragment.' });
    assert.deepEqual(written['socle-tabs'].methods.removed, { en: 'Gone.', fr: 'Disparue.' });
  });

  it('leaves an up-to-date file untouched', () => {
    writeTranslations(completeTranslations());
    writeSkeletons(elements, folder);

    const { files, added } = writeSkeletons(elements, folder);

    assert.deepEqual(files, []);
    assert.equal(added, 0);
  });
});

describe('French API translations of @socle/components', () => {
  const packageRoot = fileURLToPath(new URL('..', import.meta.url));
  const packageManifest = join(packageRoot, 'custom-elements.json');
  const command = 'node packages/components/scripts/api-translations.mjs';

  it('has a manifest to check', () => {
    assert.ok(existsSync(packageManifest), 'packages/components/custom-elements.json is missing: run npm run build -w @socle/components');
  });

  if (!existsSync(packageManifest)) return;
  const elements = readApiTexts(packageManifest);
  const { missing, stale, orphans } = compareTranslations(elements, packageRoot);
  const list = (findings) => findings.map((finding) => `  ${describeFinding(finding)}`).join('\n');

  it('has no missing translation', () => {
    assert.equal(missing.length, 0, `Translate these texts (${command} --write adds the entries):\n${list(missing)}`);
  });

  it('has no stale translation', () => {
    assert.equal(stale.length, 0, `The English changed: revise the French and copy the new English into "en":\n${list(stale)}`);
  });

  it('has no orphan entry', () => {
    assert.equal(orphans.length, 0, `Delete these entries, whose element or member is gone:\n${list(orphans)}`);
  });

  it('has whole English sentences', () => {
    // The manifest analyzer reads a bare `@name` in a docblock as a tag and
    // drops the rest of the text, which leaves a sentence without its end.
    const cut = elements.flatMap(({ tagName, texts }) =>
      texts.filter(({ en }) => en !== '' && !/[.:)…]$/.test(en.trim())).map(({ kind, name, en }) => `  ${tagName} ${kind} ${name}: …${en.slice(-40)}`),
    );

    assert.deepEqual(cut, [], `Texts that end mid-sentence (write @socle/… as a code span in the docblock):\n${cut.join('\n')}`);
  });

  it('keeps the code spans of the English', () => {
    const spans = (text) => [...text.matchAll(/`([^`]*)`/g)].map((match) => match[1]).sort();
    const differences = [];
    for (const { tagName, folder: elementFolder, texts } of elements) {
      const file = readTranslationFile(packageRoot, elementFolder);
      for (const { kind, name, en } of texts) {
        const fr = frenchText(file, tagName, kind, name, en);
        if (fr === undefined) continue;
        const missingSpans = [...new Set(spans(en))].filter((span) => !spans(fr).includes(span));
        if (missingSpans.length > 0) differences.push(`  ${tagName} ${kind} ${name}: ${missingSpans.join(', ')}`);
      }
    }

    assert.deepEqual(differences, [], `French texts that lost a code span of their English:\n${differences.join('\n')}`);
  });

  it('follows French typography outside code spans', () => {
    const problems = [];
    for (const { tagName, folder: elementFolder, texts } of elements) {
      const file = readTranslationFile(packageRoot, elementFolder);
      for (const { kind, name, en } of texts) {
        const prose = (frenchText(file, tagName, kind, name, en) ?? '').split('`').filter((_, index) => index % 2 === 0);
        // An ordinary space before ; : ? ! » or after « lets the line break there.
        if (prose.some((part) => /'| [;:?!»]|« /.test(part))) problems.push(`  ${tagName} ${kind} ${name}`);
      }
    }

    assert.deepEqual(
      problems,
      [],
      `Use ’ for the apostrophe and a no-break space (U+202F or U+00A0) around ; : ? ! « »:\n${problems.join('\n')}`,
    );
  });
});
