import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { findLanguageTag, matchLocale, registerLocale, translate } from './i18n.js';
import { SocleElement } from './socle-element.js';
import { validityMessages } from './validity.messages.js';

const table = {
  fr: { 'probe.greeting': 'Bonjour {name}' },
  en: { 'probe.greeting': 'Hello {name}' },
};

class ProbeElement extends SocleElement {
  override render() {
    return html`<p>${this.msg(table, 'probe.greeting', { name: 'Camille' })}</p>`;
  }
}
customElements.define('socle-i18n-probe', ProbeElement);

class ShadowHost extends LitElement {
  override render() {
    return html`<socle-i18n-probe></socle-i18n-probe>`;
  }
}
customElements.define('socle-i18n-shadow-host', ShadowHost);

function text(element: Element): string {
  return element.shadowRoot!.querySelector('p')!.textContent ?? '';
}

describe('i18n', () => {
  describe('matchLocale', () => {
    it('matches a registered tag exactly', () => {
      expect(matchLocale('en')).to.equal('en');
    });

    it('falls back to the primary subtag', () => {
      expect(matchLocale('en-GB')).to.equal('en');
      expect(matchLocale('FR-fr')).to.equal('fr');
    });

    it('falls back to French for unknown or empty tags', () => {
      expect(matchLocale('de')).to.equal('fr');
      expect(matchLocale('')).to.equal('fr');
      expect(matchLocale(null)).to.equal('fr');
    });
  });

  describe('translate', () => {
    it('replaces placeholders and keeps unknown ones', () => {
      expect(translate('fr', 'validity.tooShort', { label: 'Nom', min: 2 }, validityMessages)).to.equal(
        '« Nom » doit comporter au moins 2 caractères.',
      );
      expect(translate('en', 'probe.greeting', {}, table)).to.equal('Hello {name}');
    });

    it('falls back to French for a key missing in the locale', () => {
      const frOnly = { fr: { 'probe.only': 'Seulement en français' } };

      expect(translate('en', 'probe.only', {}, frOnly)).to.equal('Seulement en français');
    });

    it('lets registered messages win over the validation messages', () => {
      registerLocale('fr-CA', { 'validity.valueMissing': 'Remplissez « {label} ».' });

      expect(translate(matchLocale('fr-CA'), 'validity.valueMissing', { label: 'Nom' }, validityMessages)).to.equal('Remplissez « Nom ».');
      expect(translate('en', 'validity.valueMissing', { label: 'Name' }, validityMessages)).to.equal('Enter Name.');
    });

    it('lets a registered locale override shipped messages', () => {
      registerLocale('fr-GF', { 'probe.greeting': 'Bonjou {name}' });

      expect(translate(matchLocale('fr-GF'), 'probe.greeting', { name: 'Léa' }, table)).to.equal('Bonjou Léa');
    });
  });

  describe('findLanguageTag', () => {
    it('reads the nearest lang ancestor across shadow roots', async () => {
      const wrapper = await fixture(html`<div lang="en"><socle-i18n-shadow-host></socle-i18n-shadow-host></div>`);
      const host = wrapper.querySelector('socle-i18n-shadow-host')!;
      await (host as ShadowHost).updateComplete;
      const probe = host.shadowRoot!.querySelector('socle-i18n-probe')!;

      expect(findLanguageTag(probe)).to.equal('en');
    });
  });

  describe('SocleElement', () => {
    it('renders French by default', async () => {
      const probe = await fixture<ProbeElement>(html`<socle-i18n-probe></socle-i18n-probe>`);

      expect(text(probe)).to.equal('Bonjour Camille');
    });

    it('renders the language of the nearest lang ancestor', async () => {
      const wrapper = await fixture(html`<section lang="en"><socle-i18n-probe></socle-i18n-probe></section>`);
      const probe = wrapper.querySelector<ProbeElement>('socle-i18n-probe')!;

      expect(text(probe)).to.equal('Hello Camille');
    });

    it('re-renders when an ancestor lang changes', async () => {
      const wrapper = await fixture(html`<section lang="fr"><socle-i18n-probe></socle-i18n-probe></section>`);
      const probe = wrapper.querySelector<ProbeElement>('socle-i18n-probe')!;

      wrapper.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await probe.updateComplete;

      expect(text(probe)).to.equal('Hello Camille');
    });
  });
});
