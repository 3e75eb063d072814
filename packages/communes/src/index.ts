export { normalize, departementOf, postalCodeQuery } from './normalize.js';
export { CommuneDataError, communeKey } from './records.js';
export {
  createCommuneSource,
  CommuneLoadError,
  DEFAULT_LIMIT,
  type ChunkLoader,
  type CommuneSource,
  type CommuneSourceOptions,
} from './source.js';
export { createMemorySource } from './memory.js';
export { createGeoApiAdapter, GEO_API_BASE_URL, type GeoApiAdapterOptions } from './adapters/geo-api.js';
export {
  createGeoplateformeAdapter,
  GEOPLATEFORME_BASE_URL,
  type GeoplateformeAdapter,
  type GeoplateformeAdapterOptions,
} from './adapters/geoplateforme.js';
export type { RequestPolicy } from './adapters/request.js';
export type * from './types.js';

import { createCommuneSource, type CommuneSource } from './source.js';
import type { Commune, CommuneKind } from './types.js';

let defaultSource: CommuneSource | undefined;

function source(): CommuneSource {
  defaultSource ??= createCommuneSource();
  return defaultSource;
}

/** Searches the bundled communes by name or postal code, best first (exact, then prefix, then population). */
export function searchCommunes(query: string, options?: { limit?: number; postalCode?: string }): Promise<Commune[]> {
  return source().searchCommunes(query, options);
}

/** Returns the bundled communes, arrondissements and communes déléguées that have this postal code. */
export function communesForPostalCode(postalCode: string): Promise<Commune[]> {
  return source().communesForPostalCode(postalCode);
}

/** Returns the bundled record of this INSEE code and kind (a current commune by default), or null. */
export function communeByCode(inseeCode: string, kind?: CommuneKind): Promise<Commune | null> {
  return source().communeByCode(inseeCode, kind);
}
