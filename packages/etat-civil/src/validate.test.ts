import { describe, expect, it } from 'vitest';

import { evaluateRequest } from './evaluate.js';
import { birthRequest, deathRequest, marriageRequest, reconnaissanceRequest, TODAY } from './fixtures.test-data.js';
import { MAX_ISSUES } from './schema-check.js';
import { validateRequest } from './validate.js';

type Mutable = Record<string, unknown>;

function validate(json: unknown, locale?: 'fr' | 'en') {
  return validateRequest(json, locale === undefined ? { today: TODAY } : { today: TODAY, locale });
}

function codesAt(json: unknown): string[] {
  return validate(json).errors.map((error) => `${error.path} ${error.code}`);
}

describe('validateRequest on valid requests', () => {
  it.each([
    ['birth', birthRequest],
    ['marriage', marriageRequest],
    ['death', deathRequest],
    ['reconnaissance', reconnaissanceRequest],
  ])('accepts a full %s request', (_name, build) => {
    const result = validate(build());

    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.value).toEqual(build());
  });

  it('returns a copy, not the input', () => {
    const input = birthRequest();

    const result = validate(input);

    expect(result.value).not.toBe(input);
    expect(result.value?.person).not.toBe(input.person);
  });
});

describe('validateRequest schema errors', () => {
  it('reports a wrong type', () => {
    const request = { ...birthRequest(), copies: '2' };

    expect(codesAt(request)).toEqual(['/copies type']);
  });

  it('reports a missing required property', () => {
    const request: Mutable = { ...birthRequest() };
    delete request['actPlace'];

    expect(codesAt(request)).toEqual(['/actPlace required']);
  });

  it('reports an unknown property', () => {
    const request = { ...birthRequest(), motif: 'passeport' };

    expect(codesAt(request)).toEqual(['/motif unknown-property']);
  });

  it('escapes unknown property names in the pointer', () => {
    const request = { ...birthRequest(), person: { ...birthRequest().person, 'a/b~c': 1 } };

    expect(codesAt(request)).toEqual(['/person/a~1b~0c unknown-property']);
  });

  it('reports a value outside a code list', () => {
    expect(codesAt({ ...birthRequest(), act: 'divorce' })).toEqual(['/act enum']);
    expect(codesAt({ ...birthRequest(), actPlace: { kind: 'ailleurs' } })).toEqual(['/actPlace/kind enum']);
  });

  it('reports an empty and a too long name', () => {
    const request = { ...birthRequest(), person: { lastName: '', firstNames: 'A'.repeat(201) } };

    expect(codesAt(request)).toEqual(['/person/lastName min-length', '/person/firstNames max-length']);
  });

  it('counts lengths in code points', () => {
    const hundredEmoji = '\u{1F600}'.repeat(100);
    const request = { ...deathRequest(), delivery: { ...deathRequest().delivery, line2: hundredEmoji } };

    expect(codesAt(request)).toEqual([]);
    request.delivery.line2 = `${hundredEmoji}${hundredEmoji}x`;
    expect(codesAt(request)).toEqual(['/delivery/line2 max-length']);
  });

  it('reports malformed formats', () => {
    expect(codesAt({ ...birthRequest(), actDate: '1990-02-30' })).toEqual(['/actDate pattern']);
    expect(codesAt({ ...birthRequest(), actDate: '12/05/1990' })).toEqual(['/actDate pattern']);
    expect(codesAt({ ...birthRequest(), person: { lastName: '<script>', firstNames: 'Claire' } })).toEqual([
      '/person/lastName pattern',
    ]);
    expect(codesAt({ ...birthRequest(), actPlace: { kind: 'commune', inseeCode: '2C004', name: 'Ajaccio' } })).toEqual([
      '/actPlace/inseeCode pattern',
    ]);
    expect(codesAt({ ...birthRequest(), contact: { email: 'claire@localhost' } })).toEqual(['/contact/email pattern']);
    expect(codesAt({ ...birthRequest(), contact: { phone: '12' } })).toEqual(['/contact/phone pattern']);
  });

  it('reports copies out of range', () => {
    expect(codesAt({ ...birthRequest(), copies: 0 })).toEqual(['/copies minimum']);
    expect(codesAt({ ...birthRequest(), copies: 11 })).toEqual(['/copies maximum']);
    expect(codesAt({ ...birthRequest(), copies: 1.5 })).toEqual(['/copies type']);
  });

  it('reports the number of parents', () => {
    const parent = { lastName: 'Martin', firstNames: 'Paul' };

    expect(codesAt({ ...birthRequest(), parents: [] })).toEqual(['/parents min-items']);
    expect(codesAt({ ...birthRequest(), parents: [parent, parent, parent] })).toEqual(['/parents max-items']);
    expect(codesAt({ ...birthRequest(), parents: [parent, { lastName: 'Durand' }] })).toEqual(['/parents/1/firstNames required']);
  });

  it('rejects France as a country abroad', () => {
    const request = { ...birthRequest(), actPlace: { kind: 'abroad', country: 'FR' } };

    expect(codesAt(request)).toEqual(['/actPlace/country abroad-in-france']);
  });

  it('requires a 5-digit postal code in France only', () => {
    const french = birthRequest();
    const withoutCode: Mutable = { ...french.delivery };
    delete withoutCode['postalCode'];

    expect(codesAt({ ...french, delivery: withoutCode })).toEqual(['/delivery/postalCode required']);
    expect(codesAt({ ...french, delivery: { ...french.delivery, postalCode: '4900' } })).toEqual(['/delivery/postalCode pattern']);
    expect(codesAt({ ...french, delivery: { ...french.delivery, postalCode: '49 000!' } })).toEqual(['/delivery/postalCode pattern']);
    expect(codesAt({ ...french, delivery: { ...withoutCode, country: 'HK', city: 'Hong Kong' } })).toEqual([]);
  });

  it('writes messages in French and English', () => {
    const request = { ...birthRequest(), copies: 12 };

    expect(validate(request).errors[0]?.message).toBe('La valeur doit être comprise entre 1 et 10.');
    expect(validate(request, 'en').errors[0]?.message).toBe('The value must be between 1 and 10.');
  });
});

describe('validateRequest rule errors', () => {
  it('requires the requester identity', () => {
    const request: Mutable = { ...marriageRequest() };
    delete request['requester'];

    expect(codesAt(request)).toEqual(['/requester/lastName required', '/requester/firstNames required']);
  });

  it('requires parents for birth copies', () => {
    const request: Mutable = { ...birthRequest() };
    delete request['parents'];

    expect(codesAt(request)).toEqual(['/parents required']);
  });

  it('requires no parents for an extrait sans filiation', () => {
    const request: Mutable = { ...birthRequest(), document: 'extrait-sans-filiation' };
    delete request['parents'];

    expect(codesAt(request)).toEqual([]);
  });

  it('requires birth date and place for a marriage act', () => {
    const request = marriageRequest();
    request.person = { lastName: 'N’Diaye', firstNames: 'Awa' };

    expect(codesAt(request)).toEqual(['/person/birthDate required', '/person/birthPlace required']);
  });

  it('requires the declarant of a reconnaissance', () => {
    const request: Mutable = { ...reconnaissanceRequest() };
    delete request['declarant'];

    expect(codesAt(request)).toEqual(['/declarant/lastName required', '/declarant/firstNames required']);
  });

  it('rejects a request the requester may not obtain', () => {
    const request = { ...birthRequest(), qualite: 'tiers', requester: { lastName: 'Roux', firstNames: 'Léo' } };

    const result = validate(request);

    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      { path: '/document', code: 'qualite-not-entitled', message: expect.stringContaining('réservée') },
    ]);
  });

  it('re-evaluates eligibility instead of trusting the client', () => {
    const request = { ...deathRequest(), document: 'extrait-sans-filiation' };

    expect(codesAt(request)).toEqual(['/document document-not-issued-for-act']);
  });

  it('rejects dates in the future', () => {
    const request = { ...deathRequest(), actDate: '2025-06-02' };

    expect(codesAt(request)).toEqual(['/actDate date-in-future']);
  });

  it('rejects inconsistent dates', () => {
    expect(codesAt({ ...deathRequest(), deathDate: '2021-11-04' })).toEqual(['/deathDate date-mismatch']);
    expect(codesAt({ ...birthRequest(), deathDate: '1989-01-01' })).toEqual(['/deathDate date-order']);
    expect(codesAt({ ...birthRequest(), person: { ...birthRequest().person, birthDate: '1990-05-13' } })).toEqual([
      '/person/birthDate date-mismatch',
    ]);
    const marriage = marriageRequest();
    marriage.person.birthDate = '2016-01-01';
    expect(codesAt(marriage)).toEqual(['/person/birthDate date-order']);
  });

  it('accepts a posthumous marriage', () => {
    const request = { ...marriageRequest(), deathDate: '2015-01-01' };

    expect(codesAt(request)).toEqual([]);
  });

  it('rejects an unemancipated minor', () => {
    const request = { ...birthRequest(), actDate: '2010-01-01' };

    expect(codesAt(request)).toEqual(['/document requester-minor']);
  });
});

describe('validateRequest on hostile input', () => {
  it.each([
    ['null', null, ''],
    ['undefined', undefined, ''],
    ['an array', [birthRequest()], ''],
    ['a number', 42, ''],
    ['a string', '{"act":"naissance"}', ''],
  ])('rejects %s as the document', (_name, input, path) => {
    const result = validate(input);

    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([{ path, code: 'type', message: 'Valeur invalide : un objet est attendu.' }]);
  });

  it('rejects a huge string quickly', () => {
    const huge = 'A'.repeat(10_000_000);
    const started = performance.now();

    const result = validate({ ...birthRequest(), person: { lastName: huge, firstNames: huge } });

    expect(result.errors.map((error) => error.code)).toEqual(['max-length', 'max-length']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('rejects prototype-pollution keys', () => {
    const parsed: unknown = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "person": {"__proto__": {"admin": true}}}',
    );

    const result = validate({ ...birthRequest(), ...(parsed as object) });

    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => `${error.path} ${error.code}`)).toEqual([
      '/__proto__ unknown-property',
      '/constructor unknown-property',
      '/person/__proto__ unknown-property',
      '/person/lastName required',
      '/person/firstNames required',
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['admin']).toBeUndefined();
  });

  it('ignores inherited properties', () => {
    const inherited = Object.create(birthRequest()) as object;

    expect(validate(inherited).errors.map((error) => error.code)).toContain('required');
  });

  it('accepts an object with a null prototype', () => {
    const bare = Object.assign(Object.create(null) as object, birthRequest());

    expect(validate(bare).valid).toBe(true);
  });

  it('bounds the number of errors', () => {
    const flood: Record<string, number> = {};
    for (let index = 0; index < 100_000; index += 1) flood[`key${index}`] = index;

    const result = validate(flood);

    expect(result.errors).toHaveLength(MAX_ISSUES);
  });

  it('survives deep nesting', () => {
    let nested: unknown = 'leaf';
    for (let depth = 0; depth < 100_000; depth += 1) nested = { person: nested };

    expect(validate(nested).valid).toBe(false);
  });

  it('reports a throwing Proxy as unreadable', () => {
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
      },
    );

    expect(validate(trap).errors).toEqual([
      { path: '', code: 'unreadable', message: 'La demande n’a pas pu être lue : envoyez un document JSON.' },
    ]);
  });

  it('rejects an invalid today option', () => {
    expect(() => validateRequest(birthRequest(), { today: 'demain' })).toThrow(RangeError);
  });
});

describe('missing data by kind of request', () => {
  it('lists everything for an empty draft', () => {
    const { missing } = evaluateRequest({}, { today: TODAY });

    expect(missing).toEqual([
      '/act',
      '/document',
      '/qualite',
      '/person/lastName',
      '/person/firstNames',
      '/actDate',
      '/actPlace',
      '/copies',
      '/delivery',
    ]);
  });

  it('lists parents for filiation extracts', () => {
    const { missing } = evaluateRequest(
      { act: 'naissance', document: 'extrait-avec-filiation', qualite: 'personne-concernee', parents: [{ lastName: 'Martin' }] },
      { today: TODAY },
    );

    expect(missing).toContain('/parents/0/firstNames');
    expect(missing).not.toContain('/requester/lastName');
  });

  it('lists the birth data of a marriage act', () => {
    const { missing } = evaluateRequest(
      { act: 'mariage', document: 'copie-integrale', qualite: 'ascendant', person: { birthPlace: { kind: 'abroad' } } },
      { today: TODAY },
    );

    expect(missing).toEqual(
      expect.arrayContaining(['/person/birthDate', '/person/birthPlace/country', '/parents', '/requester/lastName']),
    );
  });

  it('counts blank strings as missing', () => {
    const { missing } = evaluateRequest({ ...birthRequest(), person: { lastName: '  ', firstNames: 'Claire' } }, { today: TODAY });

    expect(missing).toEqual(['/person/lastName']);
  });

  it('evaluates non-object drafts without throwing', () => {
    for (const draft of [null, undefined, 42, 'naissance', [birthRequest()], JSON.parse('{"__proto__": {"act": "deces"}}')]) {
      const evaluation = evaluateRequest(draft, { today: TODAY });

      expect(evaluation.eligibility.status, String(draft)).toBe('unknown');
      expect(evaluation.missing, String(draft)).toContain('/act');
      expect(evaluation.office, String(draft)).toBeNull();
    }
  });

  it('lists nothing for a complete request', () => {
    expect(evaluateRequest(birthRequest(), { today: TODAY }).missing).toEqual([]);
    expect(evaluateRequest(deathRequest(), { today: TODAY }).missing).toEqual([]);
  });
});
