/** Kind of a COG record: a current commune, an arrondissement municipal (Paris, Lyon, Marseille) or a commune déléguée. */
export type CommuneKind = 'commune' | 'arrondissement-municipal' | 'commune-deleguee';

/** A commune, arrondissement municipal or commune déléguée; `kind` and `code` together identify it. */
export interface Commune {
  /** Kind of record; a commune déléguée may share its code with its parent commune. */
  kind: CommuneKind;
  /** INSEE (COG) code, five characters such as `69123` or `2A004`. */
  code: string;
  /** Official name, such as `Sainte-Foy-lès-Lyon`. */
  name: string;
  /** Postal codes; a commune déléguée has its parent commune's codes. */
  postalCodes: string[];
  /** Département code, such as `69`, `2A` or `974`. */
  departement: string;
  /** Département name, such as `Rhône`, when the source gives it. */
  departementName?: string;
  /** Municipal population, or null when the source gives none (communes déléguées). */
  population: number | null;
  /** Code of the parent commune of an arrondissement municipal or a commune déléguée. */
  parentCode?: string;
}

/** Reason an adapter search failed: unreachable, too slow, refused with HTTP 429, or another HTTP failure or invalid body. */
export type SearchErrorReason = 'network' | 'timeout' | 'rate-limited' | 'http';

/**
 * Outcome of an adapter search. `aborted` means a newer search or the
 * caller's signal cancelled this one: show nothing new for it.
 */
export type SearchOutcome<T> =
  | { status: 'ok'; results: T[] }
  | { status: 'error'; reason: SearchErrorReason; message: string }
  | { status: 'aborted' };

/** Options of an adapter search. */
export interface SearchRequest {
  /** Maximum number of results; defaults to 10. */
  limit?: number;
  /** Keeps only communes that have this postal code. */
  postalCode?: string;
  /** Cancels the search; the outcome is then `aborted`. */
  signal?: AbortSignal;
}

/** A source of communes that a control can query: the bundled chunks, an in-memory list, or an online API. */
export interface CommuneAdapter {
  /** Searches communes by name or postal code; never rejects, errors come back as an `error` outcome. */
  search(query: string, request?: SearchRequest): Promise<SearchOutcome<Commune>>;
}

/** A postal address returned by an address adapter. */
export interface Address {
  /** Full label, such as `20 Avenue de Ségur 75007 Paris`. */
  label: string;
  /** House number and street, such as `20 Avenue de Ségur`. */
  line1: string;
  /** Postal code, such as `75007`. */
  postalCode: string;
  /** Commune name, such as `Paris`. */
  city: string;
  /** INSEE code of the commune, when the source gives it. */
  cityCode?: string;
}

/** A source of addresses that the address control can query. */
export interface AddressAdapter {
  /** Searches addresses matching the text; never rejects, errors come back as an `error` outcome. */
  search(query: string, request?: Omit<SearchRequest, 'postalCode'>): Promise<SearchOutcome<Address>>;
}
