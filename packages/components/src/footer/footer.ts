import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../internal/dev.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { footerMessages } from './footer.messages.js';
import { footerStyles } from './footer.styles.js';

export const FOOTER_VARIANTS = ['collectivite', 'etat'] as const;
export const ACCESSIBILITY_STATUSES = ['totalement', 'partiellement', 'non'] as const;

export type FooterVariant = (typeof FOOTER_VARIANTS)[number];
export type AccessibilityStatus = (typeof ACCESSIBILITY_STATUSES)[number];

/**
 * The four State websites that a State site's footer links to, in the order
 * required for State sites. They open in the same window.
 */
export const STATE_LINKS = [
  { label: 'info.gouv.fr', href: 'https://www.info.gouv.fr' },
  { label: 'service-public.gouv.fr', href: 'https://www.service-public.gouv.fr' },
  { label: 'legifrance.gouv.fr', href: 'https://www.legifrance.gouv.fr' },
  { label: 'data.gouv.fr', href: 'https://www.data.gouv.fr' },
] as const;

/**
 * The footer of a public site, with the mentions that every public site must
 * show: the accessibility compliance level linked to the accessibility
 * statement (loi n° 2005-102 art. 47 and décret n° 2019-768, for State sites
 * and collectivités alike), the legal notice, the personal data page, the
 * cookie settings and the licence line.
 *
 * "Gestion des cookies" is a button: it fires `socle-consent-open`, which
 * bubbles out of shadow roots up to `document`, where a consent manager such
 * as `socle-consent-banner` listens to reopen its settings.
 *
 * The `<footer>` in the shadow root is exposed as the contentinfo landmark
 * while the element is not inside `article`, `aside`, `main`, `nav` or
 * `section`.
 *
 * @summary Site footer (contentinfo landmark) with the mandatory accessibility, legal, privacy, cookie and licence mentions.
 *
 * @slot brand - A `socle-brand` element.
 * @slot description - A rich description, in place of the `description` attribute.
 * @slot links - Extra link columns shown above the footer body, such as `<nav>` or `<ul>` elements.
 * @slot licence - A licence line in place of the etalab-2.0 default.
 *
 * @csspart base - The `<footer>` element.
 * @csspart state-links - With `variant="etat"`: the list of the four State websites.
 * @csspart accessibility - The accessibility mention (a link, or text without `accessibility-href`).
 * @csspart cookies - The "Gestion des cookies" button.
 * @csspart licence - The licence line.
 *
 * @cssprop --socle-footer-background - Background of the footer.
 * @cssprop --socle-footer-accent - Colour of the footer's top border.
 *
 * @event socle-consent-open - Fired, bubbling and composed, when the user activates "Gestion des cookies".
 */
export class SocleFooter extends SocleElement {
  static override styles = [baseStyles, focusRing, footerStyles];

  /** `collectivite` (default), or `etat` to add the links to the four State websites. */
  @property({ reflect: true }) variant: FooterVariant = 'collectivite';

  /** Short text about the site or the administration. */
  @property() description = '';

  /** Compliance with the RGAA: `totalement`, `partiellement` or `non`, which is also used when missing or invalid. */
  @property({ attribute: 'accessibility-status' }) accessibilityStatus: AccessibilityStatus | '' = '';

  /** URL of the accessibility statement. */
  @property({ attribute: 'accessibility-href' }) accessibilityHref = '';

  /** URL of the legal notice ("Mentions légales"). */
  @property({ attribute: 'legal-href' }) legalHref = '';

  /** URL of the personal data page ("Données personnelles"). */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  private handleCookiesClick(): void {
    this.dispatchEvent(new CustomEvent('socle-consent-open', { bubbles: true, composed: true }));
  }

  private accessibilityStatusValue(): AccessibilityStatus {
    if (!this.accessibilityStatus) {
      warnOnce(
        'missing-attribute',
        '<socle-footer> has no accessibility-status; showing "non conforme". ' +
          'Set it to totalement, partiellement or non, from the latest RGAA audit.',
      );
      return 'non';
    }
    return this.enumValue('accessibility-status', this.accessibilityStatus, ACCESSIBILITY_STATUSES, 'non');
  }

  private renderAccessibility(): TemplateResult {
    const text = this.msg(footerMessages, `footer.accessibility.${this.accessibilityStatusValue()}`);
    const href = safeUrl(this.accessibilityHref);
    if (href === undefined) {
      warnOnce('missing-attribute', '<socle-footer> has no valid accessibility-href; link the accessibility statement.');
      return html`<span part="accessibility">${text}</span>`;
    }
    return html`<a part="accessibility" href=${href}>${text}</a>`;
  }

  private renderLegalLink(url: string, attribute: string, key: string): TemplateResult | typeof nothing {
    const href = safeUrl(url);
    if (href === undefined) {
      warnOnce('missing-attribute', `<socle-footer> has no valid ${attribute}; the "${this.msg(footerMessages, key)}" link is not shown.`);
      return nothing;
    }
    return html`<li><a href=${href}>${this.msg(footerMessages, key)}</a></li>`;
  }

  private renderStateLinks(): TemplateResult {
    return html`<ul part="state-links" class="state-links" aria-label=${this.msg(footerMessages, 'footer.state-links')}>
      ${STATE_LINKS.map((link) => html`<li><a href=${link.href}>${link.label}</a></li>`)}
    </ul>`;
  }

  override render() {
    const variant = this.enumValue('variant', this.variant, FOOTER_VARIANTS, 'collectivite');

    return html`<footer part="base" class="footer">
      <div class="links"><slot name="links"></slot></div>
      <div class="body">
        <div class="brand"><slot name="brand"></slot></div>
        <div class="content">
          <div class="description"><slot name="description">${this.description ? html`<p>${this.description}</p>` : nothing}</slot></div>
          ${variant === 'etat' ? this.renderStateLinks() : nothing}
        </div>
      </div>
      <div class="bottom">
        <ul class="legal" aria-label=${this.msg(footerMessages, 'footer.legal-links')}>
          <li>${this.renderAccessibility()}</li>
          ${this.renderLegalLink(this.legalHref, 'legal-href', 'footer.legal')}
          ${this.renderLegalLink(this.privacyHref, 'privacy-href', 'footer.privacy')}
          <li>
            <button part="cookies" class="cookies" type="button" @click=${this.handleCookiesClick}>
              ${this.msg(footerMessages, 'footer.cookies')}
            </button>
          </li>
        </ul>
        <p part="licence" class="licence"><slot name="licence">${this.msg(footerMessages, 'footer.licence')}</slot></p>
      </div>
    </footer>`;
  }
}
