import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/brand';

/** A neutral logo drawn for the stories, not the mark of any real collectivité. */
const exampleLogo = html`<svg slot="logo" role="img" aria-label="Logo de Belleville-sur-Loire" viewBox="0 0 48 48" width="48" height="48">
  <rect width="48" height="48" rx="8" fill="#2a6f4f"></rect>
  <path d="M10 34 24 12l14 22H10Z" fill="#ffffff"></path>
</svg>`;

const meta: Meta = {
  title: 'Composants/Marque',
  component: 'socle-brand',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'La variante `etat` (bloc-marque de l’État) est réservée aux services de l’État et à leurs opérateurs. ' +
          'Les collectivités utilisent la variante `collectivite` avec leur propre logo et leur nom. ' +
          'Aucun logo ni aucune police protégés ne sont fournis : l’image de la Marianne est fournie par le service.',
      },
    },
  },
};

export default meta;
type Story = StoryObj;

export const Collectivite: Story = {
  name: 'Collectivité',
  render: () => html`<socle-brand name="Belleville-sur-Loire">${exampleLogo}</socle-brand>`,
};

export const CollectiviteLienAccueil: Story = {
  name: 'Collectivité, lien vers l’accueil',
  render: () => html`<socle-brand name="Belleville-sur-Loire" href="#accueil">${exampleLogo}</socle-brand>`,
};

export const CollectiviteSansLogo: Story = {
  name: 'Collectivité sans logo',
  render: () => html`<socle-brand name="Communauté de communes du Val d’Aubois"></socle-brand>`,
};

export const Etat: Story = {
  name: 'État (réservé aux services de l’État)',
  render: () => html`<socle-brand variant="etat"></socle-brand>`,
};

export const EtatLienAccueil: Story = {
  name: 'État, lien vers l’accueil',
  render: () => html`<socle-brand variant="etat" name="Ministère de l’Exemple" href="#accueil"></socle-brand>`,
};
