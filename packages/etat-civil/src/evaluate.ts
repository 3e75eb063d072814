import { NATIONALITY_CODES, isActCode, isDocumentCode, isQualiteCode } from './codes.js';
import type { DocumentCode, Locale, NationalityCode } from './codes.js';
import { parseIsoDate, toCalendarDate } from './dates.js';
import type { CalendarDate } from './dates.js';
import { DEFAULT_RULE_SETTINGS, evaluateEligibility } from './eligibility.js';
import type { Eligibility, EligibilityFacts, RuleSettings } from './eligibility.js';
import { routeOffice } from './office.js';
import type { Office } from './office.js';
import type { EventPlace, IsoDate, RequestDraft } from './types.js';

export interface EvaluateOptions extends RuleSettings {
  /** Current date, injected so that results are reproducible; a `Date` is read in local time. */
  today: IsoDate | Date;
  /** Language of the messages; French by default. */
  locale?: Locale;
  /**
   * Set by the host page when the commune of the event is connected to
   * COMEDEC, the electronic verification service of civil-status data.
   */
  comedecConnected?: boolean;
}

/** Information to show the requester; notices do not change the eligibility. */
export interface Notice {
  code: 'comedec';
  message: string;
}

export interface Evaluation {
  eligibility: Eligibility;
  /** JSON pointers of the mandatory data still missing for this kind of request, in form order. */
  missing: string[];
  /** Competent office, or `null` while the place of the event is unknown. */
  office: Office | null;
  notices: Notice[];
}

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads an own property only, so that inherited members such as `constructor` never count as data. */
function own(record: unknown, key: string): unknown {
  return isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;
}

function isFilled(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null;
}

/**
 * Documents whose request must identify the parents: the copie intégrale and
 * the extrait avec filiation (décret n° 2017-890: "nom et prénom usuel de ses
 * parents"). The extrait plurilingue is counted with them because it also
 * names the parents and is delivered under the same conditions.
 */
const DOCUMENTS_WITH_PARENTAGE: readonly DocumentCode[] = ['copie-integrale', 'extrait-avec-filiation', 'extrait-plurilingue'];

function pushIfMissing(missing: string[], record: unknown, path: string, keys: readonly string[]): void {
  for (const key of keys) {
    if (!isFilled(own(record, key))) {
      missing.push(`${path}/${key}`);
    }
  }
}

function collectPlaceMissing(missing: string[], place: unknown, path: string): void {
  if (!isRecord(place)) {
    missing.push(path);
    return;
  }
  const kind = own(place, 'kind');
  if (kind === 'commune') {
    pushIfMissing(missing, place, path, ['inseeCode', 'name']);
  } else if (kind === 'abroad') {
    pushIfMissing(missing, place, path, ['country']);
  } else {
    missing.push(`${path}/kind`);
  }
}

/** Reports the nom and prénoms separately, because forms show them as two fields. */
function collectNamesMissing(missing: string[], value: unknown, path: string): void {
  pushIfMissing(missing, value, path, ['lastName', 'firstNames']);
}

/**
 * Lists the mandatory data still missing, following the contents that
 * décret n° 2017-890 (titre II) requires for each kind of request:
 * - extrait sans filiation: nom, prénoms, date and place of the event;
 * - copie intégrale or extrait avec filiation of a birth act: the same, plus
 *   the nom and prénom of each parent;
 * - the same of a marriage act: the person's birth date and place and parents,
 *   plus the date and place of the marriage;
 * - death act: nom and prénoms of the deceased, date and place of death;
 * - reconnaissance act: nom and prénoms of the declarant, date and place.
 * Every request also names the requester, a postal address and the number of copies.
 */
export function collectMissing(request: unknown): string[] {
  const missing: string[] = [];
  const act = own(request, 'act');
  const document = own(request, 'document');
  const qualite = own(request, 'qualite');

  pushIfMissing(missing, request, '', ['act', 'document', 'qualite']);

  const person = own(request, 'person');
  collectNamesMissing(missing, person, '/person');
  pushIfMissing(missing, request, '', ['actDate']);
  collectPlaceMissing(missing, own(request, 'actPlace'), '/actPlace');

  if (isDocumentCode(document) && DOCUMENTS_WITH_PARENTAGE.includes(document)) {
    if (act === 'mariage') {
      pushIfMissing(missing, person, '/person', ['birthDate']);
      collectPlaceMissing(missing, own(person, 'birthPlace'), '/person/birthPlace');
    }
    if (act === 'naissance' || act === 'mariage') {
      const parents = own(request, 'parents');
      if (!Array.isArray(parents) || parents.length === 0) {
        // NOTE: a child born of unknown parents has an act without parents;
        // such a request cannot pass this check and must go through the mairie.
        missing.push('/parents');
      } else {
        parents.forEach((parent, index) => collectNamesMissing(missing, parent, `/parents/${index}`));
      }
    }
  }
  if (act === 'reconnaissance') {
    collectNamesMissing(missing, own(request, 'declarant'), '/declarant');
  }

  pushIfMissing(missing, request, '', ['copies']);
  const delivery = own(request, 'delivery');
  if (!isRecord(delivery)) {
    missing.push('/delivery');
  } else {
    pushIfMissing(missing, delivery, '/delivery', ['line1']);
    const country = own(delivery, 'country');
    if (country === 'FR' || !isFilled(country)) {
      pushIfMissing(missing, delivery, '/delivery', ['postalCode']);
    }
    pushIfMissing(missing, delivery, '/delivery', ['city', 'country']);
  }

  if (isQualiteCode(qualite) && qualite !== 'personne-concernee') {
    collectNamesMissing(missing, own(request, 'requester'), '/requester');
  }
  return missing;
}

function readDate(value: unknown): CalendarDate | undefined {
  return parseIsoDate(value);
}

/** Extracts the eligibility facts, ignoring values that are not valid codes or dates. */
export function readEligibilityFacts(request: unknown): EligibilityFacts {
  const act = own(request, 'act');
  const document = own(request, 'document');
  const qualite = own(request, 'qualite');
  const person = own(request, 'person');
  return {
    act: isActCode(act) ? act : undefined,
    document: isDocumentCode(document) ? document : undefined,
    qualite: isQualiteCode(qualite) ? qualite : undefined,
    actDate: readDate(own(request, 'actDate')),
    // The act date of a death act is the date of death.
    deathDate: readDate(own(request, 'deathDate')) ?? (act === 'deces' ? readDate(own(request, 'actDate')) : undefined),
    birthDate: readDate(own(person, 'birthDate')),
    emancipated: own(person, 'emancipated') === true,
  };
}

export function resolveSettings(options: RuleSettings): Required<RuleSettings> {
  return {
    archiveYears: options.archiveYears ?? DEFAULT_RULE_SETTINGS.archiveYears,
    archiveYearsAfterDeath: options.archiveYearsAfterDeath ?? DEFAULT_RULE_SETTINGS.archiveYearsAfterDeath,
    archiveDelayStart: options.archiveDelayStart ?? DEFAULT_RULE_SETTINGS.archiveDelayStart,
    extraitPlurilingue: options.extraitPlurilingue ?? DEFAULT_RULE_SETTINGS.extraitPlurilingue,
  };
}

/** Parses the injected date, throwing a `RangeError` that names the option when it is invalid. */
export function readToday(today: IsoDate | Date): CalendarDate {
  const parsed = toCalendarDate(today);
  if (parsed === undefined) {
    throw new RangeError(`Invalid option "today": ${String(today)}. Pass an ISO date such as "2025-06-01" or a valid Date.`);
  }
  return parsed;
}

const COMEDEC_NOTICE = {
  fr: 'Cette commune est reliée à COMEDEC : pour un passeport, une carte d’identité ou un notaire, vous n’avez pas à fournir d’acte de naissance, car le service vérifie les données directement auprès de la mairie.',
  en: 'This commune is connected to COMEDEC: for a passport, an identity card or a notary you do not need to provide a birth certificate, because the service checks the data directly with the mairie.',
};

/**
 * Evaluates a request, complete or not: whether the requester may obtain the
 * document, which mandatory data is still missing, which office is competent,
 * and notices to show. Values of the wrong type count as missing.
 *
 * Throws a `RangeError` when `options.today` is not a valid date. It does not
 * throw on any value that `JSON.parse` or a form can produce as `request`.
 * NOTE: a `Proxy` whose traps throw can still make it throw; servers call
 * `validateRequest`, which catches that case.
 */
export function evaluateRequest(request: RequestDraft | unknown, options: EvaluateOptions): Evaluation {
  const today = readToday(options.today);
  const locale: Locale = options.locale === 'en' ? 'en' : 'fr';
  const settings = resolveSettings(options);

  const facts = readEligibilityFacts(request);
  const eligibility = evaluateEligibility(facts, today, settings, locale);

  const person = own(request, 'person');
  const nationality = own(person, 'nationality');
  const place = own(request, 'actPlace');
  const office = routeOffice(
    {
      act: facts.act,
      place: isRecord(place) ? (place as Partial<EventPlace>) : undefined,
      nationality: (NATIONALITY_CODES as readonly unknown[]).includes(nationality) ? (nationality as NationalityCode) : undefined,
      ofpraProtected: own(person, 'ofpraProtected') === true,
    },
    locale,
  );

  const notices: Notice[] = [];
  if (options.comedecConnected === true && facts.act === 'naissance' && office !== undefined && own(place, 'kind') === 'commune') {
    notices.push({ code: 'comedec', message: COMEDEC_NOTICE[locale] });
  }

  return { eligibility, missing: collectMissing(request), office: office ?? null, notices };
}

