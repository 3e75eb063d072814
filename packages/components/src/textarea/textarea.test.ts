import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { runFormControlContract } from '../internal/form-control.contract.js';
import './define.js';
import { SocleTextarea } from './textarea.js';

function inner(textarea: SocleTextarea): HTMLTextAreaElement {
  return textarea.shadowRoot!.querySelector('textarea')!;
}

function visibleCount(textarea: SocleTextarea): HTMLElement {
  return textarea.shadowRoot!.querySelector('[part="count"]')!;
}

function liveRegion(textarea: SocleTextarea): HTMLElement {
  return textarea.shadowRoot!.getElementById('count-status')!;
}

async function typeInto(textarea: SocleTextarea, text: string): Promise<void> {
  textarea.focus();
  await sendKeys({ type: text });
  await textarea.updateComplete;
}

runFormControlContract<SocleTextarea>({
  tagName: 'socle-textarea',
  render: (options) => html`<socle-textarea
    name=${options.name}
    label=${options.label}
    hint=${options.hint ?? ''}
    error=${options.error ?? ''}
    ?disabled=${options.disabled}
    ?readonly=${options.readonly}
    ?required=${options.required}
  ></socle-textarea>`,
  typeValue: async (textarea) => {
    textarea.focus();
    await sendKeys({ type: 'Bonjour' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Madame' });
  },
  typedEntries: ['Bonjour\nMadame'],
  restore: { state: 'Texte restauré', entries: ['Texte restauré'] },
  setValueFromCode: (textarea) => {
    textarea.value = 'Texte';
  },
  focusTarget: inner,
  nativeControls: (textarea) => [inner(textarea)],
  valueMissingMessage: { fr: 'Renseignez le champ « Champ ».', en: 'Enter Champ.' },
});

describe('socle-textarea', () => {
  const defaultDelay = SocleTextarea.announceDelay;

  afterEach(() => {
    SocleTextarea.announceDelay = defaultDelay;
    sinon.restore();
  });

  describe('when rendered', () => {
    it('passes rows to the inner textarea', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" rows="8"></socle-textarea>`);

      expect(inner(textarea).rows).to.equal(8);
    });

    it('renders an empty field when value is set to undefined', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="10" value="Bonjour"></socle-textarea>`);

      (textarea as unknown as { value: unknown }).value = undefined;
      await textarea.updateComplete;

      expect(textarea.value).to.equal('');
      expect(inner(textarea).value).to.equal('');
    });

    it('shows no count without maxlength', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message"></socle-textarea>`);

      expect(visibleCount(textarea)).to.equal(null);
    });
  });

  describe('with maxlength', () => {
    it('shows the remaining characters', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="20"></socle-textarea>`);

      await typeInto(textarea, 'Bonjour!');

      expect(visibleCount(textarea).textContent!.trim()).to.equal('Il vous reste 12 caractères');
      expect(visibleCount(textarea).hidden).to.be.false;
    });

    it('ignores a negative maxlength and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="-3" value="Bonjour"></socle-textarea>`);

      expect(textarea.maxlength).to.be.undefined;
      expect(textarea.validity.valid).to.be.true;
      expect(warn.getCalls().some((call) => String(call.args[0]).includes('<socle-textarea> maxlength="-3"'))).to.be.true;
    });

    it('uses the singular for one character', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="5" value="abcd"></socle-textarea>`);

      expect(visibleCount(textarea).textContent!.trim()).to.equal('Il vous reste 1 caractère');
    });

    it('keeps text past the limit and flags tooLong', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="5"></socle-textarea>`);

      await typeInto(textarea, 'abcdefgh');

      expect(textarea.value).to.equal('abcdefgh');
      expect(visibleCount(textarea).textContent!.trim()).to.equal('Vous avez 3 caractères en trop');
      expect(visibleCount(textarea).classList.contains('over')).to.be.true;
      expect(textarea.validity.tooLong).to.be.true;
      expect(textarea.validationMessage).to.equal('« Message » doit comporter au plus 5 caractères.');
    });

    it('counts in English', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea lang="en" label="Message" maxlength="5" value="abcdefg"></socle-textarea>`);

      expect(visibleCount(textarea).textContent!.trim()).to.equal('You have 2 characters too many');
      expect(textarea.validationMessage).to.equal('Message must be 5 characters or fewer.');
    });

    it('describes the field with the limit', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="200"></socle-textarea>`);

      const ids = inner(textarea).getAttribute('aria-describedby')!.split(' ');

      expect(ids).to.include('limit');
      expect(textarea.shadowRoot!.getElementById('limit')!.textContent!.trim()).to.equal(
        'Vous pouvez saisir jusqu’à 200 caractères.',
      );
      await expect(textarea).to.be.accessible();
    });

    it('hides the count below the threshold', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="10" threshold="50"></socle-textarea>`);

      await typeInto(textarea, 'abc');

      expect(visibleCount(textarea).hidden).to.be.true;

      await sendKeys({ type: 'de' });
      await textarea.updateComplete;

      expect(visibleCount(textarea).hidden).to.be.false;
    });

    it('flags tooShort with minlength', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Motif" minlength="10" value="court"></socle-textarea>`);

      expect(textarea.validity.tooShort).to.be.true;
      expect(textarea.validationMessage).to.equal('« Motif » doit comporter au moins 10 caractères.');
    });

    it('flags tooShort in English', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea lang="en" label="Reason" minlength="10" value="short"></socle-textarea>`);

      expect(textarea.validationMessage).to.equal('Reason must be 10 characters or more.');
    });

    it('is accessible when over the limit with a shown error', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="3" value="abcdef"></socle-textarea>`);

      textarea.reportValidity();
      await textarea.updateComplete;

      await expect(textarea).to.be.accessible();
    });
  });

  describe('announcements', () => {
    it('announces the count once the user pauses', async () => {
      SocleTextarea.announceDelay = 200;
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="10"></socle-textarea>`);

      await typeInto(textarea, 'abc');

      expect(liveRegion(textarea).textContent).to.equal('');

      await aTimeout(300);
      await textarea.updateComplete;

      expect(liveRegion(textarea).textContent).to.equal('Il vous reste 7 caractères');
    });

    it('restarts the delay on each key press', async () => {
      SocleTextarea.announceDelay = 600;
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="10"></socle-textarea>`);

      await typeInto(textarea, 'a');
      await aTimeout(400);
      await sendKeys({ type: 'b' });
      await aTimeout(200);
      await textarea.updateComplete;

      expect(liveRegion(textarea).textContent).to.equal('');

      await aTimeout(600);
      await textarea.updateComplete;

      expect(liveRegion(textarea).textContent).to.equal('Il vous reste 8 caractères');
    });

    it('announces nothing below the threshold', async () => {
      SocleTextarea.announceDelay = 50;
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="100" threshold="75"></socle-textarea>`);

      await typeInto(textarea, 'abc');
      await aTimeout(100);
      await textarea.updateComplete;

      expect(liveRegion(textarea).textContent).to.equal('');
    });

    it('announces nothing when code sets the value', async () => {
      SocleTextarea.announceDelay = 50;
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" maxlength="10"></socle-textarea>`);

      textarea.value = 'abc';
      await aTimeout(100);
      await textarea.updateComplete;

      expect(liveRegion(textarea).textContent).to.equal('');
    });
  });

  describe('with auto-grow', () => {
    it('grows with its content', async () => {
      const textarea = await fixture<SocleTextarea>(html`<socle-textarea label="Message" rows="2" auto-grow></socle-textarea>`);
      const before = inner(textarea).getBoundingClientRect().height;

      textarea.focus();
      for (let line = 0; line < 5; line += 1) {
        await sendKeys({ type: 'ligne' });
        await sendKeys({ press: 'Enter' });
      }
      await textarea.updateComplete;

      expect(inner(textarea).getBoundingClientRect().height).to.be.greaterThan(before);
      expect(inner(textarea).scrollHeight).to.be.at.most(inner(textarea).clientHeight + 1);
    });
  });
});
