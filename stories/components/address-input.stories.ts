import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Address, AddressAdapter, SearchOutcome } from '@socle/communes';
import { html } from 'lit';
import '@socle/components/address-input';
import type { SocleAddressInput } from '@socle/components/address-input';

const addresses: Address[] = [
  { label: '20 Avenue de Ségur 75007 Paris', line1: '20 Avenue de Ségur', postalCode: '75007', city: 'Paris', cityCode: '75107' },
  { label: '20 Avenue de Saxe 75007 Paris', line1: '20 Avenue de Saxe', postalCode: '75007', city: 'Paris', cityCode: '75107' },
  { label: '20 Avenue de Suffren 75015 Paris', line1: '20 Avenue de Suffren', postalCode: '75015', city: 'Paris', cityCode: '75115' },
];

/** Searches the three addresses above in memory, so that no story contacts a geocoder. */
const memory: AddressAdapter = {
  search: async (query) => {
    const words = query.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/\s+/).filter(Boolean);
    const results = addresses.filter((address) => {
      const label = address.label.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      return words.every((word) => label.includes(word));
    });
    return { status: 'ok', results };
  },
};

const pending: AddressAdapter = { search: () => new Promise<SearchOutcome<Address>>(() => {}) };

const rateLimited: AddressAdapter = {
  search: async () => ({ status: 'error', reason: 'rate-limited', message: 'The geocoder returned HTTP 429.' }),
};

interface AddressInputArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  adapter: AddressAdapter | null;
}

async function typeInto(canvas: HTMLElement, text: string): Promise<SocleAddressInput> {
  const control = canvas.querySelector('socle-address-input')!;
  await control.updateComplete;
  const input = control.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await control.updateComplete;
  return control;
}

const meta: Meta<AddressInputArgs> = {
  title: 'Composants/Adresse',
  component: 'socle-address-input',
  tags: ['autodocs'],
  args: { label: 'Adresse postale', hint: '', required: false, disabled: false, adapter: null },
  argTypes: { adapter: { table: { disable: true } } },
  render: (args) => html`<socle-address-input
    name="adresse"
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .adapter=${args.adapter}
  ></socle-address-input>`,
};

export default meta;
type Story = StoryObj<AddressInputArgs>;

export const SaisieManuelle: Story = { name: 'Saisie manuelle (sans service)' };

export const AvecRecherche: Story = { name: 'Avec recherche d’adresse', args: { adapter: memory } };

export const SuggestionsAffichees: Story = {
  name: 'Suggestions affichées',
  args: { adapter: memory },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, '20 avenue');
  },
};

export const AdresseChoisie: Story = {
  name: 'Adresse choisie',
  args: { adapter: memory },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-address-input')!;
    control.address = { line1: '20 Avenue de Ségur', postalCode: '75007', city: 'Paris' };
    await control.updateComplete;
  },
};

export const AucunResultat: Story = {
  name: 'Aucun résultat',
  args: { adapter: memory },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, '99 impasse inconnue');
  },
};

export const Chargement: Story = {
  name: 'Recherche en cours',
  args: { adapter: pending },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, '20 avenue');
  },
};

export const TropDeRequetes: Story = {
  name: 'Service saturé (HTTP 429)',
  args: { adapter: rateLimited },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, '20 avenue');
  },
};

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true } };

export const ObligatoireEnErreur: Story = {
  name: 'Obligatoire, en erreur',
  args: { required: true },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-address-input')!;
    control.reportValidity();
    await control.updateComplete;
  },
};

export const CodePostalInvalide: Story = {
  name: 'Code postal invalide',
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-address-input')!;
    control.address = { line1: '20 Avenue de Ségur', postalCode: '7507', city: 'Paris' };
    await control.updateComplete;
    control.reportValidity();
    await control.updateComplete;
  },
};
