import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { elements, type AttributeInfo, type ElementInfo, type Loaders } from '/__reliability/elements.js';

// Shared body of the development and production warning tests: each runs in
// its own page because both builds register the same tag names.

type Build = 'development' | 'production';

/** Returns the text of the `console.warn` calls that name this element and attribute. */
function warningsAbout(warn: sinon.SinonStub, info: ElementInfo, attribute: AttributeInfo): string[] {
  return warn.getCalls()
    .map((call) => call.args.map(String).join(' '))
    .filter((message) => message.includes(`<${info.tagName}>`) && message.includes(attribute.name));
}

/** Returns the text of the `console.warn` calls issued by Socle code, whose messages start with `[socle:`. */
function socleWarnings(warn: sinon.SinonStub): string[] {
  return warn.getCalls()
    .map((call) => call.args.map(String).join(' '))
    .filter((message) => message.startsWith('[socle:'));
}

/**
 * Returns the invalid-value warnings (code `invalid-attribute`, the code of
 * `enumValue`) that name this attribute. Other development warnings, such as
 * a missing `href`, may fire for a bare element and are not counted.
 */
function invalidValueWarnings(warn: sinon.SinonStub, attribute: AttributeInfo): string[] {
  return socleWarnings(warn).filter((message) => message.startsWith('[socle:invalid-attribute]') && message.includes(` ${attribute.name}=`));
}

async function load(loaders: Loaders, info: ElementInfo): Promise<void> {
  const loader = loaders[info.folder];
  if (!loader) throw new Error(`No registration module for <${info.tagName}> in folder ${info.folder}.`);
  await loader();
}

async function render(info: ElementInfo, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(info.tagName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

async function rerender(element: HTMLElement): Promise<void> {
  const lit = element as HTMLElement & { requestUpdate?: () => void; updateComplete?: Promise<unknown> };
  lit.requestUpdate?.();
  await lit.updateComplete;
}

/**
 * Declares the tests of every enumerated attribute of the manifest. An
 * invalid value warns exactly once in the development build, naming the
 * element, the attribute, the value and an accepted value. It never warns in
 * the production build, and accepted values never warn in either.
 */
export function describeWarnings(build: Build, loaders: Loaders): void {
  const enumerated = elements.filter((info) => info.attributes.some((attribute) => attribute.enumValues));

  describe(`reliability: enumerated attributes in the ${build} build`, () => {
    let warn: sinon.SinonStub;

    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });

    afterEach(() => {
      warn.restore();
      for (const element of Array.from(document.body.children)) {
        if (element.localName.startsWith('socle-')) element.remove();
      }
    });

    it('finds enumerated attributes in the manifest', () => {
      expect(enumerated.length, 'elements with an enumerated attribute').to.be.greaterThan(0);
    });

    for (const info of enumerated) {
      describe(info.tagName, () => {
        for (const attribute of info.attributes.filter((candidate) => candidate.enumValues)) {
          const accepted = attribute.enumValues ?? [];
          const invalid = `invalide-${attribute.name}-${build}`;

          it(`accepts every value of ${attribute.name} silently`, async () => {
            await load(loaders, info);

            for (const value of accepted) {
              const element = await render(info, { [attribute.name]: value });
              element.remove();
            }

            expect(invalidValueWarnings(warn, attribute), `warnings for accepted values of ${attribute.name} (${accepted.join(', ')})`).to.deep.equal([]);
          });

          if (build === 'development') {
            it(`warns once for an invalid ${attribute.name}`, async () => {
              await load(loaders, info);

              const first = await render(info, { [attribute.name]: invalid });
              await rerender(first);
              const second = await render(info, { [attribute.name]: invalid });
              await rerender(second);

              const messages = warningsAbout(warn, info, attribute);
              expect(messages.length, `warnings for <${info.tagName} ${attribute.name}="${invalid}">: ${JSON.stringify(messages)}`).to.equal(1);
              expect(messages[0], 'the warning names the invalid value').to.include(invalid);
              expect(messages[0], 'the warning lists the accepted values').to.include(accepted[0]);
            });
          } else {
            it(`never warns for an invalid ${attribute.name}`, async () => {
              await load(loaders, info);

              const element = await render(info, { [attribute.name]: invalid });
              await rerender(element);

              expect(socleWarnings(warn), `warnings for <${info.tagName} ${attribute.name}="${invalid}">`).to.deep.equal([]);
              expect(warningsAbout(warn, info, attribute), 'warnings naming the element and attribute').to.deep.equal([]);
            });
          }
        }
      });
    }
  });
}
