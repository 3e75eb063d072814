import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/franceconnect-button';
import type { NavItem } from '@socle/components/header';
import { homePage, MOBILE_VIEWPORT } from './home-page.js';

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

/** Home page of a fictional State online service. */
function page() {
  return homePage({
    consentVersion: 'accueil-etat',
    administration: 'l’État',
    notice: {
      severity: 'warning',
      heading: 'Maintenance programmée',
      id: 'accueil-etat-maintenance',
      linkHref: '#maintenance',
      text: 'Le service sera indisponible dimanche de 6 h à 9 h.',
    },
    brand: { variant: 'etat' },
    serviceName: 'Rendez-vous en préfecture',
    serviceTagline: 'Ministère de l’Exemple',
    navItems,
    searchId: 'recherche',
    content: html`<h1>Prendre rendez-vous en préfecture</h1>
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
      </ul>`,
    footerDescription: 'Service en ligne de prise de rendez-vous du ministère de l’Exemple.',
  });
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
