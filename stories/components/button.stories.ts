import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@socle/components/button';

interface ButtonArgs {
  variant: string;
  size: string;
  type: string;
  disabled: boolean;
  href?: string;
  label: string;
}

const meta: Meta<ButtonArgs> = {
  title: 'Composants/Bouton',
  component: 'socle-button',
  tags: ['autodocs'],
  args: { variant: 'primary', size: 'md', type: 'button', disabled: false, label: 'Continuer' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['primary', 'secondary', 'tertiary'] },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
  },
  render: (args) => html`<socle-button
    variant=${args.variant}
    size=${args.size}
    type=${args.type}
    href=${ifDefined(args.href)}
    ?disabled=${args.disabled}
    >${args.label}</socle-button
  >`,
};

export default meta;
type Story = StoryObj<ButtonArgs>;

export const Principal: Story = {};

export const Secondaire: Story = { args: { variant: 'secondary' } };

export const Tertiaire: Story = { args: { variant: 'tertiary', label: 'Annuler' } };

export const Tailles: Story = {
  render: () => html`<div style="display: flex; gap: 1rem; align-items: center; flex-wrap: wrap">
    <socle-button size="sm">Petit</socle-button>
    <socle-button size="md">Moyen</socle-button>
    <socle-button size="lg">Grand</socle-button>
  </div>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<div style="display: flex; gap: 1rem; flex-wrap: wrap">
    <socle-button disabled>Principal</socle-button>
    <socle-button variant="secondary" disabled>Secondaire</socle-button>
    <socle-button variant="tertiary" disabled>Tertiaire</socle-button>
  </div>`,
};

export const AvecIcone: Story = {
  name: 'Avec icône',
  render: () => html`<div style="display: flex; gap: 1rem; flex-wrap: wrap">
    <socle-button>
      <svg slot="icon" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
        <path d="M5 20h14v-2H5v2zm7-18-7 7h4v6h6v-6h4l-7-7z" />
      </svg>
      Téléverser
    </socle-button>
    <socle-button variant="secondary" icon-position="end">
      <svg slot="icon" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
        <path d="m10 6-1.4 1.4 4.6 4.6-4.6 4.6L10 18l6-6z" />
      </svg>
      Étape suivante
    </socle-button>
    <socle-button variant="tertiary" label="Fermer">
      <svg slot="icon" aria-hidden="true" viewBox="0 0 24 24" fill="currentColor">
        <path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z" />
      </svg>
    </socle-button>
  </div>`,
};

export const Lien: Story = { args: { href: '#demarche', label: 'Commencer la démarche' } };

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => html`<form action="#" @submit=${(event: Event) => event.preventDefault()}>
    <p><label for="story-nom">Nom</label> <input id="story-nom" name="nom" value="Dupont" /></p>
    <div style="display: flex; gap: 1rem">
      <socle-button type="submit" name="action" value="envoyer">Envoyer</socle-button>
      <socle-button type="reset" variant="secondary">Effacer</socle-button>
    </div>
  </form>`,
};
