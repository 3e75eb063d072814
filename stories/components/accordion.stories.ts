import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/accordion';

interface AccordionArgs {
  single: boolean;
  headingLevel: number;
}

const meta: Meta<AccordionArgs> = {
  title: 'Composants/Accordéon',
  component: 'socle-accordion',
  tags: ['autodocs'],
  args: { single: false, headingLevel: 3 },
  argTypes: { headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] } },
  render: (args) => html`<socle-accordion ?single=${args.single} heading-level=${args.headingLevel}>
    <socle-accordion-item heading="Qui peut demander un acte de naissance ?">
      <p>La personne concernée, ses ascendants, ses descendants, son conjoint ou son représentant légal.</p>
    </socle-accordion-item>
    <socle-accordion-item heading="Quels documents fournir ?">
      <p>Une pièce d’identité et, le cas échéant, un justificatif du lien de parenté.</p>
    </socle-accordion-item>
    <socle-accordion-item heading="Quel est le délai de réponse ?">
      <p>La mairie répond en général sous dix jours ouvrés.</p>
    </socle-accordion-item>
  </socle-accordion>`,
};

export default meta;
type Story = StoryObj<AccordionArgs>;

export const Ferme: Story = { name: 'Tout fermé' };

export const UnOuvert: Story = {
  name: 'Une section ouverte',
  render: () => html`<socle-accordion>
    <socle-accordion-item heading="Qui peut faire la demande ?" open>
      <p>Le titulaire de l’acte ou son représentant légal.</p>
    </socle-accordion-item>
    <socle-accordion-item heading="Quel est le coût ?"><p>La délivrance est gratuite.</p></socle-accordion-item>
  </socle-accordion>`,
};

export const UneSeuleOuverte: Story = {
  name: 'Une seule section à la fois (single)',
  args: { single: true },
};

export const TitreRiche: Story = {
  name: 'Titre riche (emplacement heading)',
  render: () => html`<socle-accordion heading-level="2">
    <socle-accordion-item open>
      <span slot="heading">Démarche <strong>urgente</strong></span>
      <p>Indiquez le motif de l’urgence dans le champ prévu.</p>
    </socle-accordion-item>
  </socle-accordion>`,
};
