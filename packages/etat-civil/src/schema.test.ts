import { readFileSync } from 'node:fs';

import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { ACT_CODES, DOCUMENT_CODES, QUALITE_CODES } from './codes.js';
import { birthRequest, deathRequest, marriageRequest, reconnaissanceRequest, TODAY } from './fixtures.test-data.js';
import { REQUEST_SCHEMA_ID } from './index.js';
import * as patterns from './patterns.js';
import { checkRequestSchema } from './schema-check.js';
import { validateRequest } from './validate.js';

const schema = JSON.parse(readFileSync(new URL('../schema/request.v1.json', import.meta.url), 'utf8')) as {
  $id: string;
  $schema: string;
  properties: Record<string, { enum?: string[] }>;
};

// ajv is a test-only dependency: the package never compiles the schema at runtime.
// `format: "date"` is an annotation here because the pattern already checks calendar dates.
const ajv = new Ajv2020({ allErrors: true, strict: true, formats: { date: true } });
const ajvValidate = ajv.compile(schema);

function schemaAccepts(document: unknown): boolean {
  return ajvValidate(document);
}

function validatorAccepts(document: unknown): boolean {
  return checkRequestSchema(document).value !== undefined;
}

function withChange(base: object, change: (copy: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  change(copy);
  return copy;
}

const SAMPLES: [string, unknown][] = [
  ['birth request', birthRequest()],
  ['marriage request', marriageRequest()],
  ['death request', deathRequest()],
  ['reconnaissance request', reconnaissanceRequest()],
  ['minimal request', withChange(birthRequest(), (copy) => {
    delete copy['parents'];
    delete copy['contact'];
  })],
  ['null', null],
  ['array', [birthRequest()]],
  ['string', 'naissance'],
  ['empty object', {}],
  ['unknown property', withChange(birthRequest(), (copy) => { copy['motif'] = 'x'; })],
  ['__proto__ key', { ...birthRequest(), ...(JSON.parse('{"__proto__": {"x": 1}}') as object) }],
  ['unknown act', withChange(birthRequest(), (copy) => { copy['act'] = 'divorce'; })],
  ['copies as string', withChange(birthRequest(), (copy) => { copy['copies'] = '1'; })],
  ['copies 0', withChange(birthRequest(), (copy) => { copy['copies'] = 0; })],
  ['copies 10', withChange(birthRequest(), (copy) => { copy['copies'] = 10; })],
  ['copies 11', withChange(birthRequest(), (copy) => { copy['copies'] = 11; })],
  ['copies 2.5', withChange(birthRequest(), (copy) => { copy['copies'] = 2.5; })],
  ['copies 2.0', JSON.parse(JSON.stringify(birthRequest()).replace('"copies":2', '"copies":2.0')) as unknown],
  ['30 February', withChange(birthRequest(), (copy) => { copy['actDate'] = '1990-02-30'; })],
  ['29 February 2000', withChange(birthRequest(), (copy) => { copy['actDate'] = '2000-02-29'; })],
  ['29 February 1900', withChange(birthRequest(), (copy) => { copy['actDate'] = '1900-02-29'; })],
  ['year 0000', withChange(birthRequest(), (copy) => { copy['actDate'] = '0000-01-01'; })],
  ['date with time', withChange(birthRequest(), (copy) => { copy['actDate'] = '1990-05-12T00:00:00Z'; })],
  ['empty last name', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['lastName'] = ''; })],
  ['100-character name', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['lastName'] = 'É'.repeat(100); })],
  ['101-character name', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['lastName'] = 'É'.repeat(101); })],
  ['decomposed accents', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['lastName'] = 'Le\u0301vy'; })],
  ['digit in name', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['lastName'] = 'Martin2'; })],
  ['abroad in France', withChange(birthRequest(), (copy) => { copy['actPlace'] = { kind: 'abroad', country: 'FR' }; })],
  ['abroad lower-case country', withChange(birthRequest(), (copy) => { copy['actPlace'] = { kind: 'abroad', country: 'be' }; })],
  ['place without kind', withChange(birthRequest(), (copy) => { copy['actPlace'] = { inseeCode: '49007', name: 'Angers' }; })],
  ['commune with country', withChange(birthRequest(), (copy) => { copy['actPlace'] = { kind: 'commune', inseeCode: '49007', name: 'Angers', country: 'BE' }; })],
  ['Corsican INSEE code', withChange(birthRequest(), (copy) => { copy['actPlace'] = { kind: 'commune', inseeCode: '2B033', name: 'Bastia' }; })],
  ['French postal code missing', withChange(birthRequest(), (copy) => { delete (copy['delivery'] as Record<string, unknown>)['postalCode']; })],
  ['French postal code short', withChange(birthRequest(), (copy) => { (copy['delivery'] as Record<string, unknown>)['postalCode'] = '4900'; })],
  ['foreign postal code', withChange(marriageRequest(), (copy) => { (copy['delivery'] as Record<string, unknown>)['postalCode'] = 'SW1A 1AA'; })],
  ['foreign address without code', withChange(marriageRequest(), (copy) => { delete (copy['delivery'] as Record<string, unknown>)['postalCode']; })],
  ['address line with newline', withChange(birthRequest(), (copy) => { (copy['delivery'] as Record<string, unknown>)['line1'] = '1 rue\nde la Paix'; })],
  ['address line with leading space', withChange(birthRequest(), (copy) => { (copy['delivery'] as Record<string, unknown>)['line1'] = ' 1 rue'; })],
  ['no parents', withChange(birthRequest(), (copy) => { copy['parents'] = []; })],
  ['three parents', withChange(birthRequest(), (copy) => { copy['parents'] = [{ lastName: 'A', firstNames: 'B' }, { lastName: 'A', firstNames: 'B' }, { lastName: 'A', firstNames: 'B' }]; })],
  ['parent as string', withChange(birthRequest(), (copy) => { copy['parents'] = ['Paul Martin']; })],
  ['email without domain dot', withChange(birthRequest(), (copy) => { copy['contact'] = { email: 'a@b' }; })],
  ['email with space', withChange(birthRequest(), (copy) => { copy['contact'] = { email: 'a b@c.fr' }; })],
  ['phone with letters', withChange(birthRequest(), (copy) => { copy['contact'] = { phone: '01 23 AB' }; })],
  ['empty contact', withChange(birthRequest(), (copy) => { copy['contact'] = {}; })],
  ['emancipated as string', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['emancipated'] = 'true'; })],
  ['sex X', withChange(birthRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['sex'] = 'X'; })],
  ['birth place abroad', withChange(marriageRequest(), (copy) => { (copy['person'] as Record<string, unknown>)['birthPlace'] = { kind: 'abroad', country: 'SN' }; })],
  ['nullable field', withChange(birthRequest(), (copy) => { copy['deathDate'] = null; })],
];

describe('JSON Schema file', () => {
  it('declares draft 2020-12 and a versioned $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(REQUEST_SCHEMA_ID);
    expect(schema.$id).toMatch(/v1$/);
  });

  it('lists the same codes as the package', () => {
    expect(schema.properties['act']?.enum).toEqual([...ACT_CODES]);
    expect(schema.properties['document']?.enum).toEqual([...DOCUMENT_CODES]);
    expect(schema.properties['qualite']?.enum).toEqual([...QUALITE_CODES]);
  });

  it('uses the same patterns as the validator', () => {
    const text = JSON.stringify(schema);
    const exported = Object.values(patterns).filter((value: unknown): value is string => typeof value === 'string');

    for (const pattern of exported) {
      expect(text, pattern).toContain(JSON.stringify(pattern));
    }
    const inSchema = [...text.matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((match) => JSON.parse(match[1] ?? '""') as string);
    for (const pattern of inSchema) {
      expect(exported, pattern).toContain(pattern);
    }
  });
});

describe('JSON Schema and validator agreement', () => {
  it.each(SAMPLES)('agree on %s', (_name, document) => {
    expect(validatorAccepts(document)).toBe(schemaAccepts(document));
  });

  it('accept every valid sample in both', () => {
    const valid = SAMPLES.filter(([, document]) => schemaAccepts(document)).map(([name]) => name);

    expect(valid).toEqual(
      expect.arrayContaining(['birth request', 'marriage request', 'death request', 'reconnaissance request', 'copies 2.0', '29 February 2000']),
    );
  });

  it('never accept what the schema rejects', () => {
    for (const [name, document] of SAMPLES) {
      if (!schemaAccepts(document)) {
        expect(validateRequest(document, { today: TODAY }).valid, name).toBe(false);
      }
    }
  });

  it('agree on random mutations', () => {
    const paths = [
      ['act'], ['document'], ['qualite'], ['actDate'], ['copies'], ['deathDate'], ['actPlace'],
      ['actPlace', 'kind'], ['actPlace', 'inseeCode'], ['actPlace', 'country'], ['person'], ['person', 'lastName'],
      ['person', 'firstNames'], ['person', 'birthDate'], ['person', 'sex'], ['parents'], ['parents', '0'],
      ['parents', '0', 'firstNames'], ['delivery', 'postalCode'], ['delivery', 'country'], ['delivery', 'line1'],
      ['contact', 'email'], ['contact', 'phone'], ['requester'], ['__proto__'], ['extra'],
    ];
    const bases = [birthRequest(), marriageRequest(), deathRequest(), reconnaissanceRequest()];
    const values = fc.oneof(
      fc.jsonValue(),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('FR', 'BE', '1990-05-12', '2000-02-29', '49000', 'commune', 'abroad', 'naissance', 'Martin', '', 0, 10, 11),
    );

    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.constantFrom(...paths), values, fc.boolean(), (baseIndex, path, value, remove) => {
        const document = structuredClone(bases[baseIndex]) as unknown as Record<string, unknown>;
        let target: Record<string, unknown> = document;
        for (const segment of path.slice(0, -1)) {
          const next = target[segment];
          if (typeof next !== 'object' || next === null) return;
          target = next as Record<string, unknown>;
        }
        const last = path[path.length - 1] ?? '';
        if (remove) delete target[last];
        else Object.defineProperty(target, last, { value, enumerable: true, writable: true, configurable: true });

        expect(validatorAccepts(document)).toBe(schemaAccepts(document));
      }),
      { seed: 20170506, numRuns: 2000 },
    );
  });
});
