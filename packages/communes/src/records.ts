import { departementOf, normalize } from './normalize.js';
import type { Commune, CommuneKind } from './types.js';

/**
 * Compact record of the data chunks, as written by scripts/extract.mjs:
 * [code, name, postal codes joined by spaces, population, kind, parent code].
 * Kind 0 is a commune, 1 an arrondissement municipal, 2 a commune déléguée.
 */
export type CompactRecord = [string, string, string, number, number, string];

const KINDS: readonly CommuneKind[] = ['commune', 'arrondissement-municipal', 'commune-deleguee'];

/** Raised when a data chunk does not have the expected shape, such as chunks from another format version. */
export class CommuneDataError extends Error {
  override name = 'CommuneDataError';
}

function isCompactRecord(value: unknown): value is CompactRecord {
  return (
    Array.isArray(value) &&
    value.length === 6 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string' &&
    typeof value[3] === 'number' &&
    typeof value[4] === 'number' &&
    KINDS[value[4]] !== undefined &&
    typeof value[5] === 'string'
  );
}

/** Converts a chunk's records to communes; throws CommuneDataError naming the chunk when a record is malformed. */
export function decodeChunk(data: unknown, chunk: string, departementNames: Record<string, string>): Commune[] {
  if (!Array.isArray(data)) throw new CommuneDataError(`Commune data chunk ${chunk} is not an array.`);
  return data.map((record: unknown) => {
    if (!isCompactRecord(record)) {
      throw new CommuneDataError(`Commune data chunk ${chunk} contains an invalid record: ${JSON.stringify(record)}.`);
    }
    const [code, name, postalCodes, population, kind, parentCode] = record;
    const departement = departementOf(code);
    const commune: Commune = {
      kind: KINDS[kind]!,
      code,
      name,
      postalCodes: postalCodes ? postalCodes.split(' ') : [],
      departement,
      population: kind === 2 ? null : population,
    };
    const departementName = departementNames[departement];
    if (departementName) commune.departementName = departementName;
    if (parentCode) commune.parentCode = parentCode;
    return commune;
  });
}

/** Returns a stable identifier of a record: its kind and code, since a commune déléguée can share its parent's code. */
export function communeKey(commune: Pick<Commune, 'kind' | 'code'>): string {
  return `${commune.kind}:${commune.code}`;
}

/**
 * Returns the match class of a commune for a normalised name query: 0 for the
 * exact name, 1 for a name that starts with the query, 2 for a later word of
 * the name that starts with it (`lyon` in Sainte-Foy-lès-Lyon), or -1.
 */
export function nameMatchClass(normalizedName: string, normalizedQuery: string): number {
  if (normalizedName === normalizedQuery) return 0;
  if (normalizedName.startsWith(normalizedQuery)) return 1;
  return ` ${normalizedName}`.includes(` ${normalizedQuery}`) ? 2 : -1;
}

/** Returns the match class of a commune for a postal-code query: 0 for an equal code, 1 for a code that starts with it, or -1. */
export function postalCodeMatchClass(commune: Commune, digits: string): number {
  if (commune.postalCodes.includes(digits)) return 0;
  return commune.postalCodes.some((postalCode) => postalCode.startsWith(digits)) ? 1 : -1;
}

/**
 * Ranks candidates: match class first (exact, then prefix, then word), then
 * population (largest first, unknown last), then name and code so that the
 * order is stable. Drops duplicates and non-matching candidates.
 */
export function rankCommunes(candidates: Iterable<Commune>, classOf: (commune: Commune) => number, limit: number): Commune[] {
  const seen = new Set<string>();
  const scored: Array<{ commune: Commune; matchClass: number }> = [];
  for (const commune of candidates) {
    const key = communeKey(commune);
    if (seen.has(key)) continue;
    seen.add(key);
    const matchClass = classOf(commune);
    if (matchClass >= 0) scored.push({ commune, matchClass });
  }
  scored.sort(
    (a, b) =>
      a.matchClass - b.matchClass ||
      (b.commune.population ?? -1) - (a.commune.population ?? -1) ||
      a.commune.name.localeCompare(b.commune.name, 'fr') ||
      a.commune.code.localeCompare(b.commune.code),
  );
  return scored.slice(0, limit).map(({ commune }) => commune);
}

/** Returns the match-class function for a query, or null when the query is empty once normalised. */
export function matcherFor(query: string, digits: string | null): ((commune: Commune) => number) | null {
  if (digits !== null) return (commune) => postalCodeMatchClass(commune, digits);
  const normalizedQuery = normalize(query);
  if (normalizedQuery === '') return null;
  const names = new Map<Commune, string>();
  return (commune) => {
    let normalizedName = names.get(commune);
    if (normalizedName === undefined) {
      normalizedName = normalize(commune.name);
      names.set(commune, normalizedName);
    }
    return nameMatchClass(normalizedName, normalizedQuery);
  };
}
