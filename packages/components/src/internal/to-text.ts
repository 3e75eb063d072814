/**
 * Converts a property value to the string an element renders or parses.
 * Frameworks bind `null` and `undefined` to properties routinely, and pages
 * may assign numbers, arrays or objects, so string properties read through
 * this instead of trusting their declared type. `null`, `undefined` and
 * symbols become `''`. Other values go through `String()` as a native
 * input's `value` setter does, and a value that `String()` throws on (an
 * object without a prototype, a throwing `toString`) becomes `''`.
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value === 'symbol') return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}
