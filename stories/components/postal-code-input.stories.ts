import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/postal-code-input';

const meta: Meta = {
  title: 'Composants/Code postal',
  component: 'socle-postal-code-input',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-postal-code-input name="champ"></socle-postal-code-input>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-postal-code-input name="champ" hint="Celui de votre domicile"></socle-postal-code-input>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-postal-code-input name="champ" required></socle-postal-code-input>`,
};

export const Rempli: Story = {
  render: () => html`<socle-postal-code-input name="champ" value="75001"></socle-postal-code-input>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-postal-code-input name="champ" value="7500"></socle-postal-code-input>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-postal-code-input')?.reportValidity();
  },
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-postal-code-input name="champ" value="75001" error="Ce code postal ne correspond pas à la commune choisie."></socle-postal-code-input>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-postal-code-input name="champ" value="75001" disabled></socle-postal-code-input>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-postal-code-input name="champ" value="75001" readonly></socle-postal-code-input>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-postal-code-input name="champ" value="7500"></socle-postal-code-input></div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-postal-code-input')?.reportValidity();
  },
};
