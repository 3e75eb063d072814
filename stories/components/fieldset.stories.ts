import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/fieldset';
import '@socle/components/date-input';

interface FieldsetArgs {
  legend: string;
  legendHeading: string;
  legendSize: string;
  hint: string;
  error: string;
  disabled: boolean;
}

const meta: Meta<FieldsetArgs> = {
  title: 'Composants/Groupe de champs',
  component: 'socle-fieldset',
  tags: ['autodocs'],
  args: {
    legend: 'Comment souhaitez-vous être contacté ?',
    legendHeading: 'none',
    legendSize: 'md',
    hint: 'Cochez toutes les réponses qui conviennent.',
    error: '',
    disabled: false,
  },
  argTypes: {
    legendHeading: { control: 'inline-radio', options: ['none', '2', '3', '4', '5', '6'] },
    legendSize: { control: 'inline-radio', options: ['sm', 'md', 'lg', 'xl'] },
  },
  render: (args) => html`<socle-fieldset
    legend=${args.legend}
    legend-heading=${args.legendHeading}
    legend-size=${args.legendSize}
    hint=${args.hint}
    error=${args.error}
    ?disabled=${args.disabled}
  >
    <label><input type="checkbox" name="contact" value="courriel" /> Par courriel</label>
    <label><input type="checkbox" name="contact" value="telephone" /> Par téléphone</label>
    <label><input type="checkbox" name="contact" value="courrier" /> Par courrier</label>
  </socle-fieldset>`,
};

export default meta;
type Story = StoryObj<FieldsetArgs>;

export const ParDefaut: Story = { name: 'Par défaut', args: { hint: '' } };

export const AvecAide: Story = { name: 'Avec aide' };

export const EnErreur: Story = { name: 'En erreur', args: { error: 'Sélectionnez au moins un moyen de contact' } };

export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

export const LegendeEnTitre: Story = {
  name: 'Légende en titre de page',
  render: () => html`<socle-fieldset legend="Quelle est votre date de naissance ?" legend-heading="2" legend-size="xl">
    <socle-date-input name="naissance" label="Date de naissance" hint="Par exemple, 14 07 1990" autocomplete="bday"></socle-date-input>
  </socle-fieldset>`,
};

export const TaillesDeLegende: Story = {
  name: 'Tailles de légende',
  render: () => html`<div style="display: grid; gap: 2rem">
    ${['sm', 'md', 'lg', 'xl'].map(
      (size) => html`<socle-fieldset legend=${`Légende de taille ${size}`} legend-size=${size}>
        <label><input type="radio" name=${`choix-${size}`} value="oui" /> Oui</label>
        <label><input type="radio" name=${`choix-${size}`} value="non" /> Non</label>
      </socle-fieldset>`,
    )}
  </div>`,
};

export const LegendeRiche: Story = {
  name: 'Légende riche',
  render: () => html`<socle-fieldset>
    <span slot="legend">Adresse de <strong>résidence</strong></span>
    <span slot="hint">Comme indiquée sur votre <em>avis d’imposition</em>.</span>
    <label>Numéro et voie <input name="voie" autocomplete="street-address" /></label>
    <label>Code postal <input name="code-postal" autocomplete="postal-code" inputmode="numeric" /></label>
  </socle-fieldset>`,
};
