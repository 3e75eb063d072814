import { describe, expect, it } from 'vitest';
import { createMemorySource } from './memory.js';
import type { Commune } from './types.js';

const communes: Commune[] = [
  { kind: 'commune', code: '69123', name: 'Lyon', postalCodes: ['69001', '69003'], departement: '69', population: 519127 },
  { kind: 'arrondissement-municipal', code: '69383', name: 'Lyon 3e Arrondissement', postalCodes: ['69003'], departement: '69', population: 105000, parentCode: '69123' },
  { kind: 'commune', code: '69202', name: 'Sainte-Foy-lès-Lyon', postalCodes: ['69110'], departement: '69', population: 22000 },
  { kind: 'commune', code: '27377', name: 'Lyons-la-Forêt', postalCodes: ['27480'], departement: '27', population: 700 },
];

describe('createMemorySource', () => {
  it('ranks exact, prefix, then word matches', async () => {
    const outcome = await createMemorySource(communes).search('lyon');

    expect(outcome.status === 'ok' && outcome.results.map((commune) => commune.code)).toEqual(['69123', '69383', '27377', '69202']);
  });

  it('treats Ste as Sainte', async () => {
    const outcome = await createMemorySource(communes).search('ste foy');

    expect(outcome.status === 'ok' && outcome.results.map((commune) => commune.code)).toEqual(['69202']);
  });

  it('lists a postal code when the query is empty', async () => {
    const outcome = await createMemorySource(communes).search('', { postalCode: '69003' });

    expect(outcome.status === 'ok' && outcome.results.map((commune) => commune.code)).toEqual(['69123', '69383']);
  });

  it('returns aborted for an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();

    expect(await createMemorySource(communes).search('lyon', { signal: controller.signal })).toEqual({ status: 'aborted' });
  });
});
