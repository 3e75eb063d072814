import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/alert';

interface AlertArgs {
  severity: string;
  heading: string;
  headingLevel: number;
  dismissible: boolean;
  body: string;
}

const meta: Meta<AlertArgs> = {
  title: 'Composants/Alerte',
  component: 'socle-alert',
  tags: ['autodocs'],
  args: {
    severity: 'info',
    heading: 'Votre demande a bien été enregistrée',
    headingLevel: 3,
    dismissible: false,
    body: 'Vous recevrez une réponse par courriel sous dix jours ouvrés.',
  },
  argTypes: {
    severity: { control: 'inline-radio', options: ['info', 'success', 'warning', 'error'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  render: (args) => html`<socle-alert
    severity=${args.severity}
    heading=${args.heading}
    heading-level=${args.headingLevel}
    ?dismissible=${args.dismissible}
    >${args.body}</socle-alert
  >`,
};

export default meta;
type Story = StoryObj<AlertArgs>;

export const Information: Story = {};

export const Succes: Story = {
  name: 'Succès',
  args: { severity: 'success', heading: 'Paiement reçu', body: 'Votre reçu est disponible dans votre espace.' },
};

export const Avertissement: Story = {
  args: {
    severity: 'warning',
    heading: 'Service indisponible dimanche',
    body: 'Une maintenance aura lieu de 8 h à 12 h.',
  },
};

export const Erreur: Story = {
  args: { severity: 'error', heading: 'La pièce jointe est illisible', body: 'Envoyez un fichier PDF, JPG ou PNG.' },
};

export const SansTitre: Story = {
  name: 'Sans titre',
  args: { heading: '', body: 'Les horaires d’ouverture changent pendant les vacances scolaires.' },
};

export const TitreRiche: Story = {
  name: 'Titre riche (emplacement heading)',
  render: () => html`<socle-alert severity="warning">
    <span slot="heading">Pièce <em>manquante</em></span>
    Ajoutez un justificatif de domicile de moins de trois mois.
  </socle-alert>`,
};

export const Masquable: Story = {
  name: 'Masquable',
  args: { dismissible: true },
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">
    <socle-alert severity="success" heading="Request sent" dismissible>You will receive an email.</socle-alert>
  </div>`,
};
