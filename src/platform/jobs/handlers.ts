// The job handlers a worker runs. Each acts for the user who queued the job (actorFor), so the same tenant
// checks apply as in the request that queued it.
import { z } from 'zod';
import { analyzeApp } from '../../collectors/app/analyze.js';
import { actorFor, allows, requireSubject, type Actor } from '../access.js';
import type { Db } from '../db/open.js';
import { ForbiddenError, InvalidInputError } from '../errors.js';
import type { EvidenceStore } from '../evidence-store.js';
import { saveArtifact } from '../repo/artifacts.js';
import { evidenceToTempFile, getEvidence } from '../repo/evidence.js';
import type { JobContext, JobQueue } from './queue.js';
import { analyzePolicyHandler } from './policy-handler.js';

export interface HandlerDeps {
  db: Db;
  store: EvidenceStore;
}

const AnalyzeAppPayload = z.strictObject({ evidenceId: z.string().min(1) });

/** Stage → where it sits on the progress bar. 'code' moves between 15 and 85 with the files read. */
const STAGE_PERCENT: Record<string, number> = { open: 5, manifest: 10, code: 15, resources: 85, models: 90, sdks: 95, done: 99 };

async function jobActor(db: Db, ctx: JobContext<unknown>): Promise<Actor> {
  const actor = ctx.userId && ctx.orgId ? await actorFor(db, ctx.userId, ctx.orgId) : undefined;
  if (!actor) throw new ForbiddenError('the user who queued this job no longer has access');
  return actor;
}

/** analyze-app: decrypts an uploaded app package to a private temp file, runs the app analyzer, stores the
 *  AppArtifact on the subject, and removes the temp file. Result: { artifactId, package, sdks }. */
export function analyzeAppHandler(deps: HandlerDeps) {
  return async (ctx: JobContext<unknown>) => {
    const { evidenceId } = AnalyzeAppPayload.parse(ctx.payload);
    const actor = await jobActor(deps.db, ctx);
    await ctx.progress(1, 'decrypting');
    const tmp = await evidenceToTempFile(deps.db, deps.store, actor, evidenceId, 'analyze');
    try {
      if (tmp.record.kind !== 'app-package') throw new InvalidInputError(`evidence ${evidenceId} is ${tmp.record.kind}, not an app package`);
      let pending = Promise.resolve();
      const artifact = await analyzeApp(tmp.path, {
        onProgress: (e) => {
          const base = STAGE_PERCENT[e.stage] ?? 15;
          const pct = e.stage === 'code' && e.total ? 15 + (70 * (e.done ?? 0)) / e.total : base;
          const detail = e.detail?.split(tmp.path).join(tmp.record.originalName);
          pending = pending.then(() => ctx.progress(pct, detail ? `${e.stage}: ${detail}` : e.stage)).catch(() => undefined);
        },
      }).catch((e: unknown) => {
        // Name the file as the user uploaded it, not by its temp path.
        throw new Error((e instanceof Error ? e.message : String(e)).split(tmp.path).join(tmp.record.originalName));
      });
      await pending;
      const rec = await saveArtifact(deps.db, actor, { subjectId: tmp.record.subjectId, artifact, sourceName: tmp.record.originalName, evidenceId });
      return { artifactId: rec.id, package: artifact.package ?? null, sdks: artifact.sdks.map((s) => s.id) };
    } finally {
      await tmp.cleanup();
    }
  };
}

/** Queues analyze-app for an uploaded package after checking the actor may write to its subject. */
export async function enqueueAnalyzeApp(db: Db, queue: JobQueue, actor: Actor, evidenceId: string): Promise<string> {
  const ev = await getEvidence(db, actor, evidenceId);
  const subject = await requireSubject(db, actor, ev.subjectId, 'read');
  if (!allows(actor, subject, 'write') && !allows(actor, subject, 'inspect')) throw new ForbiddenError('your role may not analyse files of this subject');
  if (ev.kind !== 'app-package') throw new InvalidInputError(`evidence ${evidenceId} is ${ev.kind}, not an app package`);
  return queue.enqueue('analyze-app', { evidenceId }, { actor });
}

/** Registers every handler on the queue. */
/** Every job a worker runs: `faceaudit worker`, `faceaudit serve` and the tests register the same set. */
export async function registerHandlers(queue: JobQueue, deps: HandlerDeps): Promise<void> {
  await queue.work('analyze-app', analyzeAppHandler(deps));
  await queue.work('analyze-policy', analyzePolicyHandler(deps));
}
