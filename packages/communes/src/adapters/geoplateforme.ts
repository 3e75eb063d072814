import type { Address, AddressAdapter, SearchOutcome, SearchRequest } from '../types.js';
import { createLatestRequester, endpointUrl, type RequestPolicy } from './request.js';

/** Base URL of the IGN Géoplateforme geocoder; contacted only when a page creates this adapter with it. */
export const GEOPLATEFORME_BASE_URL = 'https://data.geopf.fr/geocodage';

/** Options of `createGeoplateformeAdapter()`. */
export interface GeoplateformeAdapterOptions extends RequestPolicy {
  /** Geocoder root, such as `https://data.geopf.fr/geocodage`; `/search` and `/completion` are appended. */
  baseUrl?: string | URL;
}

/** Address adapter of the Géoplateforme geocoder, with its autocompletion endpoint too. */
export interface GeoplateformeAdapter extends AddressAdapter {
  /** Suggests addresses through `/completion` (lighter, no INSEE code). */
  complete(text: string, request?: Omit<SearchRequest, 'postalCode'>): Promise<SearchOutcome<Address>>;
}

interface GeocodeFeature {
  properties?: {
    label?: string;
    name?: string;
    postcode?: string;
    city?: string;
    citycode?: string;
  };
}

interface CompletionResult {
  fulltext?: string;
  street?: string;
  zipcode?: string;
  city?: string;
}

/** Reads a GeoCodeJSON FeatureCollection, as `/search` returns it. */
function parseSearch(body: unknown): Address[] {
  const features = (body as { features?: unknown })?.features;
  if (!Array.isArray(features)) throw new Error('expected a GeoCodeJSON FeatureCollection with `features`');
  return features.map((feature: GeocodeFeature) => {
    const properties = feature?.properties;
    if (typeof properties?.label !== 'string') throw new Error('a feature lacks `properties.label`');
    const address: Address = {
      label: properties.label,
      line1: properties.name ?? properties.label,
      postalCode: properties.postcode ?? '',
      city: properties.city ?? '',
    };
    if (properties.citycode) address.cityCode = properties.citycode;
    return address;
  });
}

/** Reads the `{ status, results }` body of `/completion`. */
function parseCompletion(body: unknown): Address[] {
  const results = (body as { results?: unknown })?.results;
  if (!Array.isArray(results)) throw new Error('expected `results` in the completion response');
  return results.map((result: CompletionResult) => {
    if (typeof result?.fulltext !== 'string') throw new Error('a completion result lacks `fulltext`');
    return {
      label: result.fulltext,
      line1: result.street ?? result.fulltext,
      postalCode: result.zipcode ?? '',
      city: result.city ?? '',
    };
  });
}

/**
 * Creates an address adapter for the IGN Géoplateforme geocoder, which
 * replaced api-adresse.data.gouv.fr and returns HTTP 429 beyond its rate
 * limit. `search` asks `/search` with `index=address` and autocompletion on;
 * `complete` asks `/completion` with `type=StreetAddress`. Calls are
 * debounced and a new call aborts the previous request.
 */
export function createGeoplateformeAdapter(options: GeoplateformeAdapterOptions = {}): GeoplateformeAdapter {
  const requester = createLatestRequester(options);
  const baseUrl = options.baseUrl ?? GEOPLATEFORME_BASE_URL;

  return {
    search(query, request = {}) {
      if (query.trim().length < 3) return Promise.resolve({ status: 'ok', results: [] });
      const url = endpointUrl(baseUrl, 'search');
      url.searchParams.set('q', query.trim());
      url.searchParams.set('index', 'address');
      url.searchParams.set('autocomplete', '1');
      url.searchParams.set('limit', String(request.limit ?? 10));
      return requester.run(url, parseSearch, request.signal);
    },
    complete(text, request = {}) {
      if (text.trim().length < 3) return Promise.resolve({ status: 'ok', results: [] });
      const url = endpointUrl(baseUrl, 'completion');
      url.searchParams.set('text', text.trim());
      url.searchParams.set('type', 'StreetAddress');
      url.searchParams.set('maximumResponses', String(request.limit ?? 10));
      return requester.run(url, parseCompletion, request.signal);
    },
  };
}
