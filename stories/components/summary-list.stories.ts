import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/summary-list';

const meta: Meta = {
  title: 'Composants/Liste récapitulative',
  component: 'socle-summary-list',
  tags: ['autodocs'],
};

export default meta;

type Story = StoryObj;

/** Rows given as `socle-summary-item` children; `change-label` completes the hidden text of "Modifier". */
export const ElementsEnfants: Story = {
  name: 'Éléments enfants',
  render: () => html`<socle-summary-list>
    <socle-summary-item key="Nom" href="#nom" change-label="le nom">Dupont</socle-summary-item>
    <socle-summary-item key="Prénom" href="#prenom" change-label="le prénom">Claire</socle-summary-item>
    <socle-summary-item key="Date de naissance" href="#naissance" change-label="la date de naissance"
      >14 juillet 1990</socle-summary-item
    >
    <socle-summary-item key="Adresse" href="#adresse" change-label="l’adresse"
      >12 rue de la Paix<br />75002 Paris</socle-summary-item
    >
  </socle-summary-list>`,
};

/** Rows given through the `items` property. */
export const ProprieteItems: Story = {
  name: 'Propriété items',
  render: () => html`<socle-summary-list
    .items=${[
      { key: 'Adresse électronique', value: 'claire.dupont@exemple.fr', href: '#courriel', changeLabel: 'l’adresse électronique' },
      { key: 'Téléphone', value: '01 23 45 67 89', href: '#telephone', changeLabel: 'le téléphone' },
    ]}
  ></socle-summary-list>`,
};

/** A heading per section of the review page. */
export const AvecTitre: Story = {
  name: 'Avec titre',
  render: () => html`<socle-summary-list heading="Vos coordonnées">
    <socle-summary-item key="Adresse électronique" href="#courriel">claire.dupont@exemple.fr</socle-summary-item>
    <socle-summary-item key="Téléphone" href="#telephone">01 23 45 67 89</socle-summary-item>
  </socle-summary-list>`,
};

/** Empty answers read "Non renseigné". */
export const ValeursNonRenseignees: Story = {
  name: 'Valeurs non renseignées',
  render: () => html`<socle-summary-list>
    <socle-summary-item key="Téléphone" href="#telephone" change-label="le téléphone"></socle-summary-item>
    <socle-summary-item key="Complément d’adresse" href="#complement"></socle-summary-item>
  </socle-summary-list>`,
};

/** Rows without `href` have no "Modifier" link, for answers the user cannot change. */
export const SansLienModifier: Story = {
  name: 'Sans lien Modifier',
  render: () => html`<socle-summary-list>
    <socle-summary-item key="Numéro de dossier">2024-000123</socle-summary-item>
    <socle-summary-item key="Date de dépôt">3 décembre 2024</socle-summary-item>
  </socle-summary-list>`,
};
