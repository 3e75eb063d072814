import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleErrorSummary } from './error-summary.js';

/**
 * Renders a template whose root is a plain element. `fixture()` would wait
 * for an animation frame, which never comes while another test page has the
 * focus, so this awaits the Lit elements inside instead.
 */
async function mount<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const root = fixtureSync<T>(template);
  const updates = Array.from(root.querySelectorAll('*'), (node) => (node as Partial<ReactiveElement>).updateComplete);
  await Promise.all(updates);
  return root;
}

function links(summary: SocleErrorSummary): HTMLAnchorElement[] {
  return Array.from(summary.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]'));
}

function base(summary: SocleErrorSummary): HTMLElement {
  return summary.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

describe('socle-error-summary', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when empty', () => {
    it('is hidden', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary></socle-error-summary>`);

      expect(summary.hidden).to.be.true;
      expect(getComputedStyle(summary).display).to.equal('none');
    });

    it('hides again when the errors are cleared', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary></socle-error-summary>`);
      summary.errors = [{ id: 'nom', message: 'Renseignez le nom.' }];
      await summary.updateComplete;

      summary.clear();
      await summary.updateComplete;

      expect(summary.hidden).to.be.true;
    });
  });

  describe('with errors', () => {
    it('renders the French heading and one link per error, in order', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary
        .errors=${[
          { id: 'nom', message: 'Renseignez le champ « Nom ».' },
          { id: 'courriel', message: 'Saisissez une adresse électronique valide.' },
        ]}
      ></socle-error-summary>`);

      const heading = summary.shadowRoot!.querySelector('h2')!;

      expect(summary.hidden).to.be.false;
      expect(heading.textContent).to.equal('Il y a un problème');
      expect(links(summary).map((link) => link.getAttribute('href'))).to.deep.equal(['#nom', '#courriel']);
      expect(links(summary)[0]!.textContent).to.equal('Renseignez le champ « Nom ».');
    });

    it('is accessible', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary
        .errors=${[{ id: 'nom', message: 'Renseignez le champ « Nom ».' }]}
      ></socle-error-summary>`);

      await expect(summary).to.be.accessible();
    });

    it('uses English in an English page', async () => {
      const wrapper = await mount(html`<div lang="en">
        <socle-error-summary .errors=${[{ id: 'name', message: 'Enter your name.' }]}></socle-error-summary>
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      await summary.updateComplete;

      expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
    });

    it('takes its heading and heading level from attributes', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary
        heading="Votre demande contient 2 erreurs"
        heading-level="3"
        .errors=${[{ id: 'nom', message: 'Renseignez le nom.' }]}
      ></socle-error-summary>`);

      const heading = summary.shadowRoot!.querySelector('h3')!;

      expect(heading.textContent).to.equal('Votre demande contient 2 erreurs');
      await expect(summary).to.be.accessible();
    });

    it('falls back to level 2 and warns on an invalid heading level', async () => {
      const warn = sinon.stub(console, 'warn');

      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary
        heading-level="9"
        .errors=${[{ id: 'nom', message: 'Renseignez le nom.' }]}
      ></socle-error-summary>`);

      expect(summary.shadowRoot!.querySelector('h2')).to.exist;
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('heading-level="9"');
    });

    it('ignores a non-array errors value without throwing', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary></socle-error-summary>`);

      (summary as unknown as { errors: unknown }).errors = 'oops';
      await summary.updateComplete;

      expect(summary.hidden).to.be.true;
    });
  });

  describe('show()', () => {
    it('reveals the summary and focuses its container', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary></socle-error-summary>`);

      await summary.show([{ id: 'nom', message: 'Renseignez le nom.' }]);

      expect(summary.hidden).to.be.false;
      expect(document.activeElement).to.equal(summary);
      expect(summary.shadowRoot!.activeElement).to.equal(base(summary));
      await expect(summary).to.be.accessible();
    });

    it('keeps the summary hidden and focus in place with no errors', async () => {
      const wrapper = await mount(html`<div>
        <button>Avant</button>
        <socle-error-summary></socle-error-summary>
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      wrapper.querySelector('button')!.focus();

      await summary.show([]);

      expect(summary.hidden).to.be.true;
      expect(document.activeElement).to.equal(wrapper.querySelector('button'));
    });
  });

  describe('links', () => {
    it('focus the field by id on click instead of following the fragment', async () => {
      const wrapper = await mount(html`<div>
        <socle-error-summary></socle-error-summary>
        <label for="nom">Nom</label><input id="nom" />
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      await summary.show([{ id: 'nom', message: 'Renseignez le nom.' }]);
      const hashBefore = location.hash;

      links(summary)[0]!.click();

      expect(document.activeElement).to.equal(wrapper.querySelector('#nom'));
      expect(location.hash).to.equal(hashBefore);
    });

    it('focus the field with a real Tab and Enter', async () => {
      const wrapper = await mount(html`<div>
        <socle-error-summary></socle-error-summary>
        <label for="ville">Ville</label><input id="ville" />
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      await summary.show([{ id: 'ville', message: 'Renseignez la ville.' }]);

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });

      expect(document.activeElement).to.equal(wrapper.querySelector('#ville'));
    });

    it('focus a field given as an element without id', async () => {
      const wrapper = await mount(html`<div>
        <socle-error-summary></socle-error-summary>
        <label>Prénom <input name="prenom" /></label>
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      const input = wrapper.querySelector('input')!;
      await summary.show([{ element: input, message: 'Renseignez le prénom.' }]);

      links(summary)[0]!.click();

      expect(links(summary)[0]!.getAttribute('href')).to.equal('#');
      expect(document.activeElement).to.equal(input);
    });

    it('scroll a far field into view with its label visible', async () => {
      const wrapper = await mount(html`<div>
        <socle-error-summary></socle-error-summary>
        <div style="height: 3000px"></div>
        <label for="loin">Champ lointain</label><input id="loin" />
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      await summary.show([{ id: 'loin', message: 'Renseignez le champ lointain.' }]);

      links(summary)[0]!.click();

      const label = wrapper.querySelector('label')!.getBoundingClientRect();
      expect(label.top).to.be.at.least(0);
      expect(wrapper.querySelector('input')!.getBoundingClientRect().bottom).to.be.at.most(window.innerHeight);
      window.scrollTo(0, 0);
    });

    it('focus the inner control of a custom element that delegates focus', async () => {
      class DelegatingField extends HTMLElement {
        constructor() {
          super();
          const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
          root.innerHTML = '<label for="inner">Code</label><input id="inner">';
        }
      }
      if (!customElements.get('test-delegating-field')) customElements.define('test-delegating-field', DelegatingField);
      const wrapper = await mount(html`<div>
        <socle-error-summary></socle-error-summary>
        <test-delegating-field id="code"></test-delegating-field>
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      const field = wrapper.querySelector('test-delegating-field')!;
      await summary.show([{ id: 'code', message: 'Renseignez le code.' }]);

      links(summary)[0]!.click();

      expect(document.activeElement).to.equal(field);
      expect(field.shadowRoot!.activeElement?.id).to.equal('inner');
    });
  });

  describe('with a server-rendered list', () => {
    it('is shown, focuses itself with autofocus, and its links focus fields', async () => {
      const wrapper = await mount(html`<div>
        <socle-error-summary autofocus>
          <ul>
            <li><a href="#code-postal">Saisissez un code postal à 5 chiffres, par exemple 75001.</a></li>
          </ul>
        </socle-error-summary>
        <label for="code-postal">Code postal</label><input id="code-postal" />
      </div>`);
      const summary = wrapper.querySelector('socle-error-summary')!;
      await summary.updateComplete;

      expect(summary.hidden).to.be.false;
      expect(document.activeElement).to.equal(summary);
      await expect(summary).to.be.accessible();

      expect(links(summary).map((link) => link.textContent)).to.deep.equal([
        'Saisissez un code postal à 5 chiffres, par exemple 75001.',
      ]);

      links(summary)[0]!.click();

      expect(document.activeElement).to.equal(wrapper.querySelector('#code-postal'));
    });

    it('lists child links after the errors property and follows changes', async () => {
      const summary = await fixture<SocleErrorSummary>(html`<socle-error-summary
        .errors=${[{ id: 'nom', message: 'Renseignez le nom.' }]}
      >
        <ul>
          <li><a href="#ville">Renseignez la ville.</a></li>
        </ul>
      </socle-error-summary>`);

      summary.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li><a href="javascript:alert(1)">Piège</a></li>');
      await new Promise((resolve) => setTimeout(resolve));
      await summary.updateComplete;

      expect(links(summary).map((link) => link.getAttribute('href'))).to.deep.equal(['#nom', '#ville', '#']);
    });
  });
});
