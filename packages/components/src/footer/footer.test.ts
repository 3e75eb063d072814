import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import '../brand/define.js';
import './define.js';
import type { SocleFooter } from './footer.js';

function part(footer: SocleFooter, name: string): HTMLElement | null {
  return footer.shadowRoot!.querySelector(`[part="${name}"]`);
}

function legalTexts(footer: SocleFooter): string[] {
  return [...footer.shadowRoot!.querySelectorAll('.legal li')].map((item) => item.textContent!.trim());
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

describe('socle-footer', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when complete', () => {
    it('renders brand, description, mentions and licence', async () => {
      const footer = await fixture<SocleFooter>(html`<socle-footer
        description="Le site officiel de la ville."
        accessibility-status="partiellement"
        accessibility-href="/accessibilite"
        legal-href="/mentions-legales"
        privacy-href="/donnees-personnelles"
      >
        <socle-brand slot="brand" name="Ville de Lyon"></socle-brand>
      </socle-footer>`);

      expect(footer.shadowRoot!.querySelector('slot[name="brand"]')! as HTMLSlotElement).to.exist;
      expect(footer.shadowRoot!.querySelector('.description p')!.textContent).to.equal('Le site officiel de la ville.');
      expect(legalTexts(footer)).to.deep.equal([
        'Accessibilité : partiellement conforme',
        'Mentions légales',
        'Données personnelles',
        'Gestion des cookies',
      ]);
      expect(footer.shadowRoot!.querySelector('a[href="/mentions-legales"]')).to.exist;
      expect(footer.shadowRoot!.querySelector('a[href="/donnees-personnelles"]')).to.exist;
      expect(part(footer, 'licence')!.textContent).to.equal(
        'Sauf mention contraire, tous les contenus de ce site sont sous licence etalab-2.0',
      );
      expect(part(footer, 'state-links')).to.be.null;
      await expect(footer).to.be.accessible();
    });

    it('is the contentinfo landmark', async () => {
      const footer = await fixture<SocleFooter>(html`<socle-footer
        accessibility-status="non"
        accessibility-href="/a"
        legal-href="/m"
        privacy-href="/d"
      ></socle-footer>`);
      const base = part(footer, 'base')!;

      // The accessibility check loads axe-core, which registers itself on window.
      await expect(footer).to.be.accessible();
      const axe = (window as unknown as { axe: AxeWithRoles }).axe;
      axe.setup(document);
      const role = axe.commons.aria.getRole(axe.utils.getNodeFromTree(base));
      axe.teardown();

      expect(base.localName).to.equal('footer');
      expect(role).to.equal('contentinfo');
    });
  });

  describe('with non-string URLs', () => {
    it('leaves out a legal link set to an array', async () => {
      const warn = sinon.stub(console, 'warn');
      const footer = await fixture<SocleFooter>(html`<socle-footer
        accessibility-status="non"
        accessibility-href="/a"
        legal-href="/m"
        privacy-href="/d"
      ></socle-footer>`);

      (footer as unknown as Record<string, unknown>)['legalHref'] = [];
      await footer.updateComplete;

      expect(footer.shadowRoot!.querySelector('a[href="/m"]')).to.be.null;
      expect(legalTexts(footer)).not.to.include('Mentions légales');
      expect(warn.calledWithMatch(sinon.match('no valid legal-href'))).to.be.true;
    });
  });

  describe('accessibility mention', () => {
    const cases = [
      ['totalement', 'Accessibilité : totalement conforme'],
      ['partiellement', 'Accessibilité : partiellement conforme'],
      ['non', 'Accessibilité : non conforme'],
    ] as const;

    for (const [status, text] of cases) {
      it(`reads "${text}" for ${status}`, async () => {
        const footer = await fixture<SocleFooter>(html`<socle-footer
          accessibility-status=${status}
          accessibility-href="/accessibilite"
          legal-href="/m"
          privacy-href="/d"
        ></socle-footer>`);

        const mention = part(footer, 'accessibility')!;

        expect(mention.localName).to.equal('a');
        expect(mention.getAttribute('href')).to.equal('/accessibilite');
        expect(mention.textContent).to.equal(text);
        await expect(footer).to.be.accessible();
      });
    }

    it('warns on an invalid status', async () => {
      const warn = sinon.stub(console, 'warn');

      const footer = await fixture<SocleFooter>(html`<socle-footer
        accessibility-status="conforme"
        accessibility-href="/a"
        legal-href="/m"
        privacy-href="/d"
      ></socle-footer>`);

      expect(part(footer, 'accessibility')!.textContent).to.equal('Accessibilité : non conforme');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-footer> accessibility-status="conforme"');
      expect(warn.firstCall.args[0]).to.contain('totalement, partiellement, non');
    });

    it('warns on a missing status', async () => {
      const warn = sinon.stub(console, 'warn');

      const footer = await fixture<SocleFooter>(
        html`<socle-footer accessibility-href="/a" legal-href="/m" privacy-href="/d"></socle-footer>`,
      );

      expect(part(footer, 'accessibility')!.textContent).to.equal('Accessibilité : non conforme');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('no accessibility-status');
    });

    it('shows plain text without accessibility-href', async () => {
      const warn = sinon.stub(console, 'warn');

      const footer = await fixture<SocleFooter>(
        html`<socle-footer accessibility-status="totalement" legal-href="/m" privacy-href="/d"></socle-footer>`,
      );

      expect(part(footer, 'accessibility')!.localName).to.equal('span');
      expect(warn.firstCall.args[0]).to.contain('accessibility-href');
      await expect(footer).to.be.accessible();
    });

    it('uses English wording under lang="en"', async () => {
      const footer = await fixture<SocleFooter>(
        html`<socle-footer
          accessibility-status="totalement"
          accessibility-href="/a"
          legal-href="/m"
          privacy-href="/d"
        ></socle-footer>`,
        { parentNode: wrapper({ lang: 'en' }) },
      );

      expect(legalTexts(footer)).to.deep.equal([
        'Accessibility: fully compliant',
        'Legal notice',
        'Personal data',
        'Cookie settings',
      ]);
    });
  });

  describe('when variant is etat', () => {
    it('links the four State websites in order', async () => {
      const footer = await fixture<SocleFooter>(html`<socle-footer
        variant="etat"
        accessibility-status="totalement"
        accessibility-href="/a"
        legal-href="/m"
        privacy-href="/d"
      >
        <socle-brand slot="brand" variant="etat"></socle-brand>
      </socle-footer>`);

      const links = [...part(footer, 'state-links')!.querySelectorAll('a')];

      expect(links.map((link) => link.textContent)).to.deep.equal([
        'info.gouv.fr',
        'service-public.gouv.fr',
        'legifrance.gouv.fr',
        'data.gouv.fr',
      ]);
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://www.info.gouv.fr',
        'https://www.service-public.gouv.fr',
        'https://www.legifrance.gouv.fr',
        'https://www.data.gouv.fr',
      ]);
      expect(links.every((link) => !link.hasAttribute('target'))).to.be.true;
      await expect(footer).to.be.accessible();
    });
  });

  describe('safe URLs', () => {
    it('drops javascript: URLs from every link', async () => {
      const warn = sinon.stub(console, 'warn');

      const footer = await fixture<SocleFooter>(html`<socle-footer
        accessibility-status="non"
        accessibility-href="javascript:alert(1)"
        legal-href=" javascript:alert(2)"
        privacy-href="JAVASCRIPT:alert(3)"
      ></socle-footer>`);

      expect(footer.shadowRoot!.querySelectorAll('a')).to.have.length(0);
      expect(legalTexts(footer)).to.deep.equal(['Accessibilité : non conforme', 'Gestion des cookies']);
      expect(warn.callCount).to.equal(3);
      await expect(footer).to.be.accessible();
    });
  });

  describe('cookie settings', () => {
    it('fires socle-consent-open on document with Enter', async () => {
      const footer = await fixture<SocleFooter>(
        html`<socle-footer accessibility-status="non" accessibility-href="/a" legal-href="/m" privacy-href="/d"></socle-footer>`,
      );
      part(footer, 'cookies')!.focus();

      const listener = oneEvent(document, 'socle-consent-open');
      await sendKeys({ press: 'Enter' });
      const event = await listener;

      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.target).to.equal(footer);
    });
  });

  describe('slots', () => {
    it('renders links, description and licence slots', async () => {
      const footer = await fixture<SocleFooter>(html`<socle-footer
        accessibility-status="non"
        accessibility-href="/a"
        legal-href="/m"
        privacy-href="/d"
      >
        <nav slot="links" aria-label="Démarches"><ul><li><a href="/etat-civil">État civil</a></li></ul></nav>
        <p slot="description">Une description <strong>riche</strong>.</p>
        <span slot="licence">Contenus sous licence CC BY 4.0</span>
      </socle-footer>`);

      for (const name of ['links', 'description', 'licence']) {
        const slot = footer.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
        expect(slot.assignedElements(), name).to.have.length(1);
      }
      const licence = footer.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="licence"]')!;
      expect(licence.assignedElements()[0]!.textContent).to.equal('Contenus sous licence CC BY 4.0');
      await expect(footer).to.be.accessible();
    });
  });
});

interface AxeWithRoles {
  setup(root: Node): void;
  teardown(): void;
  utils: { getNodeFromTree(node: Node): unknown };
  commons: { aria: { getRole(node: unknown): string | null } };
}
