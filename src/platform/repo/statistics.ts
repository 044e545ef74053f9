// Statistics a provincial regulator sees across the companies that filed with it: filings by status and type,
// scenarios by sector, type and setting, and rule verdicts of each subject's latest assessment. Only subjects
// visible to the regulator (a non-draft filing in its province) are counted.
import { VERDICTS } from '../../core/types.js';
import type { Assessment, VerdictCounts } from '../../engine/assessment.js';
import type { Subject } from '../../subject/schema.js';
import { scopedFilings, scopedSubjects, type Actor } from '../access.js';
import type { Db } from '../db/open.js';
import type { FilingStatus, FilingType } from '../db/schema.js';
import { ForbiddenError } from '../errors.js';

export interface ProvinceStatistics {
  province: string;
  companies: number;
  subjects: number;
  filingsByStatus: Partial<Record<FilingStatus, number>>;
  filingsByType: Partial<Record<FilingType, number>>;
  scenariosBySector: Record<string, number>;
  scenariosByType: Record<string, number>;
  scenariosBySetting: Record<string, number>;
  /** Rule-level verdicts summed over the latest assessment of each subject that has one. */
  verdicts: VerdictCounts;
  assessedSubjects: number;
}

const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

export async function provinceStatistics(db: Db, actor: Actor): Promise<ProvinceStatistics> {
  if (actor.orgKind !== 'regulator' || !actor.province) throw new ForbiddenError('province statistics are for regulators');
  const filings = await scopedFilings(db, actor).select(['filings.status', 'filings.type']).execute();
  const subjects = await scopedSubjects(db, actor).select(['subjects.id', 'subjects.org_id', 'subjects.data']).execute();
  const stats: ProvinceStatistics = {
    province: actor.province,
    companies: new Set(subjects.map((s) => s.org_id)).size,
    subjects: subjects.length,
    filingsByStatus: {},
    filingsByType: {},
    scenariosBySector: {},
    scenariosByType: {},
    scenariosBySetting: {},
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts,
    assessedSubjects: 0,
  };
  for (const f of filings) {
    bump(stats.filingsByStatus, f.status);
    bump(stats.filingsByType, f.type);
  }
  for (const s of subjects) {
    const subject = JSON.parse(s.data) as Subject;
    for (const sc of subject.deployments.flatMap((d) => d.scenarios)) {
      bump(stats.scenariosBySector, sc.sector ?? 'unknown');
      bump(stats.scenariosByType, sc.type);
      bump(stats.scenariosBySetting, sc.setting);
    }
  }
  if (subjects.length) {
    const rows = await db
      .selectFrom('assessments')
      .select(['subject_id', 'data'])
      .where('subject_id', 'in', subjects.map((s) => s.id))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.subject_id)) continue;
      seen.add(r.subject_id);
      const counts = (JSON.parse(r.data) as Assessment).counts.total;
      for (const v of VERDICTS) stats.verdicts[v] += counts[v] ?? 0;
    }
    stats.assessedSubjects = seen.size;
  }
  return stats;
}
