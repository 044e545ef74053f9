// The generated forms: 人脸识别技术应用情况备案表 (FIL-07), 个人信息处理者基本情况表 (FIL-08) and the
// 个人信息保护负责人信息报送 (PI-14) report, from a Subject plus what the person entered.
import { today } from '../engine/assess.js';
import type { Subject } from '../subject/schema.js';
import { formContent, type FormInput } from './form-input.js';
import { filingFormSpec, missingFields, officerFormSpec, processorFormSpec, type FilingFormKind, type FormSpec, type MissingField } from './form-spec.js';
import { renderForm, type GeneratedForm } from './xlsx.js';

export interface FormOptions {
  /** 填报日期 when the person entered none; defaults to today in China. */
  filledOn?: string;
  /** Which filing the FIL-07 form is for: adds the change or deregistration section. */
  kind?: FilingFormKind;
}

function content(subject: Subject, entered: unknown, opts: FormOptions): FormInput {
  const input = formContent(subject, entered);
  return { ...input, filledOn: input.filledOn ?? opts.filledOn ?? today() };
}

/** 人脸识别技术应用情况备案表 as XLSX. `entered` is validated (FormInputError on bad input). */
export function filingFormXlsx(subject: Subject, entered: unknown = {}, opts: FormOptions = {}): Promise<GeneratedForm> {
  return renderForm(filingFormSpec(content(subject, entered, opts), opts.kind));
}

/** 个人信息处理者基本情况表 as XLSX. */
export function processorFormXlsx(subject: Subject, entered: unknown = {}, opts: FormOptions = {}): Promise<GeneratedForm> {
  return renderForm(processorFormSpec(content(subject, entered, opts)));
}

/** Both forms of the face recognition filing, in attachment order (FIL-07, FIL-08). */
export async function filingForms(subject: Subject, entered: unknown = {}, opts: FormOptions = {}): Promise<GeneratedForm[]> {
  return [await filingFormXlsx(subject, entered, opts), await processorFormXlsx(subject, entered, opts)];
}

// ---- PI protection officer report (PI-14) ---------------------------------------------------------------

export interface OfficerReport {
  kind: 'initial' | 'change';
  filledOn: string;
  /** 所在地设区的市级网信部门, named from the processor's city. */
  authority?: string;
  processor: {
    name?: string;
    creditCode?: string;
    registeredAddress?: string;
    province?: string;
    city?: string;
    piPersons?: number;
    piThresholdReachedOn?: string;
  };
  officer: { name?: string; title?: string; phone?: string; email?: string; address?: string; contactPublished?: boolean };
  change?: { changedOn?: string; description?: string };
}

export interface OfficerReportResult {
  report: OfficerReport;
  /** Every blank field of the report form. */
  missing: MissingField[];
  /** The blank fields without which the report cannot be made (PIPL Art.52: the officer's name and contact). */
  blocking: MissingField[];
  spec: FormSpec;
}

const drop = <T extends Record<string, unknown>>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The officer report as a structured object, with what is still missing. */
export function officerReport(subject: Subject, entered: unknown = {}, opts: FormOptions & { change?: boolean } = {}): OfficerReportResult {
  const input = content(subject, entered, opts);
  const kind = opts.change ? 'change' : 'initial';
  const p = input.processor ?? {};
  const o = input.officer ?? {};
  const spec = officerFormSpec(input, kind);
  const missing = missingFields(spec);
  const report: OfficerReport = {
    kind,
    filledOn: input.filledOn!,
    ...(p.city ? { authority: `${p.city}网信办` } : {}),
    processor: drop({
      name: p.name,
      creditCode: p.creditCode,
      registeredAddress: p.registeredAddress,
      province: p.province,
      city: p.city,
      piPersons: p.piPersons,
      piThresholdReachedOn: p.piThresholdReachedOn,
    }),
    officer: drop({ name: o.name, title: o.title, phone: o.phone, email: o.email, address: o.address, contactPublished: o.contactPublished }),
    ...(kind === 'change' ? { change: drop({ changedOn: input.change?.changedOn, description: input.change?.description }) } : {}),
  };
  const must = new Set(['processor.name', 'processor.creditCode', 'processor.city', 'officer.name', ...(kind === 'change' ? ['change.changedOn', 'change.description'] : [])]);
  const blocking = missing.filter((m) => must.has(m.key));
  // A contact is needed, phone or email: only when both are blank is one of them blocking.
  if (!o.phone && !o.email) blocking.push(...missing.filter((m) => m.key === 'officer.phone'));
  return { report, missing, blocking, spec };
}

/** The officer report as XLSX (same content as officerReport()). */
export async function officerReportXlsx(subject: Subject, entered: unknown = {}, opts: FormOptions & { change?: boolean } = {}): Promise<GeneratedForm & { report: OfficerReport; blocking: MissingField[] }> {
  const r = officerReport(subject, entered, opts);
  return { ...(await renderForm(r.spec)), report: r.report, blocking: r.blocking };
}
