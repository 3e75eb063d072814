import { departementOf, postalCodeQuery } from '../normalize.js';
import { DEFAULT_LIMIT } from '../source.js';
import type { Commune, CommuneAdapter, CommuneKind, SearchOutcome, SearchRequest } from '../types.js';
import { createLatestRequester, endpointUrl, type RequestPolicy } from './request.js';

/** Base URL of the public geo.api.gouv.fr API; contacted only when a page creates this adapter. */
export const GEO_API_BASE_URL = 'https://geo.api.gouv.fr';

/** Options of `createGeoApiAdapter()`. */
export interface GeoApiAdapterOptions extends RequestPolicy {
  /** API root, such as `https://geo.api.gouv.fr` or a proxy of the page's own; `/communes` is appended. */
  baseUrl?: string | URL;
}

interface GeoApiCommune {
  nom: string;
  code: string;
  codesPostaux?: string[];
  codeDepartement?: string;
  departement?: { code: string; nom: string };
  population?: number;
  type?: string;
  codeParent?: string;
}

function toCommune(item: GeoApiCommune): Commune {
  if (typeof item?.nom !== 'string' || typeof item.code !== 'string') throw new Error('a commune lacks `nom` or `code`');
  let kind: CommuneKind = 'commune';
  if (item.type === 'arrondissement-municipal' || item.type === 'commune-deleguee') kind = item.type;
  const commune: Commune = {
    kind,
    code: item.code,
    name: item.nom,
    postalCodes: Array.isArray(item.codesPostaux) ? item.codesPostaux : [],
    departement: item.codeDepartement ?? item.departement?.code ?? departementOf(item.code),
    population: typeof item.population === 'number' ? item.population : null,
  };
  if (item.departement?.nom) commune.departementName = item.departement.nom;
  if (item.codeParent) commune.parentCode = item.codeParent;
  return commune;
}

function parseCommunes(body: unknown): Commune[] {
  if (!Array.isArray(body)) throw new Error('expected an array of communes');
  return body.map((item) => toCommune(item as GeoApiCommune));
}

/**
 * Creates an adapter for the `/communes` endpoint of geo.api.gouv.fr (or a
 * compatible proxy): a name query is sent as `nom`, digits as `codePostal`,
 * results are boosted by population. Calls are debounced, a new call aborts
 * the previous request, and failures come back as `error` outcomes.
 */
export function createGeoApiAdapter(options: GeoApiAdapterOptions = {}): CommuneAdapter {
  const requester = createLatestRequester(options);
  const baseUrl = options.baseUrl ?? GEO_API_BASE_URL;

  return {
    search(query: string, request: SearchRequest = {}): Promise<SearchOutcome<Commune>> {
      const url = endpointUrl(baseUrl, 'communes');
      const digits = postalCodeQuery(query);
      const postalCode = request.postalCode?.trim();
      if (digits !== null && digits.length === 5) url.searchParams.set('codePostal', digits);
      else if (query.trim() !== '') url.searchParams.set('nom', query.trim());
      if (postalCode) url.searchParams.set('codePostal', postalCode);
      if (!url.searchParams.has('nom') && !url.searchParams.has('codePostal')) {
        return Promise.resolve({ status: 'ok', results: [] });
      }
      url.searchParams.set('type', 'commune-actuelle,arrondissement-municipal');
      url.searchParams.set('fields', 'nom,code,codesPostaux,codeDepartement,departement,population,type');
      url.searchParams.set('boost', 'population');
      url.searchParams.set('limit', String(request.limit ?? DEFAULT_LIMIT));
      return requester.run(url, parseCommunes, request.signal);
    },
  };
}
