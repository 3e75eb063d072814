/**
 * Tracks whether an element is being upgraded by the `customElements.define`
 * call that registers it, which is how elements already present in the page's
 * HTML come to life when the kit loads as a module script.
 */
let upgradingExisting = false;

/**
 * Runs `define`, a callback that calls `customElements.define`. Elements of
 * that name already in the document are upgraded synchronously inside that
 * call, so their constructors see `isDefiningExisting()` return true.
 */
export function whileUpgradingExisting(define: () => void): void {
  upgradingExisting = true;
  try {
    define();
  } finally {
    upgradingExisting = false;
  }
}

/** Registers `constructor` under `name` through `whileUpgradingExisting`. */
export function defineUpgradingExisting(name: string, constructor: CustomElementConstructor): void {
  whileUpgradingExisting(() => customElements.define(name, constructor));
}

/** Returns true while `whileUpgradingExisting` upgrades elements already in the document. */
export function isDefiningExisting(): boolean {
  return upgradingExisting;
}
