/**
 * Tracks whether an element is being upgraded by the `customElements.define`
 * call that registers it, which is how elements already present in the page's
 * HTML come to life when the kit loads as a module script.
 */
let upgradingExisting = false;

/**
 * Registers `constructor` under `name`. Elements of that name already in the
 * document are upgraded synchronously inside `customElements.define`, so their
 * constructors see `isDefiningExisting()` return true.
 */
export function defineUpgradingExisting(name: string, constructor: CustomElementConstructor): void {
  upgradingExisting = true;
  try {
    customElements.define(name, constructor);
  } finally {
    upgradingExisting = false;
  }
}

/** Returns true while `defineUpgradingExisting` upgrades elements already in the document. */
export function isDefiningExisting(): boolean {
  return upgradingExisting;
}
