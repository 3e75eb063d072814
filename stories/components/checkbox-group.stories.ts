import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@socle/components/checkbox-group';

interface CheckboxGroupArgs {
  label: string;
  hint: string;
  error: string;
  orientation: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  min?: number;
  max?: number;
}

const meta: Meta<CheckboxGroupArgs> = {
  title: 'Composants/Groupe de cases à cocher',
  component: 'socle-checkbox-group',
  tags: ['autodocs'],
  args: {
    label: 'Quels justificatifs joignez-vous ?',
    hint: '',
    error: '',
    orientation: 'stacked',
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: { orientation: { control: 'inline-radio', options: ['stacked', 'inline'] } },
  render: (args) => html`<socle-checkbox-group
    name="justificatifs"
    label=${args.label}
    hint=${args.hint}
    error=${args.error}
    orientation=${args.orientation}
    min=${ifDefined(args.min)}
    max=${ifDefined(args.max)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  >
    <socle-checkbox value="identite" label="Pièce d’identité" checked></socle-checkbox>
    <socle-checkbox value="domicile" label="Justificatif de domicile" hint="Datant de moins de 3 mois"></socle-checkbox>
    <socle-checkbox value="livret" label="Livret de famille"></socle-checkbox>
  </socle-checkbox-group>`,
};

export default meta;
type Story = StoryObj<CheckboxGroupArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Cochez toutes les réponses qui s’appliquent' } };

export const Obligatoire: Story = { args: { required: true } };

export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Cochez au moins une case pour « Quels justificatifs joignez-vous ? ».' },
};

export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { readonly: true } };

export const EnLigne: Story = { name: 'En ligne', args: { orientation: 'inline' } };

export const MinimumEtMaximum: Story = {
  name: 'Minimum et maximum',
  args: { min: 2, max: 2, hint: 'Cochez exactement 2 cases' },
};
