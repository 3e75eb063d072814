import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleBrand } from './brand.js';

const LOGO = new URL('./brand.test-logo.svg', import.meta.url).href;

function base(brand: SocleBrand): HTMLElement {
  return brand.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
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

describe('socle-brand', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when variant is collectivite (default)', () => {
    it('renders logo, alt text and name', async () => {
      const brand = await fixture<SocleBrand>(
        html`<socle-brand name="Ville de Lyon" logo=${LOGO} logo-alt="Lyon, logo"></socle-brand>`,
      );

      const img = brand.shadowRoot!.querySelector<HTMLImageElement>('[part="logo"]')!;

      expect(brand.variant).to.equal('collectivite');
      expect(img.getAttribute('src')).to.equal(LOGO);
      expect(img.getAttribute('alt')).to.equal('Lyon, logo');
      expect(brand.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Ville de Lyon');
      expect(brand.shadowRoot!.querySelector('[part="bloc-marque"]')).to.be.null;
      await expect(brand).to.be.accessible();
    });

    it('prefers a slotted logo', async () => {
      const brand = await fixture<SocleBrand>(html`<socle-brand name="Commune de Brest"
        ><svg slot="logo" role="img" aria-label="Brest" viewBox="0 0 1 1"></svg
      ></socle-brand>`);

      const slot = brand.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="logo"]')!;

      expect(slot.assignedElements()).to.have.length(1);
      expect(brand.shadowRoot!.querySelector('[part="logo"]')).to.be.null;
      await expect(brand).to.be.accessible();
    });

    it('warns and decorates without logo-alt', async () => {
      const warn = sinon.stub(console, 'warn');

      const brand = await fixture<SocleBrand>(html`<socle-brand name="Ville de Lyon" logo=${LOGO}></socle-brand>`);

      expect(brand.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('logo-alt');
      await expect(brand).to.be.accessible();
    });

    it('accepts an empty logo-alt without warning', async () => {
      const warn = sinon.stub(console, 'warn');

      const brand = await fixture<SocleBrand>(
        html`<socle-brand name="Ville de Lyon" logo=${LOGO} logo-alt=""></socle-brand>`,
      );

      expect(brand.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('');
      expect(warn.callCount).to.equal(0);
    });

    it('warns when the name is missing', async () => {
      const warn = sinon.stub(console, 'warn');

      await fixture<SocleBrand>(html`<socle-brand logo=${LOGO} logo-alt="Lyon"></socle-brand>`);

      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('has no name');
    });

    it('drops a javascript: logo URL', async () => {
      sinon.stub(console, 'warn');

      const brand = await fixture<SocleBrand>(
        html`<socle-brand name="Lyon" logo="javascript:alert(1)" logo-alt="Lyon"></socle-brand>`,
      );

      expect(brand.shadowRoot!.querySelector('img')).to.be.null;
    });
  });

  describe('when variant is etat', () => {
    it('renders bloc-marque and motto lines', async () => {
      const brand = await fixture<SocleBrand>(html`<socle-brand variant="etat"></socle-brand>`);

      const bloc = brand.shadowRoot!.querySelector('[part="bloc-marque"]')!;
      const motto = brand.shadowRoot!.querySelector('[part="motto"]')!;

      expect(bloc.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('République<br>Française');
      expect(motto.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('Liberté<br>Égalité<br>Fraternité');
      expect(brand.shadowRoot!.querySelector('[part="name"]')).to.be.null;
      await expect(brand).to.be.accessible();
    });

    it('shows the Marianne supplied in its slot', async () => {
      const brand = await fixture<SocleBrand>(html`<socle-brand variant="etat"
        ><img slot="marianne" src=${LOGO} alt=""
      /></socle-brand>`);

      const slot = brand.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="marianne"]')!;

      expect(slot.assignedElements()).to.have.length(1);
      await expect(brand).to.be.accessible();
    });

    it('names the home link in full', async () => {
      const brand = await fixture<SocleBrand>(
        html`<socle-brand variant="etat" name="Ministère de l'Intérieur" href="/"></socle-brand>`,
      );

      expect(base(brand).getAttribute('aria-label')).to.equal(
        "Accueil — Ministère de l'Intérieur — République Française Liberté Égalité Fraternité",
      );
      await expect(brand).to.be.accessible();
    });
  });

  describe('with href', () => {
    it('wraps the brand in a home link', async () => {
      const brand = await fixture<SocleBrand>(
        html`<socle-brand name="Ville de Lyon" logo=${LOGO} logo-alt="" href="/accueil"></socle-brand>`,
      );

      const link = base(brand);

      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal('/accueil');
      expect(link.getAttribute('aria-label')).to.equal('Accueil — Ville de Lyon');
      await expect(brand).to.be.accessible();
    });

    it('names an unnamed home link "Accueil"', async () => {
      sinon.stub(console, 'warn');

      const brand = await fixture<SocleBrand>(html`<socle-brand href="/"></socle-brand>`);

      expect(base(brand).getAttribute('aria-label')).to.equal('Accueil');
    });

    it('uses English wording under lang="en"', async () => {
      const brand = await fixture<SocleBrand>(html`<socle-brand name="Lyon" href="/"></socle-brand>`, {
        parentNode: wrapper({ lang: 'en' }),
      });

      expect(base(brand).getAttribute('aria-label')).to.equal('Home — Lyon');
    });

    for (const unsafe of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x']) {
      it(`renders no link for ${JSON.stringify(unsafe)}`, async () => {
        const brand = await fixture<SocleBrand>(html`<socle-brand name="Lyon" href=${unsafe}></socle-brand>`);

        expect(base(brand).localName).to.equal('span');
        expect(brand.shadowRoot!.querySelector('a')).to.be.null;
      });
    }
  });

  describe('with non-string URLs', () => {
    for (const value of [[], ['/accueil'], {}, 0]) {
      it(`renders no link and no logo for ${JSON.stringify(value)}`, async () => {
        sinon.stub(console, 'warn');
        const brand = await fixture<SocleBrand>(html`<socle-brand name="Lyon" href="/" logo=${LOGO}></socle-brand>`);

        (brand as unknown as Record<string, unknown>)['href'] = value;
        (brand as unknown as Record<string, unknown>)['logo'] = value;
        await brand.updateComplete;

        expect(base(brand).localName).to.equal('span');
        expect(brand.shadowRoot!.querySelector('img')).to.be.null;
      });
    }
  });

  describe('when variant is invalid', () => {
    it('falls back to collectivite and warns once', async () => {
      const warn = sinon.stub(console, 'warn');

      const brand = await fixture<SocleBrand>(html`<socle-brand variant="ministere" name="Lyon"></socle-brand>`);

      expect(base(brand).classList.contains('collectivite')).to.be.true;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-brand> variant="ministere"');
    });
  });
});
