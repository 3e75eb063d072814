import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/error-summary';

const fields = (prefix: string) => html`<p>
    <label for="${prefix}-nom">Nom</label><br />
    <input id="${prefix}-nom" name="nom" aria-invalid="true" />
  </p>
  <p>
    <label for="${prefix}-courriel">Adresse électronique</label><br />
    <input id="${prefix}-courriel" name="courriel" type="email" value="jean.dupont" aria-invalid="true" />
  </p>`;

/** Errors that point to the fields rendered by `fields(prefix)`; ids are prefixed so that stories sharing the docs page stay unique. */
const errors = (prefix: string) => [
  { id: `${prefix}-nom`, message: 'Renseignez le champ « Nom ».' },
  { id: `${prefix}-courriel`, message: 'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.' },
];

const meta: Meta = {
  title: 'Composants/Récapitulatif des erreurs',
  component: 'socle-error-summary',
  tags: ['autodocs'],
};

export default meta;

type Story = StoryObj;

/** Errors given through the `errors` property; each link moves focus to its field. */
export const AvecErreurs: Story = {
  name: 'Avec erreurs',
  render: () => html`<socle-error-summary .errors=${errors('avec')}></socle-error-summary>${fields('avec')}`,
};

/** A heading chosen by the page, at level 3. */
export const TitrePersonnalise: Story = {
  name: 'Titre personnalisé',
  render: () =>
    html`<socle-error-summary heading="Votre demande contient 2 erreurs" heading-level="3" .errors=${errors('titre')}></socle-error-summary
      >${fields('titre')}`,
};

/** A list rendered by the server as child content, for pages that validate on the server only. */
export const ListeDuServeur: Story = {
  name: 'Liste rendue par le serveur',
  render: () => html`<socle-error-summary>
      <ul>
        <li><a href="#serveur-nom">Renseignez le champ « Nom ».</a></li>
        <li><a href="#serveur-courriel">Cette adresse électronique est déjà utilisée.</a></li>
      </ul>
    </socle-error-summary>
    ${fields('serveur')}`,
};

/** Without errors the summary is hidden: nothing is rendered. */
export const Vide: Story = {
  render: () => html`<socle-error-summary></socle-error-summary>
    <p>Le récapitulatif est masqué tant qu’il n’y a pas d’erreur.</p>`,
};
