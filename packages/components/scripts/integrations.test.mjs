// Unit tests of the manifest reader and the integration generators, on a
// small hand-written manifest. Run with: node --test packages/components/scripts/
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { translateElement } from './api-translations.mjs';
import { jsxTypes, vscodeCustomData, vueTypes } from './integrations.mjs';
import { isBooleanType, reactEventProp, readElements, stringLiterals } from './manifest.mjs';

const fixture = {
  schemaVersion: '1.0.0',
  modules: [
    {
      path: 'src/form/form.ts',
      declarations: [
        {
          kind: 'class',
          name: 'SocleForm',
          tagName: 'socle-form',
          customElement: true,
          summary: 'Form wrapper.',
          description: 'Wraps a native form.',
          attributes: [
            { name: 'prevent-submit', fieldName: 'preventSubmit', type: { text: 'boolean' }, description: 'Cancels the native submission.' },
            { name: 'draft-storage', fieldName: 'draftStorage', type: { text: "'session' | 'local'" } },
          ],
          members: [
            { kind: 'field', name: 'preventSubmit', type: { text: 'boolean' }, attribute: 'prevent-submit' },
            { kind: 'field', name: 'draftStorage', type: { text: 'DraftArea' }, attribute: 'draft-storage' },
            { kind: 'field', name: 'observer', privacy: 'private' },
            { kind: 'field', name: 'styles', static: true },
            { kind: 'field', name: 'form', readonly: true },
            { kind: 'method', name: 'clearDraft' },
          ],
          events: [{ name: 'socle-submit', description: 'Fired on a valid submission.' }],
          slots: [{ name: '', description: 'The native form.' }],
        },
      ],
    },
    {
      path: 'src/radio-group/radio.ts',
      declarations: [
        { kind: 'class', name: 'SocleRadio', tagName: 'socle-radio', customElement: true, members: [] },
        { kind: 'class', name: 'RadioHelper', members: [] },
      ],
    },
  ],
};

const folder = mkdtempSync(join(tmpdir(), 'socle-manifest-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const manifestPath = join(folder, 'custom-elements.json');
writeFileSync(manifestPath, JSON.stringify(fixture));

describe('reactEventProp', () => {
  for (const [eventName, prop] of [
    ['input', 'onInput'],
    ['change', 'onChange'],
    ['socle-submit', 'onSocleSubmit'],
    ['socle-consent-change', 'onSocleConsentChange'],
  ]) {
    it(`maps ${eventName} to ${prop}`, () => {
      assert.equal(reactEventProp(eventName), prop);
    });
  }
});

describe('stringLiterals', () => {
  it('lists a union of literals', () => {
    assert.deepEqual(stringLiterals("'stacked' | 'inline'"), ['stacked', 'inline']);
  });

  it('drops the empty string', () => {
    assert.deepEqual(stringLiterals("AccessibilityStatus | ''"), []);
    assert.deepEqual(stringLiterals("'' | 'full'"), ['full']);
  });

  it('ignores aliases and plain types', () => {
    assert.deepEqual(stringLiterals('InputType'), []);
    assert.deepEqual(stringLiterals('string | undefined'), []);
  });
});

describe('isBooleanType', () => {
  it('accepts boolean and optional boolean', () => {
    assert.equal(isBooleanType('boolean'), true);
    assert.equal(isBooleanType('boolean | undefined'), true);
  });

  it('rejects other types', () => {
    assert.equal(isBooleanType('string'), false);
    assert.equal(isBooleanType('boolean[]'), false);
  });
});

describe('readElements', () => {
  it('keeps custom elements only, sorted by tag', () => {
    const elements = readElements(manifestPath);

    assert.deepEqual(
      elements.map((element) => element.tagName),
      ['socle-form', 'socle-radio'],
    );
  });

  it('takes the entry from the module folder', () => {
    const radio = readElements(manifestPath).find((element) => element.tagName === 'socle-radio');

    assert.equal(radio?.entry, 'radio-group');
  });

  it('keeps public writable fields only', () => {
    const form = readElements(manifestPath).find((element) => element.tagName === 'socle-form');

    assert.deepEqual(
      form?.properties.map((property) => property.name),
      ['preventSubmit', 'draftStorage'],
    );
  });

  it('rejects another schema major version', () => {
    const path = join(folder, 'schema-2.json');
    writeFileSync(path, JSON.stringify({ ...fixture, schemaVersion: '2.0.0' }));

    assert.throws(() => readElements(path), /Unsupported Custom Elements Manifest schema "2.0.0"/);
  });
});

describe('vscodeCustomData', () => {
  const data = vscodeCustomData(readElements(manifestPath));
  const form = data.tags.find((tag) => tag.name === 'socle-form');

  it('describes the tag with its docblock text', () => {
    assert.match(form.description.value, /^Form wrapper\.\n\nWraps a native form\./);
    assert.match(form.description.value, /- `socle-submit`: Fired on a valid submission\./);
    assert.match(form.description.value, /- `\(default\)`: The native form\./);
  });

  it('marks boolean attributes as presence attributes', () => {
    const attribute = form.attributes.find((entry) => entry.name === 'prevent-submit');

    assert.equal(attribute.valueSet, 'v');
    assert.equal(attribute.description, 'Cancels the native submission.');
  });

  it('lists the values of literal unions', () => {
    const attribute = form.attributes.find((entry) => entry.name === 'draft-storage');

    assert.deepEqual(attribute.values, [{ name: 'session' }, { name: 'local' }]);
  });
});

describe('vscodeCustomData in French', () => {
  // A translation file for the fixture's form folder: the attribute's stored
  // English is outdated, so its French must not be used.
  mkdirSync(join(folder, 'src/form'), { recursive: true });
  writeFileSync(
    join(folder, 'src/form/form.api.fr.json'),
    JSON.stringify({
      'socle-form': {
        summary: { en: 'Form wrapper.', fr: 'Enveloppe de formulaire.' },
        description: { en: 'Wraps a native form.', fr: 'Enveloppe un formulaire natif.' },
        attributes: { 'prevent-submit': { en: 'Cancels the submission.', fr: 'Annule l’envoi.' } },
        events: { 'socle-submit': { en: 'Fired on a valid submission.', fr: 'Émis à l’envoi d’un formulaire valide.' } },
        slots: { '': { en: 'The native form.', fr: 'Le formulaire natif.' } },
      },
    }),
  );
  const results = readElements(manifestPath).map((element) => translateElement(element, folder));
  const data = vscodeCustomData(results.map((result) => result.element), 'fr');
  const form = data.tags.find((tag) => tag.name === 'socle-form');

  it('uses the up-to-date French texts', () => {
    assert.match(form.description.value, /^Enveloppe de formulaire\.\n\nEnveloppe un formulaire natif\./);
    assert.match(form.description.value, /- `socle-submit`\u00a0: Émis à l’envoi d’un formulaire valide\./);
  });

  it('writes the list headings in French', () => {
    assert.match(form.description.value, /\*\*Événements\*\*/);
    assert.match(form.description.value, /- `\(défaut\)`\u00a0: Le formulaire natif\./);
  });

  it('keeps the English of a stale entry', () => {
    const attribute = form.attributes.find((entry) => entry.name === 'prevent-submit');

    assert.equal(attribute.description, 'Cancels the native submission.');
  });

  it('counts the texts left in English', () => {
    const untranslated = Object.fromEntries(results.map((result) => [result.element.tagName, result.untranslated]));

    assert.deepEqual(untranslated, { 'socle-form': 1, 'socle-radio': 0 });
  });
});

describe('jsxTypes', () => {
  const source = jsxTypes(readElements(manifestPath));

  it('types the custom event with its exact name', () => {
    assert.match(source, /'onsocle-submit'\?: SocleEventListener<'socle-submit'>;/);
  });

  it('types kebab-case attributes', () => {
    assert.match(source, /'prevent-submit'\?: boolean;/);
    assert.match(source, /'draft-storage'\?: string \| number;/);
  });

  it('picks the class properties', () => {
    assert.match(source, /SocleForm,\n\s+'preventSubmit' \| 'draftStorage',/);
    assert.match(source, /SocleRadio,\n\s+never,\n\s+\{\}/);
  });

  it('imports each class from its entry', () => {
    assert.match(source, /import type \{ SocleForm \} from '\.\/form\/define\.js';/);
    assert.match(source, /import type \{ SocleRadio \} from '\.\/radio-group\/define\.js';/);
  });
});

describe('vueTypes', () => {
  it('types the custom event as Vue names its listener prop', () => {
    const source = vueTypes(readElements(manifestPath));

    assert.match(source, /onSocleSubmit\?: SocleEventListener<'socle-submit'>;/);
    assert.match(source, /interface GlobalComponents \{/);
  });
});
