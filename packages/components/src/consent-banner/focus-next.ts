import { isTabbable } from '../alert/focus-order.js';

/** Returns the first element that the Tab key reaches inside `root`, searching open shadow roots too. */
function firstTabbableIn(root: Document | ShadowRoot | Element): HTMLElement | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  let node: Element | null;
  while ((node = walker.nextNode() as Element | null)) {
    if (isTabbable(node)) return node;
    if (node.shadowRoot) {
      const inner = firstTabbableIn(node.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}

function lastDescendant(element: Element): Element {
  let last = element;
  while (last.lastElementChild) last = last.lastElementChild;
  return last;
}

/**
 * Returns the first element after `reference` in document order, outside
 * it, that the Tab key reaches, looking inside the open shadow roots of the
 * elements on the way, such as a header or an official banner. Light-DOM
 * children of a shadow host are visited after its shadow root, which matches
 * the Tab order for the site elements of Socle.
 */
export function nextTabbableAfter(reference: Element): HTMLElement | null {
  const walker = document.createTreeWalker(reference.getRootNode(), NodeFilter.SHOW_ELEMENT);
  walker.currentNode = lastDescendant(reference);
  let node: Element | null;
  while ((node = walker.nextNode() as Element | null)) {
    if (isTabbable(node)) return node;
    if (node.shadowRoot) {
      const inner = firstTabbableIn(node.shadowRoot);
      if (inner) return inner;
    }
  }
  return null;
}
