import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, icalText } from '../../../src/api/exports/ical-text.js';

describe('iCalendar text (RFC 5545 §3.1, §3.3.11)', () => {
  it('folds any line into pieces of at most 75 octets that unfold to the line, never splitting a character', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '湖', '山', '😀', ' ', ',') , maxLength: 300 }), (line) => {
      const folded = foldLine(line);
      const pieces = folded.split('\r\n');
      for (const [k, piece] of pieces.entries()) {
        expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
        if (k > 0) expect(piece.startsWith(' ')).toBe(true);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }));
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(icalText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
