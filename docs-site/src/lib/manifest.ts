/**
 * The Custom Elements Manifest of @socle/components (schema 1.x and 2.x),
 * reduced to what the API tables show. Private and protected members,
 * static fields and lifecycle callbacks are left out, because they are not
 * part of an element's public API.
 */
import { BuildInputError, readPackageJson } from './build-inputs';

interface TypeText {
  text: string;
}

interface ManifestMember {
  kind: 'field' | 'method';
  name: string;
  type?: TypeText;
  default?: string;
  description?: string;
  summary?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name: string; type?: TypeText; optional?: boolean; description?: string }[];
  return?: { type?: TypeText };
  inheritedFrom?: { name: string; module?: string };
}

interface NamedEntry {
  name: string;
  description?: string;
  summary?: string;
  type?: TypeText;
  default?: string;
  syntax?: string;
  fieldName?: string;
}

export interface ElementDeclaration {
  kind: 'class';
  name: string;
  tagName: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: NamedEntry[];
  members?: ManifestMember[];
  slots?: NamedEntry[];
  events?: NamedEntry[];
  cssParts?: NamedEntry[];
  cssProperties?: NamedEntry[];
  deprecated?: boolean | string;
}

interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: (Partial<ElementDeclaration> & { kind: string })[] }[];
}

export interface ElementInfo {
  declaration: ElementDeclaration;
  /** Path of the declaring module inside the package, such as `src/button/button.ts`. */
  modulePath: string;
}

/** One row of the attributes and properties table. */
export interface PropertyRow {
  /** `attributes` for a row built from an attribute, `properties` for a field without one. */
  kind: 'attributes' | 'properties';
  attribute?: string;
  property?: string;
  type?: string;
  default?: string;
  description?: string;
  reflects: boolean;
  readonly: boolean;
}

export interface MethodRow {
  name: string;
  signature: string;
  description?: string;
}

const BUILD_COMPONENTS = 'npm run build -w @socle/components';

// Callbacks that the browser or Lit calls; user code never calls them.
const LIFECYCLE_METHODS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'render',
  'update',
  'updated',
  'firstUpdated',
  'willUpdate',
  'shouldUpdate',
  'createRenderRoot',
]);

function loadManifest(): Manifest {
  const manifest = readPackageJson<Manifest>('components/custom-elements.json', BUILD_COMPONENTS);
  if (!Array.isArray(manifest.modules)) {
    throw new BuildInputError(`packages/components/custom-elements.json has no "modules" array. Rebuild it with \`${BUILD_COMPONENTS}\`.`);
  }
  return manifest;
}

/** Returns the custom element declared with `tagName`, or throws naming the tags that exist. */
export function findElement(tagName: string): ElementInfo {
  const manifest = loadManifest();
  const tags: string[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      tags.push(declaration.tagName);
      if (declaration.tagName === tagName) {
        return { declaration: declaration as ElementDeclaration, modulePath: module.path };
      }
    }
  }
  throw new Error(
    `<${tagName}> not found in packages/components/custom-elements.json (elements found: ${tags.join(', ') || 'none'}). ` +
      `Check the tag name, or rebuild the manifest with \`${BUILD_COMPONENTS}\`.`,
  );
}

const isPublic = (member: ManifestMember): boolean =>
  (member.privacy === undefined || member.privacy === 'public') && !member.static && !member.name.startsWith('#');

/**
 * Merges attributes and public fields into one row per property, so that an
 * attribute and the property it sets share a row. Properties without an
 * attribute, and attributes without a property, get rows of their own.
 */
export function propertyRows(declaration: ElementDeclaration): PropertyRow[] {
  const fields = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const fieldsByName = new Map(fields.map((field) => [field.name, field]));
  const rows: PropertyRow[] = [];
  const covered = new Set<string>();

  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ? fieldsByName.get(attribute.fieldName) : undefined;
    if (field) covered.add(field.name);
    rows.push({
      kind: 'attributes',
      attribute: attribute.name,
      property: field?.name ?? attribute.fieldName,
      type: attribute.type?.text ?? field?.type?.text,
      default: attribute.default ?? field?.default,
      description: attribute.description ?? field?.description,
      reflects: field?.reflects === true,
      readonly: field?.readonly === true,
    });
  }

  for (const field of fields) {
    if (covered.has(field.name)) continue;
    rows.push({
      kind: 'properties',
      attribute: field.attribute,
      property: field.name,
      type: field.type?.text,
      default: field.default,
      description: field.description,
      reflects: field.reflects === true,
      readonly: field.readonly === true,
    });
  }
  return rows;
}

export function methodRows(declaration: ElementDeclaration): MethodRow[] {
  return (declaration.members ?? [])
    .filter((member) => member.kind === 'method' && isPublic(member) && !LIFECYCLE_METHODS.has(member.name))
    .map((method) => {
      const parameters = (method.parameters ?? [])
        .map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}${parameter.type ? `: ${parameter.type.text}` : ''}`)
        .join(', ');
      const returns = method.return?.type?.text ?? 'void';
      return { name: method.name, signature: `${method.name}(${parameters}): ${returns}`, description: method.description };
    });
}
