import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/franceconnect-button';

interface FranceconnectArgs {
  provider: string;
  orSeparator: boolean;
}

/**
 * A neutral square standing in for the provider's logo, which Socle does not
 * ship: a service gives the official asset itself.
 */
const placeholderLogo = html`<svg slot="logo" aria-hidden="true" viewBox="0 0 40 40" width="40" height="40">
  <rect x="4" y="4" width="32" height="32" rx="4" fill="none" stroke="#ffffff" stroke-width="3"></rect>
</svg>`;

/** Link colours of the page around the element, as a themed site sets them. */
const pageStyles = html`<style>
  .story-page a {
    color: var(--socle-color-text-link, #1f3d99);
  }
</style>`;

const meta: Meta<FranceconnectArgs> = {
  title: 'Composants/Bouton FranceConnect',
  component: 'socle-franceconnect-button',
  tags: ['autodocs'],
  args: { provider: 'franceconnect', orSeparator: false },
  argTypes: {
    provider: { control: 'inline-radio', options: ['franceconnect', 'franceconnect-plus', 'proconnect'] },
  },
  render: (args) => html`<socle-franceconnect-button
    provider=${args.provider}
    href="#connexion"
    ?or-separator=${args.orSeparator}
    >${placeholderLogo}</socle-franceconnect-button
  >`,
};

export default meta;
type Story = StoryObj<FranceconnectArgs>;

export const FranceConnect: Story = {
  name: 'FranceConnect',
};

export const FranceConnectPlus: Story = {
  name: 'FranceConnect+',
  args: { provider: 'franceconnect-plus' },
};

export const ProConnect: Story = {
  args: { provider: 'proconnect' },
};

export const SansLogo: Story = {
  name: 'Sans logo',
  render: () => html`<socle-franceconnect-button href="#connexion"></socle-franceconnect-button>`,
};

export const AvecAutresOptions: Story = {
  name: 'Premier des moyens de connexion, avec « ou »',
  render: () => html`${pageStyles}<div class="story-page" style="max-width: 26rem">
      <h2>Se connecter</h2>
      <socle-franceconnect-button href="#connexion" or-separator>${placeholderLogo}</socle-franceconnect-button>
      <p><a href="#identifiant">Se connecter avec un identifiant et un mot de passe</a></p>
    </div>`,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">
    <socle-franceconnect-button href="#sign-in" or-separator>${placeholderLogo}</socle-franceconnect-button>
  </div>`,
};
