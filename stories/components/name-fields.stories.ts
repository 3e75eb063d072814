import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/name-fields';

const meta: Meta = {
  title: 'Composants/Nom et prénoms',
  component: 'socle-name-fields',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-name-fields name="demandeur"></socle-name-fields>`,
};

export const AvecAide: Story = {
  name: 'Avec aide',
  render: () => html`<socle-name-fields name="demandeur" hint="Tels qu’ils figurent sur votre acte de naissance"></socle-name-fields>`,
};

export const Obligatoire: Story = {
  render: () => html`<socle-name-fields name="demandeur" label="Votre identité" required autocomplete="on"></socle-name-fields>`,
};

export const PlusieursPrenoms: Story = {
  name: 'Plusieurs prénoms',
  render: () => html`<socle-name-fields
    name="demandeur"
    birth-name="Le Goff"
    usage-name="Martin"
    given-names="Marie,Claire,Louise"
  ></socle-name-fields>`,
};

export const NombreMaximalAtteint: Story = {
  name: 'Nombre maximal de prénoms atteint',
  render: () => html`<socle-name-fields name="demandeur" max-given-names="2" given-names="Marie,Claire"></socle-name-fields>`,
};

export const SansPrenom: Story = {
  name: 'Sans prénom',
  render: () => html`<socle-name-fields name="demandeur" birth-name="Dupont" no-given-name></socle-name-fields>`,
};

export const EnErreur: Story = {
  name: 'En erreur',
  render: () => html`<socle-name-fields name="demandeur" birth-name="Dupont" given-names="Fañch" required></socle-name-fields>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('socle-name-fields')?.reportValidity();
  },
};

export const ModeGeneral: Story = {
  name: 'Mode général (tous les alphabets)',
  render: () => html`<socle-name-fields name="contact" label="Personne à contacter" mode="general" birth-name="Muñoz" given-names="Fañch"></socle-name-fields>`,
};

export const ErreurDuServeur: Story = {
  name: 'Erreur du serveur',
  render: () => html`<socle-name-fields
    name="demandeur"
    birth-name="Dupont"
    given-names="Marie"
    error="Ces noms ne correspondent pas à l’acte de naissance."
  ></socle-name-fields>`,
};

export const Desactive: Story = {
  name: 'Désactivé',
  render: () => html`<socle-name-fields name="demandeur" disabled birth-name="Dupont" given-names="Marie,Claire"></socle-name-fields>`,
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  render: () => html`<socle-name-fields name="demandeur" readonly birth-name="Dupont" given-names="Marie,Claire"></socle-name-fields>`,
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><socle-name-fields name="applicant" required></socle-name-fields></div>`,
};
