/**
 * `localStorage` access that never throws. Reading `window.localStorage`
 * throws a `SecurityError` when the browser blocks storage (cookies disabled,
 * some private modes, sandboxed iframes), and `setItem` throws a
 * `QuotaExceededError` when the origin's quota is full. Socle elements then
 * keep their state for the current page only.
 */

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Returns the stored string under `key`, or null when it is missing or storage is unavailable. */
export function readItem(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`; returns false when storage is unavailable or full. */
export function writeItem(key: string, value: string): boolean {
  const target = storage();
  if (!target) return false;
  try {
    target.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Removes `key`; unavailable storage is ignored. */
export function removeItem(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing was stored if storage is unavailable.
  }
}

/** Returns the stored keys that start with `prefix`, or an empty list when storage is unavailable. */
export function keysWithPrefix(prefix: string): string[] {
  const target = storage();
  if (!target) return [];
  try {
    const keys: string[] = [];
    for (let index = 0; index < target.length; index += 1) {
      const key = target.key(index);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
