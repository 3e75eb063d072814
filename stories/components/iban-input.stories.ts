import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/iban-input';

const meta: Meta = {
  title: 'Composants/IBAN',
  component: 'socle-iban-input',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-iban-input name="champ"></socle-iban-input>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-iban-input name="champ" hint="Il figure sur votre relevé d’identité bancaire (RIB)"></socle-iban-input>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-iban-input name="champ" required></socle-iban-input>`,
};

export const Rempli: Story = {
  render: () => html`<socle-iban-input name="champ" value="FR7630006000011234567890189"></socle-iban-input>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-iban-input name="champ" value="FR76 3000 6000 0112 3456 7890 188"></socle-iban-input>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-iban-input')?.reportValidity();
  },
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-iban-input name="champ" value="FR7630006000011234567890189" error="Ce compte n’accepte pas les virements."></socle-iban-input>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-iban-input name="champ" value="FR7630006000011234567890189" disabled></socle-iban-input>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-iban-input name="champ" value="FR7630006000011234567890189" readonly></socle-iban-input>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-iban-input name="champ" value="FR76 3000 6000 0112 3456 7890 188"></socle-iban-input></div>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLElement & { reportValidity(): boolean }>('socle-iban-input')?.reportValidity();
  },
};

export const ComptesEtrangers: Story = {
  name: 'Comptes de la zone SEPA',
  render: () => html`<socle-iban-input name="champ" accept-foreign value="DE89370400440532013000"></socle-iban-input>`,
};
