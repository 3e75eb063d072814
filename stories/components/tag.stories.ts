import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/tag';

function removeTag(event: Event): void {
  (event.target as Element).remove();
}

const meta: Meta = {
  title: 'Composants/Étiquette',
  component: 'socle-tag',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const Statique: Story = {
  render: () => html`<socle-tag>Urbanisme</socle-tag>`,
};

export const Tailles: Story = {
  render: () => html`<div style="display: flex; gap: 0.5rem; align-items: center">
    <socle-tag size="sm">Petite</socle-tag>
    <socle-tag size="md">Moyenne</socle-tag>
  </div>`,
};

export const Selectionnable: Story = {
  name: 'Sélectionnable',
  render: () => html`<div role="group" aria-label="Filtrer par thème" style="display: flex; gap: 0.5rem">
    <socle-tag selectable>Écoles</socle-tag>
    <socle-tag selectable selected>Transports</socle-tag>
    <socle-tag selectable size="sm">Culture</socle-tag>
  </div>`,
};

export const Supprimable: Story = {
  name: 'Supprimable',
  render: () => html`<div
    role="group"
    aria-label="Communes choisies"
    style="display: flex; gap: 0.5rem"
    @socle-dismiss=${removeTag}
  >
    <socle-tag dismissible>Lyon</socle-tag>
    <socle-tag dismissible>Nantes</socle-tag>
    <socle-tag dismissible size="sm">Brest</socle-tag>
  </div>`,
};
