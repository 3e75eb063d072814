import {
  ACT_CODES,
  DOCUMENTS_BY_ACT,
  DOCUMENT_CODES,
  NATIONALITY_CODES,
  QUALITE_CODES,
  evaluateRequest,
  type EvaluateOptions,
  type Evaluation,
  type RequestDraft,
} from '@socle/etat-civil';

/** Nom de naissance and prénoms as the user typed them in a `socle-name-fields`. */
export interface NameAnswer {
  birthName: string;
  givenNames: string[];
}

/** Place of an event as entered: a commune picked in the list, or a country abroad. */
export interface PlaceAnswer {
  kind: '' | 'commune' | 'abroad';
  inseeCode: string;
  name: string;
  country: string;
  city: string;
}

/** Postal address in the four parts of `socle-address-input`. */
export interface DeliveryAnswer {
  line1: string;
  complement: string;
  postalCode: string;
  city: string;
}

/**
 * Every answer of the widget, in a shape that survives `JSON.stringify` for
 * drafts. `toRequest()` turns it into the request of `@socle/etat-civil`.
 */
export interface Answers {
  act: string;
  document: string;
  qualite: string;
  actDate: string;
  deathDate: string;
  actPlace: PlaceAnswer;
  person: NameAnswer;
  birthDate: string;
  birthPlace: PlaceAnswer;
  nationality: string;
  ofpraProtected: boolean;
  parents: [NameAnswer, NameAnswer];
  spouse: NameAnswer;
  declarant: NameAnswer;
  requester: NameAnswer;
  delivery: DeliveryAnswer;
  copies: string;
  email: string;
  multilingualStandardForm: boolean;
}

/** Keys of the answers that the widget renders as one control each. */
export type FieldKey =
  | 'act'
  | 'document'
  | 'qualite'
  | 'actDate'
  | 'deathDate'
  | 'actPlace'
  | 'person'
  | 'birthDate'
  | 'birthPlace'
  | 'nationality'
  | 'ofpraProtected'
  | 'parent0'
  | 'parent1'
  | 'spouse'
  | 'declarant'
  | 'requester'
  | 'delivery'
  | 'copies'
  | 'email'
  | 'multilingualStandardForm';

export const STEP_COUNT = 5;

export function emptyName(): NameAnswer {
  return { birthName: '', givenNames: [''] };
}

export function emptyPlace(): PlaceAnswer {
  return { kind: '', inseeCode: '', name: '', country: '', city: '' };
}

export function emptyAnswers(): Answers {
  return {
    act: '',
    document: '',
    qualite: '',
    actDate: '',
    deathDate: '',
    actPlace: emptyPlace(),
    person: emptyName(),
    birthDate: '',
    birthPlace: emptyPlace(),
    nationality: '',
    ofpraProtected: false,
    parents: [emptyName(), emptyName()],
    spouse: emptyName(),
    declarant: emptyName(),
    requester: emptyName(),
    delivery: { line1: '', complement: '', postalCode: '', city: '' },
    copies: '1',
    email: '',
    multilingualStandardForm: false,
  };
}

/** Settings that decide which fields are shown and how the request is built. */
export interface ModelOptions {
  evaluate: EvaluateOptions;
  /** Commune the widget is locked to, when the host page set `commune`. */
  lockedCommune: { inseeCode: string; name: string } | null;
}

/** Joins the prénoms with commas, as acts list them, leaving out empty fields. */
function joinGivenNames(names: string[]): string {
  return names
    .map((name) => name.trim())
    .filter(Boolean)
    .join(', ');
}

function isNameFilled(name: NameAnswer): boolean {
  return name.birthName.trim() !== '' || joinGivenNames(name.givenNames) !== '';
}

function toName(name: NameAnswer): { lastName?: string; firstNames?: string } {
  const result: { lastName?: string; firstNames?: string } = {};
  if (name.birthName.trim()) result.lastName = name.birthName.trim();
  const firstNames = joinGivenNames(name.givenNames);
  if (firstNames) result.firstNames = firstNames;
  return result;
}

function toPlace(place: PlaceAnswer): RequestDraft['actPlace'] | undefined {
  if (place.kind === 'commune') {
    if (!place.inseeCode) return { kind: 'commune' };
    return { kind: 'commune', inseeCode: place.inseeCode, name: place.name || place.inseeCode };
  }
  if (place.kind === 'abroad') {
    const abroad: { kind: 'abroad'; country?: string; city?: string } = { kind: 'abroad' };
    if (place.country) abroad.country = place.country;
    if (place.city.trim()) abroad.city = place.city.trim();
    return abroad;
  }
  return undefined;
}

/** Returns the place of the event, the locked commune taking precedence over the answer. */
export function eventPlace(answers: Answers, options: ModelOptions): PlaceAnswer {
  if (!options.lockedCommune) return answers.actPlace;
  return { ...emptyPlace(), kind: 'commune', ...options.lockedCommune };
}

/**
 * Returns the JSON pointers of the data that this kind of request needs,
 * listed by the engine for a request where nothing else is filled in yet.
 * Unlike `evaluateRequest(...).missing` on the live answers, the list does
 * not shrink as the user fills fields, so the form does not remove a field
 * while the user types in it.
 */
export function requiredPaths(answers: Answers, options: ModelOptions): string[] {
  const skeleton = { act: answers.act || undefined, document: answers.document || undefined, qualite: answers.qualite || undefined };
  return evaluateRequest(skeleton, options.evaluate).missing;
}

function needs(paths: string[], path: string): boolean {
  return paths.some((candidate) => candidate === path || candidate.startsWith(`${path}/`));
}

/**
 * Returns the dates that decide eligibility and so belong to step 2: the
 * engine reports them as missing for a request made of the act, the
 * document and the qualité alone. An act of more than 75 years is a public
 * archive, and a person asking for their own birth act must be adult.
 */
export function eligibilityDates(answers: Answers, options: ModelOptions): Array<'actDate' | 'birthDate' | 'deathDate'> {
  if (!answers.act || !answers.document || !answers.qualite) return [];
  const skeleton = { act: answers.act, document: answers.document, qualite: answers.qualite };
  const { eligibility } = evaluateRequest(skeleton, options.evaluate);
  if (eligibility.status !== 'unknown') return [];
  const dates: Array<'actDate' | 'birthDate' | 'deathDate'> = [];
  if (eligibility.missing.includes('/actDate')) dates.push('actDate');
  if (eligibility.missing.includes('/person/birthDate')) dates.push('birthDate');
  // The date of death opens the archive rule only for someone outside the
  // entitled qualités, and a death act already has it as its act date.
  if (answers.qualite !== 'personne-concernee' && answers.act !== 'deces' && dates.includes('actDate')) dates.push('deathDate');
  return dates;
}

/** Documents offered for the chosen act, in code-list order. */
export function documentsFor(act: string, extraitPlurilingue: boolean): string[] {
  const documents = (ACT_CODES as readonly string[]).includes(act) ? DOCUMENTS_BY_ACT[act as (typeof ACT_CODES)[number]] : DOCUMENT_CODES;
  return documents.filter((document) => extraitPlurilingue || document !== 'extrait-plurilingue');
}

/** Lists the fields of each step for the current answers, in the order they are rendered. */
export function stepFields(answers: Answers, options: ModelOptions): FieldKey[][] {
  const paths = requiredPaths(answers, options);
  const early = eligibilityDates(answers, options);
  const place = eventPlace(answers, options);

  const step3: FieldKey[] = ['person'];
  if (!early.includes('actDate')) step3.push('actDate');
  step3.push('actPlace');
  if (place.kind === 'abroad') step3.push('nationality', 'ofpraProtected');
  if (needs(paths, '/person/birthDate') && !early.includes('birthDate')) step3.push('birthDate');
  if (needs(paths, '/person/birthPlace')) step3.push('birthPlace');
  if (needs(paths, '/parents')) step3.push('parent0', 'parent1');
  if (answers.act === 'mariage') step3.push('spouse');
  if (needs(paths, '/declarant')) step3.push('declarant');

  const step4: FieldKey[] = [];
  if (needs(paths, '/requester')) step4.push('requester');
  step4.push('delivery', 'copies', 'email', 'multilingualStandardForm');

  return [['act', 'document'], ['qualite', ...early], step3, step4, []];
}

/** Returns the 1-based step of a field, or 0 when the current answers do not show it. */
export function stepOf(field: FieldKey, answers: Answers, options: ModelOptions): number {
  const index = stepFields(answers, options).findIndex((fields) => fields.includes(field));
  return index + 1;
}

/**
 * Maps a JSON pointer of a validation error (from `validateRequest`) to the
 * field that contains the value, such as `/parents/1/lastName` to `parent1`.
 */
export function fieldOfPath(path: string): FieldKey | null {
  const segments = path.split('/').slice(1);
  const [first, second] = segments;
  switch (first) {
    case 'act':
    case 'document':
    case 'qualite':
    case 'actDate':
    case 'deathDate':
    case 'actPlace':
    case 'spouse':
    case 'declarant':
    case 'requester':
    case 'delivery':
    case 'copies':
    case 'multilingualStandardForm':
      return first;
    case 'contact':
      return 'email';
    case 'parents':
      return second === '1' ? 'parent1' : 'parent0';
    case 'person':
      if (second === 'birthDate') return 'birthDate';
      if (second === 'birthPlace') return 'birthPlace';
      if (second === 'nationality') return 'nationality';
      if (second === 'ofpraProtected') return 'ofpraProtected';
      return 'person';
    default:
      return null;
  }
}

/** Builds the request of `@socle/etat-civil` from the answers; fields the current answers do not show are left out. */
export function toRequest(answers: Answers, options: ModelOptions): RequestDraft {
  const shown = new Set(stepFields(answers, options).flat());
  const request: Record<string, unknown> = {};
  if (answers.act) request['act'] = answers.act;
  if (answers.document) request['document'] = answers.document;
  if (answers.qualite) request['qualite'] = answers.qualite;
  if (answers.actDate) request['actDate'] = answers.actDate;

  const place = toPlace(eventPlace(answers, options));
  if (place) request['actPlace'] = place;
  if (shown.has('deathDate') && answers.deathDate) request['deathDate'] = answers.deathDate;

  const person: Record<string, unknown> = toName(answers.person);
  if (shown.has('birthDate') && answers.birthDate) person['birthDate'] = answers.birthDate;
  if (shown.has('birthPlace')) {
    const birthPlace = toPlace(answers.birthPlace);
    if (birthPlace) person['birthPlace'] = birthPlace;
  }
  if (shown.has('nationality') && answers.nationality) person['nationality'] = answers.nationality;
  if (shown.has('ofpraProtected') && answers.ofpraProtected) person['ofpraProtected'] = true;
  request['person'] = person;

  if (shown.has('parent0')) {
    const parents = answers.parents.filter((parent, index) => index === 0 || isNameFilled(parent)).map(toName);
    request['parents'] = parents;
  }
  if (shown.has('spouse') && isNameFilled(answers.spouse)) request['spouse'] = toName(answers.spouse);
  if (shown.has('declarant')) request['declarant'] = toName(answers.declarant);
  if (shown.has('requester')) request['requester'] = toName(answers.requester);

  const copies = Number(answers.copies);
  if (Number.isInteger(copies)) request['copies'] = copies;
  if (answers.multilingualStandardForm) request['multilingualStandardForm'] = true;

  const delivery: Record<string, string> = { country: 'FR' };
  if (answers.delivery.line1.trim()) delivery['line1'] = answers.delivery.line1.trim();
  if (answers.delivery.complement.trim()) delivery['line2'] = answers.delivery.complement.trim();
  if (answers.delivery.postalCode.trim()) delivery['postalCode'] = answers.delivery.postalCode.trim();
  if (answers.delivery.city.trim()) delivery['city'] = answers.delivery.city.trim();
  request['delivery'] = delivery;

  if (answers.email.trim()) request['contact'] = { email: answers.email.trim() };
  return request as RequestDraft;
}

/** Evaluates the current answers with the engine. */
export function evaluateAnswers(answers: Answers, options: ModelOptions): Evaluation {
  return evaluateRequest(toRequest(answers, options), options.evaluate);
}

type Loose = Record<string, unknown>;

function record(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function oneOf(value: unknown, codes: readonly string[]): string {
  return typeof value === 'string' && codes.includes(value) ? value : '';
}

function fromName(value: unknown): NameAnswer {
  const name = record(value);
  const givenNames = text(name['firstNames'])
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return { birthName: text(name['lastName']), givenNames: givenNames.length > 0 ? givenNames : [''] };
}

function fromPlace(value: unknown): PlaceAnswer {
  const place = record(value);
  if (place['kind'] === 'commune') return { ...emptyPlace(), kind: 'commune', inseeCode: text(place['inseeCode']), name: text(place['name']) };
  if (place['kind'] === 'abroad') return { ...emptyPlace(), kind: 'abroad', country: text(place['country']), city: text(place['city']) };
  return emptyPlace();
}

/**
 * Reads a request (as sent by the widget and echoed by a server, so
 * untrusted) back into answers. Unknown values are dropped, never thrown on.
 */
export function fromRequest(value: unknown): Answers {
  const request = record(value);
  const person = record(request['person']);
  const delivery = record(request['delivery']);
  const parents = Array.isArray(request['parents']) ? request['parents'] : [];
  const copies = request['copies'];
  return {
    ...emptyAnswers(),
    act: oneOf(request['act'], ACT_CODES),
    document: oneOf(request['document'], DOCUMENT_CODES),
    qualite: oneOf(request['qualite'], QUALITE_CODES),
    actDate: text(request['actDate']),
    deathDate: text(request['deathDate']),
    actPlace: fromPlace(request['actPlace']),
    person: fromName(person),
    birthDate: text(person['birthDate']),
    birthPlace: fromPlace(person['birthPlace']),
    nationality: oneOf(person['nationality'], NATIONALITY_CODES),
    ofpraProtected: person['ofpraProtected'] === true,
    parents: [fromName(parents[0]), fromName(parents[1])],
    spouse: fromName(request['spouse']),
    declarant: fromName(request['declarant']),
    requester: fromName(request['requester']),
    delivery: {
      line1: text(delivery['line1']),
      complement: text(delivery['line2']),
      postalCode: text(delivery['postalCode']),
      city: text(delivery['city']),
    },
    copies: Number.isInteger(copies) && (copies as number) >= 1 && (copies as number) <= 10 ? String(copies) : '1',
    email: text(record(request['contact'])['email']),
    multilingualStandardForm: request['multilingualStandardForm'] === true,
  };
}

/** Reads answers saved in a draft, completing missing parts so that a draft of an older shape never breaks rendering. */
export function answersFromDraft(value: unknown): Answers {
  const saved = record(value);
  const empty = emptyAnswers();
  const name = (candidate: unknown): NameAnswer => {
    const parts = record(candidate);
    const givenNames = Array.isArray(parts['givenNames']) ? parts['givenNames'].map(text) : [''];
    return { birthName: text(parts['birthName']), givenNames: givenNames.length > 0 ? givenNames : [''] };
  };
  const place = (candidate: unknown): PlaceAnswer => {
    const parts = record(candidate);
    const kind = parts['kind'] === 'commune' || parts['kind'] === 'abroad' ? parts['kind'] : '';
    return { kind, inseeCode: text(parts['inseeCode']), name: text(parts['name']), country: text(parts['country']), city: text(parts['city']) };
  };
  const delivery = record(saved['delivery']);
  const parents = Array.isArray(saved['parents']) ? saved['parents'] : [];
  return {
    act: oneOf(saved['act'], ACT_CODES),
    document: oneOf(saved['document'], DOCUMENT_CODES),
    qualite: oneOf(saved['qualite'], QUALITE_CODES),
    actDate: text(saved['actDate']),
    deathDate: text(saved['deathDate']),
    actPlace: place(saved['actPlace']),
    person: name(saved['person']),
    birthDate: text(saved['birthDate']),
    birthPlace: place(saved['birthPlace']),
    nationality: oneOf(saved['nationality'], NATIONALITY_CODES),
    ofpraProtected: saved['ofpraProtected'] === true,
    parents: [name(parents[0]), name(parents[1])],
    spouse: name(saved['spouse']),
    declarant: name(saved['declarant']),
    requester: name(saved['requester']),
    delivery: {
      line1: text(delivery['line1']),
      complement: text(delivery['complement']),
      postalCode: text(delivery['postalCode']),
      city: text(delivery['city']),
    },
    copies: text(saved['copies']) || empty.copies,
    email: text(saved['email']),
    multilingualStandardForm: saved['multilingualStandardForm'] === true,
  };
}
