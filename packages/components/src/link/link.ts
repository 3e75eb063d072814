import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SocleElement } from '../internal/socle-element.js';
import { baseStyles } from '../internal/shared-styles.js';
import { warnOnce } from '../internal/dev.js';
import { safeUrl } from '../internal/safe-url.js';
import { toText } from '../internal/to-text.js';
import { formatFileSize } from './file-size.js';
import { linkStyles } from './link.styles.js';

/**
 * A text link. An external link (`external`, or `target="_blank"`) opens in
 * a new window with `rel="noopener noreferrer"`, shows an icon and adds
 * "nouvelle fenêtre" to its accessible name (RGAA criterion 13.2). A
 * download link (`download`) shows the file type and size after its text,
 * such as "Télécharger le formulaire (PDF, 245 ko)". URLs other than
 * relative, http, https, mailto and tel are dropped.
 *
 * @summary Internal, external or download link.
 *
 * @slot - The link text.
 *
 * @csspart base - The inner `<a>`.
 * @csspart details - The file type and size of a download link.
 * @csspart icon - The new-window or download icon.
 *
 * @cssprop --socle-link-color - Text colour.
 * @cssprop --socle-link-color-hover - Text colour on hover.
 */
export class SocleLink extends SocleElement {
  static override styles = [baseStyles, linkStyles];

  static override shadowRootOptions: ShadowRootInit = { ...SocleElement.shadowRootOptions, delegatesFocus: true };

  @query('a') private anchor?: HTMLAnchorElement;

  /** Target URL; `javascript:` and `data:` URLs are dropped. */
  @property() href = '';

  /** Browsing context, such as `_blank`. */
  @property() target = '';

  /** Opens the link in a new window and adds "nouvelle fenêtre" to its accessible name. */
  @property({ type: Boolean, reflect: true }) external = false;

  /** Makes the link download its target, under this file name when not empty. */
  @property() download?: string;

  /** File type of a download, such as `PDF`. */
  @property({ attribute: 'file-type' }) fileType = '';

  /** File size of a download: a number of bytes, formatted for the locale, or text shown as given. */
  @property({ attribute: 'file-size' }) fileSize: string | number = '';

  /** Language of the linked resource. */
  @property() hreflang = '';

  /** Simulates a click on the inner link. */
  override click(): void {
    this.anchor?.click();
  }

  private downloadDetails(): string {
    const details = [toText(this.fileType).trim().toUpperCase(), formatFileSize(this.fileSize, this.locale)].filter(Boolean);
    return details.length > 0 ? `(${details.join(', ')})` : '';
  }

  override render() {
    const href = safeUrl(this.href);
    if (typeof this.href === 'string' && this.href && href === undefined) {
      warnOnce('unsafe-url', `<socle-link> href="${this.href}" uses a scheme that is not allowed; the link has no href.`);
    } else if (typeof this.href !== 'string' && this.href !== null && this.href !== undefined) {
      warnOnce('invalid-url', `<socle-link> href is a ${typeof this.href}, not a string; the link has no href.`);
    }
    const newWindow = this.external || this.target === '_blank';
    const target = newWindow ? '_blank' : this.target || undefined;
    const isDownload = this.download !== undefined && this.download !== null;
    const details = isDownload ? this.downloadDetails() : '';

    return html`<a
      part="base"
      class="link"
      href=${ifDefined(href)}
      target=${ifDefined(target)}
      rel=${ifDefined(newWindow ? 'noopener noreferrer' : undefined)}
      download=${ifDefined(isDownload ? this.download : undefined)}
      hreflang=${ifDefined(this.hreflang || undefined)}
      ><slot></slot>${details ? html` <span part="details" class="details">${details}</span>` : nothing}${newWindow
        ? html`<span class="visually-hidden"> (${this.t('link.newWindow')})</span
            ><svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path
                fill="currentColor"
                d="M10 6v2H5v11h11v-5h2v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h6Zm11-3v8h-2V6.41l-7.79 7.8-1.42-1.42L17.59 5H13V3h8Z"
              ></path>
            </svg>`
        : nothing}${isDownload
        ? html`<svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M13 10h5l-6 6-6-6h5V3h2v7ZM4 19h16v-7h2v8a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-8h2v7Z"></path>
          </svg>`
        : nothing}</a
    >`;
  }
}
