import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/phone-input';

const meta: Meta = {
  title: 'Composants/Numéro de téléphone',
  component: 'socle-phone-input',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-phone-input name="champ"></socle-phone-input>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-phone-input name="champ" hint="Nous vous appellerons en cas de question"></socle-phone-input>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-phone-input name="champ" required></socle-phone-input>`,
};

export const Rempli: Story = {
  render: () => html`<socle-phone-input name="champ" value="+33612345678"></socle-phone-input>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-phone-input name="champ" value="06 12 34 56"></socle-phone-input>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-phone-input')?.reportValidity();
  },
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-phone-input name="champ" value="+33612345678" error="Ce numéro ne reçoit pas de SMS."></socle-phone-input>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-phone-input name="champ" value="+33612345678" disabled></socle-phone-input>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-phone-input name="champ" value="+33612345678" readonly></socle-phone-input>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-phone-input name="champ" value="06 12 34 56"></socle-phone-input></div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-phone-input')?.reportValidity();
  },
};

export const MobileUniquement: Story = {
  name: 'Mobile uniquement',
  render: () => html`<socle-phone-input name="champ" types="mobile"></socle-phone-input>`,
};

export const LaReunion: Story = {
  name: 'La Réunion',
  render: () => html`<socle-phone-input name="champ" region="RE" value="0692123456"></socle-phone-input>`,
};

export const NouvelleCaledonie: Story = {
  name: 'Nouvelle-Calédonie',
  render: () => html`<socle-phone-input name="champ" region="NC"></socle-phone-input>`,
};
