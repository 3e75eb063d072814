import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/breadcrumb';

const items = [
  { label: 'Accueil', href: '#accueil' },
  { label: 'Démarches', href: '#demarches' },
  { label: 'État civil', href: '#etat-civil' },
  { label: 'Demande d’acte de naissance' },
];

const meta: Meta = {
  title: 'Composants/Fil d’Ariane',
  component: 'socle-breadcrumb',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const EcranLarge: Story = {
  name: 'Écran large',
  render: () => html`<socle-breadcrumb .items=${items}></socle-breadcrumb>`,
};

export const Replie: Story = {
  name: 'Petit écran, replié',
  render: () => html`<div style="max-width: 20rem"><socle-breadcrumb .items=${items}></socle-breadcrumb></div>`,
};

export const Ouvert: Story = {
  name: 'Petit écran, ouvert',
  render: () => html`<div style="max-width: 20rem"><socle-breadcrumb .items=${items}></socle-breadcrumb></div>`,
  play: async ({ canvasElement }) => {
    const breadcrumb = canvasElement.querySelector('socle-breadcrumb')!;
    await breadcrumb.updateComplete;
    breadcrumb.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await breadcrumb.updateComplete;
  },
};

export const DeuxNiveaux: Story = {
  name: 'Deux niveaux',
  render: () => html`<socle-breadcrumb
    items='[{"label":"Accueil","href":"#accueil"},{"label":"Contact"}]'
  ></socle-breadcrumb>`,
};
