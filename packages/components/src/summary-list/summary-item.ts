import { isServer, ReactiveElement } from 'lit';

// Server rendering has no HTMLElement global; Lit's element base, which extends
// Lit's DOM shim there, stands in so that the module can be imported on a server.
const ElementBase = (isServer ? ReactiveElement : HTMLElement) as typeof HTMLElement;

/**
 * One row of a `socle-summary-list`: the list reads its attributes and copies
 * its content as the value. It renders nothing by itself.
 *
 * @summary Row of a summary list: key, value and "Modifier" link.
 *
 * @slot - The value, as text or inline markup; empty content shows "Non renseigné".
 */
export class SocleSummaryItem extends ElementBase {
  /** Name of the answer, such as "Date de naissance". */
  get key(): string {
    return this.getAttribute('key') ?? '';
  }

  set key(value: string) {
    this.setAttribute('key', value);
  }

  /** URL of the page or field where the answer can be changed; no link when empty or unsafe. */
  get href(): string {
    return this.getAttribute('href') ?? '';
  }

  set href(value: string) {
    this.setAttribute('href', value);
  }

  /** Visually hidden words after "Modifier" that name the answer, such as "la date de naissance"; defaults to the key. */
  get changeLabel(): string {
    return this.getAttribute('change-label') ?? '';
  }

  set changeLabel(value: string) {
    this.setAttribute('change-label', value);
  }
}
