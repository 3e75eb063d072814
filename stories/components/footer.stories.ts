import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/brand';
import '@socle/components/footer';

/**
 * Link colours of the page around the element: the kit does not style the
 * page's own links, so the story does, as a themed site would.
 */
const pageStyles = html`<style>
  .story-page a {
    color: var(--socle-color-text-link, #1f3d99);
  }
</style>`;

const meta: Meta = {
  title: 'Composants/Pied de page',
  component: 'socle-footer',
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;
type Story = StoryObj;

function footer(status: string, variant = 'collectivite') {
  return html`<socle-footer
    variant=${variant}
    description="Le site officiel de la ville de Belleville-sur-Loire : démarches, actualités et informations pratiques."
    accessibility-status=${status}
    accessibility-href="#accessibilite"
    legal-href="#mentions-legales"
    privacy-href="#donnees-personnelles"
  >
    ${variant === 'etat'
      ? html`<socle-brand slot="brand" variant="etat"></socle-brand>`
      : html`<socle-brand slot="brand" name="Belleville-sur-Loire"></socle-brand>`}
  </socle-footer>`;
}

export const PartiellementConforme: Story = {
  name: 'Collectivité, partiellement conforme',
  render: () => footer('partiellement'),
};

export const TotalementConforme: Story = {
  name: 'Totalement conforme',
  render: () => footer('totalement'),
};

export const NonConforme: Story = {
  name: 'Non conforme',
  render: () => footer('non'),
};

export const Etat: Story = {
  name: 'Service de l’État',
  render: () => footer('totalement', 'etat'),
};

export const AvecColonnes: Story = {
  name: 'Avec colonnes de liens et licence personnalisée',
  render: () => html`${pageStyles}<socle-footer
    class="story-page"
    accessibility-status="partiellement"
    accessibility-href="#accessibilite"
    legal-href="#mentions-legales"
    privacy-href="#donnees-personnelles"
  >
    <socle-brand slot="brand" name="Belleville-sur-Loire"></socle-brand>
    <p slot="description">Mairie de Belleville-sur-Loire, place de la République.</p>
    <nav slot="links" aria-label="Démarches">
      <ul>
        <li><a href="#etat-civil">État civil</a></li>
        <li><a href="#urbanisme">Urbanisme</a></li>
      </ul>
    </nav>
    <nav slot="links" aria-label="Vie locale">
      <ul>
        <li><a href="#agenda">Agenda</a></li>
        <li><a href="#associations">Associations</a></li>
      </ul>
    </nav>
    <span slot="licence">Contenus sous licence Creative Commons BY 4.0, sauf mention contraire.</span>
  </socle-footer>`,
};
