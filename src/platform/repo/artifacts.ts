// Analyzer outputs kept per subject (an AppArtifact from an uploaded package, a PolicyArtifact…), so assessments
// can use them without analysing again.
import { emptyArtifacts, type Artifact, type ArtifactSet } from '../../core/artifacts.js';
import { allows, auditActor, requireSubject, type Actor } from '../access.js';
import { audit } from '../audit.js';
import type { Db } from '../db/open.js';
import type { Row } from '../db/schema.js';
import { inTx, newId, nowIso } from '../db/util.js';
import { ForbiddenError } from '../errors.js';

export interface ArtifactRecord {
  id: string;
  subjectId: string;
  kind: Artifact['kind'];
  sourceName: string;
  evidenceId: string | null;
  createdAt: string;
  artifact: Artifact;
}

const toRecord = (r: Row<'artifacts'>): ArtifactRecord => ({
  id: r.id,
  subjectId: r.subject_id,
  kind: r.kind,
  sourceName: r.source_name,
  evidenceId: r.evidence_id,
  createdAt: r.created_at,
  artifact: JSON.parse(r.data) as Artifact,
});

/** Stores an artifact. The source path inside it is replaced by `sourceName` (a temp path means nothing later). */
export async function saveArtifact(db: Db, actor: Actor, input: { subjectId: string; artifact: Artifact; sourceName: string; evidenceId?: string }): Promise<ArtifactRecord> {
  const subject = await requireSubject(db, actor, input.subjectId, 'read');
  if (!allows(actor, subject, 'write') && !allows(actor, subject, 'inspect')) throw new ForbiddenError('your role may not add analysis results to this subject');
  const artifact = { ...input.artifact, source: input.sourceName } as Artifact;
  const row: Row<'artifacts'> = {
    id: newId(),
    subject_id: subject.id,
    kind: artifact.kind,
    source_name: input.sourceName,
    evidence_id: input.evidenceId ?? null,
    data: JSON.stringify(artifact),
    created_by: actor.userId,
    created_at: nowIso(),
  };
  await inTx(db, async (trx) => {
    await trx.insertInto('artifacts').values(row).execute();
    await audit(trx, { action: 'artifact.create', objectType: 'artifact', objectId: row.id, actor: auditActor(actor), orgId: subject.org_id, subjectId: subject.id, detail: { kind: row.kind, source: row.source_name } });
  });
  return toRecord(row);
}

export async function listArtifacts(db: Db, actor: Actor, subjectId: string): Promise<ArtifactRecord[]> {
  await requireSubject(db, actor, subjectId, 'read');
  return (await db.selectFrom('artifacts').selectAll().where('subject_id', '=', subjectId).orderBy('created_at').orderBy('id').execute()).map(toRecord);
}

/** The latest artifact per source (evidence file or name), grouped by kind, ready for assess(). */
export function artifactSetOf(records: ArtifactRecord[]): ArtifactSet {
  const latest = new Map<string, ArtifactRecord>();
  for (const r of records) latest.set(`${r.kind}:${r.evidenceId ?? r.sourceName}`, r);
  const set = emptyArtifacts();
  for (const r of latest.values()) (set[r.kind] as Artifact[]).push(r.artifact);
  return set;
}
