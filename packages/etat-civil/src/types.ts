import type { ActCode, DocumentCode, NationalityCode, QualiteCode, SexCode } from './codes.js';

/** Calendar date in ISO 8601 extended format, `YYYY-MM-DD`, with no time zone. */
export type IsoDate = string;

/** Nom de naissance and prénoms of a person named in a request. */
export interface PersonName {
  /** Nom de naissance, never the nom d'usage, because acts are indexed by it. */
  lastName: string;
  /** Prénoms in the order of the act; for parents the usual prénom is enough. */
  firstNames: string;
}

/** Place of an event in France, identified by the commune's INSEE code (COG). */
export interface CommunePlace {
  kind: 'commune';
  /**
   * INSEE code of the commune, or of the municipal arrondissement for Paris
   * (75101–75120), Lyon (69381–69389) and Marseille (13201–13216).
   */
  inseeCode: string;
  name: string;
}

/** Place of an event outside France. */
export interface AbroadPlace {
  kind: 'abroad';
  /** ISO 3166-1 alpha-2 code of the country, upper case. */
  country: string;
  city?: string;
}

export type EventPlace = CommunePlace | AbroadPlace;

/** The person the act is about: the child, a spouse or the deceased. */
export interface PersonConcerned extends PersonName {
  sex?: SexCode;
  birthDate?: IsoDate;
  birthPlace?: EventPlace;
  /** Set when a minor is emancipated, which lets them ask for their own copie intégrale. */
  emancipated?: boolean;
  /** Used only to route events abroad (Service central d'état civil or a consulate). */
  nationality?: NationalityCode;
  /** Refugee, stateless person or beneficiary of subsidiary protection: OFPRA keeps their acts. */
  ofpraProtected?: boolean;
}

/** Postal address where the paper copies are sent. */
export interface PostalAddress {
  /** Number and street, or the first line of a foreign address. */
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  /** ISO 3166-1 alpha-2 code, upper case; a French address uses `FR`. */
  country: string;
}

export interface Contact {
  email?: string;
  phone?: string;
}

/**
 * État-civil request, version 1 of the schema (`schema/request.v1.json`).
 *
 * `actDate` and `actPlace` are the date and place of the event the act records:
 * the birth, the marriage, the death or the reconnaissance.
 */
export interface EtatCivilRequest {
  act: ActCode;
  document: DocumentCode;
  qualite: QualiteCode;
  actDate: IsoDate;
  actPlace: EventPlace;
  /** Date of death of the person concerned, when known; it may open the public-archive rule. */
  deathDate?: IsoDate;
  person: PersonConcerned;
  /** Parents of the person concerned, as named in the act (one or two). */
  parents?: PersonName[];
  /** The other spouse, for a marriage act. */
  spouse?: PersonName;
  /** The parent who made the reconnaissance, for a reconnaissance act. */
  declarant?: PersonName;
  /** Number of paper copies, 1 to 10. */
  copies: number;
  /**
   * Asks for the EU multilingual standard form (regulation (EU) 2016/1191)
   * attached to the copy; it is never delivered alone.
   */
  multilingualStandardForm?: boolean;
  delivery: PostalAddress;
  contact?: Contact;
  /** Identity of the requester; mandatory unless the qualité is `personne-concernee`. */
  requester?: PersonName;
}

/** Recursively optional version of `T`, for requests still being filled in. */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? DeepPartial<Item>[]
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> }
    : T;

/**
 * Request that may be incomplete, as held by a form while the user fills it in.
 * `{ act, document, qualite, actDate, deathDate }` is enough to decide eligibility.
 */
export type RequestDraft = DeepPartial<EtatCivilRequest>;
