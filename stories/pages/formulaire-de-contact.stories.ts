import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '@socle/components/form';
import '@socle/components/input';
import '@socle/components/textarea';
import '@socle/components/select';
import '@socle/components/radio-group';
import '@socle/components/checkbox';
import '@socle/components/file-upload';
import '@socle/components/button';
import '@socle/components/summary-list';
import type { SocleSubmitDetail } from '@socle/components/form';

const meta: Meta = {
  title: 'Pages/Formulaire de contact',
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj;

const TOPICS: Record<string, string> = {
  'etat-civil': 'Actes d’état civil',
  urbanisme: 'Urbanisme',
  autre: 'Autre demande',
};

/**
 * Replaces the form with a confirmation that lists the answers. A real
 * service sends `formData` to its server here, or lets the native
 * submission proceed by leaving out `prevent-submit`.
 */
function showConfirmation(event: CustomEvent<SocleSubmitDetail>): void {
  const { formData } = event.detail;
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  const items = [
    { key: 'Nom', value: text('nom') },
    { key: 'Prénom', value: text('prenom') },
    { key: 'Adresse électronique', value: text('courriel') },
    { key: 'Téléphone', value: text('telephone') },
    { key: 'Sujet', value: TOPICS[text('sujet')] ?? '' },
    { key: 'Message', value: text('message') },
    { key: 'Réponse souhaitée', value: text('reponse') === 'courrier' ? 'Par courrier' : 'Par courriel' },
  ];
  const page = (event.currentTarget as HTMLElement).closest<HTMLElement>('.contact-page')!;
  page.replaceChildren();
  render(
    html`<h1 tabindex="-1">Votre message a été envoyé</h1>
      <p>Nous vous répondrons sous 10 jours ouvrés. Voici ce que vous nous avez transmis :</p>
      <socle-summary-list .items=${items}></socle-summary-list>`,
    page,
  );
  page.querySelector<HTMLElement>('h1')?.focus();
}

export const FormulaireDeContact: Story = {
  name: 'Formulaire de contact',
  render: () => html`<div class="contact-page" style="max-width: 40rem">
    <h1>Nous contacter</h1>
    <p>Tous les champs sont obligatoires sauf mention contraire.</p>
    <socle-form prevent-submit draft-key="contact-mairie" @socle-submit=${showConfirmation}>
      <form action="/contact" method="post">
        <socle-input name="nom" label="Nom" autocomplete="family-name" required></socle-input>
        <socle-input name="prenom" label="Prénom" autocomplete="given-name" required></socle-input>
        <socle-input
          name="courriel"
          type="email"
          label="Adresse électronique"
          hint="Par exemple : claire.dupont@exemple.fr"
          autocomplete="email"
          required
        ></socle-input>
        <socle-input name="telephone" type="tel" label="Téléphone (facultatif)" autocomplete="tel"></socle-input>
        <socle-select name="sujet" label="Sujet de votre demande" placeholder="" required>
          <option value="etat-civil">${TOPICS['etat-civil']}</option>
          <option value="urbanisme">${TOPICS['urbanisme']}</option>
          <option value="autre">${TOPICS['autre']}</option>
        </socle-select>
        <socle-textarea
          name="message"
          label="Votre message"
          hint="Précisez votre demande en quelques lignes."
          maxlength="2000"
          required
        ></socle-textarea>
        <socle-file-upload
          name="piece-jointe"
          label="Pièce jointe (facultatif)"
          hint="Format PDF, JPG ou PNG, 5 Mo au maximum."
          accept=".pdf,.jpg,.jpeg,.png"
          max-size="5242880"
        ></socle-file-upload>
        <socle-radio-group name="reponse" label="Comment souhaitez-vous recevoir la réponse ?" required>
          <socle-radio value="courriel" label="Par courriel"></socle-radio>
          <socle-radio value="courrier" label="Par courrier"></socle-radio>
        </socle-radio-group>
        <socle-checkbox
          name="consentement"
          value="oui"
          label="J’accepte que mes données soient utilisées pour traiter ma demande."
          required
        ></socle-checkbox>
        <p><socle-button type="submit">Envoyer le message</socle-button></p>
      </form>
    </socle-form>
  </div>`,
};

/** The same page after a submission with every field empty. */
export const FormulaireDeContactAvecErreurs: Story = {
  name: 'Formulaire de contact avec erreurs',
  render: FormulaireDeContact.render,
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('socle-form')!;
    await element.updateComplete;
    element.querySelector('form')!.requestSubmit();
    await element.querySelector('socle-error-summary')?.updateComplete;
  },
};
