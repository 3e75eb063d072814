import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/skip-links';

const targets = html`<div class="story-page">
  <div id="menu-exemple"><a href="#accueil">Accueil</a></div>
  <div id="recherche-exemple"><label>Rechercher <input type="search" /></label></div>
  <div id="contenu-exemple"><p>Contenu de la page.</p></div>
</div>`;

/**
 * Link colours of the page around the element: the kit does not style the
 * page's own links, so the story does, as a themed site would.
 */
const pageStyles = html`<style>
  .story-page a {
    color: var(--socle-color-text-link, #1f3d99);
  }
</style>`;

/** Focuses the first skip link, as the first Tab of a page does, so that the story shows the links. */
async function focusFirstLink({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const skipLinks = canvasElement.querySelector('socle-skip-links')!;
  await skipLinks.updateComplete;
  skipLinks.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.focus();
}

const meta: Meta = {
  title: 'Composants/Liens d’évitement',
  component: 'socle-skip-links',
  tags: ['autodocs'],
};

export default meta;
type Story = StoryObj;

export const Masques: Story = {
  name: 'Masqués (avant le focus)',
  render: () => html`<socle-skip-links
      content="contenu-exemple"
      menu="menu-exemple"
      search="recherche-exemple"
    ></socle-skip-links>
    ${pageStyles}${targets}`,
};

export const Visibles: Story = {
  name: 'Visibles au focus',
  render: () => html`<socle-skip-links
      content="contenu-exemple"
      menu="menu-exemple"
      search="recherche-exemple"
    ></socle-skip-links>
    ${pageStyles}${targets}`,
  play: focusFirstLink,
};

export const LienSupplementaire: Story = {
  name: 'Avec un lien supplémentaire',
  render: () => html`<socle-skip-links content="contenu-exemple">
      <a href="#pied-exemple">Aller au pied de page</a>
    </socle-skip-links>
    ${pageStyles}${targets}
    <div id="pied-exemple"><p>Pied de page.</p></div>`,
  play: focusFirstLink,
};
