import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@socle/components/textarea';

interface TextareaArgs {
  label: string;
  hint: string;
  value: string;
  error: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  rows: number;
  autoGrow: boolean;
  maxlength?: number;
  threshold?: number;
}

const meta: Meta<TextareaArgs> = {
  title: 'Composants/Zone de texte',
  component: 'socle-textarea',
  tags: ['autodocs'],
  args: {
    label: 'Motif de votre demande',
    hint: '',
    value: '',
    error: '',
    required: false,
    disabled: false,
    readonly: false,
    rows: 5,
    autoGrow: false,
  },
  render: (args) => html`<socle-textarea
    name="motif"
    label=${args.label}
    hint=${args.hint}
    value=${args.value}
    error=${args.error}
    rows=${args.rows}
    maxlength=${ifDefined(args.maxlength)}
    threshold=${ifDefined(args.threshold)}
    ?auto-grow=${args.autoGrow}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></socle-textarea>`,
};

export default meta;
type Story = StoryObj<TextareaArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'N’indiquez pas de données de santé' } };

export const Obligatoire: Story = { args: { required: true } };

export const EnErreur: Story = { name: 'En erreur', args: { error: 'Renseignez le champ « Motif de votre demande ».' } };

export const Desactive: Story = { name: 'Désactivé', args: { value: 'Déménagement', disabled: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { value: 'Déménagement', readonly: true } };

export const CompteurDeCaracteres: Story = {
  name: 'Compteur de caractères',
  args: { maxlength: 200, value: 'Je souhaite modifier l’adresse de mon domicile.' },
};

export const LimiteDepassee: Story = {
  name: 'Limite dépassée',
  args: { maxlength: 20, value: 'Ce texte dépasse la limite autorisée.' },
};

export const CompteurAvecSeuil: Story = {
  name: 'Compteur avec seuil',
  args: { maxlength: 100, threshold: 75, hint: 'Le compteur apparaît à 75 % de la limite' },
};

export const HauteurAutomatique: Story = { name: 'Hauteur automatique', args: { rows: 2, autoGrow: true } };
