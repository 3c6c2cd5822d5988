import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Bodies smaller than this are sent as they are: gzip would save less than its headers cost. */
const GZIP_MIN_BYTES = 1024;

/**
 * A JSON response body serialised once, with its entity tag and a gzip copy, so a cached response
 * costs neither `JSON.stringify` nor compression nor hashing per request. A handler may return one
 * instead of a plain value; `mountEndpoint` then answers `If-None-Match` with 304 and sends the gzip
 * copy to clients that accept it.
 */
export class PreparedBody {
  /** The serialised JSON. */
  readonly json: string;
  /** Strong entity tag (RFC 9110 §8.8.3): a hash of the JSON. */
  readonly etag: string;
  /** The JSON gzipped, or undefined for small bodies. */
  readonly gzip: Buffer | undefined;

  constructor(value: unknown) {
    this.json = JSON.stringify(value);
    this.etag = `"${createHash('sha256').update(this.json).digest('base64url').slice(0, 27)}"`;
    const bytes = Buffer.byteLength(this.json);
    this.gzip = bytes < GZIP_MIN_BYTES ? undefined : gzipSync(this.json, { level: 6 });
  }
}
