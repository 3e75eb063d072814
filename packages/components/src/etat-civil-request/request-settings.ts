import { validateRequest, type Locale, type RuleSettings, type ValidationResult } from '@socle/etat-civil';
import { warnOnce } from '../internal/dev.js';
import { toText } from '../internal/to-text.js';
import type { RequestFieldError } from './etat-civil-request.js';
import { emptyAnswers, fromRequest, type Answers, type ModelOptions } from './request-model.js';

/** The element's properties that configure the rules engine and the answer model. */
export interface RequestSettings {
  rules: RuleSettings;
  today: string;
  comedec: boolean;
  commune: string;
  communeName: string;
}

/** Returns `today` when it is a `YYYY-MM-DD` date, otherwise the browser's local date. */
export function todayOf(today: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : localToday();
}

/** Returns whether the extrait plurilingue is offered, which it is unless the rule settings turn it off. */
export function offersExtraitPlurilingue(rules: RuleSettings | null | undefined): boolean {
  return rules?.extraitPlurilingue !== false;
}

/** Returns the options of the answer model, with the commune the element is locked to, if any. */
export function modelOptionsOf(settings: RequestSettings, locale: Locale): ModelOptions {
  const rules = ruleSettings(settings);
  const lockedCode = toText(settings.commune).trim();
  return {
    evaluate: { ...rules, today: todayOf(settings.today), locale, comedecConnected: settings.comedec },
    lockedCommune: lockedCode ? { inseeCode: lockedCode, name: toText(settings.communeName).trim() || lockedCode } : null,
  };
}

/** Checks a request with `validateRequest`, the check that the server runs too. */
export function checkRequest(request: unknown, settings: RequestSettings, locale: Locale): ValidationResult {
  return validateRequest(request, { ...ruleSettings(settings), today: todayOf(settings.today), locale });
}

/** Reads the `value` attribute, a JSON request, into answers. An unreadable value gives empty answers and a warning. */
export function answersFromValue(value: string): Answers {
  try {
    return fromRequest(JSON.parse(value));
  } catch {
    warnOnce('invalid-attribute', `<socle-etat-civil-request> value is not a JSON request; starting empty.`);
    return emptyAnswers();
  }
}

/** Reads the `errors` attribute, a JSON array of `{ path, message }`. Anything else gives no error and a warning. */
export function readErrors(value: string | null): RequestFieldError[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    if (Array.isArray(parsed)) {
      return parsed
        .filter((item): item is RequestFieldError => typeof item?.path === 'string' && typeof item?.message === 'string')
        .map(({ path, message }) => ({ path, message }));
    }
  } catch {
    // Reported below with the value.
  }
  warnOnce('invalid-attribute', `<socle-etat-civil-request> errors="${value}" is not a JSON array of { path, message } objects.`);
  return [];
}

/** Returns `rules` when it is an object: the property may be set to anything from a page script. */
function ruleSettings(settings: RequestSettings): RuleSettings {
  return typeof settings.rules === 'object' && settings.rules !== null ? settings.rules : {};
}

function localToday(): string {
  const now = new Date();
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
