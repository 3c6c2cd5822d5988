import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../src/web/i18n/messages-en.js';
import { MESSAGES_ZH, type MessageKey } from '../../../src/web/i18n/messages-zh.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the two label dictionaries', () => {
  const keys = Object.keys(MESSAGES_ZH) as MessageKey[];

  it('name the same parameters in Chinese and in English for every label', () => {
    const mismatched = keys.filter((k) => placeholders(MESSAGES_ZH[k]).join() !== placeholders(MESSAGES_EN[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('have no empty label and no Chinese label left in English, except proper names kept as printed', () => {
    expect(keys.filter((k) => MESSAGES_ZH[k].trim() === '' || MESSAGES_EN[k].trim() === '')).toEqual([]);
    const han = /\p{Script=Han}/u;
    // The language switch names the other language, and the plate's issuing unit is printed in Chinese.
    const kept = new Set<MessageKey>(['lang.switch', 'plates.defaultUnit']);
    expect(keys.filter((k) => !kept.has(k) && han.test(MESSAGES_EN[k]))).toEqual([]);
  });
});
