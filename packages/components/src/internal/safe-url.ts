const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns `url` when it is relative or uses http, https, mailto or tel, and
 * `undefined` otherwise, so that a `javascript:` or `data:` URL given as an
 * attribute never reaches an `href`. A value that is not a string (an array
 * or object a page assigned to the property) also returns `undefined`: its
 * `String()` form is never a URL that the page meant.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') return undefined;
  // The URL parser strips leading and trailing C0 controls and spaces, and
  // ignores tabs and newlines anywhere ("java\tscript:"), so the check does too.
  // eslint-disable-next-line no-control-regex -- matching C0 controls is the point of this check.
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const compact = trimmed.replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined) return trimmed;
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`) ? trimmed : undefined;
}
