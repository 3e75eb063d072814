import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleSummaryList } from './summary-list.js';

function rows(list: SocleSummaryList): HTMLElement[] {
  return Array.from(list.shadowRoot!.querySelectorAll<HTMLElement>('[part="row"]'));
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('socle-summary-list', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('with child items', () => {
    it('renders a description list of key, value and change link', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Nom" href="/identite#nom">Dupont</socle-summary-item>
        <socle-summary-item key="Date de naissance" href="/identite#naissance" change-label="la date de naissance"
          >14 juillet 1990</socle-summary-item
        >
      </socle-summary-list>`);

      const dl = list.shadowRoot!.querySelector('dl')!;
      const second = rows(list)[1]!;

      expect(dl).to.exist;
      expect(rows(list)).to.have.length(2);
      expect(text(second.querySelector('dt'))).to.equal('Date de naissance');
      expect(text(second.querySelector('[part="value"]'))).to.equal('14 juillet 1990');
      expect(second.querySelector('a')!.getAttribute('href')).to.equal('/identite#naissance');
      expect(text(second.querySelector('a'))).to.equal('Modifier la date de naissance');
      expect(text(second.querySelector('a .visually-hidden'))).to.equal('la date de naissance');
    });

    it('names the link after the key by default', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Nom" href="/identite#nom">Dupont</socle-summary-item>
      </socle-summary-list>`);

      expect(text(rows(list)[0]!.querySelector('a'))).to.equal('Modifier Nom');
    });

    it('is accessible', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list heading="Vos coordonnées">
        <socle-summary-item key="Nom" href="/identite#nom">Dupont</socle-summary-item>
        <socle-summary-item key="Téléphone" href="/coordonnees#telephone"></socle-summary-item>
        <socle-summary-item key="Numéro de dossier">2024-000123</socle-summary-item>
      </socle-summary-list>`);

      await expect(list).to.be.accessible();
    });

    it('shows "Non renseigné" for an empty value', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Téléphone" href="/coordonnees#telephone">  </socle-summary-item>
      </socle-summary-list>`);

      expect(text(rows(list)[0]!.querySelector('[part="value"]'))).to.equal('Non renseigné');
    });

    it('keeps inline markup of the value', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Adresse">12 rue de la Paix<br />75002 Paris</socle-summary-item>
      </socle-summary-list>`);

      const value = rows(list)[0]!.querySelector('[part="value"]')!;

      expect(value.querySelector('br')).to.exist;
      expect(text(value)).to.equal('12 rue de la Paix75002 Paris');
    });

    it('renders no link without href or with an unsafe one', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Numéro de dossier">2024-000123</socle-summary-item>
        <socle-summary-item key="Nom" href="javascript:alert(1)">Dupont</socle-summary-item>
      </socle-summary-list>`);

      expect(list.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });

    it('follows changes to its items', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Nom" href="/identite#nom">Dupont</socle-summary-item>
      </socle-summary-list>`);

      list.querySelector('socle-summary-item')!.textContent = 'Martin';
      const added = document.createElement('socle-summary-item');
      added.setAttribute('key', 'Prénom');
      added.textContent = 'Claire';
      list.append(added);
      await new Promise((resolve) => setTimeout(resolve));
      await list.updateComplete;

      expect(rows(list).map((row) => text(row.querySelector('[part="value"]')))).to.deep.equal(['Martin', 'Claire']);
    });

    it('reaches the change link with Tab', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list>
        <socle-summary-item key="Nom" href="#nom">Dupont</socle-summary-item>
      </socle-summary-list>`);
      const before = document.createElement('button');
      before.textContent = 'Avant';
      list.before(before);
      before.focus();

      await sendKeys({ press: 'Tab' });
      before.remove();

      expect(list.shadowRoot!.activeElement).to.equal(list.shadowRoot!.querySelector('a'));
    });
  });

  describe('with the items property', () => {
    it('renders the rows and keeps line breaks in values', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list
        .items=${[
          { key: 'Adresse', value: '12 rue de la Paix\n75002 Paris', href: '/adresse', changeLabel: 'l’adresse' },
          { key: 'Téléphone', value: '', href: '/coordonnees#telephone' },
          { key: 'Courriel', value: null },
        ]}
      >
        <socle-summary-item key="Ignoré">Ignoré</socle-summary-item>
      </socle-summary-list>`);

      expect(rows(list)).to.have.length(3);
      expect(rows(list)[0]!.querySelector('[part="value"]')!.textContent).to.contain('12 rue de la Paix\n75002 Paris');
      expect(text(rows(list)[0]!.querySelector('a'))).to.equal('Modifier l’adresse');
      expect(text(rows(list)[1]!.querySelector('[part="value"]'))).to.equal('Non renseigné');
      expect(text(rows(list)[2]!.querySelector('[part="value"]'))).to.equal('Non renseigné');
      await expect(list).to.be.accessible();
    });

    it('uses English in an English page', async () => {
      const list = await fixture<SocleSummaryList>(html`<socle-summary-list
        lang="en"
        .items=${[
          { key: 'Name', value: 'Smith', href: '/name' },
          { key: 'Phone', value: '' },
        ]}
      ></socle-summary-list>`);

      expect(text(rows(list)[0]!.querySelector('a'))).to.equal('Change Name');
      expect(text(rows(list)[1]!.querySelector('[part="value"]'))).to.equal('Not provided');
    });
  });

  describe('heading', () => {
    it('is absent by default and rendered at heading-level when given', async () => {
      const plain = await fixture<SocleSummaryList>(html`<socle-summary-list></socle-summary-list>`);
      const titled = await fixture<SocleSummaryList>(
        html`<socle-summary-list heading="Votre demande" heading-level="3"></socle-summary-list>`,
      );

      expect(plain.shadowRoot!.querySelector('[part="heading"]')).to.be.null;
      expect(plain.shadowRoot!.querySelector('dl')).to.be.null;
      expect(titled.shadowRoot!.querySelector('h3')!.textContent).to.equal('Votre demande');
      await expect(titled).to.be.accessible();
    });
  });
});
