const FOCUSABLE_SELECTOR = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

/**
 * Returns whether `element` is reached by the Tab key: a natively focusable
 * element or one with a non-negative `tabindex`, or a custom element whose
 * shadow root delegates focus, provided it is rendered.
 */
export function isTabbable(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  const delegates = element.shadowRoot?.delegatesFocus === true;
  if (!delegates && !element.matches(FOCUSABLE_SELECTOR)) return false;
  if (element.tabIndex < 0 && !delegates) return false;
  if (element.closest('[inert]')) return false;
  return element.checkVisibility ? element.checkVisibility({ visibilityProperty: true }) : element.getClientRects().length > 0;
}

/**
 * Returns the first element after `reference` in document order, outside
 * `reference` itself, that the Tab key reaches. Elements inside other
 * shadow roots are not searched.
 */
export function nextTabbable(reference: Element): HTMLElement | null {
  const root = reference.getRootNode() as Document | ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = lastDescendant(reference);
  let node: Element | null;
  while ((node = walker.nextNode() as Element | null)) {
    if (isTabbable(node)) return node;
  }
  return null;
}

/** Returns the first element before `reference` in document order that the Tab key reaches. */
export function previousTabbable(reference: Element): HTMLElement | null {
  const root = reference.getRootNode() as Document | ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = reference;
  let node: Element | null;
  while ((node = walker.previousNode() as Element | null)) {
    if (node.contains(reference)) continue;
    if (isTabbable(node)) return node;
  }
  return null;
}

function lastDescendant(element: Element): Element {
  let last = element;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}
