// Unit tests of the wrapper generator. Run with: node --test packages/react/scripts/
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { moduleName, wrapperSource } from './generate.mjs';

const element = (overrides) => ({
  tagName: 'socle-input',
  className: 'SocleInput',
  entry: 'input',
  summary: 'Text field.',
  description: '',
  attributes: [],
  properties: [],
  events: [],
  slots: [],
  cssParts: [],
  cssProperties: [],
  ...overrides,
});

describe('wrapperSource', () => {
  it('maps each event to an onX prop', () => {
    const source = wrapperSource(
      element({ events: [{ name: 'input', description: '' }, { name: 'socle-submit', description: '' }] }),
    );

    assert.match(source, /onInput: 'input' as EventName<SocleEvent<'input'>>,/);
    assert.match(source, /onSocleSubmit: 'socle-submit' as EventName<SocleEvent<'socle-submit'>>,/);
  });

  it('imports the class from its package entry', () => {
    const source = wrapperSource(element({ tagName: 'socle-radio', className: 'SocleRadio', entry: 'radio-group' }));

    assert.match(source, /import \{ SocleRadio as SocleRadioElement \} from '@socle\/components\/radio-group';/);
    assert.match(source, /tagName: 'socle-radio',/);
    assert.match(source, /displayName: 'SocleRadio',/);
  });

  it('leaves out the events option without events', () => {
    const source = wrapperSource(element());

    assert.doesNotMatch(source, /events:/);
    assert.doesNotMatch(source, /EventName/);
  });
});

describe('moduleName', () => {
  it('drops the socle- prefix', () => {
    assert.equal(moduleName('socle-radio-group'), 'radio-group');
  });
});
