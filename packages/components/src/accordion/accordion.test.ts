import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleAccordion } from './accordion.js';
import type { SocleAccordionItem } from './accordion-item.js';

function button(item: SocleAccordionItem): HTMLButtonElement {
  return item.shadowRoot!.querySelector('.button') as HTMLButtonElement;
}

function panel(item: SocleAccordionItem): HTMLElement {
  return item.shadowRoot!.querySelector('.panel') as HTMLElement;
}

async function renderAccordion(
  template = html`<socle-accordion>
    <socle-accordion-item heading="Qui peut faire la demande ?">Le titulaire de l’acte.</socle-accordion-item>
    <socle-accordion-item heading="Quels documents fournir ?" open>Une pièce d’identité.</socle-accordion-item>
    <socle-accordion-item heading="Quel est le délai ?">Dix jours ouvrés.</socle-accordion-item>
  </socle-accordion>`,
): Promise<{ accordion: SocleAccordion; items: SocleAccordionItem[] }> {
  const accordion = await fixture<SocleAccordion>(template);
  const items = accordion.items;
  await Promise.all(items.map((item) => item.updateComplete));
  return { accordion, items };
}

function shadowActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('socle-accordion', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered by default', () => {
    it('renders each header as a button inside an h3', async () => {
      const { items } = await renderAccordion();

      for (const item of items) {
        const header = item.shadowRoot!.querySelector('[part="header"]')!;
        expect(header.localName).to.equal('h3');
        expect(header.firstElementChild).to.equal(button(item));
      }
    });

    it('wires aria-expanded, aria-controls and the region label', async () => {
      const { items } = await renderAccordion();
      const [closed, opened] = items as [SocleAccordionItem, SocleAccordionItem];

      expect(button(closed).getAttribute('aria-expanded')).to.equal('false');
      expect(button(opened).getAttribute('aria-expanded')).to.equal('true');
      expect(button(closed).getAttribute('aria-controls')).to.equal(panel(closed).id);
      expect(panel(closed).getAttribute('role')).to.equal('region');
      expect(panel(closed).getAttribute('aria-labelledby')).to.equal(button(closed).id);
    });

    it('hides closed panels until found and shows open ones', async () => {
      const { items } = await renderAccordion();
      const [closed, opened] = items as [SocleAccordionItem, SocleAccordionItem];
      const expected = 'onbeforematch' in HTMLElement.prototype ? 'until-found' : '';

      expect(panel(closed).getAttribute('hidden')).to.equal(expected);
      expect(panel(closed).getBoundingClientRect().height).to.equal(0);
      expect(panel(opened).hasAttribute('hidden')).to.be.false;
      expect(panel(opened).getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('is accessible with open and closed items', async () => {
      const { accordion } = await renderAccordion();

      await expect(accordion).to.be.accessible();
    });
  });

  describe('heading levels', () => {
    it('uses the accordion heading-level for every item', async () => {
      const { items } = await renderAccordion(html`<socle-accordion heading-level="2">
        <socle-accordion-item heading="Un">A</socle-accordion-item>
        <socle-accordion-item heading="Deux">B</socle-accordion-item>
      </socle-accordion>`);
      await Promise.all(items.map((item) => item.updateComplete));

      for (const item of items) expect(item.shadowRoot!.querySelector('[part="header"]')!.localName).to.equal('h2');
    });

    it('follows a later heading-level change', async () => {
      const { accordion, items } = await renderAccordion();

      accordion.headingLevel = 5;
      await accordion.updateComplete;
      await Promise.all(items.map((item) => item.updateComplete));

      expect(items[0]!.shadowRoot!.querySelector('[part="header"]')!.localName).to.equal('h5');
    });

    it('falls back to h3 and warns on heading-level 7', async () => {
      const warn = sinon.stub(console, 'warn');

      const { items } = await renderAccordion(html`<socle-accordion heading-level="7">
        <socle-accordion-item heading="Un">A</socle-accordion-item>
      </socle-accordion>`);

      expect(items[0]!.shadowRoot!.querySelector('[part="header"]')!.localName).to.equal('h3');
      expect(warn.firstCall.args[0]).to.contain('<socle-accordion> heading-level="7"');
    });
  });

  describe('with a rich heading slot', () => {
    it('renders the slotted heading inside the button and is accessible', async () => {
      const { accordion, items } = await renderAccordion(html`<socle-accordion>
        <socle-accordion-item><span slot="heading">Délai <strong>urgent</strong></span>Sous 48 heures.</socle-accordion-item>
      </socle-accordion>`);

      const slot = button(items[0]!).querySelector('slot[name="heading"]') as HTMLSlotElement;

      expect(slot.assignedElements()).to.have.length(1);
      await expect(accordion).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('toggles an item with Enter and fires socle-toggle', async () => {
      const { accordion, items } = await renderAccordion();
      const first = items[0]!;
      const onToggle = sinon.spy();
      accordion.addEventListener('socle-toggle', onToggle);

      first.focus();
      await sendKeys({ press: 'Enter' });
      await first.updateComplete;

      expect(first.open).to.be.true;
      expect(first.hasAttribute('open')).to.be.true;
      expect(button(first).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(first).hasAttribute('hidden')).to.be.false;
      expect(onToggle.callCount).to.equal(1);
      expect(onToggle.firstCall.args[0].target).to.equal(first);
      expect(onToggle.firstCall.args[0].detail).to.deep.equal({ open: true });
    });

    it('closes an open item with Space', async () => {
      const { items } = await renderAccordion();
      const second = items[1]!;

      second.focus();
      await sendKeys({ press: ' ' });
      await second.updateComplete;

      expect(second.open).to.be.false;
      expect(button(second).getAttribute('aria-expanded')).to.equal('false');
      await expect(second).to.be.accessible();
    });

    it('moves between headers with Down and Up, wrapping', async () => {
      const { items } = await renderAccordion();
      const [first, second, third] = items as [SocleAccordionItem, SocleAccordionItem, SocleAccordionItem];

      first.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadowActive()).to.equal(button(second));

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(shadowActive()).to.equal(button(first));

      await sendKeys({ press: 'ArrowUp' });
      expect(shadowActive()).to.equal(button(third));
    });

    it('moves to the first and last headers with Home and End', async () => {
      const { items } = await renderAccordion();
      const [first, second, third] = items as [SocleAccordionItem, SocleAccordionItem, SocleAccordionItem];

      second.focus();
      await sendKeys({ press: 'End' });
      expect(shadowActive()).to.equal(button(third));

      await sendKeys({ press: 'Home' });
      expect(shadowActive()).to.equal(button(first));
    });

    it('moves Tab from an open header into its panel content', async () => {
      const { items } = await renderAccordion(html`<socle-accordion>
        <socle-accordion-item heading="Un" open><a href="#lien">Lien du panneau</a></socle-accordion-item>
        <socle-accordion-item heading="Deux">B</socle-accordion-item>
      </socle-accordion>`);

      items[0]!.focus();
      await sendKeys({ press: 'Tab' });

      expect(document.activeElement).to.equal(items[0]!.querySelector('a'));
    });
  });

  describe('when single', () => {
    it('closes the other items when one opens, firing socle-toggle for each', async () => {
      const { accordion, items } = await renderAccordion(html`<socle-accordion single>
        <socle-accordion-item heading="Un" open>A</socle-accordion-item>
        <socle-accordion-item heading="Deux">B</socle-accordion-item>
      </socle-accordion>`);
      const [first, second] = items as [SocleAccordionItem, SocleAccordionItem];
      const onToggle = sinon.spy();
      accordion.addEventListener('socle-toggle', onToggle);

      second.focus();
      await sendKeys({ press: 'Enter' });
      await Promise.all(items.map((item) => item.updateComplete));

      expect(second.open).to.be.true;
      expect(first.open).to.be.false;
      expect(onToggle.callCount).to.equal(2);
      expect(onToggle.secondCall.args[0].target).to.equal(first);
      expect(onToggle.secondCall.args[0].detail).to.deep.equal({ open: false });
      await expect(accordion).to.be.accessible();
    });

    it('keeps only the first open item from the markup', async () => {
      const { items } = await renderAccordion(html`<socle-accordion single>
        <socle-accordion-item heading="Un" open>A</socle-accordion-item>
        <socle-accordion-item heading="Deux" open>B</socle-accordion-item>
      </socle-accordion>`);

      expect(items.map((item) => item.open)).to.deep.equal([true, false]);
    });

    it('closes the others when code opens an item, without events', async () => {
      const { accordion, items } = await renderAccordion(html`<socle-accordion single>
        <socle-accordion-item heading="Un" open>A</socle-accordion-item>
        <socle-accordion-item heading="Deux">B</socle-accordion-item>
      </socle-accordion>`);
      const onToggle = sinon.spy();
      accordion.addEventListener('socle-toggle', onToggle);

      items[1]!.open = true;
      await items[1]!.updateComplete;

      expect(items[0]!.open).to.be.false;
      expect(onToggle.callCount).to.equal(0);
    });
  });

  describe('find in page', () => {
    it('opens a closed item on beforematch', async () => {
      const { items } = await renderAccordion();
      const first = items[0]!;
      const onToggle = sinon.spy();
      first.addEventListener('socle-toggle', onToggle);

      panel(first).dispatchEvent(new Event('beforematch'));
      await first.updateComplete;

      expect(first.open).to.be.true;
      expect(panel(first).hasAttribute('hidden')).to.be.false;
      expect(onToggle.callCount).to.equal(1);
    });
  });

  describe('socle-accordion-item alone', () => {
    it('toggles when clicked without a parent accordion', async () => {
      const item = await fixture<SocleAccordionItem>(
        html`<socle-accordion-item heading="Seul">Contenu</socle-accordion-item>`,
      );

      button(item).click();
      await item.updateComplete;

      expect(item.open).to.be.true;
      await expect(item).to.be.accessible();
    });
  });
});
