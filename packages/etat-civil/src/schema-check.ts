/**
 * Hand-written validator that mirrors `schema/request.v1.json`, so servers and
 * browsers can check a request without compiling the schema: a compiled
 * validator needs `new Function`, which a strict Content-Security-Policy forbids.
 * Every keyword here has its counterpart in the schema, and the tests run both
 * on the same sample documents.
 */
import { ACT_CODES, DOCUMENT_CODES, NATIONALITY_CODES, QUALITE_CODES, SEX_CODES } from './codes.js';
import type { FormatHint, JsonTypeName, MessageParams, ValidationCode } from './messages.js';
import {
  ADDRESS_LINE_PATTERN,
  COUNTRY_PATTERN,
  EMAIL_PATTERN,
  FIRST_NAMES_PATTERN,
  FRENCH_POSTAL_CODE_PATTERN,
  INSEE_CODE_PATTERN,
  ISO_DATE_PATTERN,
  NAME_PATTERN,
  PHONE_PATTERN,
  PLACE_NAME_PATTERN,
  POSTAL_CODE_PATTERN,
} from './patterns.js';
import type { EtatCivilRequest } from './types.js';

/** One failed check, before its message is written. */
export interface SchemaIssue {
  /** JSON pointer (RFC 6901) of the offending value; `''` is the whole document. */
  path: string;
  code: ValidationCode;
  params?: MessageParams;
}

/**
 * Maximum number of issues collected. It bounds the size of the response to
 * a hostile document with thousands of unknown properties.
 */
export const MAX_ISSUES = 50;

class IssueCollector {
  readonly issues: SchemaIssue[] = [];

  add(path: string, code: ValidationCode, params?: MessageParams): void {
    if (this.issues.length < MAX_ISSUES) {
      this.issues.push(params === undefined ? { path, code } : { path, code, params });
    }
  }
}

/** Checks one value and returns it cleaned, or `undefined` after recording the issues. */
type Check<T> = (value: unknown, path: string, collector: IssueCollector) => T | undefined;

/** Escapes a property name for a JSON pointer (RFC 6901, section 3). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Counts Unicode code points, as JSON Schema `minLength` and `maxLength` do.
 * A string of more than `2 * limit` UTF-16 units is over the limit whatever its
 * content, so huge strings are rejected without being walked.
 */
function exceedsLength(value: string, limit: number): boolean {
  if (value.length <= limit) return false;
  if (value.length > 2 * limit) return true;
  let count = 0;
  for (const _codePoint of value) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

interface StringSpec {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  hint?: FormatHint;
}

function typeIssue(collector: IssueCollector, path: string, expectedType: JsonTypeName): undefined {
  collector.add(path, 'type', { expectedType });
  return undefined;
}

function stringOf(spec: StringSpec): Check<string> {
  const regExp = spec.pattern === undefined ? undefined : new RegExp(spec.pattern, 'u');
  return (value, path, collector) => {
    if (typeof value !== 'string') return typeIssue(collector, path, 'string');
    if (spec.minLength !== undefined && value.length < spec.minLength) {
      collector.add(path, 'min-length', { limit: spec.minLength });
      return undefined;
    }
    if (spec.maxLength !== undefined && exceedsLength(value, spec.maxLength)) {
      collector.add(path, 'max-length', { limit: spec.maxLength });
      return undefined;
    }
    if (regExp !== undefined && !regExp.test(value)) {
      collector.add(path, 'pattern', spec.hint === undefined ? {} : { hint: spec.hint });
      return undefined;
    }
    return value;
  };
}

function enumOf<Code extends string>(values: readonly Code[]): Check<Code> {
  return (value, path, collector) => {
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) {
      return value as Code;
    }
    collector.add(path, 'enum', { allowed: values });
    return undefined;
  };
}

const booleanCheck: Check<boolean> = (value, path, collector) =>
  typeof value === 'boolean' ? value : typeIssue(collector, path, 'boolean');

function integerBetween(min: number, max: number): Check<number> {
  return (value, path, collector) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return typeIssue(collector, path, 'integer');
    if (value < min) {
      collector.add(path, 'minimum', { min, max });
      return undefined;
    }
    if (value > max) {
      collector.add(path, 'maximum', { min, max });
      return undefined;
    }
    return value;
  };
}

function arrayOf<T>(item: Check<T>, minItems: number, maxItems: number): Check<T[]> {
  return (value, path, collector) => {
    if (!Array.isArray(value)) return typeIssue(collector, path, 'array');
    if (value.length < minItems) {
      collector.add(path, 'min-items', { min: minItems, max: maxItems });
      return undefined;
    }
    if (value.length > maxItems) {
      collector.add(path, 'max-items', { min: minItems, max: maxItems });
      return undefined;
    }
    const result: T[] = [];
    let failed = false;
    // An index loop, not forEach, so that holes of a sparse array are checked as `undefined`.
    for (let index = 0; index < value.length; index += 1) {
      const checked = item(value[index], `${path}/${index}`, collector);
      if (checked === undefined) failed = true;
      else result.push(checked);
    }
    return failed ? undefined : result;
  };
}

type PropertyChecks = Record<string, Check<unknown>>;

/**
 * Checks an object with `additionalProperties: false`. Only own properties are
 * read, and the result is a fresh object holding the known properties only, so
 * keys such as `__proto__` or `constructor` are reported and never copied.
 */
function objectOf<T>(properties: PropertyChecks, required: readonly string[]): Check<T> {
  return (value, path, collector) => {
    if (!isPlainObject(value)) return typeIssue(collector, path, 'object');
    let failed = false;

    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(properties, key)) {
        collector.add(`${path}/${escapePointer(key)}`, 'unknown-property', { property: key });
        failed = true;
      }
    }

    const result: PlainObject = {};
    for (const [key, check] of Object.entries(properties)) {
      const present = Object.hasOwn(value, key) && value[key] !== undefined;
      if (!present) {
        if (required.includes(key)) {
          collector.add(`${path}/${key}`, 'required');
          failed = true;
        }
        continue;
      }
      const checked = check(value[key], `${path}/${key}`, collector);
      if (checked === undefined) failed = true;
      else result[key] = checked;
    }
    return failed ? undefined : (result as T);
  };
}

const isoDate = stringOf({ pattern: ISO_DATE_PATTERN, hint: 'date' });
const name = stringOf({ minLength: 1, maxLength: 100, pattern: NAME_PATTERN, hint: 'name' });
const firstNames = stringOf({ minLength: 1, maxLength: 200, pattern: FIRST_NAMES_PATTERN, hint: 'name' });
const placeName = stringOf({ minLength: 1, maxLength: 100, pattern: PLACE_NAME_PATTERN, hint: 'place-name' });
const addressLine = stringOf({ minLength: 1, maxLength: 200, pattern: ADDRESS_LINE_PATTERN, hint: 'address-line' });
const country = stringOf({ pattern: COUNTRY_PATTERN, hint: 'country' });
const inseeCode = stringOf({ pattern: INSEE_CODE_PATTERN, hint: 'insee-code' });
const postalCode = stringOf({ maxLength: 12, pattern: POSTAL_CODE_PATTERN, hint: 'foreign-postal-code' });
const frenchPostalCode = stringOf({ pattern: FRENCH_POSTAL_CODE_PATTERN, hint: 'postal-code' });

const personName = objectOf({ lastName: name, firstNames }, ['lastName', 'firstNames']);

const communePlace = objectOf({ kind: enumOf(['commune']), inseeCode, name: placeName }, ['kind', 'inseeCode', 'name']);

/** Country of an event abroad; the schema adds `not: { const: "FR" }`. */
const abroadCountry: Check<string> = (value, path, collector) => {
  const checked = country(value, path, collector);
  if (checked === 'FR') {
    collector.add(path, 'abroad-in-france');
    return undefined;
  }
  return checked;
};

const abroadPlace = objectOf({ kind: enumOf(['abroad']), country: abroadCountry, city: placeName }, ['kind', 'country']);

/**
 * Checks an event place, the schema's `oneOf` of a commune and an abroad
 * place. The branches differ by the constant `kind`, so dispatching on it
 * accepts the same documents as `oneOf`.
 */
const eventPlace: Check<unknown> = (value, path, collector) => {
  if (!isPlainObject(value)) return typeIssue(collector, path, 'object');
  const kind = Object.hasOwn(value, 'kind') ? value['kind'] : undefined;
  if (kind === 'commune') return communePlace(value, path, collector);
  if (kind === 'abroad') return abroadPlace(value, path, collector);
  if (kind === undefined) collector.add(`${path}/kind`, 'required');
  else collector.add(`${path}/kind`, 'enum', { allowed: ['commune', 'abroad'] });
  return undefined;
};

const personConcerned = objectOf(
  {
    lastName: name,
    firstNames,
    sex: enumOf(SEX_CODES),
    birthDate: isoDate,
    birthPlace: eventPlace,
    emancipated: booleanCheck,
    nationality: enumOf(NATIONALITY_CODES),
    ofpraProtected: booleanCheck,
  },
  ['lastName', 'firstNames'],
);

const basePostalAddress = objectOf<PlainObject>(
  { line1: addressLine, line2: addressLine, postalCode, city: placeName, country },
  ['line1', 'city', 'country'],
);

/** Postal address; a French one (`country: "FR"`) needs a 5-digit postal code, as the schema's `if`/`then` requires. */
const postalAddress: Check<unknown> = (value, path, collector) => {
  const checked = basePostalAddress(value, path, collector);
  const rawCountry = isPlainObject(value) && Object.hasOwn(value, 'country') ? value['country'] : undefined;
  if (rawCountry !== 'FR' || !isPlainObject(value)) return checked;

  const rawPostalCode = Object.hasOwn(value, 'postalCode') ? value['postalCode'] : undefined;
  if (rawPostalCode === undefined) {
    collector.add(`${path}/postalCode`, 'required');
    return undefined;
  }
  if (typeof rawPostalCode === 'string' && postalCode(rawPostalCode, `${path}/postalCode`, new IssueCollector()) !== undefined) {
    // The generic postal-code check passed, so only the French pattern can still fail.
    if (frenchPostalCode(rawPostalCode, `${path}/postalCode`, collector) === undefined) return undefined;
  }
  return checked;
};

const contact = objectOf(
  {
    email: stringOf({ maxLength: 254, pattern: EMAIL_PATTERN, hint: 'email' }),
    phone: stringOf({ maxLength: 30, pattern: PHONE_PATTERN, hint: 'phone' }),
  },
  [],
);

const requestCheck = objectOf<EtatCivilRequest>(
  {
    act: enumOf(ACT_CODES),
    document: enumOf(DOCUMENT_CODES),
    qualite: enumOf(QUALITE_CODES),
    actDate: isoDate,
    actPlace: eventPlace,
    deathDate: isoDate,
    person: personConcerned,
    parents: arrayOf(personName, 1, 2),
    spouse: personName,
    declarant: personName,
    copies: integerBetween(1, 10),
    multilingualStandardForm: booleanCheck,
    delivery: postalAddress,
    contact,
    requester: personName,
  },
  ['act', 'document', 'qualite', 'actDate', 'actPlace', 'person', 'copies', 'delivery'],
);

/**
 * Checks `json` against the request schema only, without the rules. On
 * success `value` is a fresh copy that contains no property the schema does not
 * declare.
 */
export function checkRequestSchema(json: unknown): { value?: EtatCivilRequest; issues: SchemaIssue[] } {
  const collector = new IssueCollector();
  const value = requestCheck(json, '', collector);
  if (value === undefined || collector.issues.length > 0) {
    return { issues: collector.issues };
  }
  return { value, issues: [] };
}
