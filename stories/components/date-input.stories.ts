import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/date-input';

interface DateInputArgs {
  label: string;
  hint: string;
  value: string;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  autocomplete: string;
  min: string;
  max: string;
  pastOnly: boolean;
  futureOnly: boolean;
  error: string;
}

const meta: Meta<DateInputArgs> = {
  title: 'Composants/Saisie de date',
  component: 'socle-date-input',
  tags: ['autodocs'],
  args: {
    label: 'Date de naissance',
    hint: 'Par exemple, 14 07 1990',
    value: '',
    required: false,
    disabled: false,
    readonly: false,
    autocomplete: 'bday',
    min: '',
    max: '',
    pastOnly: false,
    futureOnly: false,
    error: '',
  },
  render: (args) => html`<socle-date-input
    name="naissance"
    label=${args.label}
    hint=${args.hint}
    value=${args.value}
    autocomplete=${args.autocomplete}
    min=${args.min}
    max=${args.max}
    error=${args.error}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
    ?past-only=${args.pastOnly}
    ?future-only=${args.futureOnly}
  ></socle-date-input>`,
};

export default meta;
type Story = StoryObj<DateInputArgs>;

export const ParDefaut: Story = { name: 'Par défaut', args: { hint: '' } };

export const AvecAide: Story = { name: 'Avec aide' };

export const Obligatoire: Story = { args: { required: true } };

export const Remplie: Story = { name: 'Remplie', args: { value: '1990-07-14' } };

export const LectureSeule: Story = { name: 'Lecture seule', args: { value: '1990-07-14', readonly: true } };

export const Desactivee: Story = { name: 'Désactivée', args: { value: '1990-07-14', disabled: true } };

export const ErreurDuService: Story = {
  name: 'Erreur renvoyée par le service',
  args: { value: '1990-07-14', error: 'Cette date ne correspond pas à votre dossier. Vérifiez votre acte de naissance.' },
};

/** A partial entry checked on submission: only the year is marked in error. */
export const ErreurSurUnePartie: Story = {
  name: 'Erreur sur une partie',
  args: { required: true, autocomplete: '' },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-date-input')!;
    const state = new FormData();
    state.append('day', '14');
    state.append('month', '7');
    state.append('year', '90');
    control.formStateRestoreCallback(state);
    await control.updateComplete;
    control.reportValidity();
    await control.updateComplete;
  },
};

export const DateDansLePasse: Story = {
  name: 'Date dans le passé, à partir de 1900',
  args: { pastOnly: true, min: '1900-01-01', hint: 'Par exemple, 14 07 1990. La date doit être passée.' },
};

export const DateAVenir: Story = {
  name: 'Date à venir',
  args: { label: 'Date du mariage', hint: 'Par exemple, 21 06 2027', futureOnly: true, autocomplete: '' },
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">
    <socle-date-input name="birth" label="Date of birth" hint="For example, 27 3 2007" autocomplete="bday"></socle-date-input>
  </div>`,
};
