import { DEV, warnOnce } from './dev.js';

/**
 * Returns `value` when it is one of `accepted`, otherwise `fallback`. An
 * unknown value warns once in development builds, naming the element, the
 * attribute, the value and the accepted values, so that a typo in a page does
 * not break rendering.
 */
export function enumValue<T extends string>(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  accepted: readonly T[],
  fallback: T,
): T {
  if (value === null || value === undefined || value === '') return fallback;
  if ((accepted as readonly unknown[]).includes(value)) return value as T;
  // Testing DEV here, not only inside warnOnce(), lets production builds drop the message too.
  if (DEV) {
    warnOnce(
      'invalid-attribute',
      `<${element.localName}> ${attribute}="${String(value)}" is not valid; ` +
        `accepted values: ${accepted.join(', ')}. Using "${fallback}".`,
    );
  }
  return fallback;
}
