import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createMemorySource, type Commune, type CommuneAdapter, type SearchOutcome } from '@socle/communes';
import { html } from 'lit';
import '@socle/components/commune-input';
import type { SocleCommuneInput } from '@socle/components/commune-input';

/** Records modelled on COG 2026, searched in memory so that no story fetches data. */
const communes: Commune[] = [
  { kind: 'commune', code: '69123', name: 'Lyon', postalCodes: ['69001', '69002', '69003', '69004', '69005', '69006', '69007', '69008', '69009'], departement: '69', departementName: 'Rhône', population: 519127 },
  { kind: 'arrondissement-municipal', code: '69383', name: 'Lyon 3e Arrondissement', postalCodes: ['69003'], departement: '69', departementName: 'Rhône', population: 104655, parentCode: '69123' },
  { kind: 'commune', code: '69202', name: 'Sainte-Foy-lès-Lyon', postalCodes: ['69110'], departement: '69', departementName: 'Rhône', population: 22216 },
  { kind: 'commune', code: '27377', name: 'Lyons-la-Forêt', postalCodes: ['27480'], departement: '27', departementName: 'Eure', population: 706 },
  { kind: 'commune', code: '93066', name: 'Saint-Denis', postalCodes: ['93200', '93210'], departement: '93', departementName: 'Seine-Saint-Denis', population: 150000 },
  { kind: 'commune', code: '97411', name: 'Saint-Denis', postalCodes: ['97400', '97417', '97490'], departement: '974', departementName: 'La Réunion', population: 153000 },
  { kind: 'commune-deleguee', code: '01015', name: 'Arbignieu', postalCodes: ['01300'], departement: '01', departementName: 'Ain', population: null, parentCode: '01015' },
];

const memory = createMemorySource(communes);

const pending: CommuneAdapter = { search: () => new Promise<SearchOutcome<Commune>>(() => {}) };

const unreachable: CommuneAdapter = {
  search: async () => ({ status: 'error', reason: 'network', message: 'Could not reach the commune service.' }),
};

interface CommuneInputArgs {
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  postalCode: string;
  adapter: CommuneAdapter;
}

/** Types `text` in the combobox as a user would and waits for the outcome to render. */
async function typeInto(canvas: HTMLElement, text: string): Promise<SocleCommuneInput> {
  const control = canvas.querySelector('socle-commune-input')!;
  await control.updateComplete;
  const input = control.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await control.updateComplete;
  return control;
}

const meta: Meta<CommuneInputArgs> = {
  title: 'Composants/Commune',
  component: 'socle-commune-input',
  tags: ['autodocs'],
  args: { label: 'Commune de naissance', hint: 'Saisissez le nom ou le code postal, puis choisissez dans la liste.', required: false, disabled: false, postalCode: '', adapter: memory },
  argTypes: { adapter: { table: { disable: true } } },
  render: (args) => html`<socle-commune-input
    name="commune"
    label=${args.label}
    hint=${args.hint}
    postal-code=${args.postalCode}
    ?required=${args.required}
    ?disabled=${args.disabled}
    .adapter=${args.adapter}
  ></socle-commune-input>`,
};

export default meta;
type Story = StoryObj<CommuneInputArgs>;

export const Fermee: Story = { name: 'Fermée' };

export const ResultatsAffiches: Story = {
  name: 'Résultats affichés',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'lyon');
  },
};

export const CommuneSelectionnee: Story = {
  name: 'Commune sélectionnée',
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-commune-input')!;
    control.commune = communes[0]!;
    await control.updateComplete;
  },
};

export const AucunResultat: Story = {
  name: 'Aucun résultat',
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'Ploumanac’h');
  },
};

export const Chargement: Story = {
  name: 'Recherche en cours',
  args: { adapter: pending },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'lyon');
  },
};

export const ErreurDuService: Story = {
  name: 'Service injoignable',
  args: { adapter: unreachable },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'lyon');
  },
};

export const FiltreeParCodePostal: Story = {
  name: 'Filtrée par code postal',
  args: { postalCode: '69003', hint: 'Communes du code postal 69003.' },
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'lyon');
  },
};

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true } };

export const ObligatoireEnErreur: Story = {
  name: 'Obligatoire, en erreur',
  args: { required: true },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-commune-input')!;
    control.reportValidity();
    await control.updateComplete;
  },
};

export const SaisieNonSelectionnee: Story = {
  name: 'Texte saisi sans sélection',
  play: async ({ canvasElement }) => {
    const control = await typeInto(canvasElement, 'Lyo');
    control.shadowRoot!.querySelector('input')!.blur();
    control.reportValidity();
    await control.updateComplete;
  },
};

export const EnAnglais: Story = {
  name: 'En anglais',
  render: (args) => html`<div lang="en">
    <socle-commune-input name="commune" label="Place of birth" hint="Type a name or a postal code, then choose from the list." .adapter=${args.adapter}></socle-commune-input>
  </div>`,
  play: async ({ canvasElement }) => {
    await typeInto(canvasElement, 'saint-denis');
  },
};
