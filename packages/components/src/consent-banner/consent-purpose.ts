import { css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { SocleElement } from '../internal/socle-element.js';

/**
 * One purpose for which a `socle-consent-banner` asks consent, such as
 * audience measurement or embedded videos. It renders nothing itself: the
 * banner reads its attributes and its text content, which becomes the
 * purpose's description in the settings dialog.
 *
 * @summary Declares a consent purpose of its parent `socle-consent-banner`.
 *
 * @slot - The description of the purpose, as plain text.
 */
export class SocleConsentPurpose extends SocleElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  /** Identifier of the purpose, used in `choices`, `hasConsent()` and `data-socle-consent`. */
  @property({ attribute: 'purpose-id', reflect: true }) purposeId = '';

  /** Name of the purpose shown to the user, such as "Mesure d’audience". */
  @property() name = '';

  /** Marks a purpose that is strictly necessary: always on, and shown as such. */
  @property({ type: Boolean, reflect: true }) required = false;

  override render() {
    return nothing;
  }
}
