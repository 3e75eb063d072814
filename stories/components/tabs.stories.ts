import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/tabs';

interface TabsArgs {
  label: string;
  syncUrl: boolean;
}

const meta: Meta<TabsArgs> = {
  title: 'Composants/Onglets',
  component: 'socle-tabs',
  tags: ['autodocs'],
  args: { label: 'Types d’actes', syncUrl: false },
  render: (args) => html`<socle-tabs label=${args.label} ?sync-url=${args.syncUrl}>
    <socle-tab>Naissance</socle-tab>
    <socle-tab>Mariage</socle-tab>
    <socle-tab>Décès</socle-tab>
    <socle-tab-panel id="onglet-naissance"><p>Demandez une copie intégrale ou un extrait d’acte de naissance.</p></socle-tab-panel>
    <socle-tab-panel id="onglet-mariage"><p>Demandez une copie ou un extrait d’acte de mariage.</p></socle-tab-panel>
    <socle-tab-panel id="onglet-deces"><p>Demandez une copie d’acte de décès.</p></socle-tab-panel>
  </socle-tabs>`,
};

export default meta;
type Story = StoryObj<TabsArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const OngletSelectionne: Story = {
  name: 'Onglet sélectionné par attribut',
  render: () => html`<socle-tabs label="Suivi de la demande">
    <socle-tab>Déposée</socle-tab>
    <socle-tab selected>En cours</socle-tab>
    <socle-tab-panel><p>Votre demande a été déposée le 3 mars.</p></socle-tab-panel>
    <socle-tab-panel><p>La mairie instruit votre demande.</p></socle-tab-panel>
  </socle-tabs>`,
};

export const SynchroniseAvecUrl: Story = {
  name: 'Synchronisé avec l’URL (sync-url)',
  args: { syncUrl: true },
};

export const DroiteAGauche: Story = {
  name: 'Écriture de droite à gauche',
  render: () => html`<div dir="rtl" lang="ar">
    <socle-tabs label="الوثائق">
      <socle-tab>الولادة</socle-tab>
      <socle-tab>الزواج</socle-tab>
      <socle-tab-panel><p>شهادة الميلاد</p></socle-tab-panel>
      <socle-tab-panel><p>عقد الزواج</p></socle-tab-panel>
    </socle-tabs>
  </div>`,
};
