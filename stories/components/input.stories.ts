import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@socle/components/input';

interface InputArgs {
  type: string;
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  autocomplete: string;
  placeholder: string;
  prefix: string;
  suffix: string;
  inputmode?: string;
}

const meta: Meta<InputArgs> = {
  title: 'Composants/Champ de saisie',
  component: 'socle-input',
  tags: ['autodocs'],
  args: {
    type: 'text',
    label: 'Nom de famille',
    hint: '',
    value: '',
    error: '',
    required: false,
    disabled: false,
    readonly: false,
    autocomplete: 'family-name',
    placeholder: '',
    prefix: '',
    suffix: '',
  },
  argTypes: {
    type: { control: 'select', options: ['text', 'email', 'tel', 'url', 'number', 'search', 'password'] },
  },
  render: (args) => html`<socle-input
    name="champ"
    type=${args.type}
    label=${args.label}
    hint=${args.hint}
    value=${args.value}
    error=${args.error}
    autocomplete=${args.autocomplete}
    placeholder=${args.placeholder}
    prefix=${args.prefix}
    suffix=${args.suffix}
    inputmode=${ifDefined(args.inputmode)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></socle-input>`,
};

export default meta;
type Story = StoryObj<InputArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecAide: Story = {
  name: 'Avec aide',
  args: { label: 'Numéro fiscal', hint: 'Il comporte 13 chiffres et figure sur votre avis d’impôt', autocomplete: 'off', inputmode: 'numeric' },
};

export const Obligatoire: Story = { args: { required: true } };

export const EnErreur: Story = {
  name: 'En erreur',
  args: { type: 'email', label: 'Adresse électronique', value: 'dupont', autocomplete: 'email', error: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.' },
};

export const Desactive: Story = { name: 'Désactivé', args: { value: 'Dupont', disabled: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { value: 'Dupont', readonly: true } };

export const MotDePasse: Story = {
  name: 'Mot de passe',
  args: { type: 'password', label: 'Mot de passe', hint: 'Au moins 12 caractères', autocomplete: 'current-password' },
};

export const PrefixeEtSuffixe: Story = {
  name: 'Préfixe et suffixe',
  render: () => html`<div style="display: grid; gap: 1.5rem">
    <socle-input name="montant" type="number" label="Montant du loyer" prefix="€" step="0.01" inputmode="decimal"></socle-input>
    <socle-input name="poids" type="number" label="Poids" suffix="kg" min="0" max="500"></socle-input>
  </div>`,
};

export const Types: Story = {
  render: () => html`<div style="display: grid; gap: 1.5rem">
    <socle-input name="courriel" type="email" label="Adresse électronique" autocomplete="email"></socle-input>
    <socle-input name="telephone" type="tel" label="Téléphone" autocomplete="tel"></socle-input>
    <socle-input name="site" type="url" label="Site web" hint="Par exemple, https://www.exemple.fr"></socle-input>
    <socle-input name="enfants" type="number" label="Nombre d’enfants" min="0" max="20"></socle-input>
    <socle-input name="recherche" type="search" label="Rechercher une démarche"></socle-input>
  </div>`,
};

export const AvecTexteIndicatif: Story = {
  name: 'Avec texte indicatif (déconseillé)',
  args: { label: 'Code postal', placeholder: '75001', hint: '5 chiffres', autocomplete: 'postal-code' },
};
