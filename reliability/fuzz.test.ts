import { expect } from '@open-wc/testing';
import type axe from 'axe-core';
import 'axe-core/axe.min.js';
import fc from 'fast-check';
import sinon from 'sinon';
import { elements, registrationFolders, sourceLoaders, type ElementInfo } from '/__reliability/elements.js';

// Every element of the Custom Elements Manifest gets random attribute and
// property values, then must still render, run no injected script, expose
// no `javascript:` URL and stay accessible. The seed is fixed so that a
// failure reproduces. fast-check prints the path of the counterexample, and
// `replay` below runs that one case alone.
const SEED = 20261204;
const RUNS_PER_ELEMENT = 25;
/** An axe run takes an estimated 100 ms here, so only every n-th case is checked. */
const AXE_EVERY = 10;
/** Stops the runs and the shrinking of one element after this long, so that one failing element cannot eat the time budget. */
const TIME_LIMIT_MS = 6000;
/**
 * Axe rules that only judge text or tokens that the page supplies (an empty
 * label, heading or error text, an invalid autocomplete token passed through
 * as a native input would). Fuzzing empties those on purpose, so the fuzz
 * check leaves them to the component tests and checks the structure that the
 * element builds: roles, ARIA attributes and references, ids, nesting.
 */
const PAGE_CONTENT_RULES = [
  'aria-command-name',
  'aria-dialog-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'autocomplete-valid',
  'button-name',
  'empty-heading',
  'input-button-name',
  'label',
  'label-content-name-mismatch',
  'link-name',
  'select-name',
  'summary-name',
];
/** Set `{ path: '…' }` from a failure message to replay one counterexample. */
const replay: { path?: string } = {};

declare global {
  interface Window {
    __canary?: unknown;
    /** Set by axe-core's browser bundle. */
    axe: typeof axe;
  }
}

const SCRIPT_PAYLOADS = [
  '<img src=x onerror=window.__canary=1>',
  '"><script>window.__canary=1</script>',
  "'><svg onload=window.__canary=1>",
  '<a href="javascript:window.__canary=1">lien</a>',
  '${window.__canary=1}',
  '{{constructor.constructor("window.__canary=1")()}}',
  'javascript:window.__canary=1',
  'JAVASCRIPT:window.__canary=1',
  'JaVaScRiPt:window.__canary=1',
  'java\tscript:window.__canary=1',
  'java\nscript:window.__canary=1',
  ' \n\tjavascript:window.__canary=1',
  '\u0000javascript:window.__canary=1',
  'javascript&colon;window.__canary=1',
  'vbscript:window.__canary=1',
  'data:text/html,<script>window.__canary=1</script>',
];

const UNICODE_SAMPLES = [
  'مرحبا بالعالم',
  'שלום עולם',
  '\u202Eevil.exe\u202C',
  'e\u0301\u0302\u0303\u0304\u0305',
  'Z\u0351\u036B\u0343\u036A\u0302\u036B\u033D\u034F\u0334\u0319',
  '👩‍👩‍👧‍👦🇫🇷',
  '\uFEFF\u200B\u200D',
  '\uD800',
  'Ｆｕｌｌｗｉｄｔｈ',
];

const SPECIAL_STRINGS = ['', ' ', '\n', 'null', 'undefined', 'true', 'false', '0', '-1', '1e308', 'NaN', 'Infinity', '[object Object]'];

const longString = fc
  .tuple(fc.constantFrom('a', 'é', 'مرحبا ', '<b>', 'javascript:', '👩‍👩‍👧'), fc.integer({ min: 1000, max: 20000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

const stringValue = fc.oneof(
  fc.constantFrom(...SCRIPT_PAYLOADS),
  fc.constantFrom(...UNICODE_SAMPLES),
  fc.constantFrom(...SPECIAL_STRINGS),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double().map(String),
  longString,
);

/** Keys found in the item objects of list properties (breadcrumb, header, summary list, error summary). */
const ITEM_KEYS = ['label', 'href', 'text', 'value', 'name', 'id', 'key', 'current', 'code', 'title', 'description', 'message', 'items'];

const itemObject = fc.dictionary(fc.constantFrom(...ITEM_KEYS), fc.oneof(stringValue, fc.integer(), fc.boolean(), fc.constant(null)), {
  maxKeys: 5,
  noNullPrototype: true,
});

const propertyValue = fc.oneof(
  stringValue,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(stringValue, { maxLength: 4 }),
  fc.array(itemObject, { maxLength: 4 }),
  itemObject,
  fc.anything({ maxDepth: 1, withNullPrototype: false }),
);

interface Operation {
  kind: 'attribute' | 'property';
  name: string;
  value: unknown;
}

interface FuzzCase {
  /** Whether the element is in the document before the values are set. */
  connectFirst: boolean;
  operations: Operation[];
}

/** Values near the accepted ones of an enumerated attribute: right, wrong case, padded. */
function enumNearMisses(values: string[]): string[] {
  return values.flatMap((value) => [value, value.toUpperCase(), ` ${value} `, `${value}x`]);
}

/** Returns whether `name` can be assigned: a field, or an accessor with a setter somewhere on the prototype chain. */
function isWritable(element: HTMLElement, name: string): boolean {
  for (let object: object | null = element; object; object = Object.getPrototypeOf(object)) {
    const descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (!descriptor) continue;
    if (typeof descriptor.value === 'function') return false;
    return descriptor.set !== undefined || descriptor.writable === true;
  }
  return true;
}

/** Returns the arbitrary list of operations on the element, empty when it has no attribute and no writable property. */
function operationsArbitrary(info: ElementInfo): fc.Arbitrary<Operation[]> {
  const probe = document.createElement(info.tagName);
  const choices: Array<fc.Arbitrary<Operation>> = [];

  for (const attribute of info.attributes) {
    const values = attribute.enumValues ? fc.oneof(stringValue, fc.constantFrom(...enumNearMisses(attribute.enumValues))) : stringValue;
    choices.push(fc.record({ kind: fc.constant('attribute' as const), name: fc.constant(attribute.name), value: values }, { noNullPrototype: true }));
  }
  for (const property of info.properties) {
    if (!isWritable(probe, property.name)) continue;
    choices.push(fc.record({ kind: fc.constant('property' as const), name: fc.constant(property.name), value: propertyValue }, { noNullPrototype: true }));
  }
  if (choices.length === 0) return fc.constant([]);
  return fc.array(fc.oneof(...choices), { minLength: 1, maxLength: 3 });
}

/** Creates the element with the text a page would give it, so that the default state is labelled. */
function createBaseline(info: ElementInfo): HTMLElement {
  const element = document.createElement(info.tagName);
  const texts: Record<string, string> = { label: 'Libellé', legend: 'Légende', heading: 'Titre de la section' };
  for (const attribute of info.attributes) {
    const text = texts[attribute.name];
    if (text) element.setAttribute(attribute.name, text);
  }
  if (info.slots.includes('')) element.textContent = 'Contenu';
  return element;
}

/** Yields the descendants of `root`, entering every shadow root below it. */
function* walk(root: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* walk(child.shadowRoot);
    yield* walk(child);
  }
}

async function settle(element: HTMLElement): Promise<void> {
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  if (!element.shadowRoot) return;
  for (const inner of walk(element.shadowRoot)) {
    await (inner as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  }
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'ping'];

/** Applies the URL parser's leniency (controls, tabs, newlines, case) before comparing the scheme. */
function isScriptUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- the URL parser strips C0 controls, so the check does too.
  const compact = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return compact.startsWith('javascript:') || compact.startsWith('vbscript:') || compact.startsWith('data:text/html');
}

/** Lists injected markup and script URLs in the element's shadow trees. */
function findInjections(element: HTMLElement): string[] {
  const found: string[] = [];
  const shadowRoots = [element.shadowRoot, ...Array.from(walk(element)).map((inner) => inner.shadowRoot)];
  for (const root of shadowRoots) {
    if (!root) continue;
    for (const node of walk(root)) {
      if (node.localName === 'script') found.push(`a <script> element in the shadow root of <${(root.host as Element).localName}>`);
      for (const attribute of Array.from(node.attributes)) {
        if (attribute.name.startsWith('on')) found.push(`inline handler ${attribute.name}="${attribute.value}" on <${node.localName}>`);
        if (URL_ATTRIBUTES.includes(attribute.name) && isScriptUrl(attribute.value)) {
          found.push(`${attribute.name}="${attribute.value}" on <${node.localName}>`);
        }
      }
    }
  }
  return found;
}

/**
 * Returns whether the element finished a render. Lit sets `hasUpdated` only
 * after an update without error, and a committed template leaves at least
 * its part marker comment in the shadow root, even when it renders `nothing`.
 */
function hasRendered(element: HTMLElement): boolean {
  const root = element.shadowRoot;
  if (!root || root.childNodes.length === 0) return false;
  return (element as HTMLElement & { hasUpdated?: boolean }).hasUpdated !== false;
}

/** Returns the ids of the axe rules that the element violates. */
async function violatedRules(element: HTMLElement): Promise<string[]> {
  const results = await window.axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((violation) => violation.id);
}

function describeOperation(operation: Operation): string {
  const target = operation.kind === 'attribute' ? `attribute ${operation.name}` : `property .${operation.name}`;
  return `${target} = ${fc.stringify(operation.value).slice(0, 200)}`;
}

/** Collects uncaught errors, unhandled rejections and console errors while a case runs. */
function watchErrors(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    problems.push(`uncaught error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    event.preventDefault();
    problems.push(`unhandled rejection: ${String(event.reason)}`);
  };
  const consoleError = sinon.stub(console, 'error').callsFake((...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
  });
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      consoleError.restore();
    },
  };
}

/** Runs one fuzz case and throws an error naming the element, the operations and every problem found. */
/** What the element does before fuzzing: whether it renders a shadow root, and which axe rules it already violates alone in a page. */
interface Baseline {
  renders: boolean;
  axeRules: string[];
}

/** Baseline of the exhaustive checks: a shadow root is expected only from elements that create one. */
const NO_BASELINE: Baseline = { renders: false, axeRules: [] };

async function runCase(info: ElementInfo, fuzzCase: FuzzCase, baseline: Baseline, checkAxe: boolean): Promise<void> {
  const container = document.createElement('div');
  container.lang = 'fr';
  document.body.append(container);
  const element = createBaseline(info);
  const watcher = watchErrors();
  const problems: string[] = [];

  try {
    if (fuzzCase.connectFirst) container.append(element);
    for (const operation of fuzzCase.operations) {
      try {
        if (operation.kind === 'attribute') element.setAttribute(operation.name, String(operation.value));
        else (element as unknown as Record<string, unknown>)[operation.name] = operation.value;
      } catch (error) {
        problems.push(`setting ${describeOperation(operation)} threw ${String(error)}`);
      }
    }
    if (!fuzzCase.connectFirst) container.append(element);

    try {
      await settle(element);
    } catch (error) {
      problems.push(`update failed: ${String(error)}`);
    }

    const expectsRender = baseline.renders || element.shadowRoot !== null;
    if (expectsRender && !hasRendered(element)) problems.push('the element has no rendered shadow root after the update');
    problems.push(...findInjections(element));
    if (checkAxe) {
      try {
        await expect(element).to.be.accessible({ ignoredRules: [...baseline.axeRules, ...PAGE_CONTENT_RULES] });
      } catch (error) {
        problems.push(`axe: ${(error as Error).message}`);
      }
    }

    element.remove();
    await Promise.resolve();
  } finally {
    container.remove();
    watcher.stop();
  }

  problems.push(...watcher.problems);
  if (window.__canary !== undefined) problems.push('an injected script ran (window.__canary is set)');
  if (problems.length > 0) {
    const operations = fuzzCase.operations.map(describeOperation).join('; ');
    throw new Error(`<${info.tagName}> ${fuzzCase.connectFirst ? 'connected, then' : 'before connection,'} ${operations}:\n  - ${problems.join('\n  - ')}`);
  }
}

describe('reliability: fuzzed attributes and properties', () => {
  let warn: sinon.SinonStub;

  before(() => {
    // Invalid values are expected to log development warnings.
    warn = sinon.stub(console, 'warn');
  });

  after(() => {
    warn.restore();
  });

  beforeEach(() => {
    window.__canary = undefined;
  });

  it('finds elements in the manifest', () => {
    expect(elements.length, 'elements in custom-elements.json').to.be.greaterThan(0);
  });

  // The suite only tests elements that the manifest lists, so a registration
  // module that the analyzer cannot read would leave its element untested.
  it('lists every registration module in the manifest', () => {
    const listed = new Set(elements.map((info) => info.folder));

    const unlisted = registrationFolders.filter((folder) => !listed.has(folder));

    expect(unlisted, 'folders with a define.ts whose element custom-elements.json does not list').to.deep.equal([]);
  });

  for (const info of elements) {
    describe(info.tagName, () => {
      it('has a registration module', async () => {
        expect(info.hasDefine, `src/${info.folder}/define.ts is missing`).to.equal(true);

        await sourceLoaders[info.folder]?.();

        expect(customElements.get(info.tagName), `@socle/components/${info.folder} does not define <${info.tagName}>`).to.not.equal(undefined);
      });

      // Frameworks bind `null` and `undefined` to properties, and
      // setAttribute accepts lone surrogates, which break encodeURIComponent.
      // Random runs may miss one property, so these values go to every one.
      it('accepts null and undefined properties', async () => {
        await sourceLoaders[info.folder]?.();
        const probe = document.createElement(info.tagName);
        const failures: string[] = [];

        for (const property of info.properties.filter((candidate) => isWritable(probe, candidate.name))) {
          for (const value of [null, undefined]) {
            await runCase(info, { connectFirst: false, operations: [{ kind: 'property', name: property.name, value }] }, NO_BASELINE, false).catch(
              (error: Error) => failures.push(error.message),
            );
          }
        }

        expect(failures, failures.join('\n')).to.deep.equal([]);
      });

      it('accepts lone surrogates in attributes', async () => {
        await sourceLoaders[info.folder]?.();
        const failures: string[] = [];

        for (const attribute of info.attributes) {
          const operations: Operation[] = [{ kind: 'attribute', name: attribute.name, value: 'a\uD800b' }];
          await runCase(info, { connectFirst: false, operations }, NO_BASELINE, false).catch((error: Error) => failures.push(error.message));
        }

        expect(failures, failures.join('\n')).to.deep.equal([]);
      });

      it('survives fuzzed values', async () => {
        await sourceLoaders[info.folder]?.();
        // Rules that the element violates before fuzzing, alone in the page
        // (a `socle-tab` outside its tab list, for instance), are not
        // blamed on the fuzzed values. Elements without a shadow root (data
        // holders such as `socle-summary-item`) are not expected to render.
        const reference = createBaseline(info);
        document.body.append(reference);
        await settle(reference);
        const baseline: Baseline = { renders: hasRendered(reference), axeRules: await violatedRules(reference) };
        reference.remove();

        let caseNumber = 0;
        const cases = fc.record({ connectFirst: fc.boolean(), operations: operationsArbitrary(info) }, { noNullPrototype: true });
        const property = fc.asyncProperty(cases, async (fuzzCase) => {
          caseNumber += 1;
          await runCase(info, fuzzCase, baseline, caseNumber % AXE_EVERY === 1);
        });

        await fc.assert(property, {
          seed: SEED,
          numRuns: RUNS_PER_ELEMENT,
          interruptAfterTimeLimit: TIME_LIMIT_MS,
          includeErrorInReport: true,
          ...replay,
        });

        // An `<img onerror>` fires after its failed load, later than the checks of a case.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(window.__canary, `an injected script ran while fuzzing <${info.tagName}>`).to.equal(undefined);
      });
    });
  }
});
