import { DEV, warnOnce } from './dev.js';

/**
 * Returns `value` when it is a valid `minlength` or `maxlength`, a whole
 * number of 0 or more, and `undefined` (no limit) otherwise, as HTML ignores
 * an invalid length limit on a native input. An invalid value warns once in
 * development builds, so that a typo does not block a form for good.
 */
export function lengthLimit(element: HTMLElement, attribute: string, value: number | undefined | null): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (Number.isInteger(value) && value >= 0) return value;
  // Testing DEV here, not only inside warnOnce(), lets production builds drop the message too.
  if (DEV) {
    warnOnce(
      'invalid-attribute',
      `<${element.localName}> ${attribute}="${String(value)}" is not valid; expected a whole number of 0 or more. Ignoring it.`,
    );
  }
  return undefined;
}
