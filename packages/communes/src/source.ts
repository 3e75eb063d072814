import { normalize, postalCodeQuery } from './normalize.js';
import { CommuneDataError, decodeChunk, matcherFor, rankCommunes } from './records.js';
import type { Commune, CommuneAdapter, CommuneKind, SearchOutcome, SearchRequest } from './types.js';

/** Data format version that this code reads; scripts/extract.mjs writes the same number. */
const FORMAT_VERSION = 1;

/** Default number of search results. */
export const DEFAULT_LIMIT = 10;

/** Returns the parsed JSON of a data file, given its path relative to the data folder, such as `n/lyo.json`. */
export type ChunkLoader = (path: string) => Promise<unknown>;

/** Options of `createCommuneSource()`. */
export interface CommuneSourceOptions {
  /**
   * URL of the folder holding the data files, ending with a slash, such as
   * `/assets/communes/`. Defaults to the package's own `dist/data/`.
   */
  baseUrl?: string | URL;
  /** Fetch function used by the default loader; defaults to the page's `fetch` at call time. */
  fetch?: typeof fetch;
  /** Reads data files another way, such as from the file system in Node; replaces `baseUrl` and `fetch`. */
  loader?: ChunkLoader;
}

/** Raised when a data file cannot be fetched; `status` is the HTTP status, or 0 when the network failed. */
export class CommuneLoadError extends Error {
  override name = 'CommuneLoadError';

  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface DataIndex {
  version: number;
  names: string[];
  tops: string[];
  postalPrefixes: string[];
  departements: Record<string, string>;
}

/** The bundled COG communes, loaded chunk by chunk on demand. */
export interface CommuneSource extends CommuneAdapter {
  /** Returns the communes matching a name or postal-code query, best first; rejects when a data file cannot be loaded. */
  searchCommunes(query: string, options?: { limit?: number; postalCode?: string }): Promise<Commune[]>;
  /** Returns the communes, arrondissements and communes déléguées that have this postal code, most populous first. */
  communesForPostalCode(postalCode: string): Promise<Commune[]>;
  /** Returns the record of this INSEE code and kind (a current commune by default), or null. */
  communeByCode(inseeCode: string, kind?: CommuneKind): Promise<Commune | null>;
}

function isDataIndex(value: unknown): value is DataIndex {
  const index = value as DataIndex | null;
  return (
    typeof index === 'object' &&
    index !== null &&
    Array.isArray(index.names) &&
    Array.isArray(index.tops) &&
    Array.isArray(index.postalPrefixes) &&
    typeof index.departements === 'object'
  );
}

function fileKey(key: string): string {
  return key.replace(/ /g, '_');
}

function defaultBaseUrl(): URL {
  // Resolves to dist/data/ beside the built module (dist/source.js).
  // NOTE: under the `source` export condition this module is src/source.ts and
  // the URL points at src/data/, which does not exist: set `baseUrl` there.
  return new URL('./data/', import.meta.url);
}

function fetchLoader(baseUrl: string | URL, fetchFunction?: typeof fetch): ChunkLoader {
  return async (path) => {
    const base = new URL(String(baseUrl), (globalThis as { location?: { href: string } }).location?.href ?? undefined);
    const url = new URL(path, base);
    const doFetch = fetchFunction ?? globalThis.fetch;
    let response: Response;
    try {
      response = await doFetch(url);
    } catch (error) {
      throw new CommuneLoadError(`Could not fetch commune data ${url.href}: ${(error as Error).message}`, 0);
    }
    if (!response.ok) throw new CommuneLoadError(`Commune data ${url.href} returned HTTP ${response.status}.`, response.status);
    try {
      return await response.json();
    } catch {
      throw new CommuneDataError(`Commune data ${url.href} is not valid JSON.`);
    }
  };
}

/**
 * Creates a source over the data chunks built by `scripts/extract.mjs`. It
 * loads `index.json` (about 2.5 KB gzip) on the first request, then only the
 * chunks a request needs, and keeps loaded chunks in memory. A chunk that
 * failed to load is requested again next time.
 */
export function createCommuneSource(options: CommuneSourceOptions = {}): CommuneSource {
  const loader = options.loader ?? fetchLoader(options.baseUrl ?? defaultBaseUrl(), options.fetch);
  const chunks = new Map<string, Promise<Commune[]>>();
  let indexPromise: Promise<DataIndex> | undefined;
  let leafKeys: Set<string> | undefined;
  let topKeys: Set<string> | undefined;

  const loadIndex = (): Promise<DataIndex> => {
    indexPromise ??= loader('index.json').then((data) => {
      if (!isDataIndex(data)) throw new CommuneDataError('Commune data index.json has an unexpected shape.');
      if (data.version !== FORMAT_VERSION) {
        throw new CommuneDataError(`Commune data index.json has format version ${data.version}; this code reads version ${FORMAT_VERSION}.`);
      }
      leafKeys = new Set(data.names);
      topKeys = new Set(data.tops);
      return data;
    });
    indexPromise.catch(() => {
      indexPromise = undefined;
    });
    return indexPromise;
  };

  const loadChunk = async (path: string): Promise<Commune[]> => {
    const index = await loadIndex();
    let chunk = chunks.get(path);
    if (!chunk) {
      chunk = loader(path).then((data) => decodeChunk(data, path, index.departements));
      chunks.set(path, chunk);
      chunk.catch(() => chunks.delete(path));
    }
    return chunk;
  };

  /** Returns the chunk path that covers a normalised name query: the trie leaf on its path, or the top chunk of the node it ends at. */
  const nameChunkFor = (normalizedQuery: string): string | null => {
    for (let length = 1; length <= normalizedQuery.length; length++) {
      const prefix = normalizedQuery.slice(0, length);
      if (leafKeys!.has(prefix)) return `n/${fileKey(prefix)}.json`;
    }
    return topKeys!.has(normalizedQuery) ? `t/${fileKey(normalizedQuery)}.json` : null;
  };

  const searchCommunes = async (query: string, searchOptions: { limit?: number; postalCode?: string } = {}): Promise<Commune[]> => {
    const limit = searchOptions.limit ?? DEFAULT_LIMIT;
    const postalCode = searchOptions.postalCode?.trim() ?? '';
    const index = await loadIndex();

    if (query.trim() === '') return postalCode ? (await communesForPostalCode(postalCode)).slice(0, limit) : [];

    const digits = postalCodeQuery(query);
    const matcher = matcherFor(query, digits);
    if (!matcher) return [];

    let path: string | null;
    if (digits !== null) {
      path = digits.length >= 2 && index.postalPrefixes.includes(digits.slice(0, 2)) ? `p/${digits.slice(0, 2)}.json` : null;
    } else {
      path = nameChunkFor(normalize(query));
    }
    if (!path) return [];

    let candidates = await loadChunk(path);
    if (postalCode) candidates = candidates.filter((commune) => commune.postalCodes.includes(postalCode));
    return rankCommunes(candidates, matcher, limit);
  };

  const communesForPostalCode = async (postalCode: string): Promise<Commune[]> => {
    const digits = postalCode.replace(/\s+/g, '');
    if (!/^\d{5}$/.test(digits)) return [];
    const index = await loadIndex();
    if (!index.postalPrefixes.includes(digits.slice(0, 2))) return [];
    const candidates = await loadChunk(`p/${digits.slice(0, 2)}.json`);
    return rankCommunes(candidates, (commune) => (commune.postalCodes.includes(digits) ? 0 : -1), Number.POSITIVE_INFINITY);
  };

  const communeByCode = async (inseeCode: string, kind: CommuneKind = 'commune'): Promise<Commune | null> => {
    const code = inseeCode.trim().toUpperCase();
    if (!/^(\d{2}|2A|2B)\d{3}$/.test(code)) return null;
    const departement = code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
    const index = await loadIndex();
    if (!(departement in index.departements)) return null;
    const candidates = await loadChunk(`c/${departement}.json`);
    return candidates.find((commune) => commune.code === code && commune.kind === kind) ?? null;
  };

  const search = async (query: string, request: SearchRequest = {}): Promise<SearchOutcome<Commune>> => {
    if (request.signal?.aborted) return { status: 'aborted' };
    try {
      const results = await searchCommunes(query, request);
      return request.signal?.aborted ? { status: 'aborted' } : { status: 'ok', results };
    } catch (error) {
      if (error instanceof CommuneLoadError) {
        return { status: 'error', reason: error.status === 0 ? 'network' : error.status === 429 ? 'rate-limited' : 'http', message: error.message };
      }
      return { status: 'error', reason: 'http', message: (error as Error).message };
    }
  };

  return { search, searchCommunes, communesForPostalCode, communeByCode };
}
