import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/nir-input';

const meta: Meta = {
  title: 'Composants/Numéro de sécurité sociale',
  component: 'socle-nir-input',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-nir-input name="champ"></socle-nir-input>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-nir-input name="champ" hint="Il figure sur votre carte Vitale"></socle-nir-input>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-nir-input name="champ" required></socle-nir-input>`,
};

export const Rempli: Story = {
  render: () => html`<socle-nir-input name="champ" value="269054958815780"></socle-nir-input>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-nir-input name="champ" value="2 69 05 49 588 157 81"></socle-nir-input>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-nir-input')?.reportValidity();
  },
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-nir-input name="champ" value="269054958815780" error="Ce numéro est déjà associé à un autre compte."></socle-nir-input>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-nir-input name="champ" value="269054958815780" disabled></socle-nir-input>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-nir-input name="champ" value="269054958815780" readonly></socle-nir-input>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-nir-input name="champ" value="2 69 05 49 588 157 81"></socle-nir-input></div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-nir-input')?.reportValidity();
  },
};

export const AvecAvertissement: Story = {
  name: 'Avec avertissement (mois inconnu)',
  render: () => html`<socle-nir-input name="champ" value="184307505612352"></socle-nir-input>`,
};
