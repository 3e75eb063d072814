import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import '../brand/define.js';
import './define.js';
import type { SocleHeader } from './header.js';
import type { NavItem } from './nav-items.js';

const ITEMS: NavItem[] = [
  { label: 'Accueil', href: '/' },
  {
    label: 'Démarches',
    children: [
      { label: 'État civil', href: '/etat-civil', current: true },
      { label: 'Urbanisme', href: '/urbanisme' },
    ],
  },
  { label: 'Contact', href: '/contact' },
];

interface AxeWithRoles {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { aria: { getRole(node: unknown): string | null } };
}

function part(header: SocleHeader, name: string): HTMLElement {
  return header.shadowRoot!.querySelector(`[part="${name}"]`) as HTMLElement;
}

function submenuButton(header: SocleHeader): HTMLButtonElement {
  return header.shadowRoot!.querySelector<HTMLButtonElement>('.submenu-button')!;
}

function focusedInHeader(header: SocleHeader): Element | null {
  return header.shadowRoot!.activeElement;
}

/**
 * Returns a wrapper for `fixture`'s `parentNode` option, so that `fixture`
 * waits for the element's own update rather than for an animation frame,
 * which a browser may delay in a background tab.
 */
function wrapper(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

async function renderHeader(width: number, items: NavItem[] = ITEMS): Promise<SocleHeader> {
  return fixture<SocleHeader>(
    html`<socle-header service-name="Démarches en ligne" service-tagline="Ville de Lyon" .navItems=${items}>
      <socle-brand slot="brand" name="Ville de Lyon" href="/"></socle-brand>
    </socle-header>`,
    { parentNode: wrapper({ style: `width: ${width}px` }) },
  );
}

describe('socle-header', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered with every slot', () => {
    it('renders brand, service, tools, search and account', async () => {
      const header = await fixture<SocleHeader>(html`<socle-header
        service-name="Démarches en ligne"
        service-tagline="Les services de la ville"
      >
        <socle-brand slot="brand" name="Ville de Lyon" href="/"></socle-brand>
        <a slot="tools" href="/aide">Aide</a>
        <form slot="search" role="search"><input type="search" aria-label="Rechercher" /></form>
        <a slot="account" href="/connexion">Se connecter</a>
      </socle-header>`);

      for (const name of ['brand', 'tools', 'search', 'account']) {
        const slot = header.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
        expect(slot.assignedElements(), name).to.have.length(1);
      }
      expect(header.shadowRoot!.querySelector('.service-name')!.textContent).to.equal('Démarches en ligne');
      expect(header.shadowRoot!.querySelector('.service-tagline')!.textContent).to.equal('Les services de la ville');
      await expect(header).to.be.accessible();
    });

    it('omits navigation without items', async () => {
      const header = await fixture<SocleHeader>(html`<socle-header service-name="Démarches"></socle-header>`);

      expect(part(header, 'navigation')).to.be.null;
      expect(part(header, 'menu-button')).to.be.null;
      await expect(header).to.be.accessible();
    });

    it('is the banner landmark', async () => {
      const header = await fixture<SocleHeader>(html`<socle-header service-name="Démarches"></socle-header>`);
      const base = part(header, 'base');

      // The accessibility check above loads axe-core, which registers itself on window.
      await expect(header).to.be.accessible();
      const axe = (window as unknown as { axe: AxeWithRoles }).axe;
      axe.setup(document);
      const role = axe.commons.aria.getRole(axe.utils.getNodeFromTree(base));
      axe.teardown();

      expect(base.localName).to.equal('header');
      expect(role).to.equal('banner');
    });
  });

  describe('navigation', () => {
    it('renders links, sub-menu and current page', async () => {
      const header = await renderHeader(1200);

      const nav = part(header, 'navigation');
      const current = nav.querySelectorAll('[aria-current="page"]');

      expect(nav.getAttribute('aria-label')).to.equal('Menu principal');
      expect(nav.querySelectorAll(':scope > ul > li')).to.have.length(3);
      expect(current).to.have.length(1);
      expect(current[0]!.textContent).to.equal('État civil');
      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('false');
      expect(submenuButton(header).getAttribute('aria-controls')).to.equal('submenu-1');
      expect(header.shadowRoot!.querySelector('#submenu-1')!.hasAttribute('hidden')).to.be.true;
      expect(getComputedStyle(part(header, 'menu-button')).display).to.equal('none');
      await expect(header).to.be.accessible();
    });

    it('reads nav-items from the JSON attribute', async () => {
      const header = await fixture<SocleHeader>(
        html`<socle-header nav-items='[{"label":"Accueil","href":"/","current":true}]'></socle-header>`,
      );

      const link = part(header, 'navigation').querySelector('a')!;

      expect(link.textContent).to.equal('Accueil');
      expect(link.getAttribute('aria-current')).to.equal('page');
    });

    it('renders nothing and warns for invalid JSON', async () => {
      const warn = sinon.stub(console, 'warn');

      const header = await fixture<SocleHeader>(html`<socle-header nav-items="[{label"></socle-header>`);

      expect(part(header, 'navigation')).to.be.null;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('nav-items is not a JSON array');
    });

    it('drops items without a label and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const header = await renderHeader(1200, [{ label: 'Accueil', href: '/' }, { href: '/x' } as unknown as NavItem]);

      expect(part(header, 'navigation').querySelectorAll('li')).to.have.length(1);
      expect(warn.firstCall.args[0]).to.contain('without a string label');
    });

    it('drops unsafe link URLs', async () => {
      const header = await renderHeader(1200, [{ label: 'Piège', href: 'javascript:alert(1)' }]);

      expect(part(header, 'navigation').querySelector('a')!.hasAttribute('href')).to.be.false;
    });

    it('toggles a sub-menu with Enter, Escape', async () => {
      const header = await renderHeader(1200);
      submenuButton(header).focus();

      await sendKeys({ press: 'Enter' });
      await header.updateComplete;

      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('true');
      expect(header.shadowRoot!.querySelector('#submenu-1')!.hasAttribute('hidden')).to.be.false;
      await expect(header).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(focusedInHeader(header)!.textContent).to.equal('État civil');

      await sendKeys({ press: 'Escape' });
      await header.updateComplete;

      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('false');
      expect(focusedInHeader(header)).to.equal(submenuButton(header));
    });

    it('closes the sub-menu on focus out', async () => {
      const header = await renderHeader(1200);
      // A focusable element after the header keeps Tab inside the page: in
      // Firefox, tabbing out of the document focuses the browser's toolbar,
      // and key presses sent to other test pages are then lost.
      const after = document.createElement('button');
      after.textContent = 'Après';
      header.after(after);
      submenuButton(header).focus();
      await sendKeys({ press: 'Enter' });
      await header.updateComplete;

      for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'Tab' });
      await header.updateComplete;

      expect(document.activeElement).to.equal(after);
      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('false');
    });

    it('closes the sub-menu on a click outside', async () => {
      const header = await renderHeader(1200);
      submenuButton(header).click();
      await header.updateComplete;

      document.body.click();
      await header.updateComplete;

      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('false');
    });

    it('uses navigation-label and English messages', async () => {
      const english = await fixture<SocleHeader>(html`<socle-header .navItems=${ITEMS}></socle-header>`, {
        parentNode: wrapper({ lang: 'en' }),
      });
      const labelled = await fixture<SocleHeader>(
        html`<socle-header navigation-label="Rubriques" .navItems=${ITEMS}></socle-header>`,
      );

      expect(part(english, 'navigation').getAttribute('aria-label')).to.equal('Main menu');
      expect(part(english, 'menu-button').textContent!.trim()).to.equal('Menu');
      expect(part(labelled, 'navigation').getAttribute('aria-label')).to.equal('Rubriques');
    });
  });

  describe('when narrower than 62em', () => {
    it('collapses the navigation behind a Menu button', async () => {
      const header = await renderHeader(600);

      const button = part(header, 'menu-button');

      expect(getComputedStyle(button).display).not.to.equal('none');
      expect(button.textContent!.trim()).to.equal('Menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('navigation');
      expect(getComputedStyle(part(header, 'navigation')).display).to.equal('none');
      await expect(header).to.be.accessible();
    });

    it('toggles the menu with Enter, Escape', async () => {
      const header = await renderHeader(600);
      const button = part(header, 'menu-button');
      button.focus();

      await sendKeys({ press: 'Enter' });
      await header.updateComplete;

      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(part(header, 'navigation')).display).not.to.equal('none');
      await expect(header).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(focusedInHeader(header)!.textContent).to.equal('Accueil');

      await sendKeys({ press: 'Escape' });
      await header.updateComplete;

      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focusedInHeader(header)).to.equal(button);
    });

    it('closes the sub-menu before the menu', async () => {
      const header = await renderHeader(600);
      part(header, 'menu-button').click();
      await header.updateComplete;
      submenuButton(header).focus();
      await sendKeys({ press: 'Enter' });
      await header.updateComplete;

      await sendKeys({ press: 'Escape' });
      await header.updateComplete;

      expect(submenuButton(header).getAttribute('aria-expanded')).to.equal('false');
      expect(part(header, 'menu-button').getAttribute('aria-expanded')).to.equal('true');
      expect(focusedInHeader(header)).to.equal(submenuButton(header));
    });

    it('lets Tab leave the open menu', async () => {
      const header = await renderHeader(600);
      const after = document.createElement('button');
      after.textContent = 'Après';
      header.after(after);
      part(header, 'menu-button').click();
      await header.updateComplete;
      part(header, 'navigation').querySelector<HTMLAnchorElement>('a[href="/contact"]')!.focus();

      await sendKeys({ press: 'Tab' });

      expect(document.activeElement).to.equal(after);
    });
  });
});
