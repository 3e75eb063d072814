import { html, nothing, type TemplateResult } from 'lit';
import '@socle/components/skip-links';
import '@socle/components/consent-banner';
import '@socle/components/official-banner';
import '@socle/components/brand';
import '@socle/components/header';
import '@socle/components/notice';
import '@socle/components/footer';
import type { NavItem } from '@socle/components/header';
import { consentPurposes } from '../components/consent-purposes.js';

/** Viewport of the mobile variant, from Storybook’s built-in list. */
export const MOBILE_VIEWPORT = { value: 'mobile2', isRotated: false };

/** The typographic bloc-marque, reserved to State services, or a collectivité’s own name and logo. */
export type HomePageBrand = { variant: 'etat' } | { variant?: undefined; name: string; logo: TemplateResult };

/** Settings of one home page in the site frame that the page stories share. */
export interface HomePageOptions {
  /** Version of the consent text, stored with the visitor’s choice, such as `accueil-etat`. */
  consentVersion: string;
  /** Administration named by the official banner. */
  administration: string;
  /** Domain named by the official banner, when the administration has its own. */
  domain?: string;
  /** The dismissible notice shown above the header. */
  notice: { id: string; heading: string; text: string; linkHref: string; linkText?: string; severity?: 'warning' };
  /** Brand shown in the header and the footer. With `etat`, the footer takes the `etat` variant too. */
  brand: HomePageBrand;
  /** Service name shown in the header. */
  serviceName: string;
  /** Line under the service name, such as the ministry. */
  serviceTagline?: string;
  /** Main navigation of the header. */
  navItems: NavItem[];
  /** Content of the header’s `tools` slot. */
  tools?: TemplateResult;
  /** Id of the header’s search form, which the skip links target. */
  searchId: string;
  /** Content of `<main>`. */
  content: TemplateResult;
  /** Description in the footer. */
  footerDescription: string;
}

/** Forgets the consent and notice choices stored by earlier visits, so that each story starts as a first visit. */
function forgetStoredChoices(): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('socle-consent:') || key.startsWith('socle-notice:')) localStorage.removeItem(key);
    }
  } catch {
    // Storage is blocked: nothing was stored.
  }
}

/** Layout and link colours of the page's own content, which a themed site sets itself. */
const pageStyles = html`<style>
  .home main {
    max-width: 62rem;
    margin-inline: auto;
    padding: var(--socle-space-6, 1.5rem) var(--socle-space-4, 1rem) var(--socle-space-10, 2.5rem);
    color: var(--socle-color-text-default, #161616);
    font-family: var(--socle-font-family-body, system-ui, sans-serif);
    line-height: var(--socle-line-height-normal, 1.5);
  }

  .home main:focus {
    outline: none;
  }

  .home h1,
  .home h2 {
    font-family: var(--socle-font-family-heading, inherit);
    line-height: var(--socle-line-height-tight, 1.25);
  }

  .home a {
    color: var(--socle-color-text-link, #1f3d99);
  }

  .home .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--socle-space-4, 1rem);
    padding: 0;
    list-style: none;
  }

  .home .cards li {
    padding: var(--socle-space-4, 1rem);
    border: var(--socle-border-width-thin, 1px) solid var(--socle-color-border-default, #dddddd);
    border-radius: var(--socle-radius-md, 0.5rem);
    background: var(--socle-color-background-raised, #ffffff);
  }

  .home .cards h3 {
    margin-block: 0 var(--socle-space-2, 0.5rem);
  }

  .home .search {
    display: flex;
    gap: var(--socle-space-2, 0.5rem);
  }
</style>`;

/** Renders a search form for the header’s `search` slot that keeps the submission on the page. */
function searchForm(id: string) {
  return html`<form
    slot="search"
    role="search"
    id=${id}
    class="search"
    @submit=${(event: Event) => event.preventDefault()}
  >
    <input type="search" name="q" aria-label="Rechercher sur le site" />
    <button type="submit">Rechercher</button>
  </form>`;
}

/** Renders the brand for the header (with a link to the home page) or the footer (without). */
function brand(options: HomePageBrand, href?: string) {
  if (options.variant === 'etat') return html`<socle-brand slot="brand" variant="etat" href=${href ?? nothing}></socle-brand>`;
  return html`<socle-brand slot="brand" name=${options.name} href=${href ?? nothing}>${options.logo}</socle-brand>`;
}

/**
 * Renders a home page: the site frame assembled from Socle elements, in the
 * order a keyboard user meets them, around the page’s own content.
 */
export function homePage(options: HomePageOptions): TemplateResult {
  const { notice } = options;
  forgetStoredChoices();
  return html`${pageStyles}
    <div class="home">
      <socle-skip-links content="contenu" search=${options.searchId}></socle-skip-links>
      <socle-consent-banner consent-version=${options.consentVersion}>${consentPurposes}</socle-consent-banner>
      <socle-official-banner administration=${options.administration} domain=${options.domain ?? nothing}></socle-official-banner>
      <socle-notice
        severity=${notice.severity ?? nothing}
        heading=${notice.heading}
        notice-id=${notice.id}
        link-href=${notice.linkHref}
        link-text=${notice.linkText ?? nothing}
        dismissible
        >${notice.text}</socle-notice
      >
      <socle-header service-name=${options.serviceName} service-tagline=${options.serviceTagline ?? nothing} .navItems=${options.navItems}>
        ${brand(options.brand, '#accueil')}
        ${options.tools ?? nothing}
        ${searchForm(options.searchId)}
      </socle-header>
      <main id="contenu" tabindex="-1">
        ${options.content}
      </main>
      <socle-footer
        variant=${options.brand.variant ?? nothing}
        description=${options.footerDescription}
        accessibility-status="partiellement"
        accessibility-href="#accessibilite"
        legal-href="#mentions-legales"
        privacy-href="#donnees-personnelles"
      >
        ${brand(options.brand)}
      </socle-footer>
    </div>`;
}
