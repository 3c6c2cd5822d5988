import { createHash, randomBytes } from 'node:crypto';

/** Prefix of every token secret, so a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = 'wst_';

/** Random bytes per token secret: 32 bytes = 256 bits, printed as 43 base64url characters. */
const SECRET_BYTES = 32;

/** Shape of a well-formed secret; anything else is rejected before hashing or any database access. */
const SECRET_SHAPE = /^wst_[A-Za-z0-9_-]{43}$/;

/** A new random token secret: `wst_` + 32 random bytes in base64url. Shown once, stored only hashed. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(SECRET_BYTES).toString('base64url');
}

/** Whether a string has the shape of a token secret. */
export function isWellFormedSecret(secret: string): boolean {
  return SECRET_SHAPE.test(secret);
}

/**
 * SHA-256 of a secret, hex. A fast unsalted hash is enough: the secret is 256 random bits, so there is
 * no dictionary to attack, and lookups stay one indexed equality (RFC 6750 leaves storage to us).
 */
export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new token id, `tok_` + 12 hex characters (public: shown in lists, logs and the audit log). */
export function newTokenId(): string {
  return `tok_${randomBytes(6).toString('hex')}`;
}
