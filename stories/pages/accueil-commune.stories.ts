import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { NavItem } from '@socle/components/header';
import { homePage, MOBILE_VIEWPORT } from './home-page.js';

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

/** Home page of a fictional commune, themed with `commune-exemple`. */
function page() {
  return homePage({
    consentVersion: 'accueil-commune',
    administration: 'la Ville de Belleville-sur-Loire',
    domain: 'belleville-sur-loire.fr',
    notice: {
      heading: 'Fermeture exceptionnelle de la mairie',
      id: 'accueil-commune-fermeture',
      linkHref: '#horaires',
      linkText: 'Voir les horaires',
      text: 'Les guichets seront fermés le lundi 2 novembre. Les démarches en ligne restent ouvertes.',
    },
    brand: { name: 'Belleville-sur-Loire', logo: communeLogo },
    serviceName: 'Mairie de Belleville-sur-Loire',
    navItems,
    tools: html`<a slot="tools" href="#contact">Nous contacter</a>`,
    searchId: 'recherche-commune',
    content: html`<h1>Bienvenue à Belleville-sur-Loire</h1>
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
      </ul>`,
    footerDescription: 'Mairie de Belleville-sur-Loire, place de la République, ouverte du lundi au samedi.',
  });
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
