let lockCount = 0;
let savedOverflow = '';

/**
 * Stops the page from scrolling behind a modal dialog. Nested dialogs share
 * one lock: the first lock saves the root element's inline `overflow` and the
 * last unlock restores it.
 */
export function lockPageScroll(): void {
  if (lockCount === 0) {
    savedOverflow = document.documentElement.style.overflow;
    document.documentElement.style.overflow = 'hidden';
  }
  lockCount += 1;
}

/** Releases one `lockPageScroll()`; the page scrolls again after the last release. */
export function unlockPageScroll(): void {
  if (lockCount === 0) return;
  lockCount -= 1;
  if (lockCount === 0) document.documentElement.style.overflow = savedOverflow;
}
