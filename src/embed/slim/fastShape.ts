/**
 * The embed's stand-in for model/fastShape.ts: no fast path, so valibot alone checks the
 * shape, with the same results (the fast path only ever answers as valibot would). An
 * embedded story is a newsroom's few dozen or few hundred events, where the fast path saves
 * a reader nothing they could notice, and the embed must stay within its budget.
 */
export const UNSURE: unique symbol = Symbol('unsure');

export type FastCheck = (value: unknown) => unknown;

export function compileFastCheck(): FastCheck | null {
  return null;
}
