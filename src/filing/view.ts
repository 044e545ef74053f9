// What the server shows for one dossier: the dossier, whether it can be submitted, its deadline, the actions
// each side may take, the latest return reason and the open rectification requests.
import type { Text } from '../core/types.js';
import { today } from '../engine/assess.js';
import type { Subject } from '../subject/schema.js';
import { checkCompleteness, enteredForms, type Completeness } from './completeness.js';
import { dossierDeadline, type DossierDeadline } from './deadline.js';
import { filingFormXlsx, officerReportXlsx, processorFormXlsx } from './forms.js';
import { STATUS_LABELS, TYPE_LABELS, type Dossier, type DossierEvent, type Rectification } from './types.js';
import { allowedActions, lastReturn, type StepName } from './workflow.js';
import type { GeneratedForm } from './xlsx.js';

export interface DossierView {
  dossier: Dossier;
  type: Text;
  status: Text;
  completeness: Completeness;
  deadline: DossierDeadline;
  actions: { company: StepName[]; regulator: StepName[] };
  lastReturn?: DossierEvent;
  openRectifications: Rectification[];
}

/** The dossier with everything the UI needs, judged as of `asOf` (default: today in China). */
export function dossierView(d: Dossier, subject: Subject, asOf: string = today()): DossierView {
  const returned = lastReturn(d);
  return {
    dossier: d,
    type: TYPE_LABELS[d.type],
    status: STATUS_LABELS[d.status],
    completeness: checkCompleteness(d, subject, asOf),
    deadline: dossierDeadline(d, subject, asOf),
    actions: { company: allowedActions(d, 'company'), regulator: allowedActions(d, 'regulator') },
    ...(returned ? { lastReturn: returned } : {}),
    openRectifications: d.rectifications.filter((r) => !r.closedAt),
  };
}

/** The forms this dossier files, generated from the subject and what was entered in the dossier. */
export async function dossierForms(d: Dossier, subject: Subject, opts: { filledOn?: string } = {}): Promise<GeneratedForm[]> {
  const entered = enteredForms(d);
  switch (d.type) {
    case 'initial':
    case 'change':
      return [await filingFormXlsx(subject, entered, { ...opts, kind: d.type }), await processorFormXlsx(subject, entered, opts)];
    case 'deregistration':
      return [await filingFormXlsx(subject, entered, { ...opts, kind: 'deregistration' })];
    case 'officer-report':
      return [await officerReportXlsx(subject, entered, { ...opts, change: d.trigger.changedOn !== undefined })];
  }
}
