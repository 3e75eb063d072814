import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleSkipLinks } from './skip-links.js';

function links(skipLinks: SocleSkipLinks): HTMLAnchorElement[] {
  return [...skipLinks.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]')];
}

function base(skipLinks: SocleSkipLinks): HTMLElement {
  return skipLinks.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
}

/** Renders skip links followed by their targets, and returns the page wrapper. */
async function renderPage(): Promise<HTMLElement> {
  const skipLinks = await fixture<SocleSkipLinks>(html`<socle-skip-links
      content="contenu"
      menu="navigation"
      search="recherche"
    >
      <a href="#pied">Aller au pied de page</a>
    </socle-skip-links>
    <nav id="navigation" aria-label="Menu principal"><a href="#accueil">Accueil</a></nav>
    <form id="recherche" role="search"><input id="q" type="search" aria-label="Rechercher" /></form>
    <main id="contenu">
      <h1>Titre</h1>
      <a id="first-in-main" href="#detail">Détail</a>
    </main>
    <footer id="pied"><a href="#plan">Plan du site</a></footer>`);
  return skipLinks.parentElement!;
}

/** Puts the sequential focus starting point at the top of the document, as on page load. */
async function tabFromPageStart(): Promise<void> {
  const start = document.createElement('button');
  start.textContent = 'Début';
  document.body.prepend(start);
  start.focus();
  start.remove();
  await sendKeys({ press: 'Tab' });
}

describe('socle-skip-links', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('with ids no fragment can name', () => {
    it('leaves out a link whose id has a lone surrogate and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const skipLinks = await fixture<SocleSkipLinks>(
        html`<socle-skip-links content=${'a\uD800b'} menu="navigation"></socle-skip-links>`,
      );

      expect(links(skipLinks).map((link) => link.getAttribute('href'))).to.deep.equal(['#navigation']);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('content=');
      expect(warn.firstCall.args[0]).to.contain('lone surrogate');
    });

    it('renders no link for null ids and text for numbers', async () => {
      const skipLinks = await fixture<SocleSkipLinks>(html`<socle-skip-links content="contenu" menu="navigation"></socle-skip-links>`);

      (skipLinks as unknown as Record<string, unknown>)['content'] = null;
      (skipLinks as unknown as Record<string, unknown>)['menu'] = 12;
      await skipLinks.updateComplete;

      expect(links(skipLinks).map((link) => link.getAttribute('href'))).to.deep.equal(['#12']);
    });
  });

  describe('when rendered', () => {
    it('renders the links in order', async () => {
      const page = await renderPage();
      const skipLinks = page.querySelector('socle-skip-links')!;

      expect(links(skipLinks).map((link) => link.textContent)).to.deep.equal([
        'Aller au contenu',
        'Aller au menu',
        'Aller à la recherche',
      ]);
      expect(links(skipLinks).map((link) => link.getAttribute('href'))).to.deep.equal([
        '#contenu',
        '#navigation',
        '#recherche',
      ]);
      expect(base(skipLinks).getAttribute('aria-label')).to.equal('Accès rapide');
      await expect(page).to.be.accessible();
    });

    it('leaves out links without a target id', async () => {
      const skipLinks = await fixture<SocleSkipLinks>(html`<socle-skip-links content="contenu"></socle-skip-links>`);

      expect(links(skipLinks).map((link) => link.textContent)).to.deep.equal(['Aller au contenu']);
    });

    it('is hidden from sight until focused', async () => {
      const page = await renderPage();
      const skipLinks = page.querySelector('socle-skip-links')!;

      expect(base(skipLinks).getBoundingClientRect().width).to.be.at.most(1);

      await tabFromPageStart();

      expect(skipLinks.shadowRoot!.activeElement).to.equal(links(skipLinks)[0]);
      expect(base(skipLinks).getBoundingClientRect().width).to.be.greaterThan(100);
      await expect(page).to.be.accessible();
    });

    it('uses English wording under lang="en"', async () => {
      const languageWrapper = document.createElement('div');
      languageWrapper.lang = 'en';
      const skipLinks = await fixture<SocleSkipLinks>(
        html`<socle-skip-links content="c" menu="m" search="s"></socle-skip-links>`,
        { parentNode: languageWrapper },
      );

      expect(links(skipLinks).map((link) => link.textContent)).to.deep.equal([
        'Skip to content',
        'Skip to menu',
        'Skip to search',
      ]);
      expect(base(skipLinks).getAttribute('aria-label')).to.equal('Quick access');
    });
  });

  describe('keyboard', () => {
    it('focuses the content on Tab, Enter', async () => {
      const page = await renderPage();
      const main = page.querySelector('main')!;

      await tabFromPageStart();
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(main);
      expect(main.getAttribute('tabindex')).to.equal('-1');

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement!.id).to.equal('first-in-main');
    });

    it('focuses the menu and the search', async () => {
      const page = await renderPage();

      await tabFromPageStart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(page.querySelector('#navigation'));

      await tabFromPageStart();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(page.querySelector('#recherche'));
    });

    it('keeps a focusable target untouched', async () => {
      const skipLinks = await fixture<SocleSkipLinks>(html`<socle-skip-links search="q"></socle-skip-links>
        <input id="q" type="search" aria-label="Rechercher" />`);
      const page = skipLinks.parentElement!;

      links(skipLinks)[0]!.focus();
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement!.id).to.equal('q');
      expect(page.querySelector('#q')!.hasAttribute('tabindex')).to.be.false;
    });

    it('moves focus for a slotted link too', async () => {
      const page = await renderPage();
      const extra = page.querySelector<HTMLAnchorElement>('a[href="#pied"]')!;

      extra.focus();
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(page.querySelector('#pied'));
    });

    it('ignores a link to a missing id', async () => {
      const skipLinks = await fixture<SocleSkipLinks>(html`<socle-skip-links content="absent"></socle-skip-links>`);
      let defaultPrevented: boolean | undefined;
      skipLinks.addEventListener('click', (event) => {
        defaultPrevented = event.defaultPrevented;
        event.preventDefault();
      });

      links(skipLinks)[0]!.click();

      expect(defaultPrevented).to.be.false;
    });
  });
});
