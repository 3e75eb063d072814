import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReactiveElement, TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import '../button/define.js';
import './define.js';
import type { SocleForm, SocleSubmitDetail } from './form.js';
import type { SocleErrorSummary } from '../error-summary/error-summary.js';

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

/**
 * A minimal form-associated custom element written without Lit or Socle's
 * base class, so that the form tests prove that `socle-form` works with any
 * element that uses ElementInternals.
 */
class TestCodeField extends HTMLElement {
  static formAssociated = true;

  readonly internals = this.attachInternals();
  readonly input: HTMLInputElement;
  label = 'Code d’accès';
  private current = '';

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    const label = document.createElement('label');
    label.htmlFor = 'inner';
    label.textContent = this.label;
    this.input = document.createElement('input');
    this.input.id = 'inner';
    this.input.addEventListener('input', () => {
      this.value = this.input.value;
    });
    root.append(label, this.input);
  }

  connectedCallback(): void {
    this.update();
  }

  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  get value(): string {
    return this.current;
  }

  set value(value: string) {
    this.current = value;
    this.input.value = value;
    this.update();
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  private update(): void {
    this.internals.setFormValue(this.current);
    if (this.hasAttribute('required') && !this.current) {
      this.internals.setValidity({ valueMissing: true }, 'Saisissez le code d’accès reçu par courrier.', this.input);
    } else {
      this.internals.setValidity({});
    }
  }
}


/** A custom element that only wraps its light DOM, to nest controls one level down. */
class TestWrapper extends HTMLElement {}


if (!customElements.get('test-code-field')) customElements.define('test-code-field', TestCodeField);
if (!customElements.get('test-wrapper')) customElements.define('test-wrapper', TestWrapper);

const DRAFT_PREFIX = 'socle-form-draft:';
const originalTitle = document.title;

// A safety net: a form without a target that the element wrongly lets
// through must not navigate the test page away.
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!form.target) event.preventDefault();
});

function summaryOf(element: SocleForm): SocleErrorSummary | null {
  return element.querySelector('socle-error-summary');
}

function summaryTexts(element: SocleForm): string[] {
  const links = summaryOf(element)?.shadowRoot?.querySelectorAll('[part="link"]') ?? [];
  return Array.from(links, (link) => link.textContent ?? '');
}

async function settle(element: SocleForm): Promise<void> {
  await element.updateComplete;
  const summary = summaryOf(element);
  if (summary) await summary.updateComplete;
}

async function typeInto(field: HTMLElement, text: string): Promise<void> {
  field.focus();
  await sendKeys({ type: text });
}

function storedDraft(key: string, storage: Storage = sessionStorage): { submitted: boolean; entries: Record<string, unknown> } | null {
  const text = storage.getItem(DRAFT_PREFIX + key);
  return text ? JSON.parse(text) : null;
}

function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}

describe('socle-form', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
    sessionStorage.clear();
    localStorage.clear();
    document.title = originalTitle;
  });

  describe('when rendered', () => {
    it('sets novalidate on its form', async () => {
      const element = await fixture<SocleForm>(html`<socle-form><form><input aria-label="Nom" /></form></socle-form>`);

      expect(element.querySelector('form')!.noValidate).to.be.true;
    });

    it('removes the novalidate it added when disconnected', async () => {
      const element = await fixture<SocleForm>(html`<socle-form><form><input aria-label="Nom" /></form></socle-form>`);
      const form = element.querySelector('form')!;

      element.remove();

      expect(form.noValidate).to.be.false;
    });

    it('is accessible', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);

      await expect(element).to.be.accessible();
    });
  });

  describe('when submitted invalid', () => {
    it('cancels the submission and stops the page listeners', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);
      const form = element.querySelector('form')!;
      const onSubmit = sinon.spy();
      form.addEventListener('submit', onSubmit);

      form.querySelector('button')!.click();
      await settle(element);

      expect(onSubmit.callCount).to.equal(0);
    });

    it('lists every error in document order with the label and a French message', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email" value="pas-un-courriel" />
          <test-wrapper><test-code-field id="code" name="code" required></test-code-field></test-wrapper>
          <fieldset>
            <legend>Civilité</legend>
            <input type="radio" id="madame" name="civilite" value="madame" required /><label for="madame">Madame</label>
            <input type="radio" id="monsieur" name="civilite" value="monsieur" /><label for="monsieur">Monsieur</label>
          </fieldset>
          <label for="age">Âge</label><input id="age" name="age" type="number" min="18" value="12" />
          <button>Envoyer</button>
        </form>
      </socle-form>`);

      element.querySelector('button')!.click();
      await settle(element);

      expect(summaryTexts(element)).to.deep.equal([
        'Renseignez le champ « Nom ».',
        'Courriel : Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
        'Code d’accès : Saisissez le code d’accès reçu par courrier.',
        'Sélectionnez une option pour « Civilité ».',
        '« Âge » doit être supérieur ou égal à 18.',
      ]);
    });

    it('places a created summary before the form and focuses it', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);

      element.querySelector('button')!.click();
      await settle(element);

      const summary = summaryOf(element)!;
      expect(element.firstElementChild).to.equal(summary);
      expect(summary.hidden).to.be.false;
      expect(document.activeElement).to.equal(summary);
    });

    it('uses a summary placed by the page', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <p>Introduction</p>
        <socle-error-summary heading="Corrigez votre demande"></socle-error-summary>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);

      element.querySelector('button')!.click();
      await settle(element);

      expect(element.querySelectorAll('socle-error-summary')).to.have.length(1);
      expect(summaryTexts(element)).to.deep.equal(['Renseignez le champ « Nom ».']);
    });

    it('prefixes the page title with "Erreur : "', async () => {
      document.title = 'Contact';
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);

      element.querySelector('button')!.click();
      element.querySelector('button')!.click();
      await settle(element);

      expect(document.title).to.equal('Erreur : Contact');
    });

    it('prefixes the title with "Error: " in English', async () => {
      document.title = 'Contact';
      const wrapper = await mount(html`<div lang="en">
        <socle-form><form><label for="name">Name</label><input id="name" name="name" required /><button>Send</button></form></socle-form>
      </div>`);
      const element = wrapper.querySelector('socle-form')!;
      await element.updateComplete;

      element.querySelector('button')!.click();
      await settle(element);

      expect(document.title).to.equal('Error: Contact');
      expect(summaryTexts(element)).to.deep.equal(['Enter Name.']);
    });

    it('fires invalid on each invalid control so that it shows its own error', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <test-code-field name="code" required></test-code-field>
          <button>Envoyer</button>
        </form>
      </socle-form>`);
      const onInvalid = sinon.spy();
      element.querySelector('input')!.addEventListener('invalid', onInvalid);
      element.querySelector('test-code-field')!.addEventListener('invalid', onInvalid);

      element.querySelector('button')!.click();
      await settle(element);

      expect(onInvalid.callCount).to.equal(2);
    });

    it('marks invalid native controls with aria-invalid, the whole radio group included', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <fieldset>
            <legend>Civilité</legend>
            <input type="radio" id="madame" name="civilite" value="madame" required /><label for="madame">Madame</label>
            <input type="radio" id="monsieur" name="civilite" value="monsieur" /><label for="monsieur">Monsieur</label>
          </fieldset>
          <button>Envoyer</button>
        </form>
      </socle-form>`);

      element.querySelector('button')!.click();
      await settle(element);

      const marked = Array.from(element.querySelectorAll('[aria-invalid="true"]'), (node) => node.id);
      expect(marked).to.deep.equal(['nom', 'madame', 'monsieur']);
    });

    it('is accessible with the summary shown', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);

      element.querySelector('button')!.click();
      await settle(element);

      await expect(element).to.be.accessible();
    });

    it('shows errors after Enter in a field, with real key presses', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" />
          <label for="ville">Ville</label><input id="ville" name="ville" required />
          <button>Envoyer</button>
        </form>
      </socle-form>`);

      await typeInto(element.querySelector('#nom')!, 'Dupont');
      await sendKeys({ press: 'Enter' });
      await settle(element);

      expect(summaryTexts(element)).to.deep.equal(['Renseignez le champ « Ville ».']);
      expect(document.activeElement).to.equal(summaryOf(element));
    });

    it('submits with a socle-button of type submit', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <socle-button type="submit">Envoyer</socle-button>
        </form>
      </socle-form>`);

      element.querySelector('socle-button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => summaryOf(element), 'no error summary after Enter');
      await settle(element);

      expect(summaryTexts(element)).to.deep.equal(['Renseignez le champ « Nom ».']);
    });

    it('skips validation for a submitter with formnovalidate', async () => {
      const element = await fixture<SocleForm>(html`<socle-form prevent-submit>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <button formnovalidate name="action" value="brouillon">Enregistrer le brouillon</button>
        </form>
      </socle-form>`);
      const onSubmit = sinon.spy((event: Event) => event.preventDefault());
      element.querySelector('form')!.addEventListener('submit', onSubmit);

      element.querySelector('button')!.click();
      await settle(element);

      expect(onSubmit.callCount).to.equal(1);
      expect(summaryOf(element)).to.be.null;
    });
  });

  describe('error summary links', () => {
    it('move focus to the field in error', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <test-code-field id="code" name="code" required></test-code-field>
          <button>Envoyer</button>
        </form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);
      const links = summaryOf(element)!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="link"]');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });

      const field = element.querySelector<TestCodeField>('test-code-field')!;
      expect(document.activeElement).to.equal(field);
      expect(field.shadowRoot!.activeElement).to.equal(field.input);

      links[0]!.click();

      expect(document.activeElement).to.equal(element.querySelector('#nom'));
    });
  });

  describe('after a failed submission', () => {
    it('follows corrections until all are fixed', async () => {
      document.title = 'Contact';
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <test-code-field id="code" name="code" required></test-code-field>
          <button>Envoyer</button>
        </form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);

      await typeInto(element.querySelector('#nom')!, 'D');
      await settle(element);

      expect(summaryTexts(element)).to.deep.equal(['Code d’accès : Saisissez le code d’accès reçu par courrier.']);
      expect(element.querySelector('#nom')!.hasAttribute('aria-invalid')).to.be.false;
      expect(document.title).to.equal('Erreur : Contact');

      await typeInto(element.querySelector('test-code-field')!, '1234');
      await settle(element);

      expect(summaryOf(element)!.hidden).to.be.true;
      expect(document.title).to.equal('Contact');
    });

    it('lists a corrected field again when the user empties it', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required />
          <label for="ville">Ville</label><input id="ville" name="ville" required />
          <button>Envoyer</button>
        </form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);

      await typeInto(element.querySelector('#nom')!, 'D');
      await sendKeys({ press: 'Backspace' });
      await settle(element);

      expect(summaryTexts(element)).to.deep.equal(['Renseignez le champ « Nom ».', 'Renseignez le champ « Ville ».']);
    });

    it('keeps a server-set aria-invalid it did not add', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required aria-invalid="true" />
          <button>Envoyer</button>
        </form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);

      await typeInto(element.querySelector('#nom')!, 'D');
      await settle(element);

      expect(element.querySelector('#nom')!.getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('before any submission', () => {
    it('shows no error while the user types', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="courriel">Courriel</label><input id="courriel" name="courriel" type="email" /></form>
      </socle-form>`);

      await typeInto(element.querySelector('#courriel')!, 'pas');
      await settle(element);

      expect(summaryOf(element)).to.be.null;
      expect(element.querySelector('#courriel')!.hasAttribute('aria-invalid')).to.be.false;
    });
  });

  describe('when submitted valid', () => {
    it('lets the native GET submission proceed with every value', async () => {
      const frame = uniqueName('cible');
      const element = await mount(html`<div>
        <iframe name=${frame} title="Résultat"></iframe>
        <socle-form>
          <form action="/packages/components/package.json" method="get" target=${frame}>
            <label for="nom">Nom</label><input id="nom" name="nom" required value="Dupont" />
            <test-code-field name="code" required></test-code-field>
            <button>Envoyer</button>
          </form>
        </socle-form>
      </div>`).then((wrapper) => wrapper.querySelector('socle-form')!);
      element.querySelector<TestCodeField>('test-code-field')!.value = 'A1';
      const iframe = element.parentElement!.querySelector('iframe')!;
      let prevented: boolean | undefined;
      document.addEventListener('submit', (event) => (prevented = event.defaultPrevented), { once: true });

      const loaded = oneEvent(iframe, 'load');
      element.querySelector('button')!.click();
      await loaded;

      expect(prevented).to.be.false;
      const query = new URLSearchParams(iframe.contentWindow!.location.search);
      expect(query.get('nom')).to.equal('Dupont');
      expect(query.get('code')).to.equal('A1');
    });

    // The test server responds to POST requests with 404, which the runner lists
    // as a 404 request: the test only checks that the browser sent the POST.
    it('lets a native POST reach the server', async () => {
      const frame = uniqueName('cible');
      const wrapper = await mount(html`<div>
        <iframe name=${frame} title="Résultat"></iframe>
        <socle-form>
          <form action="/__socle-form-post" method="post" target=${frame}>
            <label for="nom">Nom</label><input id="nom" name="nom" required value="Dupont" />
            <button>Envoyer</button>
          </form>
        </socle-form>
      </div>`);
      const iframe = wrapper.querySelector('iframe')!;
      const submitted = oneEvent(wrapper.querySelector('form')!, 'submit');

      const loaded = oneEvent(iframe, 'load');
      wrapper.querySelector('button')!.click();
      const event = await submitted;
      await loaded;

      expect(event.defaultPrevented).to.be.false;
      expect(iframe.contentWindow!.location.pathname).to.equal('/__socle-form-post');
    });

    it('fires socle-submit with the form data and the submitter with prevent-submit', async () => {
      const element = await fixture<SocleForm>(html`<socle-form prevent-submit>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" required value="Dupont" />
          <test-code-field name="code"></test-code-field>
          <socle-button type="submit" name="action" value="envoyer">Envoyer</socle-button>
        </form>
      </socle-form>`);
      element.querySelector<TestCodeField>('test-code-field')!.value = 'B2';
      let nativePrevented: boolean | undefined;
      element.querySelector('form')!.addEventListener('submit', (event) => (nativePrevented = event.defaultPrevented));

      setTimeout(() => element.querySelector('socle-button')!.click());
      const event = (await oneEvent(element, 'socle-submit')) as CustomEvent<SocleSubmitDetail>;

      expect(nativePrevented).to.be.true;
      expect(event.cancelable).to.be.true;
      expect(event.detail.form).to.equal(element.querySelector('form'));
      expect(event.detail.formData.get('nom')).to.equal('Dupont');
      expect(event.detail.formData.get('code')).to.equal('B2');
      expect(event.detail.formData.get('action')).to.equal('envoyer');
    });

    it('removes the title prefix and hides the summary', async () => {
      document.title = 'Contact';
      const element = await fixture<SocleForm>(html`<socle-form prevent-submit>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);
      (element.querySelector('#nom') as HTMLInputElement).value = 'Dupont';

      element.querySelector('button')!.click();
      await settle(element);

      expect(document.title).to.equal('Contact');
      expect(summaryOf(element)!.hidden).to.be.true;
    });

    it('removes the prefix from an empty title', async () => {
      document.title = '';
      const element = await fixture<SocleForm>(html`<socle-form prevent-submit>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);
      expect(document.title).to.equal('Erreur :');

      element.remove();

      expect(document.title).to.equal('');
    });

    it('removes the title prefix when the element is removed', async () => {
      document.title = 'Contact';
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);
      element.querySelector('button')!.click();
      await settle(element);

      element.remove();

      expect(document.title).to.equal('Contact');
    });
  });

  describe('validate()', () => {
    it('shows the errors without submitting and returns validity', async () => {
      const element = await fixture<SocleForm>(html`<socle-form>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /></form>
      </socle-form>`);

      const valid = await element.validate();

      expect(valid).to.be.false;
      expect(summaryTexts(element)).to.deep.equal(['Renseignez le champ « Nom ».']);
    });
  });

  describe('drafts', () => {
    function draftForm(key: string) {
      return html`<socle-form draft-key=${key}>
        <form>
          <label for="nom">Nom</label><input id="nom" name="nom" />
          <label for="message">Message</label><textarea id="message" name="message"></textarea>
          <label for="motif">Motif</label>
          <select id="motif" name="motif">
            <option value="">Choisir</option>
            <option value="question">Question</option>
            <option value="reclamation">Réclamation</option>
          </select>
          <fieldset>
            <legend>Réponse souhaitée</legend>
            <input type="radio" id="par-courriel" name="reponse" value="courriel" /><label for="par-courriel">Par courriel</label>
            <input type="radio" id="par-courrier" name="reponse" value="courrier" /><label for="par-courrier">Par courrier</label>
          </fieldset>
          <input type="checkbox" id="copie" name="copie" value="oui" /><label for="copie">Recevoir une copie</label>
          <test-code-field name="code"></test-code-field>
          <label for="secret">Mot de passe</label><input id="secret" name="secret" type="password" />
          <label for="piece">Pièce jointe</label><input id="piece" name="piece" type="file" />
          <label for="carte">Numéro de carte</label><input id="carte" name="carte" autocomplete="cc-number" />
          <div no-draft><label for="nir">Numéro de sécurité sociale</label><input id="nir" name="nir" /></div>
          <input type="hidden" name="jeton" value="serveur-1" />
        </form>
      </socle-form>`;
    }

    async function fillDraftForm(element: SocleForm): Promise<void> {
      await typeInto(element.querySelector('#nom')!, 'Dupont');
      await typeInto(element.querySelector('#message')!, 'Bonjour');
      const select = element.querySelector<HTMLSelectElement>('#motif')!;
      select.value = 'reclamation';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      element.querySelector<HTMLInputElement>('#par-courrier')!.click();
      element.querySelector<HTMLInputElement>('#copie')!.click();
      await typeInto(element.querySelector('test-code-field')!, 'C3');
      await typeInto(element.querySelector('#secret')!, 'motdepasse');
      await typeInto(element.querySelector('#carte')!, '4970100000000000');
      await typeInto(element.querySelector('#nir')!, '185057800608436');
    }

    it('restores typed answers after the page is rebuilt, with a notice', async () => {
      const key = uniqueName('contact');
      const first = await fixture<SocleForm>(draftForm(key));
      await fillDraftForm(first);
      first.remove();

      const second = await fixture<SocleForm>(draftForm(key));

      expect(second.querySelector<HTMLInputElement>('#nom')!.value).to.equal('Dupont');
      expect(second.querySelector<HTMLTextAreaElement>('#message')!.value).to.equal('Bonjour');
      expect(second.querySelector<HTMLSelectElement>('#motif')!.value).to.equal('reclamation');
      expect(second.querySelector<HTMLInputElement>('#par-courrier')!.checked).to.be.true;
      expect(second.querySelector<HTMLInputElement>('#copie')!.checked).to.be.true;
      expect(second.querySelector<TestCodeField>('test-code-field')!.value).to.equal('C3');
      const notice = second.shadowRoot!.querySelector('[part="notice"]')!;
      expect(notice.textContent).to.contain('Vos réponses précédentes ont été restaurées.');
      await expect(second).to.be.accessible();
    });

    it('never saves passwords, files, card numbers, hidden inputs or no-draft fields', async () => {
      const key = uniqueName('contact');
      const first = await fixture<SocleForm>(draftForm(key));
      await fillDraftForm(first);
      first.remove();

      const text = sessionStorage.getItem(DRAFT_PREFIX + key)!;
      const second = await fixture<SocleForm>(draftForm(key));

      expect(text).to.contain('Dupont');
      expect(text).not.to.contain('motdepasse');
      expect(text).not.to.contain('4970100000000000');
      expect(text).not.to.contain('185057800608436');
      expect(text).not.to.contain('jeton');
      expect(text).not.to.contain('piece');
      expect(second.querySelector<HTMLInputElement>('#secret')!.value).to.equal('');
      expect(second.querySelector<HTMLInputElement>('#nir')!.value).to.equal('');
    });

    it('restores without firing input or change', async () => {
      const key = uniqueName('contact');
      sessionStorage.setItem(
        DRAFT_PREFIX + key,
        JSON.stringify({ version: 1, savedAt: 0, submitted: false, entries: { 'nom\u0000#0': { value: 'Martin' } } }),
      );
      const onEvent = sinon.spy();
      document.addEventListener('input', onEvent);
      document.addEventListener('change', onEvent);

      const element = await fixture<SocleForm>(draftForm(key));
      document.removeEventListener('input', onEvent);
      document.removeEventListener('change', onEvent);

      expect(element.querySelector<HTMLInputElement>('#nom')!.value).to.equal('Martin');
      expect(onEvent.callCount).to.equal(0);
    });

    it('shows no notice when nothing was saved', async () => {
      const element = await fixture<SocleForm>(draftForm(uniqueName('contact')));

      expect(element.shadowRoot!.querySelector('[part="notice"]')).to.be.null;
    });

    it('saves at most every 300 ms while the user types', async () => {
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(draftForm(key));

      await typeInto(element.querySelector('#nom')!, 'Du');

      expect(storedDraft(key)).to.be.null;
      await aTimeout(350);
      expect(storedDraft(key)!.entries['nom\u0000#0']).to.deep.equal({ value: 'Du' });
    });

    it('saves at once when the page is hidden', async () => {
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(draftForm(key));
      await typeInto(element.querySelector('#nom')!, 'Durand');

      window.dispatchEvent(new Event('pagehide'));

      expect(storedDraft(key)!.entries['nom\u0000#0']).to.deep.equal({ value: 'Durand' });
    });

    it('clears the storage and the fields with "Effacer les réponses"', async () => {
      const key = uniqueName('contact');
      const first = await fixture<SocleForm>(draftForm(key));
      await fillDraftForm(first);
      first.remove();
      const second = await fixture<SocleForm>(draftForm(key));
      const button = second.shadowRoot!.querySelector<HTMLButtonElement>('[part="notice-button"]')!;

      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => second.shadowRoot!.activeElement?.classList.contains('notice-message'), 'focus did not reach the notice');

      expect(storedDraft(key)).to.be.null;
      expect(second.querySelector<HTMLInputElement>('#nom')!.value).to.equal('');
      expect(second.querySelector<HTMLInputElement>('#copie')!.checked).to.be.false;
      expect(second.querySelector<HTMLInputElement>('input[name="jeton"]')!.value).to.equal('serveur-1');
      expect(second.shadowRoot!.activeElement?.textContent).to.contain('Vos réponses ont été effacées.');
      await expect(second).to.be.accessible();
    });

    it('warns about an invalid draft-storage without draft-key', async () => {
      const warn = sinon.stub(console, 'warn');

      await fixture<SocleForm>(html`<socle-form draft-storage="disque">
        <form><label for="nom">Nom</label><input id="nom" name="nom" /></form>
      </socle-form>`);

      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-form> draft-storage="disque"');
    });

    it('uses localStorage with draft-storage="local"', async () => {
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(html`<socle-form draft-key=${key} draft-storage="local">
        <form><label for="nom">Nom</label><input id="nom" name="nom" /></form>
      </socle-form>`);
      await typeInto(element.querySelector('#nom')!, 'Leroy');

      element.remove();

      expect(storedDraft(key, localStorage)!.entries['nom\u0000#0']).to.deep.equal({ value: 'Leroy' });
      expect(storedDraft(key)).to.be.null;
    });

    it('keeps working and warns once when storage throws', async () => {
      const warn = sinon.stub(console, 'warn');
      sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('quota', 'QuotaExceededError'));
      sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('denied', 'SecurityError'));
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(html`<socle-form draft-key=${key} prevent-submit>
        <form><label for="nom">Nom</label><input id="nom" name="nom" required /><button>Envoyer</button></form>
      </socle-form>`);
      await typeInto(element.querySelector('#nom')!, 'Petit');
      window.dispatchEvent(new Event('pagehide'));

      setTimeout(() => element.querySelector('button')!.click());
      const event = (await oneEvent(element, 'socle-submit')) as CustomEvent<SocleSubmitDetail>;

      expect(event.detail.formData.get('nom')).to.equal('Petit');
      expect(warn.callCount).to.equal(2);
      expect(warn.firstCall.args[0]).to.contain('could not read the draft');
      expect(warn.secondCall.args[0]).to.contain('could not write the draft');
    });

    it('ignores a corrupted draft', async () => {
      sinon.stub(console, 'warn');
      const key = uniqueName('contact');
      sessionStorage.setItem(DRAFT_PREFIX + key, '{pas du json');

      const element = await fixture<SocleForm>(draftForm(key));

      expect(element.querySelector<HTMLInputElement>('#nom')!.value).to.equal('');
      expect(sessionStorage.getItem(DRAFT_PREFIX + key)).to.be.null;
    });

    it('deletes the draft when socle-submit is not cancelled', async () => {
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(html`<socle-form draft-key=${key} prevent-submit>
        <form><label for="nom">Nom</label><input id="nom" name="nom" /><button>Envoyer</button></form>
      </socle-form>`);
      await typeInto(element.querySelector('#nom')!, 'Roux');
      window.dispatchEvent(new Event('pagehide'));

      element.querySelector('button')!.click();

      expect(storedDraft(key)).to.be.null;
    });

    it('keeps the draft when socle-submit is cancelled', async () => {
      const key = uniqueName('contact');
      const element = await fixture<SocleForm>(html`<socle-form draft-key=${key} prevent-submit>
        <form><label for="nom">Nom</label><input id="nom" name="nom" /><button>Envoyer</button></form>
      </socle-form>`);
      element.addEventListener('socle-submit', (event) => event.preventDefault());
      await typeInto(element.querySelector('#nom')!, 'Roux');
      window.dispatchEvent(new Event('pagehide'));

      element.querySelector('button')!.click();

      expect(storedDraft(key)!.entries['nom\u0000#0']).to.deep.equal({ value: 'Roux' });
    });

    describe('after a native submission', () => {
      async function submitNatively(key: string): Promise<void> {
        const frame = uniqueName('cible');
        const wrapper = await mount(html`<div>
          <iframe name=${frame} title="Résultat"></iframe>
          <socle-form draft-key=${key}>
            <form action="/__socle-form-post" method="post" target=${frame}>
              <label for="nom">Nom</label><input id="nom" name="nom" /><button>Envoyer</button>
            </form>
          </socle-form>
        </div>`);
        await typeInto(wrapper.querySelector('#nom')!, 'Blanc');
        const loaded = oneEvent(wrapper.querySelector('iframe')!, 'load');
        wrapper.querySelector('button')!.click();
        await loaded;
        await aTimeout(0);
        wrapper.remove();
      }

      const laterVisit = (key: string) => html`<socle-form draft-key=${key}>
        <form><label for="nom">Nom</label><input id="nom" name="nom" /></form>
      </socle-form>`;

      it('marks the draft as submitted', async () => {
        const key = uniqueName('contact');

        await submitNatively(key);

        expect(storedDraft(key)!.submitted).to.be.true;
      });

      it('discards it on a fresh visit', async () => {
        const key = uniqueName('contact');
        await submitNatively(key);

        const element = await fixture<SocleForm>(laterVisit(key));

        expect(element.querySelector<HTMLInputElement>('#nom')!.value).to.equal('');
        expect(storedDraft(key)).to.be.null;
      });

      it('restores it when the user comes back with the back button', async () => {
        const key = uniqueName('contact');
        await submitNatively(key);
        sinon.stub(performance, 'getEntriesByType').returns([{ type: 'back_forward' } as PerformanceNavigationTiming]);

        const element = await fixture<SocleForm>(laterVisit(key));

        expect(element.querySelector<HTMLInputElement>('#nom')!.value).to.equal('Blanc');
      });

      it('restores it when the server answers with the form and an error summary', async () => {
        const key = uniqueName('contact');
        await submitNatively(key);

        const element = await fixture<SocleForm>(html`<socle-form draft-key=${key}>
          <socle-error-summary><ul><li><a href="#nom">Ce nom est déjà utilisé.</a></li></ul></socle-error-summary>
          <form><label for="nom">Nom</label><input id="nom" name="nom" /></form>
        </socle-form>`);

        expect(element.querySelector<HTMLInputElement>('#nom')!.value).to.equal('Blanc');
      });
    });
  });
});
