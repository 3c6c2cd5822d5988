/** RFC 5545 §3.3.11: TEXT values escape backslash, semicolon and comma, and write line breaks as `\n`. */
export function icalText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded (CRLF and one space), never inside a
 * UTF-8 character (Chinese names take three octets each).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20261204T150000` from `2026-12-04T15:00:00+08:00` (local date-time form with TZID). */
export function icalLocal(isoWithOffset: string): string {
  return isoWithOffset.slice(0, 19).replace(/[-:]/g, '');
}

/** `20261204T070000Z` for a UTC instant. */
export function icalUtc(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}
