// Reads the storage layer does not audit itself (subject views, report exports): recorded here, with the
// data owner's organisation so the owner's admins see them.
import { audit, auditActor, type Actor, type Db } from '../platform/index.js';

export async function auditRead(db: Db, actor: Actor, e: { action: string; objectType: string; objectId: string; ownerOrgId: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void> {
  await audit(db, { action: e.action, objectType: e.objectType, objectId: e.objectId, actor: auditActor(actor), orgId: e.ownerOrgId, subjectId: e.subjectId, ...(e.detail ? { detail: e.detail } : {}) });
}
