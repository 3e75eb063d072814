import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { warnOnce } from '../internal/dev.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles, focusRing } from '../internal/shared-styles.js';
import { officialBannerMessages } from './official-banner.messages.js';
import { officialBannerStyles } from './official-banner.styles.js';

/**
 * A thin banner above the site header saying which administration runs the
 * site. Its button (WAI-ARIA APG disclosure pattern) shows how to recognise
 * an official site: the address ends in .gouv.fr or uses the administration's
 * known `domain`, and the connection uses HTTPS. France has no standard
 * wording for this banner, so the default slot can replace the explanation.
 *
 * @summary "Site officiel de …" banner with an expandable explanation of how to recognise an official site.
 *
 * @slot - The explanation, in place of the default text about the domain and HTTPS.
 *
 * @csspart base - The banner's wrapper.
 * @csspart title - The "Site officiel de …" text.
 * @csspart button - The "Comment le reconnaître ?" button.
 * @csspart explanation - The panel shown by the button.
 *
 * @cssprop --socle-official-banner-background - Background of the banner.
 *
 * @event socle-toggle - Fired when the user opens or closes the explanation, with the new state in `detail.open`.
 */
export class SocleOfficialBanner extends SocleElement {
  static override styles = [baseStyles, focusRing, officialBannerStyles];

  /** Name of the administration, such as "la Ville de Lyon" or "l’État". Required. */
  @property() administration = '';

  /** The administration's known domain, such as "lyon.fr", shown in the explanation. */
  @property() domain = '';

  /** Shows the explanation. */
  @property({ type: Boolean, reflect: true }) open = false;

  private handleClick(): void {
    this.open = !this.open;
    this.dispatchEvent(new CustomEvent('socle-toggle', { bubbles: true, composed: true, detail: { open: this.open } }));
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    this.handleClick();
    this.renderRoot.querySelector<HTMLButtonElement>('.button')?.focus();
  }

  private renderDefaultExplanation() {
    const { administration, domain } = this;
    let known: string | typeof nothing = nothing;
    if (domain) {
      known = administration
        ? this.msg(officialBannerMessages, 'official-banner.domain-known', { domain, administration })
        : this.msg(officialBannerMessages, 'official-banner.domain-known-generic', { domain });
    }

    return html`<div class="point">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M2 20h20v2H2v-2Zm2-8h2v7H4v-7Zm5 0h2v7H9v-7Zm4 0h2v7h-2v-7Zm5 0h2v7h-2v-7ZM2 7l10-5 10 5v4H2V7Z"></path>
        </svg>
        <div>
          <p class="point-title">${this.msg(officialBannerMessages, 'official-banner.domain-title')}</p>
          <p>${this.msg(officialBannerMessages, 'official-banner.domain-gouv')}</p>
          ${known === nothing ? nothing : html`<p class="known">${known}</p>`}
        </div>
      </div>
      <div class="point">
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M18 8h1a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1h1V7a6 6 0 1 1 12 0v1Zm-2 0V7a4 4 0 1 0-8 0v1h8Z"></path>
        </svg>
        <div>
          <p class="point-title">${this.msg(officialBannerMessages, 'official-banner.https-title')}</p>
          <p>${this.msg(officialBannerMessages, 'official-banner.https-text')}</p>
        </div>
      </div>`;
  }

  override render() {
    if (!this.administration) {
      warnOnce(
        'missing-attribute',
        '<socle-official-banner> has no administration; the banner reads "Site officiel". ' +
          'Set administration, such as "la Ville de Lyon".',
      );
    }
    const title = this.administration
      ? this.msg(officialBannerMessages, 'official-banner.title', { administration: this.administration })
      : this.msg(officialBannerMessages, 'official-banner.title-generic');

    return html`<div part="base" class="banner" @keydown=${this.handleKeydown}>
      <div class="bar">
        <p part="title" class="title">
          <svg class="flag" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <rect width="24" height="16" rx="2" fill="currentColor" opacity="0.2"></rect>
            <path fill="currentColor" d="M4 4h16v2H4V4Zm0 3h16v2H4V7Zm0 3h10v2H4v-2Z"></path>
          </svg>
          ${title}
        </p>
        <button
          part="button"
          class="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="explanation"
          @click=${this.handleClick}
        >
          ${this.msg(officialBannerMessages, 'official-banner.toggle')}
          <svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M12 15.6 5.7 9.3l1.4-1.4 4.9 4.9 4.9-4.9 1.4 1.4-6.3 6.3Z"></path>
          </svg>
        </button>
      </div>
      <div id="explanation" part="explanation" class="explanation" ?hidden=${!this.open}>
        <slot>${this.renderDefaultExplanation()}</slot>
      </div>
    </div>`;
  }
}
