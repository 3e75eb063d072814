import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/radio-group';
import '@socle/components/input';

interface RadioGroupArgs {
  label: string;
  hint: string;
  value: string;
  error: string;
  orientation: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
}

const meta: Meta<RadioGroupArgs> = {
  title: 'Composants/Boutons radio',
  component: 'socle-radio-group',
  tags: ['autodocs'],
  args: {
    label: 'Quelle est votre situation familiale ?',
    hint: '',
    value: '',
    error: '',
    orientation: 'stacked',
    required: false,
    disabled: false,
    readonly: false,
  },
  argTypes: { orientation: { control: 'inline-radio', options: ['stacked', 'inline'] } },
  render: (args) => html`<socle-radio-group
    name="situation"
    label=${args.label}
    hint=${args.hint}
    value=${args.value}
    error=${args.error}
    orientation=${args.orientation}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  >
    <socle-radio value="celibataire" label="Célibataire"></socle-radio>
    <socle-radio value="couple" label="Marié ou pacsé" hint="Y compris séparé de fait"></socle-radio>
    <socle-radio value="veuf" label="Veuf ou veuve"></socle-radio>
  </socle-radio-group>`,
};

export default meta;
type Story = StoryObj<RadioGroupArgs>;

export const ParDefaut: Story = { name: 'Par défaut' };

export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Votre situation au 1er janvier de cette année' } };

export const Obligatoire: Story = { args: { required: true } };

export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Sélectionnez une option pour « Quelle est votre situation familiale ? ».' },
};

export const Desactive: Story = { name: 'Désactivé', args: { value: 'couple', disabled: true } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { value: 'couple', readonly: true } };

export const EnLigne: Story = {
  name: 'En ligne',
  render: () => html`<socle-radio-group name="reponse" label="Avez-vous déjà fait cette demande ?" orientation="inline">
    <socle-radio value="oui" label="Oui"></socle-radio>
    <socle-radio value="non" label="Non"></socle-radio>
  </socle-radio-group>`,
};

export const AffichageConditionnel: Story = {
  name: 'Affichage conditionnel',
  render: () => html`<socle-radio-group name="contact" label="Comment souhaitez-vous être contacté ?" value="courriel">
    <socle-radio value="courriel" label="Par courriel">
      <socle-input slot="conditional" name="courriel" type="email" label="Adresse électronique" autocomplete="email"></socle-input>
    </socle-radio>
    <socle-radio value="telephone" label="Par téléphone">
      <socle-input slot="conditional" name="telephone" type="tel" label="Numéro de téléphone" autocomplete="tel"></socle-input>
    </socle-radio>
    <socle-radio value="courrier" label="Par courrier"></socle-radio>
  </socle-radio-group>`,
};
