import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleFranceconnectButton } from './franceconnect-button.js';

/** A stand-in logo served by the test server, because Socle ships no provider logo. */
const LOGO = new URL('./franceconnect-button.test-logo.svg', import.meta.url).href;

function part(element: SocleFranceconnectButton, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('socle-franceconnect-button', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  const cases = [
    {
      provider: 'franceconnect',
      name: 'S’identifier avec FranceConnect',
      help: 'Qu’est-ce que FranceConnect ?',
      helpHref: 'https://franceconnect.gouv.fr/',
    },
    {
      provider: 'franceconnect-plus',
      name: 'S’identifier avec FranceConnect+',
      help: 'Qu’est-ce que FranceConnect+ ?',
      helpHref: 'https://franceconnect.gouv.fr/france-connect-plus',
    },
    {
      provider: 'proconnect',
      name: 'S’identifier avec ProConnect',
      help: 'Qu’est-ce que ProConnect ?',
      helpHref: 'https://www.proconnect.gouv.fr/',
    },
  ];

  for (const { provider, name, help, helpHref } of cases) {
    describe(`with provider ${provider}`, () => {
      it('renders the fixed wording and a same-tab sign-in link', async () => {
        const element = await fixture<SocleFranceconnectButton>(
          html`<socle-franceconnect-button provider=${provider} href="/connexion/oidc"></socle-franceconnect-button>`,
        );

        const button = part(element, 'button') as HTMLAnchorElement;

        expect(text(button)).to.equal(name);
        expect(button.getAttribute('href')).to.equal('/connexion/oidc');
        expect(button.hasAttribute('target')).to.be.false;
      });

      it('links to the provider’s page in a new window, announced', async () => {
        const element = await fixture<SocleFranceconnectButton>(
          html`<socle-franceconnect-button provider=${provider} href="/connexion"></socle-franceconnect-button>`,
        );

        const link = part(element, 'help') as HTMLAnchorElement;

        expect(link.getAttribute('href')).to.equal(helpHref);
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.contain('noopener');
        expect(text(link).replace('\u00a0', ' ')).to.equal(`${help} - nouvelle fenêtre`);
        await expect(element).to.be.accessible();
      });
    });
  }

  describe('when the provider is invalid', () => {
    it('falls back to FranceConnect and warns once', async () => {
      const warn = sinon.stub(console, 'warn');

      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button provider="agentconnect" href="/connexion"></socle-franceconnect-button>`,
      );

      expect(text(part(element, 'button'))).to.equal('S’identifier avec FranceConnect');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('provider="agentconnect"');
      expect(warn.firstCall.args[0]).to.contain('franceconnect, franceconnect-plus, proconnect');
    });
  });

  describe('href', () => {
    it('drops a javascript: URL, disables the link and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="javascript:alert(1)"></socle-franceconnect-button>`,
      );
      const button = part(element, 'button')!;

      expect(button.hasAttribute('href')).to.be.false;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('no valid href');
    });
  });

  describe('with non-string URLs', () => {
    it('renders no logo and no href for numbers and arrays', async () => {
      sinon.stub(console, 'warn');
      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion" logo=${LOGO}></socle-franceconnect-button>`,
      );

      (element as unknown as Record<string, unknown>)['logo'] = 5e-324;
      (element as unknown as Record<string, unknown>)['href'] = ['/connexion'];
      await element.updateComplete;

      expect(element.shadowRoot!.querySelector('img')).to.be.null;
      expect(part(element, 'button')!.hasAttribute('href')).to.be.false;
    });
  });

  describe('logo', () => {
    it('renders no logo box without a logo', async () => {
      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion"></socle-franceconnect-button>`,
      );

      expect(element.shadowRoot!.querySelector<HTMLElement>('.logo')!.hidden).to.be.true;
    });

    it('renders the logo URL as a decorative image', async () => {
      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion" logo=${LOGO}></socle-franceconnect-button>`,
      );

      const image = element.shadowRoot!.querySelector('img')!;

      expect(image.getAttribute('src')).to.equal(LOGO);
      expect(image.getAttribute('alt')).to.equal('');
      expect(element.shadowRoot!.querySelector<HTMLElement>('.logo')!.hidden).to.be.false;
      await expect(element).to.be.accessible();
    });

    it('drops a javascript: logo URL', async () => {
      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion" logo="javascript:alert(1)"></socle-franceconnect-button>`,
      );

      expect(element.shadowRoot!.querySelector('img')).to.be.null;
    });

    it('prefers the logo slot', async () => {
      const element = await fixture<SocleFranceconnectButton>(html`<socle-franceconnect-button
        href="/connexion"
        logo=${LOGO}
        ><svg slot="logo" aria-hidden="true" viewBox="0 0 1 1"></svg
      ></socle-franceconnect-button>`);

      const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="logo"]')!;

      expect(slot.assignedElements()).to.have.length(1);
      expect(element.shadowRoot!.querySelector<HTMLElement>('.logo')!.hidden).to.be.false;
      expect(text(part(element, 'button'))).to.equal('S’identifier avec FranceConnect');
      await expect(element).to.be.accessible();
    });
  });

  describe('theme', () => {
    it('keeps the provider’s colours when the theme overrides tokens', async () => {
      const wrapper = await fixture(html`<div
        style="--socle-color-action-primary-background: #ff00ff; --socle-color-action-primary-text: #00ff00; --socle-font-family-body: serif"
      >
        <socle-franceconnect-button href="/connexion"></socle-franceconnect-button>
      </div>`);
      const element = wrapper.querySelector('socle-franceconnect-button')!;
      await element.updateComplete;

      const style = getComputedStyle(part(element, 'button')!);

      expect(style.backgroundColor).to.equal('rgb(0, 0, 145)');
      expect(style.color).to.equal('rgb(245, 245, 254)');
      expect(style.fontFamily).to.contain('Marianne');
    });

    it('is at least 56 px high', async () => {
      const element = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion"></socle-franceconnect-button>`,
      );

      const box = part(element, 'button')!.getBoundingClientRect();

      expect(box.height).to.be.at.least(56);
    });
  });

  describe('or-separator', () => {
    it('renders a visible "ou" only when set', async () => {
      const plain = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion"></socle-franceconnect-button>`,
      );
      const separated = await fixture<SocleFranceconnectButton>(
        html`<socle-franceconnect-button href="/connexion" or-separator></socle-franceconnect-button>`,
      );

      expect(part(plain, 'separator')).to.be.null;
      expect(text(part(separated, 'separator'))).to.equal('ou');
      expect(part(separated, 'separator')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(separated).to.be.accessible();
    });

    it('says "or" in English', async () => {
      const wrapper = await fixture(html`<div lang="en">
        <socle-franceconnect-button href="/connexion" or-separator></socle-franceconnect-button>
      </div>`);
      const element = wrapper.querySelector('socle-franceconnect-button')!;
      await element.updateComplete;

      expect(text(part(element, 'separator'))).to.equal('or');
      expect(text(part(element, 'button'))).to.equal('Sign in with FranceConnect');
      expect(text(part(element, 'help'))).to.equal('What is FranceConnect? - new window');
    });
  });

  describe('keyboard', () => {
    it('reaches the button then the help link with Tab, and follows the button on Enter', async () => {
      const wrapper = await fixture(html`<div>
        <button id="before">Avant</button>
        <socle-franceconnect-button href="#connexion"></socle-franceconnect-button>
      </div>`);
      const element = wrapper.querySelector('socle-franceconnect-button')!;
      await element.updateComplete;
      const onClick = sinon.spy((event: Event) => event.preventDefault());
      part(element, 'button')!.addEventListener('click', onClick);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      await sendKeys({ press: 'Tab' });
      const first = element.shadowRoot!.activeElement;
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      const second = element.shadowRoot!.activeElement;

      expect(first).to.equal(part(element, 'button'));
      expect(onClick.callCount).to.equal(1);
      expect(second).to.equal(part(element, 'help'));
    });
  });
});
