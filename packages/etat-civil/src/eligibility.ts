import { DOCUMENT_CODES } from './codes.js';
import type { ActCode, DocumentCode, Locale, QualiteCode } from './codes.js';
import { addYears, ageOn, compareDates } from './dates.js';
import type { CalendarDate } from './dates.js';
import { describeRefusal } from './messages.js';

/** Reason for which a requester may not obtain the requested document. */
export type RefusalReason =
  /** The act is never delivered as this document (an extrait of a death act). */
  | 'document-not-issued-for-act'
  /** The service turned this document off (`extraitPlurilingue: false`). */
  | 'document-not-offered'
  /** The requester's qualité does not give access and the act is not yet a public archive. */
  | 'qualite-not-entitled'
  /** The person concerned requests their own restricted document but is an unemancipated minor. */
  | 'requester-minor';

/** Legal ground on which an allowed request rests. */
export type AllowedBasis = 'open-to-all' | 'qualite' | 'public-archives';

export type Eligibility =
  | { status: 'allowed'; basis: AllowedBasis }
  | { status: 'refused'; reason: RefusalReason; message: string; alternatives: DocumentCode[] }
  | { status: 'unknown'; missing: string[] };

/**
 * Settings for the rules whose sources disagree. The defaults follow the
 * texts cited on each field; a service changes them only on its own legal
 * advice.
 */
export interface RuleSettings {
  /**
   * Years after which birth, marriage and reconnaissance acts become public
   * archives that anyone may obtain (code du patrimoine, art. L213-2, I, 4°, e:
   * 75 years). Some communes apply 100 years to acts concerning minors.
   */
  archiveYears?: number;
  /** Years after the death of the person concerned after which the act is a public archive (L213-2: 25). */
  archiveYearsAfterDeath?: number;
  /**
   * Start of the archive delay. `act-date` counts from the date of the act.
   * `register-closure` counts from 31 December of the act's year, because
   * L213-2 counts from the closure of the register and registers are annual.
   */
  archiveDelayStart?: 'act-date' | 'register-closure';
  /**
   * Whether the service delivers the extrait plurilingue (CIEC convention
   * n° 16). France left the CIEC in 2019 and most communes still deliver it.
   */
  extraitPlurilingue?: boolean;
}

export const DEFAULT_RULE_SETTINGS: Required<RuleSettings> = {
  archiveYears: 75,
  archiveYearsAfterDeath: 25,
  archiveDelayStart: 'act-date',
  extraitPlurilingue: true,
};

/** Request data read by the eligibility rules; every field may still be unknown. */
export interface EligibilityFacts {
  act?: ActCode | undefined;
  document?: DocumentCode | undefined;
  qualite?: QualiteCode | undefined;
  actDate?: CalendarDate | undefined;
  deathDate?: CalendarDate | undefined;
  birthDate?: CalendarDate | undefined;
  emancipated?: boolean | undefined;
}

/** Documents an act can be delivered as (décret n° 2017-890, titre II: no extrait of a death act). */
export const DOCUMENTS_BY_ACT: Readonly<Record<ActCode, readonly DocumentCode[]>> = {
  naissance: ['copie-integrale', 'extrait-avec-filiation', 'extrait-sans-filiation', 'extrait-plurilingue'],
  mariage: ['copie-integrale', 'extrait-avec-filiation', 'extrait-sans-filiation', 'extrait-plurilingue'],
  deces: ['copie-integrale'],
  reconnaissance: ['copie-integrale'],
};

/**
 * Qualités entitled to the copie intégrale and the extrait avec filiation of a
 * birth or marriage act (décret n° 2017-890 du 6 mai 2017, art. 30 and
 * following). They are the person concerned if adult or emancipated,
 * ascendants, descendants, spouse, PACS partner and legal representative.
 * The holder of a written mandate or of an habilitation familiale is entitled
 * too, and so are professionals acting within their remit: an avocat for a
 * client who may ask, a notaire.
 */
const ENTITLED_TO_RESTRICTED: readonly QualiteCode[] = [
  'personne-concernee',
  'conjoint',
  'partenaire-pacs',
  'ascendant',
  'descendant',
  'representant-legal',
  'mandataire',
  'avocat',
  'notaire',
];

/** Reconnaissance acts: the qualités above plus the child's heirs. */
const ENTITLED_TO_RECONNAISSANCE: readonly QualiteCode[] = [...ENTITLED_TO_RESTRICTED, 'heritier'];

/**
 * Tells whether anyone may obtain `document` of `act` without proving a
 * qualité: the extrait sans filiation of a birth or marriage act ("tout
 * requérant", décret n° 2017-890) and every copy of a death act (same décret,
 * art. 26: death acts are freely communicable).
 */
function isOpenToAll(act: ActCode, document: DocumentCode): boolean {
  if (act === 'deces') {
    return true;
  }
  return (act === 'naissance' || act === 'mariage') && document === 'extrait-sans-filiation';
}

function isEntitled(act: ActCode, qualite: QualiteCode): boolean {
  const entitled = act === 'reconnaissance' ? ENTITLED_TO_RECONNAISSANCE : ENTITLED_TO_RESTRICTED;
  return entitled.includes(qualite);
}

/**
 * Applies the public-archive rule (code du patrimoine, art. L213-2, I, 4°, e):
 * anyone may obtain the act once the delay after the act has expired, or once
 * the delay after the death of the person concerned has expired when that comes
 * first. A délai expires at the end of its last day (code de procédure civile,
 * art. 642), so an act becomes communicable the day after its 75th anniversary.
 *
 * Returns `undefined` when the dates known so far cannot decide.
 */
export function isPublicArchive(
  facts: Pick<EligibilityFacts, 'actDate' | 'deathDate'>,
  today: CalendarDate,
  settings: Required<RuleSettings>,
): boolean | undefined {
  if (facts.deathDate !== undefined) {
    const end = addYears(facts.deathDate, settings.archiveYearsAfterDeath);
    if (compareDates(today, end) > 0) {
      return true;
    }
  }
  if (facts.actDate === undefined) {
    return undefined;
  }
  const start =
    settings.archiveDelayStart === 'register-closure'
      ? { year: facts.actDate.year, month: 12, day: 31 }
      : facts.actDate;
  return compareDates(today, addYears(start, settings.archiveYears)) > 0;
}

const MAJORITY_AGE = 18;

type Decision =
  | { status: 'allowed'; basis: AllowedBasis }
  | { status: 'refused'; reason: RefusalReason }
  | { status: 'unknown'; missing: string[] };

/**
 * Decides one act × document × qualité case, without alternatives. Paths in
 * `missing` are JSON pointers into the request.
 */
function decide(facts: EligibilityFacts, today: CalendarDate, settings: Required<RuleSettings>): Decision {
  const { act, document, qualite } = facts;
  if (act === undefined || document === undefined) {
    const missing = [];
    if (act === undefined) missing.push('/act');
    if (document === undefined) missing.push('/document');
    if (qualite === undefined) missing.push('/qualite');
    return { status: 'unknown', missing };
  }

  if (!DOCUMENTS_BY_ACT[act].includes(document)) {
    return { status: 'refused', reason: 'document-not-issued-for-act' };
  }
  if (document === 'extrait-plurilingue' && !settings.extraitPlurilingue) {
    return { status: 'refused', reason: 'document-not-offered' };
  }
  if (isOpenToAll(act, document)) {
    return { status: 'allowed', basis: 'open-to-all' };
  }

  // From here on the document is restricted: copie intégrale, extrait avec
  // filiation or extrait plurilingue (delivered only to those who may obtain
  // the copie intégrale) of a birth, marriage or reconnaissance act.
  const archive = isPublicArchive(facts, today, settings);
  if (qualite === undefined) {
    if (archive === true) {
      return { status: 'allowed', basis: 'public-archives' };
    }
    return { status: 'unknown', missing: archive === undefined ? ['/qualite', '/actDate'] : ['/qualite'] };
  }

  if (isEntitled(act, qualite)) {
    if (qualite !== 'personne-concernee') {
      return { status: 'allowed', basis: 'qualite' };
    }
    return decideOwnAct(facts, today, archive);
  }

  if (archive === true) {
    return { status: 'allowed', basis: 'public-archives' };
  }
  if (archive === undefined) {
    return { status: 'unknown', missing: ['/actDate'] };
  }
  return { status: 'refused', reason: 'qualite-not-entitled' };
}

/**
 * Checks that the person concerned, asking for their own act, is adult or
 * emancipated. Marriage emancipates a minor (code civil, art. 413-1), so a
 * marriage act needs no age check. For a birth act the act date is the birth date.
 */
function decideOwnAct(facts: EligibilityFacts, today: CalendarDate, archive: boolean | undefined): Decision {
  if (facts.act === 'mariage' || facts.emancipated === true) {
    return { status: 'allowed', basis: 'qualite' };
  }
  const birthDate = facts.birthDate ?? (facts.act === 'naissance' ? facts.actDate : undefined);
  if (birthDate === undefined) {
    if (archive === true) {
      return { status: 'allowed', basis: 'public-archives' };
    }
    return { status: 'unknown', missing: [facts.act === 'naissance' ? '/actDate' : '/person/birthDate'] };
  }
  if (ageOn(birthDate, today) >= MAJORITY_AGE) {
    return { status: 'allowed', basis: 'qualite' };
  }
  if (archive === true) {
    return { status: 'allowed', basis: 'public-archives' };
  }
  return { status: 'refused', reason: 'requester-minor' };
}

/** Documents of the same act that this requester may obtain instead, in code-list order. */
function findAlternatives(
  facts: EligibilityFacts,
  today: CalendarDate,
  settings: Required<RuleSettings>,
): DocumentCode[] {
  return DOCUMENT_CODES.filter(
    (candidate) =>
      candidate !== facts.document &&
      decide({ ...facts, document: candidate }, today, settings).status === 'allowed',
  );
}

/** Decides whether the requester may obtain the requested document, with alternatives when refused. */
export function evaluateEligibility(
  facts: EligibilityFacts,
  today: CalendarDate,
  settings: Required<RuleSettings>,
  locale: Locale,
): Eligibility {
  const decision = decide(facts, today, settings);
  if (decision.status !== 'refused') {
    return decision;
  }
  const message = describeRefusal(decision.reason, facts, settings);
  return {
    status: 'refused',
    reason: decision.reason,
    message: message[locale],
    alternatives: findAlternatives(facts, today, settings),
  };
}
