import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/link';

const meta: Meta = {
  title: 'Composants/Lien',
  component: 'socle-link',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const Interne: Story = {
  render: () => html`<p>Consultez <socle-link href="/demarches">toutes les démarches</socle-link>.</p>`,
};

export const Externe: Story = {
  render: () => html`<p>
    Plus d’informations sur <socle-link href="https://www.service-public.fr" external>Service-public.fr</socle-link>.
  </p>`,
};

export const Telechargement: Story = {
  name: 'Téléchargement',
  render: () => html`<p>
    <socle-link href="/documents/formulaire.pdf" download file-type="pdf" file-size="245000"
      >Télécharger le formulaire</socle-link
    >
  </p>`,
};

export const TelechargementAnglais: Story = {
  name: 'Téléchargement, en anglais',
  render: () => html`<p lang="en">
    <socle-link href="/documents/form.pdf" download file-type="pdf" file-size="1250000">Download the form</socle-link>
  </p>`,
};
