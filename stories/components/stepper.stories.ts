import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/stepper';

const steps = JSON.stringify(['Votre identité', 'Vos coordonnées', 'Votre demande', 'Vérification']);

const meta: Meta = {
  title: 'Composants/Indicateur d’étapes',
  component: 'socle-stepper',
  tags: ['autodocs'],
  args: { currentStep: 2 },
  argTypes: { currentStep: { control: { type: 'number', min: 1, max: 4 } } },
  render: ({ currentStep }) => html`<socle-stepper current-step=${currentStep} steps=${steps}></socle-stepper>`,
};

export default meta;

type Story = StoryObj<{ currentStep: number }>;

export const PremiereEtape: Story = {
  name: 'Première étape',
  args: { currentStep: 1 },
};

export const EtapeIntermediaire: Story = {
  name: 'Étape intermédiaire',
  args: { currentStep: 2 },
};

/** On the last step there is no "Étape suivante" line. */
export const DerniereEtape: Story = {
  name: 'Dernière étape',
  args: { currentStep: 4 },
};

/** Without titles, only "Étape 3 sur 5" and the bar are shown. */
export const SansTitres: Story = {
  name: 'Sans titres',
  render: () => html`<socle-stepper current-step="3" step-count="5"></socle-stepper>`,
};

/** The heading level follows the page outline: here the page's main heading. */
export const TitreDeNiveau1: Story = {
  name: 'Titre de niveau 1',
  render: () => html`<socle-stepper current-step="1" heading-level="1" steps=${steps}></socle-stepper>`,
};
