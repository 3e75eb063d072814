import { html } from 'lit';

/** Purposes of the sample consent banners: technical cookies, which are required, then two optional ones. */
export const consentPurposes = html`<socle-consent-purpose purpose-id="session" name="Cookies techniques" required>
    Conservent votre session et vos préférences d’affichage.
  </socle-consent-purpose>
  <socle-consent-purpose purpose-id="audience" name="Mesure d’audience">
    Nous indiquent quelles pages sont consultées, pour améliorer le site.
  </socle-consent-purpose>
  <socle-consent-purpose purpose-id="video" name="Vidéos intégrées">
    Permettent de lire les vidéos hébergées par une plateforme extérieure.
  </socle-consent-purpose>`;
