import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/skip-links';
import '@socle/components/consent-banner';
import '@socle/components/official-banner';
import '@socle/components/brand';
import '@socle/components/header';
import '@socle/components/notice';
import '@socle/components/footer';
import type { NavItem } from '@socle/components/header';

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

const consentPurposes = html`<socle-consent-purpose purpose-id="session" name="Cookies techniques" required>
    Conservent votre session et vos préférences d’affichage.
  </socle-consent-purpose>
  <socle-consent-purpose purpose-id="audience" name="Mesure d’audience">
    Nous indiquent quelles pages sont consultées, pour améliorer le site.
  </socle-consent-purpose>
  <socle-consent-purpose purpose-id="video" name="Vidéos intégrées">
    Permettent de lire les vidéos hébergées par une plateforme extérieure.
  </socle-consent-purpose>`;

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

/** Viewport of the mobile variant, from Storybook’s built-in list. */
const MOBILE_VIEWPORT = { value: 'mobile2', isRotated: false };

const navItems: NavItem[] = [
  { label: 'Accueil', href: '#accueil', current: true },
  {
    label: 'Démarches',
    children: [
      { label: 'État civil', href: '#etat-civil' },
      { label: 'Urbanisme', href: '#urbanisme' },
      { label: 'Inscription scolaire', href: '#ecoles' },
    ],
  },
  { label: 'Vie locale', href: '#vie-locale' },
  { label: 'Contact', href: '#contact' },
];

/** A neutral logo drawn for the stories; it is no real commune's mark. */
const communeLogo = html`<svg slot="logo" role="img" aria-label="Logo de Belleville-sur-Loire" viewBox="0 0 48 48" width="48" height="48">
  <rect width="48" height="48" rx="24" fill="#2a6f4f"></rect>
  <path d="M12 32h24v4H12zM16 20h4v10h-4zM28 20h4v10h-4zM12 16l12-6 12 6v2H12z" fill="#ffffff"></path>
</svg>`;

/**
 * Home page of a fictional commune, themed with `commune-exemple`: the site
 * frame assembled from Socle elements, in the order a keyboard user meets them.
 */
function page() {
  forgetStoredChoices();
  return html`${pageStyles}
    <div class="home">
      <socle-skip-links content="contenu" search="recherche-commune"></socle-skip-links>
      <socle-consent-banner consent-version="accueil-commune">${consentPurposes}</socle-consent-banner>
      <socle-official-banner
        administration="la Ville de Belleville-sur-Loire"
        domain="belleville-sur-loire.fr"
      ></socle-official-banner>
      <socle-notice
        heading="Fermeture exceptionnelle de la mairie"
        notice-id="accueil-commune-fermeture"
        link-href="#horaires"
        link-text="Voir les horaires"
        dismissible
        >Les guichets seront fermés le lundi 2 novembre. Les démarches en ligne restent ouvertes.</socle-notice
      >
      <socle-header service-name="Mairie de Belleville-sur-Loire" .navItems=${navItems}>
        <socle-brand slot="brand" name="Belleville-sur-Loire" href="#accueil">${communeLogo}</socle-brand>
        <a slot="tools" href="#contact">Nous contacter</a>
        ${searchForm('recherche-commune')}
      </socle-header>
      <main id="contenu" tabindex="-1">
        <h1>Bienvenue à Belleville-sur-Loire</h1>
        <p>Faites vos démarches en ligne, consultez l’agenda et les actualités de la commune.</p>
        <h2>Démarches les plus demandées</h2>
        <ul class="cards">
          <li>
            <h3><a href="#etat-civil">Demander un acte d’état civil</a></h3>
            <p>Naissance, mariage ou décès : recevez une copie par courrier.</p>
          </li>
          <li>
            <h3><a href="#ecoles">Inscrire son enfant à l’école</a></h3>
            <p>Inscriptions pour la rentrée ouvertes jusqu’au 30 avril.</p>
          </li>
          <li>
            <h3><a href="#urbanisme">Déposer une demande d’urbanisme</a></h3>
            <p>Permis de construire, déclaration préalable de travaux.</p>
          </li>
        </ul>
      </main>
      <socle-footer
        description="Mairie de Belleville-sur-Loire, place de la République, ouverte du lundi au samedi."
        accessibility-status="partiellement"
        accessibility-href="#accessibilite"
        legal-href="#mentions-legales"
        privacy-href="#donnees-personnelles"
      >
        <socle-brand slot="brand" name="Belleville-sur-Loire">${communeLogo}</socle-brand>
      </socle-footer>
    </div>`;
}

const meta: Meta = {
  title: 'Pages/Accueil d’une commune',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  globals: { theme: 'commune-exemple' },
};

export default meta;
type Story = StoryObj;

export const Bureau: Story = {
  name: 'Écran large',
  render: page,
};

export const Mobile: Story = {
  name: 'Mobile',
  render: page,
  globals: { theme: 'commune-exemple', viewport: MOBILE_VIEWPORT },
};
