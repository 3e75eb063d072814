import { keysWithPrefix, readItem, removeItem, writeItem } from '../notice/local-storage.js';

/** Prefix of the `localStorage` key that stores the consent choice. */
export const CONSENT_STORAGE_PREFIX = 'socle-consent:';

const DAY_IN_MS = 24 * 60 * 60 * 1000;

/** Version of the stored record's format; a record of another format is ignored, so the banner shows again. */
const RECORD_FORMAT = 1;

/** A purpose for which the page asks consent. */
export interface ConsentPurpose {
  /** Identifier, used in `choices`, `hasConsent()` and `data-socle-consent`. */
  id: string;
  /** Name shown to the user. */
  name: string;
  /** Plain-text description shown in the settings dialog. */
  description?: string;
  /** Strictly necessary: always on and cannot be refused. */
  required?: boolean;
}

/** The user's choice as stored. */
export interface ConsentRecord {
  format: number;
  version: string;
  choices: Record<string, boolean>;
  /** ISO 8601 date of the choice, compared with `renew-after-days`. */
  date: string;
}

/**
 * Returns the storage key of a choice. It contains the consent version and
 * the sorted purpose ids, so that a new version or a changed set of purposes
 * finds no record and the banner asks again.
 */
export function consentStorageKey(version: string, purposes: readonly ConsentPurpose[]): string {
  const ids = purposes.map((purpose) => purpose.id).sort();
  return `${CONSENT_STORAGE_PREFIX}${version}:${ids.join(',')}`;
}

/**
 * Reads the record under `key`. Returns null when it is missing, malformed,
 * does not cover every optional purpose, or is older than `maxAgeDays` days
 * (0 keeps it forever).
 */
export function readConsentRecord(
  key: string,
  purposes: readonly ConsentPurpose[],
  maxAgeDays = 0,
  now = Date.now(),
): ConsentRecord | null {
  const stored = readItem(key);
  if (stored === null) return null;
  let record: Partial<ConsentRecord> | null;
  try {
    record = JSON.parse(stored) as Partial<ConsentRecord> | null;
  } catch {
    return null;
  }
  if (record?.format !== RECORD_FORMAT || typeof record.choices !== 'object' || record.choices === null) return null;
  const choices = record.choices;
  const complete = purposes.every((purpose) => purpose.required || typeof choices[purpose.id] === 'boolean');
  if (!complete) return null;
  if (maxAgeDays > 0) {
    const date = Date.parse(String(record.date));
    if (Number.isNaN(date) || now - date > maxAgeDays * DAY_IN_MS) return null;
  }
  return record as ConsentRecord;
}

/**
 * Creates the record of `choices` and stores it under `key`, removing the
 * records of older versions or purpose sets. Returns the record, which the
 * caller keeps in memory when storage is unavailable or full.
 */
export function writeConsentRecord(key: string, version: string, choices: Record<string, boolean>): ConsentRecord {
  const record: ConsentRecord = { format: RECORD_FORMAT, version, choices, date: new Date().toISOString() };
  if (writeItem(key, JSON.stringify(record))) {
    for (const stale of keysWithPrefix(CONSENT_STORAGE_PREFIX)) {
      if (stale !== key) removeItem(stale);
    }
  }
  return record;
}
