import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnOnce } from '../internal/dev.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { safeUrl } from '../internal/safe-url.js';
import { brandMessages } from './brand.messages.js';
import { brandStyles } from './brand.styles.js';

export const BRAND_VARIANTS = ['collectivite', 'etat'] as const;

export type BrandVariant = (typeof BRAND_VARIANTS)[number];

/**
 * The identity block of a site. `variant="collectivite"` (default) shows the
 * administration's own logo and name. `variant="etat"` is reserved to State
 * services and their public agencies: the Marque de l'État and the DSFR look
 * may not be used by collectivités or private actors. It renders the
 * bloc-marque as text ("République" over "Française", then the motto
 * "Liberté Égalité Fraternité") and takes the official Marianne image, which
 * the service obtains itself, in the `marianne` slot. Socle ships no
 * protected logo or font file.
 *
 * With `href`, the whole block is a link to the home page, named
 * "Accueil — {name}".
 *
 * @summary Site identity: a collectivité's logo and name, or the État bloc-marque (reserved to State services).
 *
 * @slot logo - The collectivité's logo, such as an `<img>` or `<svg>` with its alternative text, in place of the `logo` URL.
 * @slot marianne - With `variant="etat"`: the official Marianne image supplied by the State service (decorative, `alt=""`).
 *
 * @csspart base - The wrapper, an `<a>` when `href` is set, a `<span>` otherwise.
 * @csspart logo - The `<img>` rendered from the `logo` URL.
 * @csspart name - The name of the collectivité.
 * @csspart bloc-marque - With `variant="etat"`: the "République Française" text.
 * @csspart motto - With `variant="etat"`: the motto "Liberté Égalité Fraternité".
 *
 * @cssprop --socle-brand-gap - Space between the logo and the name.
 * @cssprop --socle-brand-logo-height - Maximum height of the logo.
 * @cssprop --socle-brand-marianne-height - Maximum height of the Marianne image.
 * @cssprop --socle-brand-name-size - Font size of the name.
 */
export class SocleBrand extends SocleElement {
  static override styles = [baseStyles, focusRing, brandStyles];

  /** `collectivite` (default) for the administration's own identity, or `etat`, reserved to State services. */
  @property({ reflect: true }) variant: BrandVariant = 'collectivite';

  /** Name of the collectivité or of the State service, used in the home link's accessible name. */
  @property() name = '';

  /** Home page URL that turns the block into a link. `javascript:` and `data:` URLs are dropped. */
  @property() href = '';

  /** URL of the collectivité's logo image, unused when the `logo` slot has content. */
  @property() logo = '';

  /** Alternative text of the `logo` image. Required: when absent the image is decorative and a development warning is logged. */
  @property({ attribute: 'logo-alt' }) logoAlt: string | null = null;

  private renderLogo(): TemplateResult {
    const src = safeUrl(this.logo);
    if (!src) return html`<slot name="logo"></slot>`;

    if (this.logoAlt === null) {
      warnOnce(
        'missing-attribute',
        `<socle-brand> logo="${this.logo}" has no logo-alt; the logo is treated as decorative. ` +
          'Set logo-alt to the text of the logo, or logo-alt="" when the name already says it.',
      );
    }
    return html`<slot name="logo"><img part="logo" class="logo" src=${src} alt=${this.logoAlt ?? ''} /></slot>`;
  }

  private renderCollectivite(): TemplateResult {
    if (!this.name) {
      warnOnce('missing-attribute', '<socle-brand variant="collectivite"> has no name; set name to the collectivité.');
    }
    return html`${this.renderLogo()}${this.name ? html`<span part="name" class="name">${this.name}</span>` : nothing}`;
  }

  // The line breaks follow the official bloc-marque: "République" over
  // "Française", and the motto on three lines.
  private renderEtat(): TemplateResult {
    return html`<slot name="marianne"></slot>
      <span part="bloc-marque" class="republic">République<br />Française</span>
      <span part="motto" class="motto">Liberté<br />Égalité<br />Fraternité</span>`;
  }

  // The label contains the whole visible bloc-marque, in order, so that
  // speech users can say what they see (WCAG 2.5.3 Label in Name).
  private homeLabel(variant: BrandVariant): string {
    if (variant === 'etat') {
      const blocMarque = this.msg(brandMessages, 'brand.bloc-marque');
      const name = this.name ? `${this.name} — ${blocMarque}` : blocMarque;
      return this.msg(brandMessages, 'brand.home', { name });
    }
    const name = this.name || this.logoAlt;
    return name ? this.msg(brandMessages, 'brand.home', { name }) : this.msg(brandMessages, 'brand.home-unnamed');
  }

  override render() {
    const variant = this.enumValue('variant', this.variant, BRAND_VARIANTS, 'collectivite');
    const classes = classMap({ brand: true, [variant]: true });
    const content = variant === 'etat' ? this.renderEtat() : this.renderCollectivite();
    const href = safeUrl(this.href);

    if (href === undefined) {
      return html`<span part="base" class=${classes}>${content}</span>`;
    }
    return html`<a part="base" class=${classes} href=${ifDefined(href)} aria-label=${this.homeLabel(variant)}
      >${content}</a
    >`;
  }
}
