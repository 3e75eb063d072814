import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import { deepActiveElement } from '../internal/form-control.contract.js';
import './define.js';
import type { SocleFileUpload } from './file-upload.js';

/**
 * Renders markup whose root is a plain element and waits for the Lit elements
 * in it. `fixture()` waits for an animation frame on plain roots, and frames
 * stall in a page left in the background while another test page has focus.
 */
async function plainFixture<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const root = fixtureSync<T>(template);
  const litElements = [root, ...root.querySelectorAll('*')].filter(
    (element): element is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in element,
  );
  await Promise.all(litElements.map((element) => element.updateComplete));
  return root;
}

const MB = 1024 * 1024;

function makeFile(name: string, type: string, size = 2048): File {
  return new File([new Uint8Array(size)], name, { type, lastModified: 1_700_000_000_000 });
}

function nativeInput(control: SocleFileUpload): HTMLInputElement {
  return control.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
}

function transfer(files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** Simulates a choice in the browser's file picker: the picker sets `files`, then fires `input` and `change`. */
async function choose(control: SocleFileUpload, files: File[]): Promise<void> {
  const input = nativeInput(control);
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await control.updateComplete;
}

async function drop(control: SocleFileUpload, files: File[]): Promise<DragEvent> {
  const zone = control.shadowRoot!.querySelector('[part="dropzone"]')!;
  const event = new DragEvent('drop', { dataTransfer: transfer(files), bubbles: true, cancelable: true });
  zone.dispatchEvent(event);
  await control.updateComplete;
  return event;
}

function listedNames(control: SocleFileUpload): string[] {
  return [...control.shadowRoot!.querySelectorAll('.file-name')].map((name) => name.textContent!.trim());
}

function removeButtons(control: SocleFileUpload): HTMLButtonElement[] {
  return [...control.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')];
}

function status(control: SocleFileUpload): string {
  return control.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

function errorText(control: SocleFileUpload): string {
  return control.shadowRoot!.querySelector('#error')!.textContent!.replace(/\s+/g, ' ').trim();
}

async function renderInForm(markup: ReturnType<typeof html>): Promise<{ form: HTMLFormElement; control: SocleFileUpload }> {
  const form = await plainFixture<HTMLFormElement>(html`<form>${markup}</form>`);
  const control = form.querySelector('socle-file-upload')!;
  await control.updateComplete;
  return { form, control };
}

function submittedNames(form: HTMLFormElement, name: string): string[] {
  return new FormData(form).getAll(name).map((entry) => (entry as File).name);
}

describe('socle-file-upload', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered', () => {
    it('labels the native input with the field label and the button text', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Justificatif"></socle-file-upload>`);

      const input = nativeInput(control);
      const labels = [...input.labels!].map((label) => label.textContent!.trim());

      expect(labels).to.deep.equal(['Justificatif', 'Choisir un fichier']);
      expect(input.tabIndex).to.equal(0);
      expect(control.shadowRoot!.textContent).to.contain('Aucun fichier choisi.');
      await expect(control).to.be.accessible();
    });

    it('shows the accepted formats and maximum size before any choice', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload
        label="Justificatif"
        accept="application/pdf,image/jpeg,.png"
        max-size=${10 * MB}
      ></socle-file-upload>`);

      const constraints = control.shadowRoot!.querySelector('#constraints')!;

      expect(constraints.textContent!.trim()).to.equal('Formats acceptés : PDF, JPG, PNG. Taille maximale : 10 Mo par fichier.');
      expect(nativeInput(control).getAttribute('aria-describedby')).to.equal('constraints');
      expect(nativeInput(control).accept).to.equal('application/pdf,image/jpeg,.png');
    });

    it('shows the constraints in English', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload
        lang="en"
        label="Proof"
        accept="image/*,.pdf"
        max-size=${1536 * 1024}
        multiple
        max-files="3"
      ></socle-file-upload>`);

      const constraints = control.shadowRoot!.querySelector('#constraints')!;

      expect(constraints.textContent!.trim()).to.equal('Accepted formats: image, PDF. Maximum size: 1.5 MB per file. 3 files at most.');
      expect(control.shadowRoot!.querySelector('.choose')!.textContent!.trim()).to.equal('Choose files');
    });
  });

  describe('with accept set to a non-string', () => {
    for (const accept of [undefined, null]) {
      it(`accepts any file with accept = ${String(accept)}`, async () => {
        const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Justificatif" accept=".pdf"></socle-file-upload>`);

        (control as unknown as { accept: unknown }).accept = accept;
        await control.updateComplete;

        expect(nativeInput(control).hasAttribute('accept')).to.be.false;
        expect(control.shadowRoot!.querySelector('#constraints')?.textContent ?? '').not.to.contain('Formats');
      });
    }
  });

  describe('when the user chooses files', () => {
    it('puts each file in the form data under name', async () => {
      const { form, control } = await renderInForm(
        html`<socle-file-upload name="pieces" label="Pièces" multiple></socle-file-upload>`,
      );

      await choose(control, [makeFile('a.pdf', 'application/pdf'), makeFile('b.pdf', 'application/pdf')]);

      expect(submittedNames(form, 'pieces')).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(new FormData(form).get('pieces')).to.be.instanceOf(File);
      expect(control.files.map((file) => file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
      expect(control.value).to.equal('a.pdf');
    });

    it('lists each file with its size', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);

      await choose(control, [makeFile('petit.pdf', 'application/pdf', 2048), makeFile('gros.pdf', 'application/pdf', 1.5 * MB)]);

      const sizes = [...control.shadowRoot!.querySelectorAll('.file-size')].map((size) => size.textContent!.trim());
      expect(listedNames(control)).to.deep.equal(['petit.pdf', 'gros.pdf']);
      expect(sizes).to.deep.equal(['2 ko', '1,5 Mo']);
      await expect(control).to.be.accessible();
    });

    it('adds to the list with multiple and skips a file chosen twice', async () => {
      const { form, control } = await renderInForm(
        html`<socle-file-upload name="pieces" label="Pièces" multiple></socle-file-upload>`,
      );
      const first = makeFile('a.pdf', 'application/pdf');

      await choose(control, [first]);
      await choose(control, [makeFile('a.pdf', 'application/pdf'), makeFile('b.pdf', 'application/pdf')]);

      expect(submittedNames(form, 'pieces')).to.deep.equal(['a.pdf', 'b.pdf']);
    });

    it('replaces the file without multiple', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);

      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      await choose(control, [makeFile('b.pdf', 'application/pdf')]);

      expect(submittedNames(form, 'piece')).to.deep.equal(['b.pdf']);
    });

    it('mirrors the list into the native input', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);

      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      await choose(control, [makeFile('b.pdf', 'application/pdf')]);

      expect([...nativeInput(control).files!].map((file) => file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    });

    it('announces the added files in a live region', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);

      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      expect(status(control)).to.equal('Fichier « a.pdf » ajouté.');

      await choose(control, [makeFile('b.pdf', 'application/pdf'), makeFile('c.pdf', 'application/pdf')]);
      expect(status(control)).to.equal('2 fichiers ajoutés.');
    });

    it('fires input then change once, from the host', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);
      const events: string[] = [];
      const onEvent = sinon.spy((event: Event) => events.push(event.type));
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      await choose(control, [makeFile('a.pdf', 'application/pdf')]);

      expect(events).to.deep.equal(['input', 'change']);
      expect(onEvent.firstCall.args[0].target).to.equal(control);
      expect(onEvent.firstCall.args[0].composed).to.be.true;
      expect(onEvent.secondCall.args[0].bubbles).to.be.true;
    });

    it('submits nothing without a name', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload label="Pièce"></socle-file-upload>`);

      await choose(control, [makeFile('a.pdf', 'application/pdf')]);

      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });
  });

  describe('drag and drop', () => {
    it('adds dropped files and keeps the browser from opening them', async () => {
      const { form, control } = await renderInForm(
        html`<socle-file-upload name="pieces" label="Pièces" multiple></socle-file-upload>`,
      );

      const event = await drop(control, [makeFile('scan.pdf', 'application/pdf')]);

      expect(event.defaultPrevented).to.be.true;
      expect(submittedNames(form, 'pieces')).to.deep.equal(['scan.pdf']);
      expect(status(control)).to.equal('Fichier « scan.pdf » ajouté.');
    });

    it('highlights the zone while a file is dragged over it', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);
      const zone = control.shadowRoot!.querySelector('[part="dropzone"]')!;

      const over = new DragEvent('dragover', { dataTransfer: new DataTransfer(), bubbles: true, cancelable: true });
      zone.dispatchEvent(over);
      await control.updateComplete;

      expect(over.defaultPrevented).to.be.true;
      expect(zone.classList.contains('dragging')).to.be.true;

      zone.dispatchEvent(new DragEvent('dragleave', { bubbles: true, relatedTarget: document.body }));
      await control.updateComplete;

      expect(zone.classList.contains('dragging')).to.be.false;
    });

    it('keeps only the first dropped file without multiple', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);

      await drop(control, [makeFile('a.pdf', 'application/pdf'), makeFile('b.pdf', 'application/pdf')]);

      expect(listedNames(control)).to.deep.equal(['a.pdf']);
    });

    it('ignores drops while disabled', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce" disabled></socle-file-upload>`);

      const event = await drop(control, [makeFile('a.pdf', 'application/pdf')]);

      expect(event.defaultPrevented).to.be.true;
      expect(control.files).to.deep.equal([]);
    });
  });

  describe('validation', () => {
    const cases = [
      {
        title: 'a file of the wrong type',
        file: makeFile('photo.heic', 'image/heic'),
        flag: 'typeMismatch' as const,
        fr: '« photo.heic » n’est pas au format accepté : PDF, JPG, PNG',
        en: '“photo.heic” is not in an accepted format: PDF, JPG, PNG',
      },
      {
        title: 'a file over the maximum size',
        file: makeFile('scan.pdf', 'application/pdf', 10 * MB + 1),
        flag: 'rangeOverflow' as const,
        fr: '« scan.pdf » dépasse la taille maximale de 10 Mo',
        en: '“scan.pdf” is larger than the maximum size of 10 MB',
      },
    ];

    for (const testCase of cases) {
      for (const lang of ['fr', 'en'] as const) {
        it(`reports ${testCase.title} at once in ${lang}`, async () => {
          const control = await fixture<SocleFileUpload>(html`<socle-file-upload
            lang=${lang}
            label="Justificatif"
            accept="application/pdf,image/jpeg,image/png"
            max-size=${10 * MB}
          ></socle-file-upload>`);

          await choose(control, [testCase.file]);

          const itemError = control.shadowRoot!.querySelector('.file-error')!;
          expect(control.validity[testCase.flag]).to.be.true;
          expect(control.validationMessage).to.equal(testCase[lang]);
          expect(errorText(control)).to.contain(testCase[lang]);
          expect(itemError.textContent!.trim()).to.equal(testCase[lang]);
          expect(removeButtons(control)[0]!.getAttribute('aria-describedby')).to.equal(itemError.id);
          expect(nativeInput(control).getAttribute('aria-invalid')).to.equal('true');
          expect(status(control)).to.contain(testCase[lang]);
        });
      }
    }

    it('accepts a file by extension or wildcard', async () => {
      const control = await fixture<SocleFileUpload>(
        html`<socle-file-upload label="Pièces" accept=".PDF,image/*" multiple></socle-file-upload>`,
      );

      await choose(control, [makeFile('SCAN.pdf', ''), makeFile('photo.heic', 'image/heic')]);

      expect(control.validity.valid).to.be.true;
    });

    it('reports the files beyond max-files', async () => {
      const control = await fixture<SocleFileUpload>(
        html`<socle-file-upload label="Pièces" multiple max-files="2"></socle-file-upload>`,
      );

      await choose(control, ['a.pdf', 'b.pdf', 'c.pdf'].map((name) => makeFile(name, 'application/pdf')));

      expect(control.validity.rangeOverflow).to.be.true;
      expect(control.validationMessage).to.equal('« c.pdf » dépasse le nombre maximal de 2 fichiers : supprimez un fichier');
      expect(control.shadowRoot!.querySelectorAll('.file-error')).to.have.length(1);
    });

    it('becomes valid once the wrong file is removed', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce" accept=".pdf"></socle-file-upload>`);
      await choose(control, [makeFile('photo.heic', 'image/heic')]);

      removeButtons(control)[0]!.click();
      await control.updateComplete;

      expect(control.validity.valid).to.be.true;
      expect(errorText(control)).to.equal('');
      expect(nativeInput(control).hasAttribute('aria-invalid')).to.be.false;
    });

    it('is accessible with a wrong file listed', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce" accept=".pdf"></socle-file-upload>`);

      await choose(control, [makeFile('photo.heic', 'image/heic')]);

      await expect(control).to.be.accessible();
    });

    for (const [lang, message] of [
      ['fr', 'Choisissez un fichier pour « Justificatif ».'],
      ['en', 'Choose a file for Justificatif.'],
    ] as const) {
      it(`reports a missing required file in ${lang}`, async () => {
        const control = await fixture<SocleFileUpload>(
          html`<socle-file-upload lang=${lang} label="Justificatif" required hint="Un seul fichier"></socle-file-upload>`,
        );
        expect(nativeInput(control).hasAttribute('aria-invalid')).to.be.false;

        const valid = control.reportValidity();
        await control.updateComplete;

        const input = nativeInput(control);
        expect(valid).to.be.false;
        expect(control.validity.valueMissing).to.be.true;
        expect(control.validationMessage).to.equal(message);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-required')).to.equal('true');
        expect(input.getAttribute('aria-describedby')).to.equal('hint error');
        expect(errorText(control)).to.contain(message);
      });
    }

    it('keeps the error hidden after checkValidity()', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce" required></socle-file-upload>`);

      expect(control.checkValidity()).to.be.false;
      await control.updateComplete;

      expect(errorText(control)).to.equal('');
    });

    it('sets and clears a custom validity message', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);

      control.setCustomValidity('Ce fichier a déjà été envoyé.');
      await control.updateComplete;

      expect(control.validity.customError).to.be.true;
      expect(control.validationMessage).to.equal('Ce fichier a déjà été envoyé.');

      control.setCustomValidity('');
      await control.updateComplete;

      expect(control.validity.valid).to.be.true;
    });
  });

  describe('removing a file', () => {
    it('moves focus to the next remove button', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);
      await choose(control, ['a.pdf', 'b.pdf', 'c.pdf'].map((name) => makeFile(name, 'application/pdf')));
      removeButtons(control)[1]!.focus();

      await sendKeys({ press: 'Enter' });
      await control.updateComplete;

      expect(listedNames(control)).to.deep.equal(['a.pdf', 'c.pdf']);
      expect(deepActiveElement()).to.equal(removeButtons(control)[1]);
      expect(status(control)).to.equal('Fichier « b.pdf » supprimé.');
    });

    it('moves focus to the file input after the last file', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);
      await choose(control, ['a.pdf', 'b.pdf'].map((name) => makeFile(name, 'application/pdf')));
      removeButtons(control)[1]!.focus();

      await sendKeys({ press: ' ' });
      await control.updateComplete;

      expect(listedNames(control)).to.deep.equal(['a.pdf']);
      expect(deepActiveElement()).to.equal(nativeInput(control));
    });

    it('names each remove button after its file', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièces" multiple></socle-file-upload>`);

      await choose(control, [makeFile('avis.pdf', 'application/pdf')]);

      const button = removeButtons(control)[0]!;
      expect(button.getAttribute('aria-label')).to.equal('Supprimer avis.pdf');
      expect(button.textContent!.trim()).to.equal('Supprimer');
    });

    it('fires input and change and drops the file from the form data', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      const onEvent = sinon.spy();
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      removeButtons(control)[0]!.click();
      await control.updateComplete;

      expect(onEvent.callCount).to.equal(2);
      expect(new FormData(form).has('piece')).to.be.false;
    });
  });

  describe('keyboard', () => {
    it('reaches the native input, then the remove buttons, with Tab', async () => {
      const wrapper = await plainFixture<HTMLDivElement>(html`<div>
        <button>Avant</button>
        <socle-file-upload label="Pièces" multiple></socle-file-upload>
      </div>`);
      const control = wrapper.querySelector('socle-file-upload')!;
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(nativeInput(control));
      expect(getComputedStyle(control.shadowRoot!.querySelector('.choose')!).outlineStyle).to.equal('solid');

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(removeButtons(control)[0]);
    });

    it('moves focus to the native input on focus()', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);

      control.focus();

      expect(deepActiveElement()).to.equal(nativeInput(control));
    });
  });

  describe('in a form', () => {
    it('clears the files on reset', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);

      form.reset();
      await control.updateComplete;

      expect(control.files).to.deep.equal([]);
      expect(listedNames(control)).to.deep.equal([]);
      expect(new FormData(form).has('piece')).to.be.false;
    });

    it('restores no files from a saved state, as browsers do not', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);
      const state = new FormData();
      state.append('piece', makeFile('a.pdf', 'application/pdf'));

      control.formStateRestoreCallback(state);
      await control.updateComplete;

      expect(control.files).to.deep.equal([]);
      expect(new FormData(form).has('piece')).to.be.false;
    });

    it('clears the files when code sets value to an empty string, without events', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);
      const onEvent = sinon.spy();
      control.addEventListener('input', onEvent);
      control.addEventListener('change', onEvent);

      control.value = '';
      await control.updateComplete;

      expect(control.files).to.deep.equal([]);
      expect(onEvent.called).to.be.false;
    });

    it('warns once when code sets another value', async () => {
      const warn = sinon.stub(console, 'warn');
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce"></socle-file-upload>`);

      control.value = 'C:\\fakepath\\a.pdf';
      control.value = 'b.pdf';
      await control.updateComplete;

      expect(control.value).to.equal('');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('<socle-file-upload> value');
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await plainFixture<HTMLFormElement>(html`<form>
        <fieldset disabled>
          <legend>Groupe</legend>
          <socle-file-upload name="piece" label="Pièce" required></socle-file-upload>
        </fieldset>
      </form>`);
      const control = form.querySelector('socle-file-upload')!;
      await control.updateComplete;

      expect(control.matches(':disabled')).to.be.true;
      expect(nativeInput(control).disabled).to.be.true;
      expect(control.willValidate).to.be.false;
    });

    it('leaves out its files while disabled and offers no remove button', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);

      control.disabled = true;
      await control.updateComplete;

      expect(new FormData(form).has('piece')).to.be.false;
      expect(removeButtons(control)).to.have.length(0);
      expect(nativeInput(control).disabled).to.be.true;
    });

    it('submits its files while read-only and offers no remove button', async () => {
      const { form, control } = await renderInForm(html`<socle-file-upload name="piece" label="Pièce"></socle-file-upload>`);
      await choose(control, [makeFile('a.pdf', 'application/pdf')]);

      control.readonly = true;
      await control.updateComplete;

      expect(submittedNames(form, 'piece')).to.deep.equal(['a.pdf']);
      expect(removeButtons(control)).to.have.length(0);
      expect(control.willValidate).to.be.false;
    });
  });

  describe('accessibility', () => {
    const states: Array<[string, ReturnType<typeof html>]> = [
      ['default', html`<socle-file-upload label="Pièce"></socle-file-upload>`],
      ['hint', html`<socle-file-upload label="Pièce" hint="Un justificatif de moins de 3 mois"></socle-file-upload>`],
      ['error', html`<socle-file-upload label="Pièce" error="Le fichier n’a pas pu être lu."></socle-file-upload>`],
      ['disabled', html`<socle-file-upload label="Pièce" disabled></socle-file-upload>`],
      ['readonly', html`<socle-file-upload label="Pièce" readonly></socle-file-upload>`],
      ['required', html`<socle-file-upload label="Pièce" required></socle-file-upload>`],
      ['multiple', html`<socle-file-upload label="Pièces" multiple max-files="3" accept=".pdf" max-size="1000000"></socle-file-upload>`],
    ];

    for (const [name, markup] of states) {
      it(`is accessible in the ${name} state`, async () => {
        const control = await fixture<SocleFileUpload>(markup);

        await expect(control).to.be.accessible();
      });
    }

    it('is accessible with a shown required error', async () => {
      const control = await fixture<SocleFileUpload>(html`<socle-file-upload label="Pièce" required></socle-file-upload>`);

      control.reportValidity();
      await control.updateComplete;

      await expect(control).to.be.accessible();
    });
  });
});
