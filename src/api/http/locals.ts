import type { Response } from 'express';
import type { RequestAuth } from '../auth/request-auth.js';

/** What the middleware chain records about a request in `res.locals`. */
interface ApiLocals {
  requestId?: string;
  /** The caller, when a valid token was presented. */
  auth?: RequestAuth;
  /** Why a presented token was rejected (`undefined` when none was presented or it was valid). */
  authFailure?: string;
}

const localsOf = (res: Response): ApiLocals => res.locals as ApiLocals;

/** The request id set by `requestId()` (a fallback for errors raised before it ran). */
export const requestIdOf = (res: Response): string => localsOf(res).requestId ?? 'unknown';
/** Records the request id. */
export const setRequestId = (res: Response, id: string): void => {
  localsOf(res).requestId = id;
};
/** The authenticated caller, if any. */
export const authOf = (res: Response): RequestAuth | undefined => localsOf(res).auth;
/** Why a presented token was rejected, if it was. */
export const authFailureOf = (res: Response): string | undefined => localsOf(res).authFailure;
/** Records the outcome of token identification. */
export const setAuth = (res: Response, auth: RequestAuth | undefined, failure?: string): void => {
  const locals = localsOf(res);
  if (auth !== undefined) locals.auth = auth;
  if (failure !== undefined) locals.authFailure = failure;
};
