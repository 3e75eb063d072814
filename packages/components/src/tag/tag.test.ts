import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleTag } from './tag.js';

function base(tag: SocleTag): HTMLElement {
  return tag.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
}

function removeButton(tag: SocleTag): HTMLButtonElement {
  return tag.shadowRoot!.querySelector('.remove') as HTMLButtonElement;
}

describe('socle-tag', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when static', () => {
    it('renders a non-interactive label', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag>Urbanisme</socle-tag>`);

      expect(base(tag).localName).to.equal('span');
      expect(tag.shadowRoot!.querySelector('button')).to.be.null;
      expect(base(tag).classList.contains('md')).to.be.true;
    });

    for (const size of ['sm', 'md']) {
      it(`is accessible in size ${size}`, async () => {
        const tag = await fixture<SocleTag>(html`<socle-tag size=${size}>Urbanisme</socle-tag>`);

        expect(base(tag).classList.contains(size)).to.be.true;
        await expect(tag).to.be.accessible();
      });
    }

    it('falls back to md and warns on an unknown size', async () => {
      const warn = sinon.stub(console, 'warn');

      const tag = await fixture<SocleTag>(html`<socle-tag size="xl">Urbanisme</socle-tag>`);

      expect(base(tag).classList.contains('md')).to.be.true;
      expect(warn.firstCall.args[0]).to.contain('<socle-tag> size="xl"');
    });
  });

  describe('when selectable', () => {
    it('renders a toggle button with aria-pressed and is accessible', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag selectable>Écoles</socle-tag>`);

      expect(base(tag).localName).to.equal('button');
      expect(base(tag).getAttribute('aria-pressed')).to.equal('false');
      await expect(tag).to.be.accessible();
    });

    it('is accessible when selected', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag selectable selected>Écoles</socle-tag>`);

      expect(base(tag).getAttribute('aria-pressed')).to.equal('true');
      await expect(tag).to.be.accessible();
    });

    it('toggles with Space and Enter, firing socle-toggle', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag selectable>Écoles</socle-tag>`);
      const onToggle = sinon.spy();
      tag.addEventListener('socle-toggle', onToggle);

      tag.focus();
      await sendKeys({ press: ' ' });
      await tag.updateComplete;

      expect(tag.selected).to.be.true;
      expect(tag.hasAttribute('selected')).to.be.true;
      expect(base(tag).getAttribute('aria-pressed')).to.equal('true');
      expect(onToggle.firstCall.args[0].detail).to.deep.equal({ selected: true });

      await sendKeys({ press: 'Enter' });
      await tag.updateComplete;

      expect(tag.selected).to.be.false;
      expect(onToggle.secondCall.args[0].detail).to.deep.equal({ selected: false });
    });

    it('fires no event when code sets selected', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag selectable>Écoles</socle-tag>`);
      const onToggle = sinon.spy();
      tag.addEventListener('socle-toggle', onToggle);

      tag.selected = true;
      await tag.updateComplete;

      expect(base(tag).getAttribute('aria-pressed')).to.equal('true');
      expect(onToggle.callCount).to.equal(0);
    });
  });

  describe('when dismissible', () => {
    it('names the remove button after the tag in French and is accessible', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag dismissible>Lyon 3e</socle-tag>`);

      expect(removeButton(tag).getAttribute('aria-label')).to.equal('Retirer Lyon 3e');
      await expect(tag).to.be.accessible();
    });

    it('names the remove button in English from the label attribute', async () => {
      const wrapper = fixtureSync(html`<div lang="en"><socle-tag dismissible label="Lyon">Lyon ×</socle-tag></div>`);
      const tag = wrapper.querySelector('socle-tag')!;
      await tag.updateComplete;

      expect(removeButton(tag).getAttribute('aria-label')).to.equal('Remove Lyon');
    });

    it('focuses next tag after Enter removal', async () => {
      const list = fixtureSync(html`<div>
        <socle-tag dismissible>Lyon</socle-tag>
        <socle-tag dismissible>Nantes</socle-tag>
      </div>`);
      const [first, second] = [...list.querySelectorAll('socle-tag')] as [SocleTag, SocleTag];
      await Promise.all([first.updateComplete, second.updateComplete]);
      list.addEventListener('socle-dismiss', (event) => (event.target as Element).remove());

      first.focus();
      await sendKeys({ press: 'Enter' });

      expect(first.isConnected).to.be.false;
      expect(second.shadowRoot!.activeElement).to.equal(removeButton(second));
    });

    it('moves focus to the previous tag when the last one is removed later', async () => {
      const list = fixtureSync(html`<div>
        <socle-tag dismissible>Lyon</socle-tag>
        <span>et</span>
        <socle-tag dismissible>Nantes</socle-tag>
      </div>`);
      const [first, second] = [...list.querySelectorAll('socle-tag')] as [SocleTag, SocleTag];
      await Promise.all([first.updateComplete, second.updateComplete]);
      const onDismiss = sinon.spy();
      list.addEventListener('socle-dismiss', onDismiss);

      second.focus();
      await sendKeys({ press: ' ' });
      await Promise.resolve();
      second.remove();

      expect(onDismiss.callCount).to.equal(1);
      expect(first.shadowRoot!.activeElement).to.equal(removeButton(first));
    });

    it('does not move focus when socle-dismiss is canceled', async () => {
      const list = fixtureSync(html`<div>
        <socle-tag dismissible>Lyon</socle-tag>
        <socle-tag dismissible>Nantes</socle-tag>
      </div>`);
      const [first, second] = [...list.querySelectorAll('socle-tag')] as [SocleTag, SocleTag];
      await Promise.all([first.updateComplete, second.updateComplete]);
      list.addEventListener('socle-dismiss', (event) => event.preventDefault());

      first.focus();
      await sendKeys({ press: 'Enter' });
      first.remove();

      expect(second.shadowRoot!.activeElement).to.be.null;
    });

    it('renders as dismissible and warns when also selectable', async () => {
      const warn = sinon.stub(console, 'warn');

      const tag = await fixture<SocleTag>(html`<socle-tag dismissible selectable>Lyon</socle-tag>`);

      expect(removeButton(tag)).to.not.be.null;
      expect(base(tag).localName).to.equal('span');
      expect(warn.firstCall.args[0]).to.contain('dismissible and selectable');
    });

    it('keeps the remove button at least 24 px wide in size sm', async () => {
      const tag = await fixture<SocleTag>(html`<socle-tag dismissible size="sm">Lyon</socle-tag>`);

      const box = removeButton(tag).getBoundingClientRect();

      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
      await expect(tag).to.be.accessible();
    });
  });
});
