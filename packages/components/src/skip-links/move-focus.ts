/** Elements that take focus without a `tabindex` attribute, when not disabled. */
const NATIVELY_FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [contenteditable]';

/**
 * Finds the element with `id` in the tree of `from` (a document or a shadow
 * root), then in the document.
 */
export function findTarget(from: Node, id: string): HTMLElement | null {
  const root = from.getRootNode() as Document | ShadowRoot;
  const inRoot = 'getElementById' in root ? root.getElementById(id) : null;
  return (inRoot ?? document.getElementById(id)) as HTMLElement | null;
}

/**
 * Moves focus to `target`, giving it `tabindex="-1"` first when it cannot
 * take focus otherwise. Following a fragment link only scrolls to the target
 * and moves the sequential focus starting point: focus stays on the link and
 * screen readers announce nothing, hence the explicit focus.
 */
export function moveFocusTo(target: HTMLElement): void {
  const focusable =
    target.hasAttribute('tabindex') || target.matches(NATIVELY_FOCUSABLE) || target.shadowRoot?.delegatesFocus === true;
  if (!focusable) target.setAttribute('tabindex', '-1');
  target.focus();
}
