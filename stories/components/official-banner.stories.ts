import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/official-banner';

const meta: Meta = {
  title: 'Composants/Bandeau site officiel',
  component: 'socle-official-banner',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

export const Ferme: Story = {
  name: 'Fermé',
  render: () => html`<socle-official-banner
    administration="la Ville de Belleville-sur-Loire"
    domain="belleville-sur-loire.fr"
  ></socle-official-banner>`,
};

export const Ouvert: Story = {
  render: () => html`<socle-official-banner
    open
    administration="la Ville de Belleville-sur-Loire"
    domain="belleville-sur-loire.fr"
  ></socle-official-banner>`,
};

export const Etat: Story = {
  name: 'État',
  render: () => html`<socle-official-banner open administration="l’État"></socle-official-banner>`,
};

export const TextePersonnalise: Story = {
  name: 'Texte personnalisé',
  render: () => html`<socle-official-banner open administration="la Région Exemple">
    <p>
      Les sites de la Région utilisent l’adresse <strong>region-exemple.fr</strong>. En cas de doute, appelez le
      standard au 01 23 45 67 89.
    </p>
  </socle-official-banner>`,
};
