import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@socle/components/select';

interface SelectArgs {
  label: string;
  hint: string;
  value: string;
  error: string;
  placeholder?: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const meta: Meta<SelectArgs> = {
  title: 'Composants/Liste déroulante',
  component: 'socle-select',
  tags: ['autodocs'],
  args: { label: 'Situation de logement', hint: '', value: '', error: '', required: false, disabled: false, readonly: false },
  render: (args) => html`<socle-select
    name="logement"
    label=${args.label}
    hint=${args.hint}
    value=${args.value}
    error=${args.error}
    placeholder=${ifDefined(args.placeholder)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  >
    <option value="proprietaire">Propriétaire</option>
    <option value="locataire">Locataire</option>
    <option value="heberge">Hébergé à titre gratuit</option>
  </socle-select>`,
};

export default meta;
type Story = StoryObj<SelectArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecOptionVide: Story = { name: 'Avec option vide', args: { placeholder: '' } };

export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Votre situation au 1er janvier' } };

export const Obligatoire: Story = { args: { required: true, placeholder: '' } };

export const EnErreur: Story = {
  name: 'En erreur',
  args: { placeholder: '', required: true, error: 'Sélectionnez une option pour « Situation de logement ».' },
};

export const Desactive: Story = { name: 'Désactivé', args: { value: 'locataire', disabled: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { value: 'locataire', readonly: true } };

export const GroupesDOptions: Story = {
  name: 'Groupes d’options',
  render: () => html`<socle-select name="region" label="Région" placeholder="Choisissez une région">
    <optgroup label="Hexagone">
      <option value="11">Île-de-France</option>
      <option value="84">Auvergne-Rhône-Alpes</option>
    </optgroup>
    <optgroup label="Outre-mer">
      <option value="01">Guadeloupe</option>
      <option value="04">La Réunion</option>
    </optgroup>
  </socle-select>`,
};
