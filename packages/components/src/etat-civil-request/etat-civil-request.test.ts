import { createMemorySource, type Commune } from '@socle/communes';
import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { EtatCivilSubmitDetail, SocleEtatCivilRequest } from './etat-civil-request.js';

const TODAY = '2025-06-01';

const communes: Commune[] = [
  { kind: 'commune', code: '49007', name: 'Angers', postalCodes: ['49000'], departement: '49', departementName: 'Maine-et-Loire', population: 155850 },
  { kind: 'commune', code: '44109', name: 'Nantes', postalCodes: ['44000', '44100', '44200', '44300'], departement: '44', departementName: 'Loire-Atlantique', population: 320732 },
];
const memory = createMemorySource(communes);

type Control = HTMLElement & { updateComplete: Promise<unknown>; validity: ValidityState; value: string; error: string };

function root(element: SocleEtatCivilRequest): ShadowRoot {
  return element.shadowRoot!;
}

function control(element: SocleEtatCivilRequest, field: string, part?: string): Control {
  const selector = part ? `[data-field="${field}"][data-part="${part}"]` : `[data-field="${field}"]`;
  const found = root(element).querySelector<Control>(selector);
  if (!found) throw new Error(`No control ${selector} on step ${element.currentStep}`);
  return found;
}

function hasControl(element: SocleEtatCivilRequest, field: string): boolean {
  return root(element).querySelector(`[data-field="${field}"]`) !== null;
}

async function settle(element: SocleEtatCivilRequest): Promise<void> {
  await element.updateComplete;
  await Promise.all(Array.from(root(element).querySelectorAll<Control>('[data-field]'), (item) => item.updateComplete));
  await element.updateComplete;
}

/** Checks a radio as a click would, through the inner native radio. */
async function choose(element: SocleEtatCivilRequest, field: string, value: string, part?: string): Promise<void> {
  const group = control(element, field, part);
  const radio = group.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`socle-radio[value="${value}"]`)!;
  await radio.updateComplete;
  radio.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
  await settle(element);
}

/** Types into an inner input and fires the events a user's typing fires. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function fillName(element: SocleEtatCivilRequest, field: string, lastName: string, firstName: string): Promise<void> {
  const fields = control(element, field);
  await fields.updateComplete;
  await typeInto(fields.shadowRoot!.querySelector<HTMLInputElement>('#birth-name')!, lastName);
  await typeInto(fields.shadowRoot!.querySelector<HTMLInputElement>('#given-name-0')!, firstName);
  await settle(element);
}

async function fillDate(element: SocleEtatCivilRequest, field: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  const date = control(element, field);
  await date.updateComplete;
  const inputs = date.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
  await typeInto(inputs[0]!, day!);
  await typeInto(inputs[1]!, month!);
  await typeInto(inputs[2]!, year!);
  await settle(element);
}

async function pickCommune(element: SocleEtatCivilRequest, field: string, query: string): Promise<void> {
  const input = control(element, field, 'commune');
  await input.updateComplete;
  const inner = input.shadowRoot!.querySelector<HTMLInputElement>('input')!;
  inner.focus();
  inner.value = query;
  inner.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => input.shadowRoot!.querySelector('[role="option"]') !== null, 'no commune suggestion');
  input.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.click();
  await settle(element);
}

async function fillAddress(element: SocleEtatCivilRequest): Promise<void> {
  const address = control(element, 'delivery');
  await address.updateComplete;
  const inputs = Array.from(address.shadowRoot!.querySelectorAll<HTMLInputElement>('input'));
  const byId = (id: string) => inputs.find((input) => input.id.includes(id))!;
  await typeInto(byId('line1'), '3 rue des Lilas');
  await typeInto(byId('postal'), '49000');
  await typeInto(byId('city'), 'Angers');
  await settle(element);
}

async function clickButton(element: SocleEtatCivilRequest, className: string): Promise<void> {
  root(element).querySelector<HTMLElement>(`socle-button.${className}`)!.click();
  // Step checks await the controls' updates before deciding.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await settle(element);
  await element.updateComplete;
}

async function next(element: SocleEtatCivilRequest): Promise<void> {
  await clickButton(element, 'next');
}

function summaryMessages(element: SocleEtatCivilRequest): string[] {
  const summary = root(element).querySelector('socle-error-summary')!;
  return Array.from(summary.shadowRoot!.querySelectorAll('a'), (link) => link.textContent!.replace(/\s+/g, ' ').trim());
}

function feedbackText(element: SocleEtatCivilRequest): string {
  return root(element).querySelector('.feedback')!.textContent!.replace(/\s+/g, ' ').trim();
}

function render(attributes: { draftKey?: string; commune?: string } = {}) {
  return fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request
    today=${TODAY}
    draft-key=${attributes.draftKey ?? ''}
    commune=${attributes.commune ?? ''}
    commune-name=${attributes.commune ? 'Angers' : ''}
    .communeAdapter=${memory}
    prevent-submit
  ></socle-etat-civil-request>`);
}

/** Fills steps 1 and 2 for a birth act requested by the person concerned. */
async function throughStep2(element: SocleEtatCivilRequest, options: { document?: string; qualite?: string } = {}): Promise<void> {
  await choose(element, 'act', 'naissance');
  await choose(element, 'document', options.document ?? 'copie-integrale');
  await next(element);
  await choose(element, 'qualite', options.qualite ?? 'personne-concernee');
  if (hasControl(element, 'actDate')) await fillDate(element, 'actDate', '1990-05-12');
  await next(element);
}

async function throughStep4(element: SocleEtatCivilRequest): Promise<void> {
  await throughStep2(element);
  await fillName(element, 'person', 'Martin', 'Louise');
  await choose(element, 'actPlace', 'commune', 'kind');
  await pickCommune(element, 'actPlace', 'Angers');
  await fillName(element, 'parent0', 'Martin', 'Paul');
  await next(element);
  await fillAddress(element);
  await next(element);
}

describe('socle-etat-civil-request', () => {
  beforeEach(() => {
    sessionStorage.clear();
  });

  afterEach(() => {
    sinon.restore();
    resetWarnings();
    sessionStorage.clear();
    document.title = '';
  });

  describe('when rendered', () => {
    it('opens on step 1 with the stepper', async () => {
      const element = await render();

      const stepper = root(element).querySelector('socle-stepper')!;
      expect(stepper.getAttribute('current-step')).to.equal('1');
      expect(control(element, 'act').getAttribute('label')).to.equal('Quel acte demandez-vous ?');
      expect(hasControl(element, 'document')).to.equal(false);
    });

    it('is accessible on step 1', async () => {
      const element = await render();

      await expect(element).to.be.accessible();
    });

    it('offers only the copie intégrale for a death act', async () => {
      const element = await render();

      await choose(element, 'act', 'deces');

      const documents = Array.from(control(element, 'document').querySelectorAll('socle-radio'), (radio) => radio.getAttribute('value'));
      expect(documents).to.deep.equal(['copie-integrale']);
      expect(control(element, 'document').value).to.equal('copie-integrale');
    });

    it('renders English with lang="en"', async () => {
      const wrapper = await fixture(html`<div lang="en"><socle-etat-civil-request today=${TODAY}></socle-etat-civil-request></div>`);
      const element = wrapper.querySelector('socle-etat-civil-request')!;
      await element.updateComplete;

      expect(control(element, 'act').getAttribute('label')).to.equal('Which certificate do you need?');
    });
  });

  describe('when a step is invalid', () => {
    it('lists the errors and stays on step 1', async () => {
      const element = await render();

      await next(element);

      expect(element.currentStep).to.equal(1);
      expect(summaryMessages(element)).to.have.length(1);
      expect(summaryMessages(element)[0]).to.contain('Quel acte demandez-vous ?');
      expect(document.title.startsWith('Erreur')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('prefixes the title once after several attempts', async () => {
      document.title = 'Demande d’acte';
      const element = await render();

      await next(element);
      await next(element);

      expect(document.title).to.equal('Erreur : Demande d’acte');
    });

    it('clears the summary and title once fixed', async () => {
      document.title = 'Demande d’acte';
      const element = await render();
      await next(element);

      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'extrait-sans-filiation');
      await waitUntil(() => summaryMessages(element).length === 0, 'summary still lists errors');

      expect(document.title).to.equal('Demande d’acte');
    });

    it('requires the person and place on step 3', async () => {
      const element = await render();
      await throughStep2(element);

      await next(element);

      expect(element.currentStep).to.equal(3);
      const messages = summaryMessages(element);
      expect(messages.some((message) => message.includes('Personne dont vous demandez'))).to.equal(true);
      expect(messages.some((message) => message.includes('Lieu de naissance'))).to.equal(true);
      expect(messages.some((message) => message.includes('Premier parent'))).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('requires the address on step 4', async () => {
      const element = await render();
      await throughStep2(element, { document: 'extrait-sans-filiation' });
      await fillName(element, 'person', 'Martin', 'Louise');
      await fillDate(element, 'actDate', '1990-05-12');
      await choose(element, 'actPlace', 'commune', 'kind');
      await pickCommune(element, 'actPlace', 'Angers');
      await next(element);

      await next(element);

      expect(element.currentStep).to.equal(4);
      expect(summaryMessages(element).some((message) => message.includes('Adresse d’envoi'))).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('when the qualité is chosen', () => {
    it('confirms an allowed request', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'extrait-sans-filiation');
      await next(element);

      await choose(element, 'qualite', 'tiers');

      expect(feedbackText(element)).to.contain('Toute personne peut obtenir ce document.');
      expect(root(element).querySelector('.feedback socle-alert')!.getAttribute('severity')).to.equal('success');
      await expect(element).to.be.accessible();
    });

    it('asks the act date before deciding for a third party', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);

      await choose(element, 'qualite', 'tiers');

      expect(hasControl(element, 'actDate')).to.equal(true);
      expect(hasControl(element, 'deathDate')).to.equal(true);
      expect(feedbackText(element)).to.equal('');
    });

    it('explains a refusal with alternatives', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'tiers');

      await fillDate(element, 'actDate', '1990-05-12');

      const alert = root(element).querySelector('.feedback socle-alert')!;
      expect(alert.getAttribute('severity')).to.equal('warning');
      expect(alert.getAttribute('heading')).to.equal('Vous ne pouvez pas obtenir ce document');
      expect(feedbackText(element)).to.contain('75 ans');
      expect(feedbackText(element)).to.contain('Demander plutôt un extrait sans filiation');
      await expect(element).to.be.accessible();
    });

    it('allows a public archive to anyone', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'tiers');

      await fillDate(element, 'actDate', '1940-03-02');

      expect(feedbackText(element)).to.contain('archive publique');
    });

    it('refuses a minor’s own copie intégrale', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'personne-concernee');

      await fillDate(element, 'actDate', '2015-01-10');

      expect(feedbackText(element)).to.contain('mineure non émancipée');
    });

    it('blocks Next while refused', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'tiers');
      await fillDate(element, 'actDate', '1990-05-12');

      await next(element);

      expect(element.currentStep).to.equal(2);
      expect(summaryMessages(element)[0]).to.contain('Choisissez un document que vous pouvez obtenir');
    });
  });

  describe('when switching to an allowed document', () => {
    it('changes the document in one click', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'tiers');
      await fillDate(element, 'actDate', '1990-05-12');

      root(element).querySelector<HTMLElement>('socle-button[data-document="extrait-sans-filiation"]')!.click();
      await settle(element);

      expect(element.request.document).to.equal('extrait-sans-filiation');
      expect(feedbackText(element)).to.contain('Toute personne peut obtenir ce document.');
      expect(root(element).activeElement?.classList.contains('feedback')).to.equal(true);
    });

    it('drops the parents from step 3', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'copie-integrale');
      await next(element);
      await choose(element, 'qualite', 'tiers');
      await fillDate(element, 'actDate', '1990-05-12');
      root(element).querySelector<HTMLElement>('socle-button[data-document="extrait-sans-filiation"]')!.click();
      await settle(element);

      await next(element);

      expect(element.currentStep).to.equal(3);
      expect(hasControl(element, 'parent0')).to.equal(false);
      expect(hasControl(element, 'requester')).to.equal(false);
    });
  });

  describe('when moving between steps', () => {
    it('focuses the step heading', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'extrait-sans-filiation');

      await next(element);

      expect(element.currentStep).to.equal(2);
      expect(root(element).activeElement?.classList.contains('step-heading')).to.equal(true);
    });

    it('keeps answers when going back', async () => {
      const element = await render();
      await choose(element, 'act', 'mariage');
      await choose(element, 'document', 'extrait-sans-filiation');
      await next(element);

      await clickButton(element, 'back');

      expect(element.currentStep).to.equal(1);
      expect(control(element, 'act').value).to.equal('mariage');
      expect(control(element, 'document').value).to.equal('extrait-sans-filiation');
    });

    it('moves on with the keyboard', async () => {
      const element = await render();
      await choose(element, 'act', 'naissance');
      await choose(element, 'document', 'extrait-sans-filiation');
      const button = root(element).querySelector<HTMLElement>('socle-button.next')!;
      button.focus();

      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      await settle(element);

      expect(element.currentStep).to.equal(2);
    });

    it('shows the office for an event abroad', async () => {
      const element = await render();
      await throughStep2(element, { document: 'extrait-sans-filiation' });

      await choose(element, 'actPlace', 'abroad', 'kind');
      const country = control(element, 'actPlace', 'country');
      const select = country.shadowRoot!.querySelector('select')!;
      select.value = 'MA';
      select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await settle(element);

      expect(root(element).querySelector('.step')!.textContent).to.contain('Service central d’état civil');
      expect(element.request.actPlace).to.deep.equal({ kind: 'abroad', country: 'MA' });
      await expect(element).to.be.accessible();
    });
  });

  describe('when the commune is locked', () => {
    it('shows the place as fixed text', async () => {
      const element = await render({ commune: '49007' });
      await throughStep2(element, { document: 'extrait-sans-filiation' });

      expect(hasControl(element, 'actPlace')).to.equal(false);
      expect(root(element).querySelector('#field-actPlace')!.textContent).to.contain('Angers');
      expect(element.request.actPlace).to.deep.equal({ kind: 'commune', inseeCode: '49007', name: 'Angers' });
      await expect(element).to.be.accessible();
    });
  });

  describe('when reviewing', () => {
    it('lists every answer with a Modifier link', async () => {
      const element = await render();

      await throughStep4(element);

      expect(element.currentStep).to.equal(5);
      const list = root(element).querySelector('socle-summary-list')!;
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const text = list.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('MARTIN Louise');
      expect(text).to.contain('Angers');
      expect(text).to.contain('12 mai 1990');
      expect(text).to.contain('Mairie d');
      const links = list.shadowRoot!.querySelectorAll('a');
      expect(links.length).to.be.greaterThan(8);
      await expect(element).to.be.accessible();
    });

    it('opens the answer’s step from Modifier', async () => {
      const element = await render();
      await throughStep4(element);
      const list = root(element).querySelector('socle-summary-list')!;
      await (list as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#field-person"]')!;

      link.click();
      await settle(element);
      await waitUntil(() => root(element).activeElement?.id === 'field-person', 'the person field has no focus');

      expect(element.currentStep).to.equal(3);
    });
  });

  describe('when submitting', () => {
    it('fires socle-submit with the JSON payload', async () => {
      const element = await render();
      await throughStep4(element);

      const submitted = oneEvent(element, 'socle-submit');
      root(element).querySelector<HTMLElement>('socle-button.submit')!.click();
      const event = (await submitted) as CustomEvent<EtatCivilSubmitDetail>;

      const payload = JSON.parse(event.detail.formData.get('demande') as string);
      expect(payload).to.deep.equal(event.detail.request);
      expect(payload).to.include({ act: 'naissance', document: 'copie-integrale', qualite: 'personne-concernee', actDate: '1990-05-12', copies: 1 });
      expect(payload.person).to.deep.equal({ lastName: 'Martin', firstNames: 'Louise' });
      expect(payload.parents).to.deep.equal([{ lastName: 'Martin', firstNames: 'Paul' }]);
      expect(payload.delivery).to.deep.equal({ country: 'FR', line1: '3 rue des Lilas', postalCode: '49000', city: 'Angers' });
    });

    it('submits the JSON with a page form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <socle-etat-civil-request today=${TODAY} .communeAdapter=${memory}></socle-etat-civil-request>
      </form>`);
      const element = form.querySelector('socle-etat-civil-request')!;
      await element.updateComplete;
      expect(element.form).to.equal(form);
      expect(element.checkValidity()).to.equal(false);
      await throughStep4(element);
      const submit = sinon.spy((event: SubmitEvent) => event.preventDefault());
      form.addEventListener('submit', submit);

      root(element).querySelector<HTMLElement>('socle-button.submit')!.click();
      await waitUntil(() => submit.called, 'the page form was not submitted');

      const data = new FormData(form);
      expect(JSON.parse(data.get('demande') as string).person.lastName).to.equal('Martin');
      expect(element.checkValidity()).to.equal(true);
    });

    it('posts its own form with action', async () => {
      const element = await fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request
        today=${TODAY}
        action="/demande"
        name="requete"
        .communeAdapter=${memory}
      ></socle-etat-civil-request>`);
      await throughStep4(element);
      const form = root(element).querySelector('form')!;
      const submit = sinon.spy((event: SubmitEvent) => event.preventDefault());
      form.addEventListener('submit', submit);

      root(element).querySelector<HTMLElement>('socle-button.submit')!.click();
      await waitUntil(() => submit.called, 'the form was not submitted');

      expect(form.method).to.equal('post');
      expect(new URL(form.action).pathname).to.equal('/demande');
      expect(JSON.parse(new FormData(form).get('requete') as string).act).to.equal('naissance');
    });

    it('ignores a javascript: action', async () => {
      const element = await fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request action="javascript:alert(1)"></socle-etat-civil-request>`);

      expect(root(element).querySelector('form')!.hasAttribute('action')).to.equal(false);
    });
  });

  describe('when current-step is set', () => {
    it('opens that step with the given answers', async () => {
      const value = JSON.stringify({ act: 'naissance', document: 'extrait-sans-filiation', qualite: 'tiers' });

      const element = await fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request today=${TODAY} current-step="2" value=${value}></socle-etat-civil-request>`);

      expect(element.currentStep).to.equal(2);
      expect(control(element, 'qualite').value).to.equal('tiers');
    });

    it('clamps an out-of-range step', async () => {
      const element = await fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request today=${TODAY} current-step="9"></socle-etat-civil-request>`);

      expect(element.currentStep).to.equal(5);
    });

    it('checks every answer before sending', async () => {
      const value = JSON.stringify({ act: 'naissance', document: 'extrait-sans-filiation', qualite: 'tiers' });
      const element = await fixture<SocleEtatCivilRequest>(html`<socle-etat-civil-request today=${TODAY} current-step="5" value=${value} prevent-submit></socle-etat-civil-request>`);
      const submitted = sinon.spy();
      element.addEventListener('socle-submit', submitted);

      root(element).querySelector<HTMLElement>('socle-button.submit')!.click();
      await waitUntil(() => summaryMessages(element).length > 0, 'no error listed');

      expect(submitted.called).to.equal(false);
      expect(element.currentStep).to.equal(5);
      expect(summaryMessages(element).length).to.be.greaterThan(2);
    });
  });

  describe('when the server rejected the request', () => {
    it('opens the review with every answer and the errors', async () => {
      const value = JSON.stringify({
        act: 'naissance',
        document: 'extrait-sans-filiation',
        qualite: 'tiers',
        actDate: '1990-05-12',
        actPlace: { kind: 'commune', inseeCode: '49007', name: 'Angers' },
        person: { lastName: 'Martin', firstNames: 'Louise' },
        requester: { lastName: 'Durand', firstNames: 'Marc' },
        copies: 2,
        delivery: { line1: '3 rue des Lilas', postalCode: '49000', city: 'Angers', country: 'FR' },
      });
      const errors = JSON.stringify([{ path: '/delivery/postalCode', message: 'Le code postal ne correspond pas à la commune.' }]);

      const element = fixtureSync<SocleEtatCivilRequest>(html`<socle-etat-civil-request today=${TODAY} value=${value} errors=${errors}></socle-etat-civil-request>`);
      await element.updateComplete;
      await waitUntil(() => summaryMessages(element).length === 1, 'no server error listed');

      expect(element.currentStep).to.equal(5);
      expect(summaryMessages(element)[0]).to.equal('Le code postal ne correspond pas à la commune.');
      expect(element.request.requester).to.deep.equal({ lastName: 'Durand', firstNames: 'Marc' });
      expect(element.request.copies).to.equal(2);
      await expect(element).to.be.accessible();
    });

    it('shows the error under its field', async () => {
      const value = JSON.stringify({ act: 'naissance', document: 'extrait-sans-filiation', qualite: 'personne-concernee' });
      const errors = JSON.stringify([{ path: '/delivery/postalCode', message: 'Code postal refusé.' }]);
      const element = fixtureSync<SocleEtatCivilRequest>(html`<socle-etat-civil-request today=${TODAY} value=${value} errors=${errors}></socle-etat-civil-request>`);
      await element.updateComplete;
      await waitUntil(() => summaryMessages(element).length === 1, 'no server error listed');

      const summary = root(element).querySelector('socle-error-summary')!;
      summary.shadowRoot!.querySelector<HTMLAnchorElement>('a')!.click();
      await settle(element);

      expect(element.currentStep).to.equal(4);
      expect(control(element, 'delivery').error).to.equal('Code postal refusé.');
    });
  });

  describe('when a draft key is set', () => {
    it('restores answers and step after reload', async () => {
      const first = await render({ draftKey: 'test' });
      await choose(first, 'act', 'mariage');
      await choose(first, 'document', 'extrait-sans-filiation');
      await next(first);
      await waitUntil(() => sessionStorage.getItem('socle-etat-civil-request:test')?.includes('"step":2'), 'no draft saved');
      first.remove();

      const second = await render({ draftKey: 'test' });

      expect(second.currentStep).to.equal(2);
      expect(second.request).to.include({ act: 'mariage', document: 'extrait-sans-filiation' });
      expect(root(second).querySelector('.notice-message')!.textContent).to.contain('restaurées');
      await expect(second).to.be.accessible();
    });

    it('clears the draft on request', async () => {
      sessionStorage.setItem('socle-etat-civil-request:test', JSON.stringify({ version: 1, step: 1, submitted: false, answers: { act: 'deces' } }));
      const element = await render({ draftKey: 'test' });

      root(element).querySelector<HTMLButtonElement>('.notice-button')!.click();
      await element.updateComplete;

      expect(sessionStorage.getItem('socle-etat-civil-request:test')).to.equal(null);
      expect(element.request.act).to.equal(undefined);
    });

    it('ignores a corrupted draft with a warning', async () => {
      const warn = sinon.stub(console, 'warn');
      sessionStorage.setItem('socle-etat-civil-request:test', '{not json');

      const element = await render({ draftKey: 'test' });

      expect(element.currentStep).to.equal(1);
      expect(warn.calledOnce).to.equal(true);
    });
  });
});
