// The deadline a dossier answers to, from the core's computeObligations: the subject's facts with the
// dossier's own state written into them (submitting counts as doing it, a return undoes that).
import type { Text } from '../core/types.js';
import { FACE_FILING_THRESHOLD, PI_OFFICER_THRESHOLD, computeObligations } from '../obligations/compute.js';
import { describeObligation } from '../obligations/describe.js';
import type { Obligation, ObligationKind, ObligationStatus } from '../obligations/types.js';
import type { Subject } from '../subject/schema.js';
import type { Dossier } from './types.js';
import { approvedOn, lastSubmittedOn } from './workflow.js';

const t = (zh: string, en: string): Text => ({ zh, en });

export interface DossierDeadline {
  /** The obligation kind this dossier fulfils. */
  kind: ObligationKind;
  obligation?: Obligation;
  due?: string;
  status: ObligationStatus | 'none';
  /** Not done and the due date has passed. */
  overdue: boolean;
  /** Overdue, or done after the due date. */
  late: boolean;
  workingDaysLate?: number;
  workingDaysLeft?: number;
  /** One sentence for the dashboard. */
  text: Text;
  /** Facts that would let the deadline be computed. */
  missing?: string[];
}

export function obligationKind(d: Dossier): ObligationKind {
  switch (d.type) {
    case 'initial':
      return 'filing';
    case 'change':
      return 'change-filing';
    case 'deregistration':
      return 'deregistration';
    case 'officer-report':
      return d.trigger.changedOn ? 'officer-change' : 'officer-report';
  }
}

/** The subject's facts as they stand with this dossier in its current status. */
export function subjectWithDossier(subject: Subject, d: Dossier): Subject {
  const done = d.status === 'submitted' || d.status === 'filed' ? lastSubmittedOn(d) : undefined;
  const filing = subject.facts.filing ?? { status: 'none' as const };
  const facts = { ...subject.facts };
  const processor = { ...subject.processor };
  const drop = <T extends object>(o: T, ...keys: (keyof T)[]): T => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k as keyof T))) as T;
  switch (d.type) {
    case 'initial': {
      const filedOn = d.status === 'filed' ? approvedOn(d) : undefined;
      facts.filing = {
        ...drop(filing, 'submittedOn', 'filedOn', 'number'),
        status: d.status,
        ...(done ? { submittedOn: done } : {}),
        ...(filedOn ? { filedOn } : {}),
        ...(d.number ? { number: d.number } : {}),
      };
      break;
    }
    case 'change':
      // The amended filing is on file (a change starts from a filed dossier).
      facts.filing = {
        ...drop(filing, 'changeFiledOn'),
        status: 'filed',
        ...(d.trigger.changedOn ? { changedOn: d.trigger.changedOn } : {}),
        ...(done ? { changeFiledOn: done } : {}),
      };
      break;
    case 'deregistration':
      facts.filing = {
        ...drop(filing, 'deregisteredOn'),
        status: 'filed',
        ...(d.trigger.stoppedOn ? { stoppedOn: d.trigger.stoppedOn } : {}),
        ...(done ? { deregisteredOn: done } : {}),
      };
      break;
    case 'officer-report': {
      const officer = processor.officer ?? {};
      processor.officer = d.trigger.changedOn
        ? { ...drop(officer, 'changeReportedOn'), changedOn: d.trigger.changedOn, ...(done ? { changeReportedOn: done } : {}) }
        : { ...drop(officer, 'reportedOn'), ...(done ? { reportedOn: done } : {}) };
      break;
    }
  }
  return { ...subject, facts, processor };
}

/** Why there is no obligation of the kind, and what would decide it. */
function none(kind: ObligationKind, subject: Subject): Pick<DossierDeadline, 'text' | 'missing'> {
  const f = subject.facts;
  switch (kind) {
    case 'filing':
      return f.faceStoredPersons === undefined
        ? { text: t('未提供人脸信息存储人数，无法计算备案期限。', 'The number of persons whose face information is stored is not given: no due date can be computed.'), missing: ['fact:facts.faceStoredPersons', 'fact:facts.faceThresholdReachedOn'] }
        : { text: t(`人脸信息存储 ${f.faceStoredPersons} 人，未达到 ${FACE_FILING_THRESHOLD} 人：无法定备案期限。`, `${f.faceStoredPersons} persons stored, below ${FACE_FILING_THRESHOLD}: no legal due date.`) };
    case 'officer-report':
      return f.piPersons === undefined
        ? { text: t('未提供处理个人信息的人数，无法计算报送期限。', 'The number of persons whose PI is processed is not given: no due date can be computed.'), missing: ['fact:facts.piPersons', 'fact:facts.piThresholdReachedOn'] }
        : { text: t(`处理 ${f.piPersons} 人个人信息，未达到 ${PI_OFFICER_THRESHOLD} 人：无法定报送期限。`, `PI of ${f.piPersons} persons, below ${PI_OFFICER_THRESHOLD}: no legal due date.`) };
    case 'officer-change':
      return {
        text: t('变更报送的期限须知道首次报送日期（processor.officer.reportedOn）。', 'The change deadline needs the date of the first report (processor.officer.reportedOn).'),
        missing: ['fact:processor.officer.reportedOn'],
      };
    case 'change-filing':
      return {
        text: t('变更日期不晚于原备案提交日期：无需变更备案期限。', 'The change is not after the filing was submitted: no change-filing deadline.'),
        missing: ['fact:facts.filing.changedOn'],
      };
    default:
      return { text: t('无法计算期限。', 'No due date can be computed.'), missing: ['fact:facts.filing.stoppedOn'] };
  }
}

/** The dossier's deadline as of a date: due date, whether it is overdue and by how many working days. */
export function dossierDeadline(d: Dossier, subject: Subject, asOf: string): DossierDeadline {
  const kind = obligationKind(d);
  const projected = subjectWithDossier(subject, d);
  const o = computeObligations(projected, asOf).find((x) => x.kind === kind);
  if (!o) return { kind, status: 'none', overdue: false, late: false, ...none(kind, projected) };
  return {
    kind,
    obligation: o,
    status: o.status,
    overdue: o.status === 'overdue',
    late: o.status === 'overdue' || o.status === 'done-late',
    text: describeObligation(o),
    ...(o.due ? { due: o.due } : {}),
    ...(o.workingDaysLate !== undefined ? { workingDaysLate: o.workingDaysLate } : {}),
    ...(o.workingDaysLeft !== undefined ? { workingDaysLeft: o.workingDaysLeft } : {}),
    ...(o.missing ? { missing: o.missing } : {}),
  };
}
