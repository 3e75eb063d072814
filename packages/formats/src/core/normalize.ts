/**
 * Separators that people type or paste inside identifiers: ASCII and Unicode
 * spaces and tabs (`\s` covers no-break U+00A0, figure U+2007, thin U+2009
 * and narrow no-break U+202F), dots, slashes, underscores, and hyphen or dash
 * variants (U+2010 to U+2015, U+2212).
 */
const SEPARATORS = /[\s./\-\u2010-\u2015\u2212_]+/g;

/** Removes separators and upper-cases the rest, so "2a 01" and "2A01" compare equal. */
export function compact(input: string): string {
  return input.replace(SEPARATORS, '').toUpperCase();
}

/** Splits a string into groups of the given sizes; the remainder becomes a last group. */
export function group(value: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (const size of sizes) {
    if (start >= value.length) break;
    parts.push(value.slice(start, start + size));
    start += size;
  }
  if (start < value.length) parts.push(value.slice(start));
  return parts.join(' ');
}

export function isDigits(value: string): boolean {
  return /^[0-9]+$/.test(value);
}
