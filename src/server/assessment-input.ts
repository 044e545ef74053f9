// What assess() and a re-check see for a stored subject: the subject with its stored evidence and recorded
// inspections merged in, and the analysis artifacts (latest per source) plus the evidence documents.
import type { ArtifactSet } from '../core/artifacts.js';
import type { Subject } from '../subject/schema.js';
import { artifactSetOf, evidenceForAssessment, getSubject, listArtifacts, listEvidence, listInspections, withRecordedInspections, type Actor, type Db, type SubjectRecord } from '../platform/index.js';

export async function assessmentInput(db: Db, actor: Actor, subjectId: string): Promise<{ record: SubjectRecord; subject: Subject; artifacts: ArtifactSet }> {
  const record = await getSubject(db, actor, subjectId);
  const evidence = evidenceForAssessment(await listEvidence(db, actor, subjectId));
  const artifacts = artifactSetOf(await listArtifacts(db, actor, subjectId));
  artifacts.document = [...artifacts.document, ...evidence.documents];
  const withEvidence: Subject = { ...record.subject, evidence: [...record.subject.evidence, ...evidence.items] };
  const subject = withRecordedInspections(withEvidence, await listInspections(db, actor, subjectId));
  return { record, subject, artifacts };
}
