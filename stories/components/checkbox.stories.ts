import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/checkbox';

interface CheckboxArgs {
  label: string;
  hint: string;
  error: string;
  checked: boolean;
  indeterminate: boolean;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const meta: Meta<CheckboxArgs> = {
  title: 'Composants/Case à cocher',
  component: 'socle-checkbox',
  tags: ['autodocs'],
  args: {
    label: 'J’accepte que mes données soient transmises à ma commune',
    hint: '',
    error: '',
    checked: false,
    indeterminate: false,
    required: false,
    disabled: false,
    readonly: false,
  },
  render: (args) => html`<socle-checkbox
    name="consentement"
    value="oui"
    label=${args.label}
    hint=${args.hint}
    error=${args.error}
    ?checked=${args.checked}
    ?indeterminate=${args.indeterminate}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></socle-checkbox>`,
};

export default meta;
type Story = StoryObj<CheckboxArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const Cochee: Story = { name: 'Cochée', args: { checked: true } };

export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Vous pouvez retirer votre accord à tout moment' } };

export const Obligatoire: Story = { args: { required: true } };

export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Cochez la case pour accepter la transmission de vos données.' },
};

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, checked: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { readonly: true, checked: true } };

export const Indeterminee: Story = { name: 'Indéterminée', args: { label: 'Sélectionner tous les documents', indeterminate: true } };
