import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/consent-banner';
import type { ConsentPurpose, SocleConsentBanner } from '@socle/components/consent-banner';
import { consentPurposes } from './consent-purposes.js';

/** Forgets the choices stored by earlier visits to the stories, so that each story starts in the state its name gives. */
function forgetChoices(): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('socle-consent:')) localStorage.removeItem(key);
    }
  } catch {
    // Storage is blocked: nothing was stored.
  }
}

/** Link colours of the page around the element, as a themed site sets them. */
const pageStyles = html`<style>
  .story-page a {
    color: var(--socle-color-text-link, #1f3d99);
  }
</style>`;

function banner(version = 'story') {
  return html`<socle-consent-banner consent-version=${version}>${consentPurposes}</socle-consent-banner>`;
}

async function openSettings({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  await canvasElement.querySelector<SocleConsentBanner>('socle-consent-banner')!.open();
}

/** Fires the event that the footer's "Gestion des cookies" button fires. */
function requestSettings(event: Event): void {
  event.currentTarget!.dispatchEvent(new CustomEvent('socle-consent-open', { bubbles: true, composed: true }));
}

const meta: Meta = {
  title: 'Composants/Bandeau de consentement aux cookies',
  component: 'socle-consent-banner',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

export const PremiereVisite: Story = {
  name: 'Première visite',
  render: () => {
    forgetChoices();
    return banner();
  },
};

export const Personnaliser: Story = {
  name: 'Fenêtre « Personnaliser »',
  render: () => {
    forgetChoices();
    return banner();
  },
  play: openSettings,
};

export const ChoixEnregistre: Story = {
  name: 'Choix enregistré, réouverture depuis le pied de page',
  render: () => {
    forgetChoices();
    localStorage.setItem(
      'socle-consent:story:audience,session,video',
      JSON.stringify({ format: 1, version: 'story', choices: { audience: true, video: false }, date: '2026-11-02T09:00:00.000Z' }),
    );
    return html`${banner()}
      <p style="padding: 1rem">
        Le bandeau ne s’affiche plus.
        <button type="button" @click=${requestSettings}>Gestion des cookies</button>
      </p>`;
  },
};

const propertyPurposes: ConsentPurpose[] = [
  { id: 'session', name: 'Cookies techniques', description: 'Conservent votre session.', required: true },
  { id: 'carte', name: 'Carte interactive', description: 'Affiche le plan de la commune fourni par un service extérieur.' },
];

export const ParPropriete: Story = {
  name: 'Finalités données par la propriété purposes',
  render: () => {
    forgetChoices();
    return html`<socle-consent-banner consent-version="story-property" .purposes=${propertyPurposes}>
    </socle-consent-banner>`;
  },
};

export const TextePersonnalise: Story = {
  name: 'Texte et titre personnalisés',
  render: () => {
    forgetChoices();
    return html`${pageStyles}<socle-consent-banner class="story-page" heading="Vos données, vos choix">
        <p slot="description">
          La mairie de Belleville-sur-Loire mesure l’audience de son site avec votre accord.
          <a href="#donnees-personnelles">Lire la politique de confidentialité</a>
        </p>
        ${consentPurposes}
      </socle-consent-banner>`;
  },
};

export const ContenuDiffere: Story = {
  name: 'Contenu chargé après consentement',
  render: () => {
    forgetChoices();
    return html`${banner()}
      <div style="padding: 1rem">
        <h2>Visite virtuelle de la médiathèque</h2>
        <p>La vidéo s’affiche ici une fois les « Vidéos intégrées » acceptées.</p>
        <template data-socle-consent="video">
          <p><strong>Lecteur vidéo</strong> (inséré après consentement).</p>
        </template>
      </div>`;
  },
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => {
    forgetChoices();
    return html`<div lang="en">
      <socle-consent-banner consent-version="story-en">
        <socle-consent-purpose purpose-id="session" name="Essential cookies" required>
          Keep you signed in.
        </socle-consent-purpose>
        <socle-consent-purpose purpose-id="audience" name="Analytics">Tell us which pages are read.</socle-consent-purpose>
      </socle-consent-banner>
    </div>`;
  },
};
