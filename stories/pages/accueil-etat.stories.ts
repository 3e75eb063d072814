import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/skip-links';
import '@socle/components/consent-banner';
import '@socle/components/official-banner';
import '@socle/components/brand';
import '@socle/components/header';
import '@socle/components/notice';
import '@socle/components/franceconnect-button';
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
      { label: 'Prendre rendez-vous', href: '#rendez-vous' },
      { label: 'Suivre une demande', href: '#suivi' },
    ],
  },
  { label: 'Aide', href: '#aide' },
];

/**
 * Home page of a fictional State online service: the site frame assembled
 * from Socle elements, in the order a keyboard user meets them.
 */
function page() {
  forgetStoredChoices();
  return html`${pageStyles}
    <div class="home">
      <socle-skip-links content="contenu" search="recherche"></socle-skip-links>
      <socle-consent-banner consent-version="accueil-etat">${consentPurposes}</socle-consent-banner>
      <socle-official-banner administration="l’État"></socle-official-banner>
      <socle-notice
        severity="warning"
        heading="Maintenance programmée"
        notice-id="accueil-etat-maintenance"
        link-href="#maintenance"
        dismissible
        >Le service sera indisponible dimanche de 6 h à 9 h.</socle-notice
      >
      <socle-header service-name="Rendez-vous en préfecture" service-tagline="Ministère de l’Exemple" .navItems=${navItems}>
        <socle-brand slot="brand" variant="etat" href="#accueil"></socle-brand>
        ${searchForm('recherche')}
      </socle-header>
      <main id="contenu" tabindex="-1">
        <h1>Prendre rendez-vous en préfecture</h1>
        <p>Réservez un créneau pour déposer votre dossier de titre de séjour ou de permis de conduire.</p>
        <h2>Se connecter</h2>
        <socle-franceconnect-button href="#connexion-franceconnect" or-separator></socle-franceconnect-button>
        <p><a href="#connexion-identifiant">Se connecter avec un identifiant et un mot de passe</a></p>
        <h2>Vos démarches</h2>
        <ul class="cards">
          <li>
            <h3><a href="#rendez-vous">Prendre rendez-vous</a></h3>
            <p>Choisissez la préfecture, le motif et le créneau.</p>
          </li>
          <li>
            <h3><a href="#suivi">Suivre une demande</a></h3>
            <p>Consultez l’état de votre dossier avec son numéro.</p>
          </li>
        </ul>
      </main>
      <socle-footer
        variant="etat"
        description="Service en ligne de prise de rendez-vous du ministère de l’Exemple."
        accessibility-status="partiellement"
        accessibility-href="#accessibilite"
        legal-href="#mentions-legales"
        privacy-href="#donnees-personnelles"
      >
        <socle-brand slot="brand" variant="etat"></socle-brand>
      </socle-footer>
    </div>`;
}

const meta: Meta = {
  title: 'Pages/Accueil d’un service de l’État',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  globals: { theme: 'etat' },
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
  globals: { theme: 'etat', viewport: MOBILE_VIEWPORT },
};
