import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMemorySource, type Commune } from '@socle/communes';
import { html } from 'lit';
import '@socle/components/etat-civil-request';

/** A fixed date, so that the eligibility shown by each story never changes. */
const TODAY = '2025-06-01';

const communes: Commune[] = [
  { kind: 'commune', code: '49007', name: 'Angers', postalCodes: ['49000', '49100'], departement: '49', departementName: 'Maine-et-Loire', population: 155850 },
  { kind: 'commune', code: '44109', name: 'Nantes', postalCodes: ['44000', '44100', '44200', '44300'], departement: '44', departementName: 'Loire-Atlantique', population: 320732 },
  { kind: 'commune', code: '35238', name: 'Rennes', postalCodes: ['35000', '35200', '35700'], departement: '35', departementName: 'Ille-et-Vilaine', population: 227830 },
];
const communeAdapter = createMemorySource(communes);

const birth = { act: 'naissance' };
const person = { person: { lastName: 'Martin', firstNames: 'Louise' } };
const angers = { actPlace: { kind: 'commune', inseeCode: '49007', name: 'Angers' } };
const delivery = { delivery: { line1: '3 rue des Lilas', postalCode: '49000', city: 'Angers', country: 'FR' }, copies: 1 };

function request(step: number, value: object, extra: { commune?: string; errors?: object[] } = {}) {
  return html`<socle-etat-civil-request
    today=${TODAY}
    current-step=${step}
    value=${JSON.stringify(value)}
    commune=${extra.commune ?? ''}
    commune-name=${extra.commune ? 'Angers' : ''}
    errors=${extra.errors ? JSON.stringify(extra.errors) : ''}
    .communeAdapter=${communeAdapter}
    prevent-submit
  ></socle-etat-civil-request>`;
}

const meta: Meta = {
  title: 'Composants/Demande d’acte d’état civil',
  component: 'socle-etat-civil-request',
  tags: ['autodocs'],
  render: () => html`<socle-etat-civil-request today=${TODAY} .communeAdapter=${communeAdapter} prevent-submit></socle-etat-civil-request>`,
};

export default meta;

type Story = StoryObj;

/** Step 1: the act, then the documents that this act is delivered as. */
export const Etape1Acte: Story = {
  name: 'Étape 1 : l’acte et le document',
};

/** A death act exists only as a copie intégrale, which is chosen for the user. */
export const Etape1ActeDeDeces: Story = {
  name: 'Étape 1 : acte de décès',
  render: () => request(1, { act: 'deces', document: 'copie-integrale' }),
};

/** Anyone may obtain the extrait sans filiation. */
export const Etape2Autorisee: Story = {
  name: 'Étape 2 : demande autorisée',
  render: () => request(2, { ...birth, document: 'extrait-sans-filiation', qualite: 'tiers' }),
};

/** A third party cannot obtain the copie intégrale of a recent act: the reason and a one-click switch. */
export const Etape2Refusee: Story = {
  name: 'Étape 2 : demande refusée, avec une autre possibilité',
  render: () => request(2, { ...birth, document: 'copie-integrale', qualite: 'tiers', actDate: '1990-05-12' }),
};

/** An unemancipated minor cannot ask for their own copie intégrale. */
export const Etape2PersonneMineure: Story = {
  name: 'Étape 2 : personne mineure',
  render: () => request(2, { ...birth, document: 'copie-integrale', qualite: 'personne-concernee', actDate: '2015-01-10' }),
};

/** An act of more than 75 years is a public archive that anyone may obtain. */
export const Etape2ArchivePublique: Story = {
  name: 'Étape 2 : archive publique',
  render: () => request(2, { ...birth, document: 'copie-integrale', qualite: 'tiers', actDate: '1940-03-02' }),
};

/** The decision waits for the date of the act, asked right under the qualité. */
export const Etape2DateAttendue: Story = {
  name: 'Étape 2 : date nécessaire pour décider',
  render: () => request(2, { ...birth, document: 'copie-integrale', qualite: 'tiers' }),
};

/** The copie intégrale of a birth act needs the parents, as the engine lists them. */
export const Etape3AvecParents: Story = {
  name: 'Étape 3 : personne concernée et parents',
  render: () => request(3, { ...birth, document: 'copie-integrale', qualite: 'personne-concernee', actDate: '1990-05-12', ...person, ...angers }),
};

/** An event abroad: the country, and the office that keeps the act (Service central d'état civil). */
export const Etape3Etranger: Story = {
  name: 'Étape 3 : événement à l’étranger',
  render: () =>
    request(3, {
      ...birth,
      document: 'extrait-sans-filiation',
      qualite: 'personne-concernee',
      actDate: '1985-02-20',
      ...person,
      actPlace: { kind: 'abroad', country: 'MA', city: 'Rabat' },
    }),
};

/** A widget locked to one commune's mairie: the place of the event is fixed text. */
export const Etape3CommuneImposee: Story = {
  name: 'Étape 3 : commune imposée',
  render: () => request(3, { ...birth, document: 'extrait-sans-filiation', qualite: 'tiers', ...person }, { commune: '49007' }),
};

/** Step 4: the requester's identity (not the person concerned), the postal address and the number of copies. */
export const Etape4Envoi: Story = {
  name: 'Étape 4 : envoi des copies',
  render: () => request(4, { ...birth, document: 'extrait-sans-filiation', qualite: 'tiers', actDate: '1990-05-12', ...person, ...angers }),
};

/** Step 5: every answer with a "Modifier" link (RGAA 11.12), and the competent office. */
export const Etape5Verification: Story = {
  name: 'Étape 5 : vérification',
  render: () =>
    request(5, {
      ...birth,
      document: 'copie-integrale',
      qualite: 'personne-concernee',
      actDate: '1990-05-12',
      ...person,
      ...angers,
      parents: [{ lastName: 'Martin', firstNames: 'Paul' }],
      ...delivery,
    }),
};

/** The server rejected the request: the review opens with its errors and every answer kept. */
export const ErreursDuServeur: Story = {
  name: 'Erreurs renvoyées par le serveur',
  render: () =>
    request(
      5,
      {
        ...birth,
        document: 'extrait-sans-filiation',
        qualite: 'personne-concernee',
        actDate: '1990-05-12',
        ...person,
        ...angers,
        ...delivery,
        delivery: { line1: '3 rue des Lilas', postalCode: '75001', city: 'Angers', country: 'FR' },
      },
      { errors: [{ path: '/delivery/postalCode', message: 'Le code postal 75001 ne correspond pas à la commune « Angers » : corrigez l’adresse d’envoi.' }] },
    ),
};

/** English, from the nearest `lang` attribute. */
export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">${request(2, { ...birth, document: 'copie-integrale', qualite: 'tiers', actDate: '1990-05-12' })}</div>`,
};
