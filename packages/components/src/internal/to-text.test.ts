import { expect } from '@open-wc/testing';
import { toText } from './to-text.js';

describe('toText', () => {
  it('keeps strings unchanged', () => {
    expect(toText('')).to.equal('');
    expect(toText(' Dupont ')).to.equal(' Dupont ');
  });

  it('maps null and undefined to an empty string', () => {
    expect(toText(null)).to.equal('');
    expect(toText(undefined)).to.equal('');
  });

  it('converts numbers, booleans and arrays as String() does', () => {
    expect(toText(0)).to.equal('0');
    expect(toText(5e-324)).to.equal('5e-324');
    expect(toText(false)).to.equal('false');
    expect(toText(['a', 'b'])).to.equal('a,b');
    expect(toText({})).to.equal('[object Object]');
  });

  it('returns an empty string for values String() rejects', () => {
    const throwing = {
      toString(): string {
        throw new Error('no text');
      },
    };

    expect(toText(Symbol('s'))).to.equal('');
    expect(toText(Object.create(null))).to.equal('');
    expect(toText(throwing)).to.equal('');
  });
});
