import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error The extraction script is plain JavaScript without declarations.
import { normalize as extractNormalize } from '../scripts/extract.mjs';
import { normalize } from './normalize.js';
import { createCommuneSource, type CommuneSource } from './source.js';
import { extractedDataDir, fileLoader } from './test-support/extracted.js';

const require = (await import('node:module')).createRequire(import.meta.url);
const sourceCommunes: Array<{ nom: string; type: string; code: string }> = require('@etalab/decoupage-administratif/data/communes.json');

let dataDir: string;

beforeAll(async () => {
  dataDir = await extractedDataDir();
}, 60_000);

function sourceWith(readPaths: string[] = []): CommuneSource {
  return createCommuneSource({ loader: fileLoader(dataDir, readPaths) });
}

describe('normalize', () => {
  it('ignores case, accents, hyphens and apostrophes', () => {
    expect(normalize("L'Île-d'Yeu")).toBe('l ile d yeu');
    expect(normalize('ÈZE')).toBe('eze');
    expect(normalize('Œuilly')).toBe('oeuilly');
  });

  it('spells St and Ste in full', () => {
    expect(normalize('St-Denis')).toBe('saint denis');
    expect(normalize('ste foy')).toBe('sainte foy');
    expect(normalize('Stenay')).toBe('stenay');
  });

  it('matches the extraction script on every name', () => {
    const mismatches = sourceCommunes.filter((commune) => normalize(commune.nom) !== extractNormalize(commune.nom));

    expect(mismatches).toEqual([]);
  });
});

describe('createCommuneSource', () => {
  describe('when searching by name', () => {
    it('ranks the exact name first', async () => {
      const results = await sourceWith().searchCommunes('lyon');

      expect(results[0]).toMatchObject({ kind: 'commune', code: '69123', name: 'Lyon', departement: '69', departementName: 'Rhône' });
    });

    it('ranks prefix matches before word matches', async () => {
      const results = await sourceWith().searchCommunes('lyon', { limit: 20 });
      const names = results.map((commune) => commune.name);

      expect(names.indexOf('Lyon 3e Arrondissement')).toBeGreaterThan(0);
      expect(names.indexOf('Sainte-Foy-lès-Lyon')).toBeGreaterThan(names.indexOf('Lyon 9e Arrondissement'));
    });

    it('orders prefix matches by population', async () => {
      const results = await sourceWith().searchCommunes('marseille 1', { limit: 20 });
      const populations = results.map((commune) => commune.population ?? 0);

      expect(results.length).toBeGreaterThan(5);
      expect(populations).toEqual([...populations].sort((a, b) => b - a));
    });

    it('treats Saint, St and hyphens alike', async () => {
      const source = sourceWith();

      const full = await source.searchCommunes('saint-denis');
      const short = await source.searchCommunes('St Denis');

      expect(full.map((commune) => commune.code)).toEqual(short.map((commune) => commune.code));
      expect(full.slice(0, 2).map((commune) => commune.code).sort()).toEqual(['93066', '97411']);
    });

    it('treats Ste as Sainte', async () => {
      const results = await sourceWith().searchCommunes('ste foy les lyon');

      expect(results[0]).toMatchObject({ code: '69202', name: 'Sainte-Foy-lès-Lyon' });
    });

    it('ignores accents and apostrophes', async () => {
      const source = sourceWith();

      const eze = await source.searchCommunes('eze');
      const yeu = await source.searchCommunes('lile dyeu');
      const yeuSpaced = await source.searchCommunes("l'ile d yeu");

      expect(eze[0]).toMatchObject({ code: '06059', name: 'Èze' });
      expect(yeu).toEqual([]);
      expect(yeuSpaced[0]).toMatchObject({ name: "L'Île-d'Yeu" });
    });

    it('matches words inside the name', async () => {
      const results = await sourceWith().searchCommunes('ile', { limit: 50 });

      expect(results.some((commune) => commune.name === "L'Île-d'Yeu")).toBe(true);
      expect(results.every((commune) => ` ${normalize(commune.name)}`.includes(' ile'))).toBe(true);
    });

    it('answers short queries from a top chunk', async () => {
      const readPaths: string[] = [];

      const results = await sourceWith(readPaths).searchCommunes('saint', { limit: 5 });

      expect(results).toHaveLength(5);
      expect(readPaths.some((path) => path.startsWith('t/'))).toBe(true);
      expect(results.every((commune) => normalize(commune.name).startsWith('saint'))).toBe(true);
    });

    it('finds communes déléguées keyed by kind', async () => {
      const results = await sourceWith().searchCommunes('arbignieu');

      expect(results[0]).toMatchObject({ kind: 'commune-deleguee', code: '01015', parentCode: '01015', population: null });
      expect(results[0]!.postalCodes.length).toBeGreaterThan(0);
    });

    it('respects the limit', async () => {
      const results = await sourceWith().searchCommunes('saint', { limit: 3 });

      expect(results).toHaveLength(3);
    });

    it('narrows to a postal code', async () => {
      const results = await sourceWith().searchCommunes('lyon', { postalCode: '69003' });

      expect(results.map((commune) => commune.code)).toEqual(['69123', '69383']);
    });

    it('returns nothing for an empty or unknown query', async () => {
      const source = sourceWith();

      expect(await source.searchCommunes('  ')).toEqual([]);
      expect(await source.searchCommunes('zzzzq')).toEqual([]);
    });
  });

  describe('when searching by postal code', () => {
    it('ranks communes of that code first', async () => {
      const results = await sourceWith().searchCommunes('69003');

      expect(results.map((commune) => commune.code)).toEqual(['69123', '69383']);
    });

    it('matches postal-code prefixes', async () => {
      const results = await sourceWith().searchCommunes('6900', { limit: 20 });

      expect(results.length).toBeGreaterThan(5);
      expect(results.every((commune) => commune.postalCodes.some((code) => code.startsWith('6900')))).toBe(true);
    });

    it('lists communes of a postal code', async () => {
      const results = await sourceWith().communesForPostalCode('75001');

      expect(results.map((commune) => commune.code)).toEqual(['75056', '75101']);
    });

    it('rejects malformed postal codes', async () => {
      expect(await sourceWith().communesForPostalCode('7500')).toEqual([]);
    });
  });

  describe('when looking up a code', () => {
    it('finds a commune by INSEE code', async () => {
      const commune = await sourceWith().communeByCode('2a004');

      expect(commune).toMatchObject({ code: '2A004', name: 'Ajaccio', departement: '2A' });
    });

    it('distinguishes kinds sharing a code', async () => {
      const source = sourceWith();

      const parent = await source.communeByCode('01015');
      const deleguee = await source.communeByCode('01015', 'commune-deleguee');

      expect(parent?.name).toBe('Arboys en Bugey');
      expect(deleguee?.name).toBe('Arbignieu');
    });

    it('finds overseas communes and arrondissements', async () => {
      const source = sourceWith();

      expect((await source.communeByCode('97411'))?.departement).toBe('974');
      expect((await source.communeByCode('13201', 'arrondissement-municipal'))?.parentCode).toBe('13055');
    });

    it('returns null for unknown codes', async () => {
      expect(await sourceWith().communeByCode('99999')).toBeNull();
      expect(await sourceWith().communeByCode('abc')).toBeNull();
    });
  });

  describe('when loading chunks', () => {
    it('caches loaded chunks', async () => {
      const readPaths: string[] = [];
      const source = sourceWith(readPaths);

      await source.searchCommunes('lyon');
      await source.searchCommunes('lyon 3');

      expect(readPaths.filter((path) => path === 'index.json')).toHaveLength(1);
      expect(new Set(readPaths).size).toBe(readPaths.length);
    });

    it('keeps each search under 40 KB gzip', async () => {
      const bytes: Record<string, number> = {};

      for (const query of ['lyon', '69003', 'saint-denis', 'ile']) {
        const readPaths: string[] = [];
        await sourceWith(readPaths).searchCommunes(query);
        const files = await Promise.all(readPaths.map((path) => readFile(join(dataDir, path))));
        bytes[query] = files.reduce((sum, file) => sum + gzipSync(file, { level: 9 }).length, 0);
      }

      for (const [query, size] of Object.entries(bytes)) expect(size, `${query}: ${size} B gzip`).toBeLessThanOrEqual(40 * 1024);
    });

    it('reports a missing chunk as an HTTP error', async () => {
      const source = createCommuneSource({
        baseUrl: 'http://127.0.0.1:1/data/',
        fetch: async () => new Response('not found', { status: 404 }),
      });

      const outcome = await source.search('lyon');

      expect(outcome).toMatchObject({ status: 'error', reason: 'http' });
    });

    it('reports a failed fetch as a network error', async () => {
      const source = createCommuneSource({
        baseUrl: 'http://127.0.0.1:1/data/',
        fetch: async () => {
          throw new TypeError('fetch failed');
        },
      });

      const outcome = await source.search('lyon');

      expect(outcome).toMatchObject({ status: 'error', reason: 'network' });
    });

    it('fetches chunks under the base URL', async () => {
      const requested: string[] = [];
      const source = createCommuneSource({
        baseUrl: 'http://127.0.0.1:1/assets/communes/',
        fetch: async (input) => {
          const url = new URL(String(input));
          requested.push(url.pathname);
          const body = await readFile(join(dataDir, url.pathname.replace('/assets/communes/', '')));
          return new Response(body, { headers: { 'Content-Type': 'application/json' } });
        },
      });

      const outcome = await source.search('69003');

      expect(outcome.status).toBe('ok');
      expect(requested).toEqual(['/assets/communes/index.json', '/assets/communes/p/69.json']);
    });
  });
});
