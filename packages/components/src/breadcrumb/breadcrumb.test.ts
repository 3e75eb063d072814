import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { BreadcrumbItem, SocleBreadcrumb } from './breadcrumb.js';

const ITEMS: BreadcrumbItem[] = [
  { label: 'Accueil', href: '/' },
  { label: 'Démarches', href: '/demarches' },
  { label: 'Acte de naissance' },
];

function part(breadcrumb: SocleBreadcrumb, name: string): HTMLElement {
  return breadcrumb.shadowRoot!.querySelector(`[part="${name}"]`) as HTMLElement;
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

async function renderBreadcrumb(width: number, items: unknown[] = ITEMS): Promise<SocleBreadcrumb> {
  return fixture<SocleBreadcrumb>(html`<socle-breadcrumb .items=${items}></socle-breadcrumb>`, {
    parentNode: wrapper({ style: `width: ${width}px` }),
  });
}

describe('socle-breadcrumb', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when wide', () => {
    it('renders a named ordered trail', async () => {
      const breadcrumb = await renderBreadcrumb(1000);

      const nav = part(breadcrumb, 'base');
      const steps = [...nav.querySelectorAll('ol > li')];
      const current = nav.querySelectorAll('[aria-current]');

      expect(nav.localName).to.equal('nav');
      expect(nav.getAttribute('aria-label')).to.equal('Fil d’Ariane');
      expect(steps.map((step) => step.textContent!.trim())).to.deep.equal(['Accueil', 'Démarches', 'Acte de naissance']);
      expect(steps[0]!.querySelector('a')!.getAttribute('href')).to.equal('/');
      expect(current).to.have.length(1);
      expect(current[0]!.getAttribute('aria-current')).to.equal('page');
      expect(current[0]!.textContent).to.equal('Acte de naissance');
      expect(getComputedStyle(part(breadcrumb, 'button')).display).to.equal('none');
      expect(getComputedStyle(part(breadcrumb, 'list')).display).not.to.equal('none');
      await expect(breadcrumb).to.be.accessible();
    });

    it('links the current page with href', async () => {
      const breadcrumb = await renderBreadcrumb(1000, [
        { label: 'Accueil', href: '/' },
        { label: 'Contact', href: '/contact' },
      ]);

      const current = part(breadcrumb, 'list').querySelector('[aria-current="page"]')!;

      expect(current.localName).to.equal('a');
      expect(current.getAttribute('href')).to.equal('/contact');
      await expect(breadcrumb).to.be.accessible();
    });

    it('reads items from the JSON attribute', async () => {
      const breadcrumb = await fixture<SocleBreadcrumb>(
        html`<socle-breadcrumb items='[{"label":"Accueil","href":"/"},{"label":"Aide"}]'></socle-breadcrumb>`,
      );

      expect(part(breadcrumb, 'list').querySelectorAll('li')).to.have.length(2);
    });

    it('uses label and English messages', async () => {
      const english = await fixture<SocleBreadcrumb>(html`<socle-breadcrumb .items=${ITEMS}></socle-breadcrumb>`, {
        parentNode: wrapper({ lang: 'en' }),
      });
      const labelled = await fixture<SocleBreadcrumb>(
        html`<socle-breadcrumb label="Vous êtes ici" .items=${ITEMS}></socle-breadcrumb>`,
      );

      expect(part(english, 'base').getAttribute('aria-label')).to.equal('Breadcrumb');
      expect(part(english, 'button').textContent!.trim()).to.equal('Show the breadcrumb');
      expect(part(labelled, 'base').getAttribute('aria-label')).to.equal('Vous êtes ici');
    });
  });

  describe('when narrower than 48em', () => {
    it('collapses the list behind a disclosure button', async () => {
      const breadcrumb = await renderBreadcrumb(400);

      const button = part(breadcrumb, 'button');

      expect(getComputedStyle(button).display).not.to.equal('none');
      expect(button.textContent!.trim()).to.equal('Voir le fil d’Ariane');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('list');
      expect(getComputedStyle(part(breadcrumb, 'list')).display).to.equal('none');
      await expect(breadcrumb).to.be.accessible();
    });

    it('reveals the list with Enter', async () => {
      const breadcrumb = await renderBreadcrumb(400);
      const toggled = sinon.spy();
      breadcrumb.addEventListener('socle-toggle', toggled);
      part(breadcrumb, 'button').focus();

      await sendKeys({ press: 'Enter' });
      await breadcrumb.updateComplete;

      expect(part(breadcrumb, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(part(breadcrumb, 'list')).display).not.to.equal('none');
      expect(toggled.firstCall.args[0].detail).to.deep.equal({ open: true });
      await expect(breadcrumb).to.be.accessible();

      await sendKeys({ press: 'Tab' });

      expect(breadcrumb.shadowRoot!.activeElement!.textContent).to.equal('Accueil');
    });
  });

  describe('with bad input', () => {
    it('renders nothing and warns for invalid JSON', async () => {
      const warn = sinon.stub(console, 'warn');

      const breadcrumb = await fixture<SocleBreadcrumb>(html`<socle-breadcrumb items="{oops"></socle-breadcrumb>`);

      expect(part(breadcrumb, 'base')).to.be.null;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-breadcrumb> items is not a JSON array');
    });

    it('drops items without a label and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const breadcrumb = await renderBreadcrumb(1000, [{ label: 'Accueil', href: '/' }, { href: '/x' }, 'texte']);

      expect(part(breadcrumb, 'list').querySelectorAll('li')).to.have.length(1);
      expect(warn.firstCall.args[0]).to.contain('ignored 2 item(s)');
    });

    it('drops unsafe URLs', async () => {
      const breadcrumb = await renderBreadcrumb(1000, [
        { label: 'Piège', href: 'javascript:alert(1)' },
        { label: 'Page', href: 'data:text/html,x' },
      ]);

      expect(part(breadcrumb, 'list').querySelectorAll('[href]')).to.have.length(0);
      expect(part(breadcrumb, 'list').querySelector('[aria-current="page"]')!.localName).to.equal('span');
    });
  });
});
