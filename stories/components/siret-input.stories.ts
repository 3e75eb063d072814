import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/siret-input';

const meta: Meta = {
  title: 'Composants/Numéro SIRET',
  component: 'socle-siret-input',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-siret-input name="champ"></socle-siret-input>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-siret-input name="champ" hint="Il figure sur votre extrait Kbis"></socle-siret-input>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-siret-input name="champ" required></socle-siret-input>`,
};

export const Rempli: Story = {
  render: () => html`<socle-siret-input name="champ" value="73282932000074"></socle-siret-input>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-siret-input name="champ" value="732 829 320 00075"></socle-siret-input>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-siret-input')?.reportValidity();
  },
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-siret-input name="champ" value="73282932000074" error="Cet établissement est fermé depuis le 1er janvier 2024."></socle-siret-input>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-siret-input name="champ" value="73282932000074" disabled></socle-siret-input>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-siret-input name="champ" value="73282932000074" readonly></socle-siret-input>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-siret-input name="champ" value="732 829 320 00075"></socle-siret-input></div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-siret-input')?.reportValidity();
  },
};

export const Siren: Story = {
  name: 'Numéro SIREN',
  render: () => html`<socle-siret-input name="champ" mode="siren"></socle-siret-input>`,
};
