import { randomUUID } from 'node:crypto';
import type { Db } from './open.js';

export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

/** Runs fn in a transaction, or inside the caller's transaction when db already is one (so audit entries and
 *  the change they record commit together). */
export async function inTx<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().execute(fn);
}
