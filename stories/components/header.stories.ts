import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/brand';
import '@socle/components/header';
import type { NavItem } from '@socle/components/header';

const navItems: NavItem[] = [
  { label: 'Accueil', href: '#accueil' },
  {
    label: 'Démarches',
    children: [
      { label: 'État civil', href: '#etat-civil', current: true },
      { label: 'Urbanisme', href: '#urbanisme' },
      { label: 'Élections', href: '#elections' },
    ],
  },
  { label: 'Vie locale', href: '#vie-locale' },
  { label: 'Contact', href: '#contact' },
];

/** A neutral logo drawn for the stories, not the mark of any real collectivité. */
const exampleLogo = html`<svg slot="logo" role="img" aria-label="Logo de Belleville-sur-Loire" viewBox="0 0 48 48" width="48" height="48">
  <rect width="48" height="48" rx="8" fill="#2a6f4f"></rect>
  <path d="M10 34 24 12l14 22H10Z" fill="#ffffff"></path>
</svg>`;

function header(brand = html`<socle-brand slot="brand" name="Belleville-sur-Loire" href="#accueil">${exampleLogo}</socle-brand>`) {
  return html`<socle-header
    service-name="Démarches en ligne"
    service-tagline="Les services de la ville, jour et nuit"
    .navItems=${navItems}
  >
    ${brand}
    <a slot="tools" href="#aide">Aide</a>
    <form slot="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
      <input type="search" aria-label="Rechercher sur le site" />
      <button type="submit">Rechercher</button>
    </form>
    <a slot="account" href="#connexion">Se connecter</a>
  </socle-header>`;
}

async function clickInHeader(canvasElement: HTMLElement, selector: string): Promise<void> {
  const element = canvasElement.querySelector('socle-header')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>(selector)!.click();
  await element.updateComplete;
}

const meta: Meta = {
  title: 'Composants/En-tête',
  component: 'socle-header',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

export const Complet: Story = {
  name: 'Complet, écran large',
  render: () => html`<div style="min-width: 64em">${header()}</div>`,
};

export const SousMenuOuvert: Story = {
  name: 'Sous-menu ouvert',
  render: () => html`<div style="min-width: 64em; min-height: 16rem">${header()}</div>`,
  play: ({ canvasElement }) => clickInHeader(canvasElement, '.submenu-button'),
};

export const MenuReplie: Story = {
  name: 'Petit écran, menu replié',
  render: () => html`<div style="max-width: 30rem">${header()}</div>`,
};

export const MenuOuvert: Story = {
  name: 'Petit écran, menu ouvert',
  render: () => html`<div style="max-width: 30rem">${header()}</div>`,
  play: ({ canvasElement }) => clickInHeader(canvasElement, '[part="menu-button"]'),
};

export const SansNavigation: Story = {
  name: 'Sans navigation',
  render: () => html`<socle-header service-name="Prise de rendez-vous">
    <socle-brand slot="brand" name="Belleville-sur-Loire">${exampleLogo}</socle-brand>
  </socle-header>`,
};

export const Etat: Story = {
  name: 'Service de l’État',
  render: () =>
    html`<div style="min-width: 64em">
      ${header(html`<socle-brand slot="brand" variant="etat" name="Ministère de l’Exemple" href="#accueil"></socle-brand>`)}
    </div>`,
};
