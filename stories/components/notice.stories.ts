import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/notice';

interface NoticeArgs {
  severity: string;
  heading: string;
  text: string;
  linkHref: string;
  linkText: string;
  dismissible: boolean;
}

/**
 * Forgets a dismissal stored by an earlier visit to the story, so that the
 * dismissible stories always show their notice.
 */
function forgetDismissal(noticeId: string): void {
  try {
    localStorage.removeItem(`socle-notice:${noticeId}`);
  } catch {
    // Storage is blocked: nothing was stored.
  }
}

const meta: Meta<NoticeArgs> = {
  title: 'Composants/Bandeau d’information importante',
  component: 'socle-notice',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
  args: {
    severity: 'info',
    heading: 'Fermeture exceptionnelle de la mairie',
    text: 'Les guichets seront fermés le lundi 2 novembre. Les démarches en ligne restent ouvertes.',
    linkHref: '',
    linkText: '',
    dismissible: false,
  },
  argTypes: {
    severity: { control: 'inline-radio', options: ['info', 'warning', 'alert'] },
  },
  render: (args) => html`<socle-notice
    severity=${args.severity}
    heading=${args.heading}
    link-href=${args.linkHref}
    link-text=${args.linkText}
    ?dismissible=${args.dismissible}
    >${args.text}</socle-notice
  >`,
};

export default meta;
type Story = StoryObj<NoticeArgs>;

export const Information: Story = {};

export const Avertissement: Story = {
  args: {
    severity: 'warning',
    heading: 'Maintenance du téléservice',
    text: 'Le paiement en ligne sera indisponible samedi de 8 h à 12 h.',
  },
};

export const Alerte: Story = {
  args: {
    severity: 'alert',
    heading: 'Alerte inondation',
    text: 'Évitez les bords de Loire et suivez les consignes de la préfecture.',
    linkHref: '#consignes',
    linkText: 'Lire les consignes',
  },
};

export const AvecLien: Story = {
  name: 'Avec un lien',
  args: { linkHref: '#horaires' },
};

export const SansTitre: Story = {
  name: 'Sans titre',
  args: { heading: '', text: 'Les horaires d’ouverture changent pendant les vacances scolaires.' },
};

export const Masquable: Story = {
  name: 'Masquable et mémorisé',
  render: (args) => {
    forgetDismissal('story-fermeture');
    return html`<socle-notice
      severity=${args.severity}
      heading=${args.heading}
      link-href="#horaires"
      notice-id="story-fermeture"
      dismissible
      >${args.text}</socle-notice
    >`;
  },
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">
    <socle-notice severity="warning" heading="Planned maintenance" link-href="#details" dismissible
      >Online payment will be unavailable on Saturday morning.</socle-notice
    >
  </div>`,
};
