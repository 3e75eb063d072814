import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@socle/components/file-upload';

interface FileUploadArgs {
  label: string;
  hint: string;
  accept: string;
  maxSize: number;
  multiple: boolean;
  maxFiles: number;
  required: boolean;
  disabled: boolean;
  readonly: boolean;
  error: string;
}

/** Drops files on the zone, as a user would, so that a story shows a filled list. */
async function dropFiles(canvasElement: HTMLElement, files: File[]): Promise<void> {
  const control = canvasElement.querySelector('socle-file-upload')!;
  await control.updateComplete;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const zone = control.shadowRoot!.querySelector('[part="dropzone"]')!;
  zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  await control.updateComplete;
}

function makeFile(name: string, type: string, size: number): File {
  return new File([new Uint8Array(size)], name, { type });
}

const meta: Meta<FileUploadArgs> = {
  title: 'Composants/Envoi de fichier',
  component: 'socle-file-upload',
  tags: ['autodocs'],
  args: {
    label: 'Justificatif de domicile',
    hint: 'Facture d’énergie ou avis d’imposition de moins de 3 mois.',
    accept: 'application/pdf,image/jpeg,image/png',
    maxSize: 10 * 1024 * 1024,
    multiple: false,
    maxFiles: 0,
    required: false,
    disabled: false,
    readonly: false,
    error: '',
  },
  render: (args) => html`<socle-file-upload
    name="justificatif"
    label=${args.label}
    hint=${args.hint}
    accept=${args.accept}
    max-size=${args.maxSize}
    max-files=${args.maxFiles}
    error=${args.error}
    ?multiple=${args.multiple}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?readonly=${args.readonly}
  ></socle-file-upload>`,
};

export default meta;
type Story = StoryObj<FileUploadArgs>;

export const ParDefaut: Story = { name: 'Par défaut', args: { hint: '', accept: '', maxSize: 0 } };

export const AvecContraintes: Story = { name: 'Avec aide et contraintes' };

export const Obligatoire: Story = { args: { required: true } };

export const Plusieurs: Story = {
  name: 'Plusieurs fichiers',
  args: { label: 'Pièces justificatives', multiple: true, maxFiles: 3 },
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [
      makeFile('avis-imposition.pdf', 'application/pdf', 350 * 1024),
      makeFile('facture.jpg', 'image/jpeg', 2.5 * 1024 * 1024),
    ]);
  },
};

export const FichierRefuse: Story = {
  name: 'Fichier refusé',
  args: { multiple: true, label: 'Pièces justificatives' },
  play: async ({ canvasElement }) => {
    await dropFiles(canvasElement, [
      makeFile('photo.heic', 'image/heic', 800 * 1024),
      makeFile('scan.pdf', 'application/pdf', 12 * 1024 * 1024),
    ]);
  },
};

export const ErreurDuService: Story = {
  name: 'Erreur renvoyée par le service',
  args: { error: 'Le fichier n’a pas pu être lu. Choisissez un autre fichier.' },
};

export const LectureSeule: Story = {
  name: 'Lecture seule',
  args: { readonly: true },
  play: async ({ canvasElement }) => {
    const control = canvasElement.querySelector('socle-file-upload')!;
    control.readonly = false;
    await dropFiles(canvasElement, [makeFile('avis-imposition.pdf', 'application/pdf', 350 * 1024)]);
    control.readonly = true;
    await control.updateComplete;
  },
};

export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

export const EnAnglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en">
    <socle-file-upload name="proof" label="Proof of address" accept=".pdf,image/*" max-size="5242880"></socle-file-upload>
  </div>`,
};
