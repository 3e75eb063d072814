import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/dialog';
import type { SocleDialog } from '@socle/components/dialog';

function openNextDialog(event: Event): void {
  const dialog = (event.currentTarget as HTMLElement).nextElementSibling as SocleDialog;
  void dialog.show();
}

const meta: Meta = {
  title: 'Composants/Fenêtre modale',
  component: 'socle-dialog',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const Fermee: Story = {
  name: 'Fermée, avec son bouton d’ouverture',
  render: () => html`<button type="button" @click=${openNextDialog}>Supprimer le brouillon</button>
    <socle-dialog label="Supprimer le brouillon ?">
      <p>Le brouillon sera définitivement supprimé.</p>
      <button type="button" slot="footer" data-socle-close="annuler">Annuler</button>
      <button type="button" slot="footer" data-socle-close="supprimer">Supprimer</button>
    </socle-dialog>`,
};

// Open dialogs are modal and would cover the documentation page, so they
// only appear as separate stories.
export const Ouverte: Story = {
  name: 'Ouverte',
  tags: ['!autodocs'],
  render: () => html`<socle-dialog label="Modifier l’adresse" open>
    <label>Ville <input name="ville" autocomplete="address-level2" /></label>
    <button type="button" slot="footer" data-socle-close="annuler">Annuler</button>
    <button type="button" slot="footer" data-socle-close="valider">Valider</button>
  </socle-dialog>`,
};

export const ReponseObligatoire: Story = {
  name: 'Réponse obligatoire (requires-answer)',
  tags: ['!autodocs'],
  render: () => html`<socle-dialog label="Confirmer l’envoi ?" requires-answer open>
    <p>La demande sera transmise à la mairie et ne pourra plus être modifiée.</p>
    <button type="button" slot="footer" data-socle-close="non">Non, revenir</button>
    <button type="button" slot="footer" data-socle-close="oui">Oui, envoyer</button>
  </socle-dialog>`,
};

export const SansActions: Story = {
  name: 'Information sans actions',
  tags: ['!autodocs'],
  render: () => html`<socle-dialog label="Session bientôt expirée" open>
    <p>Votre session expire dans 5 minutes. Enregistrez votre brouillon.</p>
  </socle-dialog>`,
};
