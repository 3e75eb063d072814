import { postalCodeQuery } from './normalize.js';
import { matcherFor, rankCommunes } from './records.js';
import { DEFAULT_LIMIT } from './source.js';
import type { Commune, CommuneAdapter, SearchOutcome, SearchRequest } from './types.js';

/**
 * Creates an adapter over a list of communes held in memory, with the same
 * matching and ranking as the bundled data. Meant for tests, stories and
 * pages that only offer a few communes.
 */
export function createMemorySource(communes: readonly Commune[]): CommuneAdapter {
  return {
    async search(query: string, request: SearchRequest = {}): Promise<SearchOutcome<Commune>> {
      if (request.signal?.aborted) return { status: 'aborted' };
      const limit = request.limit ?? DEFAULT_LIMIT;
      const postalCode = request.postalCode?.trim() ?? '';
      const candidates = postalCode ? communes.filter((commune) => commune.postalCodes.includes(postalCode)) : communes;

      if (query.trim() === '') {
        const results = postalCode ? rankCommunes(candidates, () => 0, limit) : [];
        return { status: 'ok', results };
      }
      const matcher = matcherFor(query, postalCodeQuery(query));
      return { status: 'ok', results: matcher ? rankCommunes(candidates, matcher, limit) : [] };
    },
  };
}
