/**
 * Locale of the messages. French (`fr`) is the default and English (`en`)
 * ships too; other locales work once their messages are registered with
 * `registerMessages`.
 */
export type Locale = 'fr' | 'en' | (string & {});

/** One error or warning found by `validate`. */
export interface ValidationIssue {
  /** Stable kebab-case identifier, safe to match in code (for example `nir-key-mismatch`). */
  code: string;
  /** Human-readable sentence in the requested locale that explains how to correct the value. */
  message: string;
  /** Values interpolated into the message, for callers that render their own text. */
  params?: IssueParams;
}

/**
 * Parameters of an issue. A list, such as the rejected characters of
 * `invalid-characters`, contains the raw values. The message quotes each one
 * in its own language and separates them with commas.
 */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * Outcome of a `validate` call. `value` is the normalised value when `valid`
 * is true and null otherwise. Warnings never make a value invalid.
 */
export interface ValidationResult<Details = undefined> {
  valid: boolean;
  value: string | null;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
  /** Information decoded from a structurally complete value, or null when it could not be decoded. */
  details: Details | null;
}

/** Options shared by every `validate` function. */
export interface ValidateOptions {
  /** Locale of the messages; French by default. */
  locale?: Locale;
}
