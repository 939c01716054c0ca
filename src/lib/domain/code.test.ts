import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, isAgreementCode, isJoinCode, normalizeJoinCode, spacedCode } from './code.js';

describe('normalizeJoinCode', () => {
  it.each([
    ['HKM4TX', 'HKM4TX'],
    ['hkm4tx', 'HKM4TX'],
    ['hkm 4tx', 'HKM4TX'],
    ['HKM-4TX', 'HKM4TX'],
    ['  h-k m\t4-t x \n', 'HKM4TX'],
    ['', '']
  ])('%j → %j', (input, output) => {
    expect(normalizeJoinCode(input)).toBe(output);
  });
});

describe('isJoinCode', () => {
  it.each([
    ['HKM4TX', true],
    ['346779', true],
    ['YXWVUT', true],
    ['hkm4tx', false], // not normalised
    ['HKM4T', false],
    ['HKM4TXA', false],
    ['', false],
    ['HKM0TX', false], // 0 looks like O
    ['HKMOTX', false],
    ['HKM1TX', false],
    ['HKMITX', false],
    ['HKMLTX', false],
    ['HKM2TX', false],
    ['HKMZTX', false],
    ['HKM5TX', false],
    ['HKMSTX', false],
    ['HKM8TX', false],
    ['HKMBTX', false],
    ['HKMÅTX', false],
    ['HKM TX', false],
    ['HKM🙂X', false]
  ])('%j → %s', (code, ok) => {
    expect(isJoinCode(code)).toBe(ok);
  });

  it('accepts what normalizeJoinCode makes of a typed code', () => {
    expect(isJoinCode(normalizeJoinCode(' hkm-4tx '))).toBe(true);
  });

  it('has an alphabet of 25 distinct characters without look-alikes', () => {
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(25);
    for (const c of '0O1IL2Z5S8B') expect(JOIN_CODE_ALPHABET).not.toContain(c);
  });
});

describe('agreement codes', () => {
  it('are seven characters of the join alphabet, told apart from meeting codes by length', () => {
    expect(isAgreementCode('K7M4QXR')).toBe(true);
    expect(isAgreementCode('K7M4QX')).toBe(false);
    expect(isJoinCode('K7M4QXR')).toBe(false);
    expect(isAgreementCode('K7M4QX0')).toBe(false);
    expect(isAgreementCode(normalizeJoinCode('k7m 4qx-r'))).toBe(true);
    expect(spacedCode('K7M4QXR')).toBe('K7M 4QXR');
  });
});
