import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnOnce } from '../internal/dev.js';
import { safeUrl } from '../internal/safe-url.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { SocleElement } from '../internal/socle-element.js';
import { franceconnectButtonMessages } from './franceconnect-button.messages.js';
import { franceconnectButtonStyles } from './franceconnect-button.styles.js';

export const FRANCECONNECT_PROVIDERS = ['franceconnect', 'franceconnect-plus', 'proconnect'] as const;

export type FranceconnectProvider = (typeof FRANCECONNECT_PROVIDERS)[number];

/** Brand name and "what is it" page of each identity provider, as the providers publish them. */
export const FRANCECONNECT_PROVIDER_DETAILS: Record<FranceconnectProvider, { name: string; helpHref: string }> = {
  franceconnect: { name: 'FranceConnect', helpHref: 'https://franceconnect.gouv.fr/' },
  'franceconnect-plus': { name: 'FranceConnect+', helpHref: 'https://franceconnect.gouv.fr/france-connect-plus' },
  proconnect: { name: 'ProConnect', helpHref: 'https://www.proconnect.gouv.fr/' },
};

/**
 * The sign-in button of FranceConnect (citizens), FranceConnect+ (stronger
 * assurance) or ProConnect (agents and professionals), with the link that
 * explains the service. The providers fix the button's wording, colours,
 * typeface and size, so the theme does not restyle it. Place it first among
 * the sign-in options; `or-separator` adds the visible "ou" that separates it
 * from them.
 *
 * The button is a link to `href`, the service's own route that starts the
 * OpenID Connect flow, and navigates in the same tab. The help link opens the
 * provider's site in a new window, which its text announces to screen readers. Socle ships
 * no provider logo: give the official asset as a `logo` URL or in the `logo`
 * slot.
 *
 * @summary FranceConnect, FranceConnect+ or ProConnect sign-in button with its help link.
 *
 * @slot logo - The provider's logo, such as an `<svg>` or `<img alt="">`; replaces the `logo` URL. It is decorative, because the text names the button.
 *
 * @csspart base - The wrapper of the button and the help link.
 * @csspart button - The sign-in link styled as the provider's button.
 * @csspart help - The "Qu'est-ce que FranceConnect ?" link.
 * @csspart separator - The "ou" separator shown with `or-separator`.
 */
export class SocleFranceconnectButton extends SocleElement {
  static override styles = [baseStyles, focusRing, franceconnectButtonStyles];

  @state() private hasLogoSlot = false;

  /** Identity provider: `franceconnect` (default), `franceconnect-plus` or `proconnect`. */
  @property({ reflect: true }) provider: FranceconnectProvider = 'franceconnect';

  /** URL of the service's route that starts the sign-in; opened in the same tab. `javascript:` URLs are dropped. */
  @property() href = '';

  /** URL of the provider's logo image, used when the `logo` slot is empty. */
  @property() logo = '';

  /** Shows the "ou" separator below the button, before the other sign-in options. */
  @property({ type: Boolean, attribute: 'or-separator', reflect: true }) orSeparator = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasLogoSlot = this.querySelector(':scope > [slot="logo"]') !== null;
  }

  private handleLogoSlotChange(event: Event): void {
    this.hasLogoSlot = (event.target as HTMLSlotElement).assignedNodes().length > 0;
  }

  private renderLogo() {
    const logo = safeUrl(this.logo);
    return html`<span class="logo" ?hidden=${!logo && !this.hasLogoSlot}>
      <slot name="logo" @slotchange=${this.handleLogoSlotChange}
        >${logo ? html`<img src=${logo} alt="" />` : nothing}</slot
      >
    </span>`;
  }

  override render() {
    const provider = this.enumValue('provider', this.provider, FRANCECONNECT_PROVIDERS, 'franceconnect');
    const { name, helpHref } = FRANCECONNECT_PROVIDER_DETAILS[provider];
    const href = safeUrl(this.href);
    if (!href) {
      warnOnce(
        'franceconnect-without-href',
        `<socle-franceconnect-button> has no valid href, so the button leads nowhere. ` +
          `Set href to the service's route that starts the ${name} sign-in.`,
      );
    }

    return html`<div part="base" class="provider">
        <a
          part="button"
          class="button"
          href=${ifDefined(href)}
          role=${ifDefined(href ? undefined : 'link')}
          aria-disabled=${ifDefined(href ? undefined : 'true')}
        >
          ${this.renderLogo()}
          <span class="text"
            ><span class="login">${this.msg(franceconnectButtonMessages, 'franceconnect-button.login')}</span>
            <span class="brand">${name}</span></span
          >
        </a>
        <p class="help">
          <a part="help" href=${helpHref} target="_blank" rel="noopener"
            >${this.msg(franceconnectButtonMessages, 'franceconnect-button.help', { provider: name })}<span
              class="visually-hidden"
            >
              - ${this.msg(franceconnectButtonMessages, 'franceconnect-button.new-window')}</span
            ><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M10 6v2H5v11h11v-5h2v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h6Zm11-3v8h-2V6.41l-7.79 7.8-1.42-1.42L17.59 5H13V3h8Z"
              ></path></svg
          ></a>
        </p>
      </div>
      ${this.orSeparator
        ? html`<p part="separator" class="separator">
            ${this.msg(franceconnectButtonMessages, 'franceconnect-button.separator')}
          </p>`
        : nothing}`;
  }
}
