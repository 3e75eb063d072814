import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import { resetWarnings } from '../internal/dev.js';
import './define.js';
import type { SocleStepper } from './stepper.js';

const STEPS = JSON.stringify(['Votre identité', 'Vos coordonnées', 'Votre demande', 'Vérification']);

function heading(stepper: SocleStepper): HTMLElement {
  return stepper.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
}

function next(stepper: SocleStepper): HTMLElement | null {
  return stepper.shadowRoot!.querySelector<HTMLElement>('[part="next"]');
}

function segments(stepper: SocleStepper): boolean[] {
  return Array.from(stepper.shadowRoot!.querySelectorAll('.segment'), (segment) => segment.classList.contains('done'));
}

describe('socle-stepper', () => {
  afterEach(() => {
    sinon.restore();
    resetWarnings();
  });

  describe('when rendered with titles', () => {
    it('renders state, title and next step', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="2" steps=${STEPS}></socle-stepper>`);

      expect(heading(stepper).localName).to.equal('h2');
      expect(heading(stepper).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Étape 2 sur 4 : Vos coordonnées');
      expect(next(stepper)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Étape suivante : Votre demande');
    });

    it('fills one segment per reached step', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="2" steps=${STEPS}></socle-stepper>`);

      expect(segments(stepper)).to.deep.equal([true, true, false, false]);
      expect(stepper.shadowRoot!.querySelector('[part="bar"]')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('is accessible', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="2" steps=${STEPS}></socle-stepper>`);

      await expect(stepper).to.be.accessible();
    });

    it('shows no next step on the last step', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="4" steps=${STEPS}></socle-stepper>`);

      expect(next(stepper)).to.be.null;
      expect(segments(stepper)).to.deep.equal([true, true, true, true]);
      await expect(stepper).to.be.accessible();
    });

    it('takes titles from the steps property', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper .steps=${['Identité', 'Coordonnées']}></socle-stepper>`);

      expect(heading(stepper).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Étape 1 sur 2 : Identité');
    });

    it('follows property changes', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper steps=${STEPS}></socle-stepper>`);

      stepper.currentStep = 3;
      await stepper.updateComplete;

      expect(heading(stepper).textContent).to.contain('Étape 3 sur 4');
      expect(next(stepper)!.textContent).to.contain('Vérification');
    });

    it('uses English in an English page', async () => {
      const stepper = await fixture<SocleStepper>(
        html`<socle-stepper lang="en" current-step="1" steps=${JSON.stringify(['Identity', 'Contact'])}></socle-stepper>`,
      );

      expect(heading(stepper).textContent).to.contain('Step 1 of 2');
      expect(next(stepper)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Next step: Contact');
    });

    it('renders the heading at the level given by heading-level', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper heading-level="1" steps=${STEPS}></socle-stepper>`);

      expect(heading(stepper).localName).to.equal('h1');
      await expect(stepper).to.be.accessible();
    });
  });

  describe('without titles', () => {
    it('shows the step number only', async () => {
      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="3" step-count="5"></socle-stepper>`);

      expect(heading(stepper).textContent!.trim()).to.equal('Étape 3 sur 5');
      expect(next(stepper)).to.be.null;
      expect(segments(stepper)).to.have.length(5);
      await expect(stepper).to.be.accessible();
    });
  });

  describe('when a value is invalid', () => {
    it('clamps a current step above the count and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="7" steps=${STEPS}></socle-stepper>`);

      expect(heading(stepper).textContent).to.contain('Étape 4 sur 4');
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.contain('current-step="7"');
    });

    it('clamps a current step below 1', async () => {
      sinon.stub(console, 'warn');

      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="0" step-count="3"></socle-stepper>`);

      expect(heading(stepper).textContent).to.contain('Étape 1 sur 3');
    });

    it('falls back to step 1 for a value that is not a number', async () => {
      const warn = sinon.stub(console, 'warn');

      const stepper = await fixture<SocleStepper>(html`<socle-stepper current-step="deux" step-count="3"></socle-stepper>`);

      expect(heading(stepper).textContent).to.contain('Étape 1 sur 3');
      expect(warn.firstCall.args[0]).to.contain('current-step="deux" is not a number');
    });

    it('clamps a step count below 1', async () => {
      sinon.stub(console, 'warn');

      const stepper = await fixture<SocleStepper>(html`<socle-stepper step-count="-2"></socle-stepper>`);

      expect(heading(stepper).textContent).to.contain('Étape 1 sur 1');
    });

    it('ignores steps that are not a JSON array and warns', async () => {
      const warn = sinon.stub(console, 'warn');

      const stepper = fixtureSync<SocleStepper>(html`<socle-stepper step-count="2" steps="Identité, Coordonnées"></socle-stepper>`);
      await stepper.updateComplete;

      expect(heading(stepper).textContent!.trim()).to.equal('Étape 1 sur 2');
      expect(warn.firstCall.args[0]).to.contain('is not a JSON array of titles');
    });

    it('warns when step-count and the titles disagree', async () => {
      const warn = sinon.stub(console, 'warn');

      const stepper = await fixture<SocleStepper>(html`<socle-stepper step-count="3" steps=${STEPS}></socle-stepper>`);

      expect(heading(stepper).textContent).to.contain('sur 3');
      expect(warn.firstCall.args[0]).to.contain('differs from the 4 titles');
    });
  });
});
