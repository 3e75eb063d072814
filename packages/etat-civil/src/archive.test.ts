import { describe, expect, it } from 'vitest';

import { evaluateRequest } from './evaluate.js';
import type { RequestDraft } from './types.js';

/** Builds a tiers' request for a copie intégrale, which only the public-archive rule can allow. */
function tiersCopy(actDate: string | undefined, deathDate?: string): RequestDraft {
  const request: RequestDraft = { act: 'naissance', document: 'copie-integrale', qualite: 'tiers' };
  if (actDate !== undefined) request.actDate = actDate;
  if (deathDate !== undefined) request.deathDate = deathDate;
  return request;
}

describe('public-archive rule, 75 years after the act', () => {
  it('refuses a day before the 75th anniversary', () => {
    const { eligibility } = evaluateRequest(tiersCopy('1950-06-01'), { today: '2025-05-31' });

    expect(eligibility.status).toBe('refused');
  });

  it('refuses on the 75th anniversary itself', () => {
    const { eligibility } = evaluateRequest(tiersCopy('1950-06-01'), { today: '2025-06-01' });

    expect(eligibility.status).toBe('refused');
  });

  it('allows the day after the 75th anniversary', () => {
    const { eligibility } = evaluateRequest(tiersCopy('1950-06-01'), { today: '2025-06-02' });

    expect(eligibility).toEqual({ status: 'allowed', basis: 'public-archives' });
  });

  it('counts a 29 February act to 28 February', () => {
    expect(evaluateRequest(tiersCopy('1948-02-29'), { today: '2023-02-28' }).eligibility.status).toBe('refused');
    expect(evaluateRequest(tiersCopy('1948-02-29'), { today: '2023-03-01' }).eligibility.status).toBe('allowed');
  });

  it('applies to every restricted document and act', () => {
    const options = { today: '2025-06-02' };

    for (const act of ['naissance', 'mariage', 'reconnaissance'] as const) {
      for (const document of ['copie-integrale', 'extrait-avec-filiation', 'extrait-plurilingue'] as const) {
        const { eligibility } = evaluateRequest({ act, document, qualite: 'tiers', actDate: '1950-06-01' }, options);
        const expected = act === 'reconnaissance' && document !== 'copie-integrale' ? 'refused' : 'allowed';
        expect(eligibility.status, `${act} ${document}`).toBe(expected);
      }
    }
  });

  it('offers the archived documents as alternatives', () => {
    const { eligibility } = evaluateRequest(
      { act: 'deces', document: 'extrait-avec-filiation', qualite: 'tiers', actDate: '1930-01-01' },
      { today: '2025-06-01' },
    );

    expect(eligibility.status).toBe('refused');
    expect(eligibility.status === 'refused' ? eligibility.alternatives : undefined).toEqual(['copie-integrale']);
  });

  it('uses a configured delay of 100 years', () => {
    const options = { today: '2025-06-02', archiveYears: 100 };

    expect(evaluateRequest(tiersCopy('1950-06-01'), options).eligibility.status).toBe('refused');
    expect(evaluateRequest(tiersCopy('1925-06-01'), options).eligibility.status).toBe('allowed');
  });

  it('counts from the register closure when configured', () => {
    const options = { archiveDelayStart: 'register-closure' } as const;

    expect(evaluateRequest(tiersCopy('1950-03-10'), { ...options, today: '2025-12-31' }).eligibility.status).toBe('refused');
    expect(evaluateRequest(tiersCopy('1950-03-10'), { ...options, today: '2026-01-01' }).eligibility.status).toBe('allowed');
  });
});

describe('public-archive rule, 25 years after death', () => {
  it('refuses on the 25th anniversary of the death', () => {
    const { eligibility } = evaluateRequest(tiersCopy('1990-05-12', '2000-06-01'), { today: '2025-06-01' });

    expect(eligibility.status).toBe('refused');
  });

  it('allows the day after the 25th anniversary of the death', () => {
    const { eligibility } = evaluateRequest(tiersCopy('1990-05-12', '2000-06-01'), { today: '2025-06-02' });

    expect(eligibility).toEqual({ status: 'allowed', basis: 'public-archives' });
  });

  it('decides without the act date once the death is old enough', () => {
    const { eligibility } = evaluateRequest(tiersCopy(undefined, '1990-01-01'), { today: '2025-06-01' });

    expect(eligibility).toEqual({ status: 'allowed', basis: 'public-archives' });
  });

  it('still needs the act date after a recent death', () => {
    const { eligibility } = evaluateRequest(tiersCopy(undefined, '2020-01-01'), { today: '2025-06-01' });

    expect(eligibility).toEqual({ status: 'unknown', missing: ['/actDate'] });
  });

  it('uses a configured delay after death', () => {
    const options = { today: '2025-06-02', archiveYearsAfterDeath: 50 };

    expect(evaluateRequest(tiersCopy('1990-05-12', '2000-06-01'), options).eligibility.status).toBe('refused');
  });
});
