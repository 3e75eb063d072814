/**
 * Whether this is the development build. The production build replaces
 * `__SOCLE_DEV__` with `false` so that every warning branch is removed by
 * minification; unbundled source (tests, Storybook) runs in development mode.
 */
declare const __SOCLE_DEV__: boolean | undefined;

export const DEV: boolean = typeof __SOCLE_DEV__ === 'undefined' ? true : __SOCLE_DEV__;

const issuedWarnings = new Set<string>();

/**
 * Logs a development warning once per code and message. Production builds
 * never call `console.warn`, because `DEV` is false there. A call written
 * `if (DEV) warnOnce(…)` is removed from production builds with its message,
 * which an unguarded call still builds before returning.
 */
export function warnOnce(code: string, message: string): void {
  if (!DEV) return;
  const key = `${code}:${message}`;
  if (issuedWarnings.has(key)) return;
  issuedWarnings.add(key);
  console.warn(`[socle:${code}] ${message}`);
}

/** Forgets the warnings already issued, so that tests can observe them again. */
export function resetWarnings(): void {
  issuedWarnings.clear();
}
