/**
 * Names of people (nom, prénom). Civil mode accepts only what French
 * civil-status records accept: the Latin alphabet with the French diacritics
 * listed in the circulaire of 23 July 2014 on civil status, the space, the
 * hyphen and the apostrophe. The tilde (ñ) is rejected, as the Conseil
 * constitutionnel ruled in decision 2021-818 DC. General mode accepts any
 * Unicode letter, because people's names elsewhere are not ours to refuse.
 */
import { createIssueFactory } from '../core/messages.js';
import { rejectedCharacters } from '../core/checks.js';
import { buildResult } from '../core/result.js';
import type { ValidateOptions, ValidationIssue, ValidationResult } from '../core/types.js';
import { civilNameMessages } from './messages.js';

/** `civil` for names that go into civil-status records, `general` for every other form. */
export type NameMode = 'civil' | 'general';

/** Options of `civilName.validate`. */
export interface NameValidateOptions extends ValidateOptions {
  /** Character rules to apply; `civil` by default. */
  mode?: NameMode;
  /** Maximum length in characters after normalisation; 100 by default. */
  maxLength?: number;
}

/**
 * Default maximum length. NOTE: no text fixes a maximum for names in acts;
 * 100 characters is this library's choice, large enough for long compound
 * names, and callers with a stricter target system pass `maxLength`.
 */
export const DEFAULT_MAX_LENGTH = 100;

/**
 * One character that civil-status records accept: a letter of the
 * circulaire's list in either case (the `i` flag adds the capitals, À to Ÿ,
 * Æ and Œ included), or a separator.
 */
const CIVIL_CHARACTER = /[a-zàâäçéèêëîïôöùûüÿæœ '-]/i;
/** One character of a name in general mode: any letter or combining mark, or a separator. */
const GENERAL_CHARACTER = /[\p{L}\p{M} '-]/u;

/**
 * Normalises a name: Unicode NFC, spaces of every kind collapsed to one and
 * trimmed, the typographic apostrophes ’ and ʼ turned into ', and the
 * Unicode hyphens U+2010 and U+2011 into -. Letter case is kept.
 */
export function parse(input: string): string | null {
  const value = input
    .normalize('NFC')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return value === '' ? null : value;
}

/** Suggests a replacement for a character that records reject, by removing its diacritics ("ñ" → "n"). */
function suggestReplacement(character: string): string | null {
  const base = character.normalize('NFD').replace(/\p{M}/gu, '');
  return /^[A-Za-z]+$/.test(base) ? base : null;
}

function checkCharacters(value: string, mode: NameMode, issue: ReturnType<typeof createIssueFactory>): ValidationIssue | null {
  const characters = rejectedCharacters(value, mode === 'civil' ? CIVIL_CHARACTER : GENERAL_CHARACTER);
  if (characters.length === 0) return null;
  if (mode === 'general') return issue('name-invalid-characters', { characters });

  const [first = ''] = characters;
  const replacement = characters.length === 1 ? suggestReplacement(first) : null;
  const suggestion = replacement === null ? '' : issue('name-character-not-allowed-suggestion', { replacement: value.replaceAll(first, replacement) }).message;
  return issue('name-character-not-allowed', { characters, suggestion });
}

/**
 * Validates a nom or a prénom after normalising it with `parse`. `value` is
 * the normalised name.
 */
export function validate(input: string, options: NameValidateOptions = {}): ValidationResult {
  const issue = createIssueFactory('civilName', civilNameMessages, options.locale);
  const mode = options.mode ?? 'civil';
  const max = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const value = parse(input);
  if (value === null) return buildResult(null, [issue('required')], [], null);

  const errors: ValidationIssue[] = [];
  const length = [...value].length;
  if (length > max) errors.push(issue('too-long', { max, length }));

  const characterError = checkCharacters(value, mode, issue);
  if (characterError) errors.push(characterError);

  const edge = /^['-]/.exec(value) ?? /['-]$/.exec(value);
  if (edge) errors.push(issue('name-separator-at-edge', { separator: edge[0] }));

  const doubled = /[ '-]{2,}/.exec(value);
  if (doubled) errors.push(issue('name-consecutive-separators', { separators: doubled[0] }));

  return buildResult(value, errors, [], null);
}

/** Returns the normalised name for display; input that normalises to nothing is returned unchanged. */
export function format(value: string): string {
  return parse(value) ?? value;
}
