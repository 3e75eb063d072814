import type { Address, AddressAdapter, SearchOutcome } from '@socle/communes';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import './define.js';
import type { SocleAddressInput } from './address-input.js';

const segur: Address = { label: '20 Avenue de Ségur 75007 Paris', line1: '20 Avenue de Ségur', postalCode: '75007', city: 'Paris', cityCode: '75107' };
const rivoli: Address = { label: '1 Rue de Rivoli 75001 Paris', line1: '1 Rue de Rivoli', postalCode: '75001', city: 'Paris', cityCode: '75101' };

const listAdapter: AddressAdapter = {
  search: async (query) => ({ status: 'ok', results: query.includes('zzz') ? [] : [segur, rivoli] }),
};

function failingAdapter(reason: 'network' | 'rate-limited'): AddressAdapter {
  return { search: async () => ({ status: 'error', reason, message: `test ${reason}` }) };
}

const pendingAdapter: AddressAdapter = { search: () => new Promise<SearchOutcome<Address>>(() => {}) };

function byId<T extends HTMLElement>(control: SocleAddressInput, id: string): T {
  return control.shadowRoot!.getElementById(id) as T;
}

function announcer(control: SocleAddressInput): string {
  return byId(control, 'announcer').textContent!.trim();
}

async function typeSearch(control: SocleAddressInput, text: string): Promise<void> {
  byId(control, 'search').focus();
  await sendKeys({ type: text });
  await waitUntil(() => announcer(control) !== '' && !/^(Recherche|Searching)/.test(announcer(control)), 'no search outcome');
  await control.updateComplete;
}

async function press(control: SocleAddressInput, key: string): Promise<void> {
  await sendKeys({ press: key });
  await control.updateComplete;
}

async function typeInto(control: SocleAddressInput, id: string, text: string): Promise<void> {
  byId(control, id).focus();
  await sendKeys({ type: text });
  await control.updateComplete;
}

describe('socle-address-input', () => {
  afterEach(() => {
    sinon.restore();
  });

  describe('with null or non-string properties', () => {
    it('renders the four parts without search for null value and endpoint', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" endpoint="/adresses/" value="1 rue Haute"></socle-address-input>`);

      (control as unknown as Record<string, unknown>)['value'] = null;
      (control as unknown as Record<string, unknown>)['endpoint'] = undefined;
      await control.updateComplete;

      expect(control.searchEnabled).to.be.false;
      expect(byId(control, 'search')).to.equal(null);
      expect(byId<HTMLInputElement>(control, 'line1').value).to.equal('');
    });

    it('keeps only the four parts of an address object, as text', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);

      (control as unknown as Record<string, unknown>)['address'] = { label: false, line1: '20 avenue de Ségur', postalCode: 75007, city: null };
      await control.updateComplete;

      expect(control.address).to.deep.equal({ line1: '20 avenue de Ségur', complement: '', postalCode: '75007', city: '' });
      expect(byId<HTMLInputElement>(control, 'postalCode').value).to.equal('75007');
    });
  });

  describe('when no endpoint is set', () => {
    it('shows the four parts and no search', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);

      expect(byId(control, 'search')).to.equal(null);
      expect(['line1', 'complement', 'postalCode', 'city'].map((id) => byId(control, id)?.localName)).to.deep.equal(['input', 'input', 'input', 'input']);
    });

    it('makes no request while typing', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);

      await typeInto(control, 'line1', '20 avenue de Ségur');

      expect(fetchSpy.called).to.be.false;
    });

    it('submits the four parts', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-address-input name="adresse" label="Adresse"></socle-address-input></form>`);
      const control = form.querySelector('socle-address-input')!;

      await typeInto(control, 'line1', '20 avenue de Ségur');
      await typeInto(control, 'complement', 'Bâtiment B');
      await typeInto(control, 'postalCode', '75007');
      await typeInto(control, 'city', 'Paris');

      const data = new FormData(form);
      expect(data.get('adresse.ligne1')).to.equal('20 avenue de Ségur');
      expect(data.get('adresse.complement')).to.equal('Bâtiment B');
      expect(data.get('adresse.code-postal')).to.equal('75007');
      expect(data.get('adresse.commune')).to.equal('Paris');
      expect(control.value).to.equal('20 avenue de Ségur, Bâtiment B, 75007 Paris');
    });

    it('fires input and change on edits', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);
      const input = sinon.spy();
      const change = sinon.spy();
      control.addEventListener('input', input);
      control.addEventListener('change', change);

      await typeInto(control, 'city', 'Lyon');
      await sendKeys({ press: 'Tab' });

      expect(input.callCount).to.equal(4);
      expect(change.callCount).to.equal(1);
    });

    it('submits nothing when empty', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-address-input name="adresse" label="Adresse"></socle-address-input></form>`);

      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('is accessible', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" hint="Adresse en France"></socle-address-input>`);

      await expect(control).to.be.accessible();
    });
  });

  describe('when validated', () => {
    it('requires the mandatory parts', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" required></socle-address-input>`);

      const valid = control.reportValidity();
      await control.updateComplete;

      expect(valid).to.be.false;
      expect(control.validationMessage).to.equal('Renseignez le champ « Adresse ».');
      await expect(control).to.be.accessible();
    });

    it('names the missing part', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);
      await typeInto(control, 'line1', '20 avenue de Ségur');

      control.reportValidity();
      await control.updateComplete;

      expect(control.validationMessage).to.equal('Renseignez « Code postal » dans « Adresse ».');
      expect(byId(control, 'postalCode').getAttribute('aria-invalid')).to.equal('true');
      expect(byId(control, 'line1').hasAttribute('aria-invalid')).to.be.false;
    });

    it('checks the postal code format', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse"></socle-address-input>`);
      control.address = { line1: '20 avenue de Ségur', postalCode: '7500', city: 'Paris' };
      await control.updateComplete;

      control.reportValidity();
      await control.updateComplete;

      expect(control.validity.patternMismatch).to.be.true;
      expect(control.validationMessage).to.contain('5 chiffres');
    });

    it('restores parts on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-address-input name="adresse" label="Adresse"></socle-address-input></form>`);
      const control = form.querySelector('socle-address-input')!;
      await typeInto(control, 'city', 'Paris');

      form.reset();
      await control.updateComplete;

      expect(byId<HTMLInputElement>(control, 'city').value).to.equal('');
      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('restores saved parts', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-address-input name="adresse" label="Adresse"></socle-address-input></form>`);
      const control = form.querySelector('socle-address-input')!;

      control.formStateRestoreCallback(JSON.stringify({ line1: '1 Rue de Rivoli', complement: '', postalCode: '75001', city: 'Paris' }));
      await control.updateComplete;

      expect(new FormData(form).get('adresse.code-postal')).to.equal('75001');
    });

    it('is accessible when disabled', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" disabled></socle-address-input>`);

      expect(byId<HTMLInputElement>(control, 'line1').matches(':disabled')).to.be.true;
      await expect(control).to.be.accessible();
    });
  });

  describe('when a search is configured', () => {
    it('offers a combobox and a manual entry button', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);

      expect(byId(control, 'search').getAttribute('role')).to.equal('combobox');
      expect(byId(control, 'line1')).to.equal(null);
      expect(control.shadowRoot!.querySelector('.manual-toggle')!.textContent!.trim()).to.equal('Saisir l’adresse manuellement');
      await expect(control).to.be.accessible();
    });

    it('reveals the parts on manual entry', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);

      control.shadowRoot!.querySelector<HTMLButtonElement>('.manual-toggle')!.click();
      await control.updateComplete;
      await waitUntil(() => control.shadowRoot!.activeElement?.id === 'line1', 'focus did not reach the first part');

      expect(byId(control, 'line1')).not.to.equal(null);
      expect(control.shadowRoot!.querySelector('.manual-toggle')).to.equal(null);
    });

    it('lists and announces suggestions', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);

      await typeSearch(control, '20 avenue');

      expect(announcer(control)).to.equal('2 adresses trouvées');
      expect(byId(control, 'search').getAttribute('aria-expanded')).to.equal('true');
      await expect(control).to.be.accessible();
    });

    it('fills the parts from a suggestion', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-address-input name="adresse" label="Adresse" .adapter=${listAdapter}></socle-address-input></form>`);
      const control = form.querySelector('socle-address-input')!;
      await typeSearch(control, '20 avenue');
      await sendKeys({ press: 'ArrowDown' });

      const change = oneEvent(control, 'change');
      await sendKeys({ press: 'Enter' });
      await change;
      await control.updateComplete;

      const data = new FormData(form);
      expect(data.get('adresse.ligne1')).to.equal('20 Avenue de Ségur');
      expect(data.get('adresse.code-postal')).to.equal('75007');
      expect(data.get('adresse.commune')).to.equal('Paris');
      expect(byId<HTMLInputElement>(control, 'line1').value).to.equal('20 Avenue de Ségur');
    });

    it('says when nothing matches', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);

      await typeSearch(control, 'zzzz');

      expect(byId(control, 'status').textContent).to.contain('Aucune adresse trouvée');
      await expect(control).to.be.accessible();
    });

    it('shows a rate limit as an error', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${failingAdapter('rate-limited')}></socle-address-input>`);

      await typeSearch(control, '20 avenue');

      expect(byId(control, 'status').dataset['state']).to.equal('error');
      expect(byId(control, 'status').textContent).to.contain('Trop de recherches');
      expect(announcer(control)).not.to.contain('Aucune');
      await expect(control).to.be.accessible();
    });

    it('shows the loading state', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${pendingAdapter}></socle-address-input>`);

      byId(control, 'search').focus();
      await sendKeys({ type: '20 av' });
      await control.updateComplete;

      expect(announcer(control)).to.equal('Recherche des adresses en cours…');
      await expect(control).to.be.accessible();
    });

    it('queries the endpoint with the Géoplateforme adapter', async () => {
      const endpoint = new URL('./test-fixtures/geocodage', import.meta.url).href;
      const fetchSpy = sinon.spy(window, 'fetch');
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" endpoint=${endpoint}></socle-address-input>`);

      await typeSearch(control, '20 avenue de segur');

      // Typing pauses longer than the 250 ms debounce may send earlier, aborted requests: check the last one.
      const url = new URL(String(fetchSpy.lastCall.args[0]));
      expect(url.pathname.endsWith('/test-fixtures/geocodage/search')).to.be.true;
      expect(url.searchParams.get('q')).to.equal('20 avenue de segur');
      expect(announcer(control)).to.equal('1 adresse trouvée');
    });
  });

  describe('when using the keyboard', () => {
    it('moves through suggestions with arrows, wrapping', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);
      await typeSearch(control, '20 avenue');
      const search = byId(control, 'search');

      await press(control, 'ArrowDown');
      const first = search.getAttribute('aria-activedescendant');
      await press(control, 'ArrowDown');
      const second = search.getAttribute('aria-activedescendant');
      await press(control, 'ArrowDown');
      const wrapped = search.getAttribute('aria-activedescendant');
      await press(control, 'ArrowUp');

      expect(first).to.equal('option-0');
      expect(second).to.equal('option-1');
      expect(wrapped).to.equal('option-0');
      expect(search.getAttribute('aria-activedescendant')).to.equal('option-1');
      expect(byId(control, 'option-1').getAttribute('aria-selected')).to.equal('true');
    });

    it('closes with Escape, then clears the search', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);
      await typeSearch(control, '20 avenue');
      const search = byId<HTMLInputElement>(control, 'search');

      await press(control, 'Escape');
      const afterFirst = { expanded: search.getAttribute('aria-expanded'), text: search.value };
      await press(control, 'Escape');
      await press(control, 'ArrowDown');

      expect(afterFirst).to.deep.equal({ expanded: 'false', text: '20 avenue' });
      expect(search.value).to.equal('');
      expect(search.getAttribute('aria-expanded')).to.equal('false');
    });

    it('searches again with ArrowDown after an error', async () => {
      let failing = true;
      const adapter: AddressAdapter = {
        search: async (): Promise<SearchOutcome<Address>> =>
          failing ? { status: 'error', reason: 'network', message: 'test network' } : { status: 'ok', results: [segur, rivoli] },
      };
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${adapter}></socle-address-input>`);
      await typeSearch(control, '20 avenue');
      const search = byId(control, 'search');
      failing = false;

      await press(control, 'ArrowDown');
      await waitUntil(() => search.getAttribute('aria-expanded') === 'true', 'the list did not open');

      expect(search.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect(byId(control, 'status').hidden).to.be.true;
    });

    it('leaves the search text alone when read-only', async () => {
      const control = await fixture<SocleAddressInput>(html`<socle-address-input label="Adresse" .adapter=${listAdapter}></socle-address-input>`);
      await typeSearch(control, '20 avenue');
      await press(control, 'Escape');
      const search = byId<HTMLInputElement>(control, 'search');
      control.readonly = true;
      await control.updateComplete;

      await press(control, 'Escape');
      await press(control, 'ArrowDown');

      expect(search.value).to.equal('20 avenue');
      expect(search.getAttribute('aria-expanded')).to.equal('false');
    });
  });
});
