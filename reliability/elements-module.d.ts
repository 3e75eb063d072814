// Types of `/__reliability/elements.js`, the virtual module served by the
// suite's Web Test Runner configuration. tsconfig.json maps the path here.
export interface AttributeInfo {
  /** Attribute name, such as `heading-level`. */
  name: string;
  /** Property that the attribute sets. */
  fieldName?: string;
  /** Type text from the Custom Elements Manifest. */
  type: string;
  /** Accepted values when the type is a union of string literals. */
  enumValues?: string[];
}

export interface PropertyInfo {
  name: string;
  type: string;
}

export interface ElementInfo {
  tagName: string;
  className: string;
  /** Folder under src/, also the public entry `@socle/components/<folder>`. */
  folder: string;
  hasDefine: boolean;
  /** Slot names; `''` is the default slot. */
  slots: string[];
  attributes: AttributeInfo[];
  /** Public, writable, non-static fields. */
  properties: PropertyInfo[];
}

export type Loaders = Record<string, () => Promise<unknown>>;

export declare const elements: ElementInfo[];
/** Folders under src/ that have a define.ts, whether or not the manifest lists their elements. */
export declare const registrationFolders: string[];
/** Registration modules through the `source` export condition (src/<folder>/define.ts). */
export declare const sourceLoaders: Loaders;
/** Registration modules of the development build (dist/development/<folder>/define.js). */
export declare const developmentLoaders: Loaders;
/** Registration modules of the production build (dist/<folder>/define.js). */
export declare const productionLoaders: Loaders;
