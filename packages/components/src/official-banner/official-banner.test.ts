import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleOfficialBanner } from './official-banner.js';

function part(banner: SocleOfficialBanner, name: string): HTMLElement {
  return banner.shadowRoot!.querySelector(`[part="${name}"]`) as HTMLElement;
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

describe('socle-official-banner', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when closed (default)', () => {
    it('names the administration and hides the explanation', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner administration="la Ville de Lyon" domain="lyon.fr"></socle-official-banner>`,
      );

      const button = part(banner, 'button');

      expect(part(banner, 'title').textContent!.trim()).to.equal('Site officiel de la Ville de Lyon');
      expect(button.textContent!.trim()).to.equal('Comment le reconnaître ?');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('explanation');
      expect(part(banner, 'explanation').hidden).to.be.true;
      await expect(banner).to.be.accessible();
    });
  });

  describe('when open', () => {
    it('explains the domain and HTTPS', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner open administration="la Ville de Lyon" domain="lyon.fr"></socle-official-banner>`,
      );

      const text = part(banner, 'explanation').textContent!.replace(/\s+/g, ' ');

      expect(part(banner, 'explanation').hidden).to.be.false;
      expect(text).to.contain('.gouv.fr');
      expect(text).to.contain('Ce site utilise lyon.fr, le domaine connu de la Ville de Lyon.');
      expect(text).to.contain('https://');
      expect(text).to.contain('cadenas');
      await expect(banner).to.be.accessible();
    });

    it('leaves out the known domain without domain', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner open administration="l’État"></socle-official-banner>`,
      );

      expect(banner.shadowRoot!.querySelector('.known')).to.be.null;
    });

    it('replaces the explanation with slotted content', async () => {
      const banner = await fixture<SocleOfficialBanner>(html`<socle-official-banner open administration="la Région">
        <p>Notre site utilise l’adresse region.fr.</p>
      </socle-official-banner>`);

      const slot = banner.shadowRoot!.querySelector<HTMLSlotElement>('slot:not([name])')!;

      expect(slot.assignedElements()).to.have.length(1);
      expect(banner.shadowRoot!.querySelector('.point')!.checkVisibility()).to.be.false;
      await expect(banner).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('toggles with Enter and Escape', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner administration="la Ville de Lyon"></socle-official-banner>`,
      );
      const toggled = sinon.spy();
      banner.addEventListener('socle-toggle', toggled);
      part(banner, 'button').focus();

      await sendKeys({ press: 'Enter' });
      await banner.updateComplete;

      expect(banner.open).to.be.true;
      expect(part(banner, 'button').getAttribute('aria-expanded')).to.equal('true');
      expect(toggled.firstCall.args[0].detail).to.deep.equal({ open: true });

      await sendKeys({ press: 'Escape' });
      await banner.updateComplete;

      expect(banner.open).to.be.false;
      expect(banner.shadowRoot!.activeElement).to.equal(part(banner, 'button'));
      expect(toggled.callCount).to.equal(2);
    });

    it('toggles with Space', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner administration="la Ville de Lyon"></socle-official-banner>`,
      );
      part(banner, 'button').focus();

      const event = oneEvent(banner, 'socle-toggle');
      await sendKeys({ press: ' ' });
      await event;

      expect(banner.open).to.be.true;
    });
  });

  describe('without administration', () => {
    it('reads "Site officiel" and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const banner = await fixture<SocleOfficialBanner>(html`<socle-official-banner></socle-official-banner>`);

      expect(part(banner, 'title').textContent!.trim()).to.equal('Site officiel');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('has no administration');
      await expect(banner).to.be.accessible();
    });
  });

  describe('in English', () => {
    it('translates the title and the button', async () => {
      const banner = await fixture<SocleOfficialBanner>(
        html`<socle-official-banner administration="the City of Lyon"></socle-official-banner>`,
        { parentNode: wrapper({ lang: 'en' }) },
      );

      expect(part(banner, 'title').textContent!.trim()).to.equal('Official website of the City of Lyon');
      expect(part(banner, 'button').textContent!.trim()).to.equal('How to recognise it?');
    });
  });
});
