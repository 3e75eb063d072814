import { createMemorySource, type CommuneAdapter, type SearchOutcome, type Commune } from '@socle/communes';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleCommuneInput } from './commune-input.js';

/** Records modelled on COG 2026 (some populations rounded), enough to exercise ranking, postal codes and kinds. */
const fixtureCommunes: Commune[] = [
  { kind: 'commune', code: '69123', name: 'Lyon', postalCodes: ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'], departement: '69', departementName: 'Rhône', population: 519127 },
  { kind: 'arrondissement-municipal', code: '69381', name: 'Lyon 1er Arrondissement', postalCodes: ['69001'], departement: '69', departementName: 'Rhône', population: 29565, parentCode: '69123' },
  { kind: 'arrondissement-municipal', code: '69383', name: 'Lyon 3e Arrondissement', postalCodes: ['69003'], departement: '69', departementName: 'Rhône', population: 104655, parentCode: '69123' },
  { kind: 'commune', code: '69202', name: 'Sainte-Foy-lès-Lyon', postalCodes: ['69110'], departement: '69', departementName: 'Rhône', population: 22216 },
  { kind: 'commune', code: '27377', name: 'Lyons-la-Forêt', postalCodes: ['27480'], departement: '27', departementName: 'Eure', population: 706 },
  { kind: 'commune', code: '93066', name: 'Saint-Denis', postalCodes: ['93200', '93210'], departement: '93', departementName: 'Seine-Saint-Denis', population: 150000 },
  { kind: 'commune', code: '97411', name: 'Saint-Denis', postalCodes: ['97400', '97417', '97490'], departement: '974', departementName: 'La Réunion', population: 153000 },
  { kind: 'commune', code: '01015', name: 'Arboys en Bugey', postalCodes: ['01300'], departement: '01', departementName: 'Ain', population: 600 },
  { kind: 'commune-deleguee', code: '01015', name: 'Arbignieu', postalCodes: ['01300'], departement: '01', departementName: 'Ain', population: null, parentCode: '01015' },
];

const memory = createMemorySource(fixtureCommunes);

const lyon = fixtureCommunes[0]!;

/** An adapter whose searches never finish, to hold the loading state. */
const pendingAdapter: CommuneAdapter = { search: () => new Promise<SearchOutcome<Commune>>(() => {}) };

function errorAdapter(reason: 'network' | 'timeout' | 'rate-limited' | 'http'): CommuneAdapter {
  return { search: async () => ({ status: 'error', reason, message: `test ${reason}` }) };
}

function inner(control: SocleCommuneInput): HTMLInputElement {
  return control.shadowRoot!.querySelector('input')!;
}

function listbox(control: SocleCommuneInput): HTMLElement {
  return control.shadowRoot!.querySelector('[role="listbox"]')!;
}

function options(control: SocleCommuneInput): HTMLElement[] {
  return [...control.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
}

function announcer(control: SocleCommuneInput): string {
  return control.shadowRoot!.querySelector('#announcer')!.textContent!.trim();
}

function statusLine(control: SocleCommuneInput): HTMLElement {
  return control.shadowRoot!.querySelector('#status')!;
}

async function typeQuery(control: SocleCommuneInput, text: string): Promise<void> {
  inner(control).focus();
  await sendKeys({ type: text });
  await waitUntil(() => announcer(control) !== '' && !announcer(control).startsWith('Recherche') && !announcer(control).startsWith('Searching'), 'no search outcome');
  await control.updateComplete;
}

async function press(control: SocleCommuneInput, key: string): Promise<void> {
  await sendKeys({ press: key });
  await control.updateComplete;
}

runFormControlContract<SocleCommuneInput>({
  tagName: 'socle-commune-input',
  render: (options) => html`<socle-commune-input
    .adapter=${memory}
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-commune-input>`,
  typeValue: async (control) => {
    await typeQuery(control, 'lyon');
    await press(control, 'ArrowDown');
    await press(control, 'Enter');
  },
  typedEntries: ['69123'],
  restore: { state: JSON.stringify({ commune: lyon }), entries: ['69123'] },
  setValueFromCode: (control) => {
    control.value = '69123';
  },
  focusTarget: inner,
  nativeControls: (control) => [inner(control)],
  valueMissingMessage: { fr: 'Renseignez le champ « Champ ».', en: 'Enter Champ.' },
});

describe('socle-commune-input', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('exposes an ARIA combobox', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      const input = inner(control);

      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(control.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)).to.equal(listbox(control));
      expect(input.hasAttribute('aria-activedescendant')).to.be.false;
    });

    it('fetches nothing before typing', async () => {
      const fetchSpy = sinon.spy(window, 'fetch');

      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" base-url="/nowhere/"></socle-commune-input>`);
      inner(control).focus();
      await control.updateComplete;

      expect(fetchSpy.called).to.be.false;
    });

    it('is accessible when closed', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await expect(control).to.be.accessible();
    });

    it('is accessible when disabled', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" disabled .adapter=${memory}></socle-commune-input>`);

      expect(inner(control).disabled).to.be.true;
      await expect(control).to.be.accessible();
    });
  });

  describe('when code sets an invalid commune', () => {
    for (const commune of [[], { code: 69123 }, 'Lyon']) {
      it(`ignores ${JSON.stringify(commune)} and warns`, async () => {
        const warn = sinon.stub(console, 'warn');
        const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

        (control as unknown as Record<string, unknown>)['commune'] = commune;
        await control.updateComplete;

        expect(control.commune).to.equal(null);
        expect(inner(control).value).to.equal('');
        expect(warn.firstCall.args[0]).to.contain('commune is not a commune');
        resetWarnings();
      });
    }

    it('accepts undefined as no commune, without warning', async () => {
      const warn = sinon.stub(console, 'warn');
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      (control as unknown as Record<string, unknown>)['commune'] = undefined;
      await control.updateComplete;

      expect(control.commune).to.equal(null);
      expect(warn.called).to.be.false;
    });
  });

  describe('when the user types', () => {
    it('lists matching communes with details', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      const names = options(control).map((option) => option.querySelector('.option-name')!.textContent);
      expect(names).to.deep.equal(['Lyon', 'Lyon 3e Arrondissement', 'Lyon 1er Arrondissement', 'Lyons-la-Forêt', 'Sainte-Foy-lès-Lyon']);
      expect(options(control)[0]!.textContent).to.contain('Rhône (69)');
      expect(options(control)[0]!.textContent).to.contain('69001, 69002, 69003 et 6 autres');
      expect(inner(control).getAttribute('aria-expanded')).to.equal('true');
      expect(listbox(control).hidden).to.be.false;
    });

    it('announces the number of results', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      expect(announcer(control)).to.equal('5 communes trouvées');
      expect(control.shadowRoot!.querySelector('#announcer')!.getAttribute('aria-live')).to.equal('polite');
    });

    it('announces a single result', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'arbig');

      expect(announcer(control)).to.equal('1 commune trouvée');
      expect(options(control)[0]!.textContent).to.contain('commune déléguée');
    });

    it('announces results in English', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input></div>`);
      const control = wrapper.querySelector('socle-commune-input')!;

      await typeQuery(control, 'lyon');

      expect(announcer(control)).to.equal('5 communes found');
    });

    it('is accessible with results open', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'lyon');
      await press(control, 'ArrowDown');

      expect(inner(control).getAttribute('aria-expanded')).to.equal('true');
      await expect(control).to.be.accessible();
    });

    it('searches postal codes', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, '69003');

      expect(options(control).map((option) => option.id)).to.have.length(2);
      expect(announcer(control)).to.equal('2 communes trouvées');
    });
  });

  describe('when nothing matches', () => {
    it('says so and stays closed', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'zzz');

      expect(announcer(control)).to.equal('Aucune commune trouvée');
      expect(statusLine(control).hidden).to.be.false;
      expect(statusLine(control).textContent!.trim()).to.equal('Aucune commune trouvée');
      expect(inner(control).getAttribute('aria-expanded')).to.equal('false');
      await expect(control).to.be.accessible();
    });
  });

  describe('when the source is slow', () => {
    it('shows and announces the loading state', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${pendingAdapter}></socle-commune-input>`);

      inner(control).focus();
      await sendKeys({ type: 'ly' });
      await control.updateComplete;

      expect(announcer(control)).to.equal('Recherche des communes en cours…');
      expect(statusLine(control).textContent!.trim()).to.equal('Recherche des communes en cours…');
      expect(inner(control).getAttribute('aria-describedby')).to.contain('status');
      await expect(control).to.be.accessible();
    });
  });

  describe('when the source fails', () => {
    const cases = [
      ['network', 'le service est injoignable'],
      ['timeout', 'ne répond pas'],
      ['rate-limited', 'Trop de recherches'],
      ['http', 'a renvoyé une erreur'],
    ] as const;

    for (const [reason, text] of cases) {
      it(`shows the ${reason} error, not an empty result`, async () => {
        const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${errorAdapter(reason)}></socle-commune-input>`);

        await typeQuery(control, 'lyon');

        expect(statusLine(control).dataset['state']).to.equal('error');
        expect(statusLine(control).textContent).to.contain(text);
        expect(announcer(control)).to.contain(text);
        expect(announcer(control)).not.to.contain('Aucune');
      });
    }

    it('is accessible in the error state', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${errorAdapter('network')}></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      await expect(control).to.be.accessible();
    });
  });

  describe('when using the keyboard', () => {
    it('moves the active option with arrows', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');

      await press(control, 'ArrowDown');
      const first = inner(control).getAttribute('aria-activedescendant');
      await press(control, 'ArrowDown');
      const second = inner(control).getAttribute('aria-activedescendant');
      await press(control, 'ArrowUp');
      await press(control, 'ArrowUp');
      const wrapped = inner(control).getAttribute('aria-activedescendant');

      expect(first).to.equal('option-0');
      expect(second).to.equal('option-1');
      expect(wrapped).to.equal('option-4');
      expect(options(control)[4]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('selects the active option with Enter', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-commune-input name="commune" label="Commune" .adapter=${memory}></socle-commune-input></form>`);
      const control = form.querySelector('socle-commune-input')!;
      await typeQuery(control, 'lyon');
      await press(control, 'ArrowDown');
      await press(control, 'ArrowDown');

      const change = oneEvent(control, 'change');
      await press(control, 'Enter');
      await change;

      expect(control.value).to.equal('69383');
      expect(inner(control).value).to.equal('Lyon 3e Arrondissement');
      expect(inner(control).getAttribute('aria-expanded')).to.equal('false');
      expect(new FormData(form).get('commune')).to.equal('69383');
    });

    it('leaves Enter to the form when no option is active', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      const prevented: boolean[] = [];
      const listener = (event: KeyboardEvent): void => {
        if (event.key === 'Enter') prevented.push(event.defaultPrevented);
      };
      window.addEventListener('keydown', listener);
      await typeQuery(control, 'lyon');

      await press(control, 'Escape');
      await press(control, 'Enter');
      window.removeEventListener('keydown', listener);

      expect(prevented).to.deep.equal([false]);
      expect(control.value).to.equal('');
    });

    it('closes with Escape, then clears', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');

      await press(control, 'Escape');
      const afterFirst = { expanded: inner(control).getAttribute('aria-expanded'), text: inner(control).value };
      await press(control, 'Escape');

      expect(afterFirst).to.deep.equal({ expanded: 'false', text: 'lyon' });
      expect(inner(control).value).to.equal('');
    });

    it('drops the suggestions of the text that Escape cleared', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');
      await press(control, 'Escape');
      await press(control, 'Escape');

      await press(control, 'ArrowDown');

      expect(inner(control).value).to.equal('');
      expect(inner(control).getAttribute('aria-expanded')).to.equal('false');
      expect(options(control)).to.have.length(0);
    });

    it('highlights no option after ArrowDown on an empty field', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      inner(control).focus();
      await press(control, 'ArrowDown');

      await typeQuery(control, 'l');

      expect(inner(control).getAttribute('aria-expanded')).to.equal('true');
      expect(inner(control).hasAttribute('aria-activedescendant')).to.be.false;
    });

    it('reopens the list with ArrowDown', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');
      await press(control, 'Escape');

      await press(control, 'ArrowDown');

      expect(inner(control).getAttribute('aria-expanded')).to.equal('true');
      expect(inner(control).getAttribute('aria-activedescendant')).to.equal('option-0');
    });

    it('moves the caret with Home and End', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');
      await press(control, 'ArrowDown');

      await press(control, 'Home');
      const afterHome = inner(control).selectionStart;
      await press(control, 'End');

      expect(afterHome).to.equal(0);
      expect(inner(control).selectionStart).to.equal(4);
      expect(inner(control).hasAttribute('aria-activedescendant')).to.be.false;
    });

    it('selects an option on click', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');

      options(control)[3]!.click();
      await control.updateComplete;

      expect(control.value).to.equal('27377');
      expect(control.commune?.name).to.equal('Lyons-la-Forêt');
    });

    it('clears the value when the text changes', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyon');
      await press(control, 'ArrowDown');
      await press(control, 'Enter');

      await sendKeys({ press: 'Backspace' });
      await control.updateComplete;

      expect(control.value).to.equal('');
    });
  });

  describe('when submitted', () => {
    it('submits the name under name-field', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-commune-input name="commune" name-field="commune-nom" label="Commune" .adapter=${memory}></socle-commune-input>
      </form>`);
      const control = form.querySelector('socle-commune-input')!;

      await typeQuery(control, 'arbignieu');
      await press(control, 'ArrowDown');
      await press(control, 'Enter');

      const data = new FormData(form);
      expect(data.get('commune')).to.equal('01015');
      expect(data.get('commune-nom')).to.equal('Arbignieu');
      expect(control.commune?.kind).to.equal('commune-deleguee');
    });

    it('rejects text typed without a selection', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" .adapter=${memory}></socle-commune-input>`);
      await typeQuery(control, 'lyo');
      await press(control, 'Escape');

      const valid = control.reportValidity();
      await control.updateComplete;

      expect(valid).to.be.false;
      expect(control.validationMessage).to.equal('Sélectionnez une commune dans la liste pour « Commune ».');
      expect(inner(control).getAttribute('aria-invalid')).to.equal('true');
    });

    it('is accessible with a required error', async () => {
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" required .adapter=${memory}></socle-commune-input>`);

      control.reportValidity();
      await control.updateComplete;

      expect(control.shadowRoot!.querySelector('#error')!.textContent).to.contain('Renseignez le champ « Commune ».');
      await expect(control).to.be.accessible();
    });

    it('restores a selection on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><socle-commune-input name="commune" label="Commune" .adapter=${memory}></socle-commune-input></form>`);
      const control = form.querySelector('socle-commune-input')!;
      await typeQuery(control, 'lyon');
      await press(control, 'ArrowDown');
      await press(control, 'Enter');

      form.reset();
      await control.updateComplete;

      expect(inner(control).value).to.equal('');
      expect(new FormData(form).get('commune')).to.equal(null);
    });
  });

  describe('when narrowed by a postal code', () => {
    it('passes the postal-code attribute to the source', async () => {
      const search = sinon.spy(memory, 'search');
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" postal-code="69003" .adapter=${memory}></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      expect(search.lastCall.args[1]?.postalCode).to.equal('69003');
      expect(options(control)).to.have.length(2);
    });

    it('follows a linked postal-code field', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <label for="cp">Code postal</label><input id="cp" />
        <socle-commune-input label="Commune" postal-code-field="cp" .adapter=${memory}></socle-commune-input>
      </div>`);
      const control = wrapper.querySelector('socle-commune-input')!;
      wrapper.querySelector('input')!.focus();
      await sendKeys({ type: '93200' });

      inner(control).focus();
      await press(control, 'ArrowDown');
      await waitUntil(() => options(control).length > 0, 'no options for the linked postal code');

      expect(options(control).map((option) => option.querySelector('.option-name')!.textContent)).to.deep.equal(['Saint-Denis']);
    });
  });

  describe('when using the bundled data', () => {
    it('fetches chunks under base-url', async () => {
      const baseUrl = new URL('./test-fixtures/data/', import.meta.url).href;
      const fetchSpy = sinon.spy(window, 'fetch');
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" base-url=${baseUrl}></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      const urls = fetchSpy.getCalls().map((call) => String(call.args[0]));
      expect(urls).to.deep.equal([`${baseUrl}index.json`, `${baseUrl}n/l.json`]);
      expect(options(control)[0]!.querySelector('.option-name')!.textContent).to.equal('Lyon');
    });

    it('reads data-base-url too', async () => {
      const baseUrl = new URL('./test-fixtures/data/', import.meta.url).href;
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" data-base-url=${baseUrl}></socle-commune-input>`);

      await typeQuery(control, '69003');

      expect(options(control)).to.have.length(2);
    });

    it('reports missing chunks as an error', async () => {
      sinon.stub(window, 'fetch').resolves(new Response('Not found', { status: 404 }));
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" base-url="/missing/"></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      expect(statusLine(control).dataset['state']).to.equal('error');
      expect(statusLine(control).textContent).to.contain('a renvoyé une erreur');
    });

    it('warns to set base-url when the default folder fails', async () => {
      sinon.stub(window, 'fetch').resolves(new Response('Not found', { status: 404 }));
      const warn = sinon.stub(console, 'warn');
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune"></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      expect(statusLine(control).dataset['state']).to.equal('error');
      const messages = warn.getCalls().map((call) => String(call.args[0]));
      expect(messages.some((message) => message.includes('[socle:commune-data]') && message.includes('base-url'))).to.be.true;
    });

    it('does not warn about the folder when base-url is set', async () => {
      sinon.stub(window, 'fetch').resolves(new Response('Not found', { status: 404 }));
      const warn = sinon.stub(console, 'warn');
      const control = await fixture<SocleCommuneInput>(html`<socle-commune-input label="Commune" base-url="/missing/"></socle-commune-input>`);

      await typeQuery(control, 'lyon');

      expect(warn.getCalls().some((call) => String(call.args[0]).includes('[socle:commune-data]'))).to.be.false;
    });
  });
});
