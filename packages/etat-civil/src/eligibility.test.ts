import { describe, expect, it } from 'vitest';

import { ACT_CODES, DOCUMENT_CODES, QUALITE_CODES } from './codes.js';
import type { ActCode, DocumentCode, QualiteCode } from './codes.js';
import type { Eligibility } from './eligibility.js';
import { evaluateRequest } from './evaluate.js';

/**
 * Expected eligibility of every act × document × qualité, written by hand
 * from décret n° 2017-890 (titre II) and not derived from the implementation.
 * Every case uses an act of 1990-05-12 evaluated on 2025-06-01: the act is 35
 * years old, so the public-archive rule never applies, and the person
 * concerned, born on 1990-05-12, is adult.
 */
const TODAY = '2025-06-01';

/** Asserts a refusal and returns it narrowed, so each later check is its own assert. */
function expectRefused(eligibility: Eligibility): Extract<Eligibility, { status: 'refused' }> {
  expect(eligibility.status).toBe('refused');
  if (eligibility.status !== 'refused') throw new Error(`Expected a refusal, got ${eligibility.status}`);
  return eligibility;
}
const ACT_DATE = '1990-05-12';
const BIRTH_DATE = '1990-05-12';

interface Expected {
  status: 'allowed' | 'refused';
  reason?: string;
  alternatives?: DocumentCode[];
}

const ok: Expected = { status: 'allowed' };

function no(reason: string, alternatives: DocumentCode[]): Expected {
  return { status: 'refused', reason, alternatives };
}

const NOT_ENTITLED = 'qualite-not-entitled';
const NOT_ISSUED = 'document-not-issued-for-act';
const SANS_FILIATION: DocumentCode[] = ['extrait-sans-filiation'];
const COPIE: DocumentCode[] = ['copie-integrale'];

type Row = readonly [Expected, Expected, Expected, Expected];

// Columns: copie intégrale | extrait avec filiation | extrait sans filiation | extrait plurilingue
const TABLE: Record<ActCode, Record<QualiteCode, Row>> = {
  naissance: {
    'personne-concernee': [ok, ok, ok, ok],
    conjoint: [ok, ok, ok, ok],
    'partenaire-pacs': [ok, ok, ok, ok],
    ascendant: [ok, ok, ok, ok],
    descendant: [ok, ok, ok, ok],
    'representant-legal': [ok, ok, ok, ok],
    heritier: [no(NOT_ENTITLED, SANS_FILIATION), no(NOT_ENTITLED, SANS_FILIATION), ok, no(NOT_ENTITLED, SANS_FILIATION)],
    mandataire: [ok, ok, ok, ok],
    avocat: [ok, ok, ok, ok],
    notaire: [ok, ok, ok, ok],
    tiers: [no(NOT_ENTITLED, SANS_FILIATION), no(NOT_ENTITLED, SANS_FILIATION), ok, no(NOT_ENTITLED, SANS_FILIATION)],
  },
  mariage: {
    'personne-concernee': [ok, ok, ok, ok],
    conjoint: [ok, ok, ok, ok],
    'partenaire-pacs': [ok, ok, ok, ok],
    ascendant: [ok, ok, ok, ok],
    descendant: [ok, ok, ok, ok],
    'representant-legal': [ok, ok, ok, ok],
    heritier: [no(NOT_ENTITLED, SANS_FILIATION), no(NOT_ENTITLED, SANS_FILIATION), ok, no(NOT_ENTITLED, SANS_FILIATION)],
    mandataire: [ok, ok, ok, ok],
    avocat: [ok, ok, ok, ok],
    notaire: [ok, ok, ok, ok],
    tiers: [no(NOT_ENTITLED, SANS_FILIATION), no(NOT_ENTITLED, SANS_FILIATION), ok, no(NOT_ENTITLED, SANS_FILIATION)],
  },
  deces: {
    'personne-concernee': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    conjoint: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    'partenaire-pacs': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    ascendant: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    descendant: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    'representant-legal': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    heritier: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    mandataire: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    avocat: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    notaire: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    tiers: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
  },
  reconnaissance: {
    'personne-concernee': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    conjoint: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    'partenaire-pacs': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    ascendant: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    descendant: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    'representant-legal': [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    heritier: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    mandataire: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    avocat: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    notaire: [ok, no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE), no(NOT_ISSUED, COPIE)],
    tiers: [no(NOT_ENTITLED, []), no(NOT_ISSUED, []), no(NOT_ISSUED, []), no(NOT_ISSUED, [])],
  },
};

const COLUMNS: readonly DocumentCode[] = [
  'copie-integrale',
  'extrait-avec-filiation',
  'extrait-sans-filiation',
  'extrait-plurilingue',
];

const cases = ACT_CODES.flatMap((act) =>
  QUALITE_CODES.flatMap((qualite) =>
    COLUMNS.map((document, column) => ({ act, qualite, document, expected: TABLE[act][qualite][column] as Expected })),
  ),
);

describe('eligibility table', () => {
  it('covers all 176 combinations', () => {
    expect(cases).toHaveLength(ACT_CODES.length * DOCUMENT_CODES.length * QUALITE_CODES.length);
    expect(cases).toHaveLength(176);
  });

  it.each(cases)('$act × $document × $qualite', ({ act, document, qualite, expected }) => {
    const request = { act, document, qualite, actDate: ACT_DATE, person: { birthDate: BIRTH_DATE } };
    const { eligibility } = evaluateRequest(request, { today: TODAY });

    expect(eligibility.status).toBe(expected.status);
    if (eligibility.status === 'refused') {
      expect(eligibility.reason).toBe(expected.reason);
      expect(eligibility.alternatives).toEqual(expected.alternatives);
      expect(eligibility.message.length).toBeGreaterThan(20);
    }
  });
});

describe('eligibility when data is missing', () => {
  it('reports act and document missing', () => {
    const { eligibility } = evaluateRequest({ qualite: 'tiers' }, { today: TODAY });

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/act', '/document'] });
  });

  it('needs the act date for a tiers asking a copie intégrale', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'copie-integrale', qualite: 'tiers' },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/actDate'] });
  });

  it('needs the qualité for a restricted document', () => {
    const { eligibility } = evaluateRequest(
      { act: 'mariage', document: 'extrait-avec-filiation', actDate: ACT_DATE },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/qualite'] });
  });

  it('decides open documents without a qualité', () => {
    const { eligibility } = evaluateRequest({ act: 'naissance', document: 'extrait-sans-filiation' }, { today: TODAY });

    expect(eligibility).toEqual({ status: 'allowed', basis: 'open-to-all' });
  });

  it('refuses an extrait of a death act without a qualité', () => {
    const { eligibility } = evaluateRequest({ act: 'deces', document: 'extrait-sans-filiation' }, { today: TODAY });

    expect(expectRefused(eligibility).reason).toBe('document-not-issued-for-act');
  });

  it('treats invalid codes and dates as missing', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'copie-integrale', qualite: 'tiers', actDate: '1990-02-30' },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/actDate'] });
  });

  it('needs the act date for a person asking their own birth act', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'copie-integrale', qualite: 'personne-concernee' },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/actDate'] });
  });

  it('needs the birth date for a person asking their own reconnaissance act', () => {
    const { eligibility } = evaluateRequest(
      { act: 'reconnaissance', document: 'copie-integrale', qualite: 'personne-concernee', actDate: ACT_DATE },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/person/birthDate'] });
  });
});

describe('eligibility of minors', () => {
  it('refuses an unemancipated minor their own copie intégrale', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'copie-integrale', qualite: 'personne-concernee', actDate: '2010-03-04' },
      { today: TODAY },
    );

    expect(eligibility.status).toBe('refused');
    if (eligibility.status !== 'refused') return;
    expect(eligibility.reason).toBe('requester-minor');
    expect(eligibility.alternatives).toEqual(['extrait-sans-filiation']);
    expect(eligibility.message).toContain('représentant légal');
  });

  it('allows an emancipated minor', () => {
    const { eligibility } = evaluateRequest(
      {
        act: 'naissance',
        document: 'extrait-avec-filiation',
        qualite: 'personne-concernee',
        actDate: '2009-03-04',
        person: { emancipated: true },
      },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'allowed', basis: 'qualite' });
  });

  it('allows the person on their 18th birthday', () => {
    const request = { act: 'naissance', document: 'copie-integrale', qualite: 'personne-concernee', actDate: '2007-06-01' } as const;

    expect(evaluateRequest(request, { today: '2025-05-31' }).eligibility.status).toBe('refused');
    expect(evaluateRequest(request, { today: '2025-06-01' }).eligibility.status).toBe('allowed');
  });

  it('skips the age check for a marriage act', () => {
    const { eligibility } = evaluateRequest(
      {
        act: 'mariage',
        document: 'copie-integrale',
        qualite: 'personne-concernee',
        actDate: '2024-01-10',
        person: { birthDate: '2008-01-01' },
      },
      { today: TODAY },
    );

    expect(eligibility).toEqual({ status: 'allowed', basis: 'qualite' });
  });
});

describe('eligibility settings', () => {
  it('refuses the extrait plurilingue when turned off', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'extrait-plurilingue', qualite: 'personne-concernee', actDate: ACT_DATE },
      { today: TODAY, extraitPlurilingue: false },
    );

    expect(eligibility.status).toBe('refused');
    if (eligibility.status !== 'refused') return;
    expect(eligibility.reason).toBe('document-not-offered');
    expect(eligibility.alternatives).toEqual(['copie-integrale', 'extrait-avec-filiation', 'extrait-sans-filiation']);
  });

  it('offers no turned-off document as alternative', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'extrait-avec-filiation', qualite: 'tiers', actDate: ACT_DATE },
      { today: TODAY, extraitPlurilingue: false },
    );

    expect(expectRefused(eligibility).alternatives).toEqual(['extrait-sans-filiation']);
  });
});

describe('eligibility messages', () => {
  it('writes French by default', () => {
    const { eligibility } = evaluateRequest(
      { act: 'naissance', document: 'copie-integrale', qualite: 'tiers', actDate: ACT_DATE },
      { today: TODAY },
    );

    expect(expectRefused(eligibility).message).toBe(
      'La copie intégrale d’un acte de naissance de moins de 75 ans est réservée à la personne concernée, ' +
        'à sa famille proche, à son représentant légal et aux professionnels mandatés.',
    );
  });

  it('writes English with locale en', () => {
    const { eligibility } = evaluateRequest(
      { act: 'deces', document: 'extrait-avec-filiation', qualite: 'tiers', actDate: ACT_DATE },
      { today: TODAY, locale: 'en' },
    );

    expect(expectRefused(eligibility).message).toBe(
      'A death certificate is only issued as a full copy, never as an extract.',
    );
  });

  it('names the heirs for a reconnaissance act', () => {
    const { eligibility } = evaluateRequest(
      { act: 'reconnaissance', document: 'copie-integrale', qualite: 'tiers', actDate: ACT_DATE },
      { today: TODAY },
    );

    expect(expectRefused(eligibility).message).toContain('à ses héritiers');
  });

  it('rejects an invalid today option', () => {
    expect(() => evaluateRequest({}, { today: '2025-13-01' })).toThrow(RangeError);
    expect(() => evaluateRequest({}, { today: new Date(Number.NaN) })).toThrow(/today/);
  });
});
