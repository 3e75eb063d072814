import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/form';

const meta: Meta = {
  title: 'Composants/Formulaire',
  component: 'socle-form',
  tags: ['autodocs'],
};

export default meta;

type Story = StoryObj;

// Stories use `prevent-submit` so that a valid submission never navigates
// Storybook's frame; a real page lets the native submission proceed.
const fields = (prefix: string) => html`<p>
    <label for="${prefix}-nom">Nom (obligatoire)</label><br />
    <input id="${prefix}-nom" name="nom" autocomplete="family-name" required />
  </p>
  <p>
    <label for="${prefix}-courriel">Adresse électronique (obligatoire)</label><br />
    <input id="${prefix}-courriel" name="courriel" type="email" autocomplete="email" required />
  </p>
  <fieldset>
    <legend>Réponse souhaitée (obligatoire)</legend>
    <input type="radio" id="${prefix}-par-courriel" name="reponse" value="courriel" required />
    <label for="${prefix}-par-courriel">Par courriel</label>
    <input type="radio" id="${prefix}-par-courrier" name="reponse" value="courrier" />
    <label for="${prefix}-par-courrier">Par courrier</label>
  </fieldset>
  <p><button>Envoyer</button></p>`;

/** A form with native fields, before any submission. */
export const ParDefaut: Story = {
  name: 'Par défaut',
  render: () => html`<socle-form prevent-submit><form action="/contact" method="post">${fields('defaut')}</form></socle-form>`,
};

/** After a submission with errors: the summary lists them, has the focus, and the title starts with "Erreur : ". */
export const ErreursApresEnvoi: Story = {
  name: 'Erreurs après envoi',
  render: () => html`<socle-form prevent-submit><form action="/contact" method="post">${fields('erreurs')}</form></socle-form>`,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('socle-form')!;
    await element.updateComplete;
    element.querySelector('form')!.requestSubmit();
    await element.querySelector('socle-error-summary')?.updateComplete;
  },
};

const DRAFT_KEY = 'storybook-formulaire-brouillon';

/** A page reloaded after typing: the draft is restored with a notice and a button to clear it. */
export const BrouillonRestaure: Story = {
  name: 'Brouillon restauré',
  render: () => {
    try {
      sessionStorage.setItem(
        `socle-form-draft:${DRAFT_KEY}`,
        JSON.stringify({
          version: 1,
          savedAt: Date.now(),
          submitted: false,
          entries: { 'nom\u0000#0': { value: 'Dupont' }, 'courriel\u0000#0': { value: 'claire.dupont@exemple.fr' } },
        }),
      );
    } catch {
      // Storage may be blocked in the browser; the story then shows an empty form.
    }
    return html`<socle-form prevent-submit draft-key=${DRAFT_KEY}>
      <form action="/contact" method="post">${fields('brouillon')}</form>
    </socle-form>`;
  },
};

/** Fields inside `no-draft` and password fields are never saved in the draft. */
export const ChampsExclusDuBrouillon: Story = {
  name: 'Champs exclus du brouillon',
  render: () => html`<socle-form prevent-submit draft-key="storybook-formulaire-exclusions">
    <form action="/connexion" method="post">
      <p>
        <label for="exclus-identifiant">Identifiant</label><br />
        <input id="exclus-identifiant" name="identifiant" autocomplete="username" />
      </p>
      <p>
        <label for="exclus-mot-de-passe">Mot de passe</label><br />
        <input id="exclus-mot-de-passe" name="mot-de-passe" type="password" autocomplete="current-password" />
      </p>
      <p no-draft>
        <label for="exclus-nir">Numéro de sécurité sociale</label><br />
        <input id="exclus-nir" name="nir" inputmode="numeric" />
      </p>
      <p><button>Se connecter</button></p>
    </form>
  </socle-form>`,
};
