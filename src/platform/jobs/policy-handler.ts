// analyze-policy: an uploaded privacy policy → PolicyArtifact on the subject. Same pattern as analyze-app:
// acts as the user who queued it, decrypts to a private temp file, removes it afterwards.
import { z } from 'zod';
import { analyzePolicyFile } from '../../collectors/policy/analyze.js';
import { actorFor, allows, requireSubject, type Actor } from '../access.js';
import type { Db } from '../db/open.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import type { EvidenceStore } from '../evidence-store.js';
import { saveArtifact } from '../repo/artifacts.js';
import { evidenceToTempFile, getEvidence } from '../repo/evidence.js';
import type { JobContext, JobQueue } from './queue.js';

const Payload = z.strictObject({ evidenceId: z.string().min(1) });
/** Evidence kinds that hold a privacy policy or processing rules the policy analyzer reads. */
export const POLICY_KINDS = new Set(['privacy-policy', 'minors-policy']);

export function analyzePolicyHandler(deps: { db: Db; store: EvidenceStore }) {
  return async (ctx: JobContext<unknown>) => {
    const { evidenceId } = Payload.parse(ctx.payload);
    const actor = ctx.userId && ctx.orgId ? await actorFor(deps.db, ctx.userId, ctx.orgId) : undefined;
    if (!actor) throw new ForbiddenError('the user who queued this job no longer has access');
    await ctx.progress(5, 'decrypting');
    const tmp = await evidenceToTempFile(deps.db, deps.store, actor, evidenceId, 'analyze');
    try {
      if (!POLICY_KINDS.has(tmp.record.kind)) throw new InvalidInputError(`evidence ${evidenceId} is ${tmp.record.kind}, not a privacy policy`);
      await ctx.progress(20, 'extracting text');
      const artifact = await analyzePolicyFile(tmp.path).catch((e: unknown) => {
        throw new Error((e instanceof Error ? e.message : String(e)).split(tmp.path).join(tmp.record.originalName));
      });
      await ctx.progress(90, 'saving');
      const rec = await saveArtifact(deps.db, actor, { subjectId: tmp.record.subjectId, artifact: { ...artifact, source: tmp.record.originalName }, sourceName: tmp.record.originalName, evidenceId });
      return { artifactId: rec.id, sentences: artifact.sentences.length };
    } finally {
      await tmp.cleanup();
    }
  };
}

export async function enqueueAnalyzePolicy(db: Db, queue: JobQueue, actor: Actor, evidenceId: string): Promise<string> {
  const ev = await getEvidence(db, actor, evidenceId);
  const subject = await requireSubject(db, actor, ev.subjectId, 'read');
  if (!allows(actor, subject, 'write') && !allows(actor, subject, 'inspect')) throw new ForbiddenError('your role may not analyse files of this subject');
  if (!POLICY_KINDS.has(ev.kind)) throw new InvalidInputError(`evidence ${evidenceId} is ${ev.kind}, not a privacy policy`);
  return queue.enqueue('analyze-policy', { evidenceId }, { actor });
}

