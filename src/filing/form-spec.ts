// The three forms as data: titled sections of labelled fields and tables, each field keyed by its path in
// FormInput. The XLSX writer (xlsx.ts) lays them out; the UI can show the same spec. Measures Art.15 lists the
// filing content: basic situation, purpose and method, count and security measures, rules and procedures, PIA.
import type { Text } from '../core/types.js';
import type { FormInput } from './form-input.js';

const t = (zh: string, en: string): Text => ({ zh, en });

export interface FormField {
  /** Path in FormInput, e.g. "processor.legalRepresentative.name" or "scenarios.door-access.purpose". */
  key: string;
  label: Text;
  value?: string | number;
  /** Not listed in missing[] when blank. */
  optional?: boolean;
  /** Shown with thousands separators. */
  count?: boolean;
}

export interface FormTable {
  /** Reported as missing when the table has no rows. */
  key: string;
  label: Text;
  /** Column headings; `span` columns of the sheet each (default 1). */
  columns: { label: Text; span?: number }[];
  rows: FormField[][];
}

export interface FormSection {
  title: Text;
  fields?: FormField[];
  table?: FormTable;
  /** A sentence under the section (e.g. what the four PIA contents are). */
  note?: Text;
}

export type FormId = 'FIL-07' | 'FIL-08' | 'officer-report';

export interface FormSpec {
  id: FormId;
  title: Text;
  /** Worksheet name (Excel allows at most 31 characters). */
  sheetName: string;
  fileName: string;
  filledOn: FormField;
  sections: FormSection[];
  /** Rows for the seal and signatures (盖章处), left blank for ink. */
  stamp: Text[];
}

export type FilingFormKind = 'initial' | 'change' | 'deregistration';

const f = (key: string, zh: string, en: string, value: string | number | undefined, extra: Partial<FormField> = {}): FormField => ({
  key,
  label: t(zh, en),
  ...(value !== undefined ? { value } : {}),
  ...extra,
});

const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? '是' : '否');
const filledOnField = (input: FormInput) => f('filledOn', '填报日期', 'Date filled', input.filledOn);
const STAMP = [t('单位盖章', 'Seal of the processor'), t('法定代表人或授权代表签字', 'Signature of the legal representative or authorised person'), t('日期', 'Date')];

function basicSituation(input: FormInput): FormField[] {
  const p = input.processor ?? {};
  const o = input.officer ?? {};
  return [
    f('processor.name', '单位名称', 'Name of the processor', p.name),
    f('processor.creditCode', '统一社会信用代码', 'Unified social credit code', p.creditCode),
    f('processor.registeredAddress', '注册地址', 'Registered address', p.registeredAddress),
    f('processor.legalRepresentative.name', '法定代表人', 'Legal representative', p.legalRepresentative?.name),
    f('processor.contact.name', '联系人', 'Contact person', p.contact?.name),
    f('processor.contact.phone', '联系人电话', "Contact person's phone", p.contact?.phone),
    f('officer.name', '个人信息保护负责人', 'Personal information protection officer', o.name),
    f('officer.phone', '个人信息保护负责人联系电话', "Officer's phone", o.phone),
    f('officer.email', '个人信息保护负责人电子邮箱', "Officer's email", o.email),
  ];
}

const SCENARIO_COLUMNS: { label: Text }[] = [
  { label: t('序号', 'No.') },
  { label: t('应用名称', 'Application') },
  { label: t('场景名称', 'Scenario') },
  { label: t('场景类型', 'Type') },
  { label: t('应用场所', 'Setting') },
  { label: t('处理目的', 'Purpose') },
  { label: t('比对方式', 'Comparison') },
  { label: t('存储位置', 'Storage location') },
  { label: t('存储期限', 'Retention') },
  { label: t('替代验证方式', 'Alternatives offered') },
];

function scenarioTable(input: FormInput): FormTable {
  const rows = (input.scenarios ?? []).map((s, i) => {
    const k = (field: string) => `scenarios.${s.id}.${field}`;
    return [
      f(k('no'), '序号', 'No.', i + 1, { optional: true }),
      f(k('deployment'), '应用名称', 'Application', s.deployment),
      f(k('name'), '场景名称', 'Scenario', s.name),
      f(k('type'), '场景类型', 'Type', s.type),
      f(k('setting'), '应用场所', 'Setting', s.location ? `${s.setting ?? ''}（${s.location}）` : s.setting),
      f(k('purpose'), '处理目的', 'Purpose', s.purpose),
      f(k('comparison'), '比对方式', 'Comparison', s.comparison),
      f(k('storage'), '存储位置', 'Storage location', s.storage),
      f(k('retention'), '存储期限', 'Retention', s.retention),
      f(k('alternatives'), '替代验证方式', 'Alternatives offered', s.alternatives),
    ];
  });
  return { key: 'scenarios', label: t('人脸识别应用场景', 'Face recognition scenarios'), columns: SCENARIO_COLUMNS, rows };
}

function documentTable(input: FormInput): FormTable {
  const rows = (input.documents ?? []).map((d, i) => [
    f(`documents.${i}.no`, '序号', 'No.', i + 1, { optional: true }),
    f(`documents.${i}.title`, '文件名称', 'Document', d.title),
    f(`documents.${i}.category`, '类别', 'Kind', d.category, { optional: true }),
    f(`documents.${i}.version`, '版本', 'Version', d.version, { optional: true }),
    f(`documents.${i}.date`, '发布或生效日期', 'Issued or in force on', d.date),
  ]);
  return {
    key: 'documents',
    label: t('人脸信息处理规则和操作规程', 'Processing rules and operating procedures'),
    columns: [
      { label: t('序号', 'No.') },
      { label: t('文件名称', 'Document'), span: 4 },
      { label: t('类别（处理规则/操作规程）', 'Kind (rules / procedures)'), span: 2 },
      { label: t('版本', 'Version'), span: 1 },
      { label: t('发布或生效日期', 'Issued or in force on'), span: 2 },
    ],
    rows,
  };
}

/** 人脸识别技术应用情况备案表 (FIL-07), with a change or deregistration section for those filings. */
export function filingFormSpec(input: FormInput, kind: FilingFormKind = 'initial'): FormSpec {
  const faces = input.faces ?? {};
  const sec = input.security ?? {};
  const pia = input.pia ?? {};
  const sections: FormSection[] = [
    { title: t('一、个人信息处理者基本情况', '1. Basic situation of the processor'), fields: basicSituation(input) },
    { title: t('二、人脸信息处理目的和处理方式', '2. Purpose and method of processing face information'), table: scenarioTable(input) },
    {
      title: t('三、存储的人脸信息数量和安全保护措施', '3. Face information stored and security measures'),
      fields: [
        f('faces.storedPersons', '存储人脸信息数量（人）', 'Persons whose face information is stored', faces.storedPersons, { count: true }),
        f('faces.countedOn', '数量统计日期', 'Counted on', faces.countedOn),
        f('faces.thresholdReachedOn', '达到 10 万人的日期', 'Date 100,000 persons was reached', faces.thresholdReachedOn, { optional: true }),
        f('security.encryption', '数据加密', 'Encryption', sec.encryption),
        f('security.accessControl', '访问控制和授权管理', 'Access control and authorisation', sec.accessControl),
        f('security.audit', '安全审计', 'Security audit', sec.audit),
        f('security.intrusion', '入侵检测和防范', 'Intrusion detection and prevention', sec.intrusion),
        f('security.mlps', '网络安全等级保护', 'Multi-level protection scheme (MLPS)', sec.mlps),
        f('security.other', '其他安全保护措施', 'Other measures', sec.other, { optional: true }),
      ],
    },
    { title: t('四、人脸信息处理规则和操作规程', '4. Processing rules and operating procedures'), table: documentTable(input) },
    {
      title: t('五、个人信息保护影响评估', '5. Personal information protection impact assessment'),
      fields: [
        f('pia.date', '评估完成日期', 'Completed on', pia.date),
        f('pia.version', '评估报告版本', 'Report version', pia.version),
        f('pia.coversFourContents', '是否覆盖办法第九条规定的四项内容', 'Covers the four contents of Measures Art.9', yesNo(pia.coversFourContents)),
        f('pia.assessor', '评估机构', 'Assessed by', pia.assessor, { optional: true }),
      ],
      note: t(
        '四项内容：（一）处理目的、方式是否合法、正当、必要；（二）对个人权益的影响及降低不利影响的措施；（三）人脸信息泄露、篡改、丢失、毁损或者被非法获取、利用时对个人权益可能产生的危害；（四）所采取的保护措施是否合法、有效并与风险程度相适应。',
        'The four contents: (1) purpose and method lawful, proper and necessary; (2) impact on individuals and mitigation; (3) harm if the face information leaks, is altered, lost, destroyed or obtained unlawfully; (4) whether the measures are lawful, effective and proportionate to the risk.',
      ),
    },
  ];
  if (kind === 'change') {
    sections.push({
      title: t('六、变更情况', '6. Change'),
      fields: [
        f('change.changedOn', '变更日期', 'Changed on', input.change?.changedOn),
        f('change.description', '变更事项及内容', 'What changed', input.change?.description),
      ],
    });
  }
  if (kind === 'deregistration') {
    sections.push({
      title: t('六、注销情况', '6. Deregistration'),
      fields: [
        f('deregistration.stoppedOn', '停止应用日期', 'Stopped on', input.deregistration?.stoppedOn),
        f('deregistration.reason', '注销原因', 'Reason', input.deregistration?.reason),
        f('deregistration.dataDisposal', '人脸信息删除处置情况', 'How the face information was deleted', input.deregistration?.dataDisposal),
      ],
    });
  }
  return {
    id: 'FIL-07',
    title: t('人脸识别技术应用情况备案表', 'Face Recognition Technology Application Filing Form'),
    sheetName: '人脸识别技术应用情况备案表',
    fileName: '人脸识别技术应用情况备案表.xlsx',
    filledOn: filledOnField(input),
    sections,
    stamp: STAMP,
  };
}

/** 个人信息处理者基本情况表 (FIL-08). */
export function processorFormSpec(input: FormInput): FormSpec {
  const p = input.processor ?? {};
  const o = input.officer ?? {};
  return {
    id: 'FIL-08',
    title: t('个人信息处理者基本情况表', 'Personal Information Processor Basic Information Form'),
    sheetName: '个人信息处理者基本情况表',
    fileName: '个人信息处理者基本情况表.xlsx',
    filledOn: filledOnField(input),
    sections: [
      {
        title: t('一、单位信息', '1. The organisation'),
        fields: [
          f('processor.name', '单位名称', 'Name', p.name),
          f('processor.creditCode', '统一社会信用代码', 'Unified social credit code', p.creditCode),
          f('processor.unitType', '单位性质', 'Kind of organisation', p.unitType),
          f('processor.industry', '所属行业', 'Sector', p.industry),
          f('processor.mainBusiness', '主要业务', 'Main business', p.mainBusiness, { optional: true }),
          f('processor.registeredAddress', '注册地址', 'Registered address', p.registeredAddress),
          f('processor.officeAddress', '办公地址', 'Office address', p.officeAddress),
          f('processor.province', '所在省（自治区、直辖市）', 'Province', p.province),
          f('processor.city', '所在市', 'City', p.city),
        ],
      },
      {
        title: t('二、法定代表人', '2. Legal representative'),
        fields: [
          f('processor.legalRepresentative.name', '姓名', 'Name', p.legalRepresentative?.name),
          f('processor.legalRepresentative.phone', '联系电话', 'Phone', p.legalRepresentative?.phone),
        ],
      },
      {
        title: t('三、联系人（经办人）', '3. Contact person (handling the filing)'),
        fields: [
          f('processor.contact.name', '姓名', 'Name', p.contact?.name),
          f('processor.contact.title', '职务', 'Position', p.contact?.title),
          f('processor.contact.phone', '联系电话', 'Phone', p.contact?.phone),
          f('processor.contact.email', '电子邮箱', 'Email', p.contact?.email),
        ],
      },
      {
        title: t('四、个人信息保护负责人', '4. Personal information protection officer'),
        fields: [
          f('officer.name', '姓名', 'Name', o.name),
          f('officer.title', '职务', 'Position', o.title),
          f('officer.phone', '联系电话', 'Phone', o.phone),
          f('officer.email', '电子邮箱', 'Email', o.email),
        ],
      },
      {
        title: t('五、个人信息处理情况', '5. Personal information processed'),
        fields: [
          f('processor.piPersons', '处理个人信息数量（人）', 'Persons whose personal information is processed', p.piPersons, { count: true }),
          f('faces.storedPersons', '存储人脸信息数量（人）', 'Persons whose face information is stored', input.faces?.storedPersons, { count: true }),
          f('scenarios', '人脸识别应用场景数量', 'Face recognition scenarios', input.scenarios?.length || undefined),
          f('security.mlps', '网络安全等级保护情况', 'MLPS status', input.security?.mlps),
        ],
      },
    ],
    stamp: STAMP,
  };
}

/** 个人信息保护负责人信息报送 (PI-14), first report or a change. */
export function officerFormSpec(input: FormInput, kind: 'initial' | 'change' = 'initial'): FormSpec {
  const p = input.processor ?? {};
  const o = input.officer ?? {};
  const sections: FormSection[] = [
    {
      title: t('一、个人信息处理者', '1. The processor'),
      fields: [
        f('processor.name', '单位名称', 'Name', p.name),
        f('processor.creditCode', '统一社会信用代码', 'Unified social credit code', p.creditCode),
        f('processor.registeredAddress', '注册地址', 'Registered address', p.registeredAddress),
        f('processor.province', '所在省（自治区、直辖市）', 'Province', p.province),
        f('processor.city', '所在设区的市（报送机关所在地）', 'City (where the report is made)', p.city),
        f('processor.piPersons', '处理个人信息数量（人）', 'Persons whose personal information is processed', p.piPersons, { count: true }),
        f('processor.piThresholdReachedOn', '达到 100 万人的日期', 'Date 1,000,000 persons was reached', p.piThresholdReachedOn),
      ],
    },
    {
      title: t('二、个人信息保护负责人', '2. Personal information protection officer'),
      fields: [
        f('officer.name', '姓名', 'Name', o.name),
        f('officer.title', '职务', 'Position', o.title),
        f('officer.phone', '联系电话', 'Phone', o.phone),
        f('officer.email', '电子邮箱', 'Email', o.email),
        f('officer.address', '通讯地址', 'Postal address', o.address, { optional: true }),
        f('officer.contactPublished', '是否已公开负责人联系方式（个保法第五十二条）', 'Contact published (PIPL Art.52)', yesNo(o.contactPublished)),
      ],
    },
  ];
  if (kind === 'change') {
    sections.push({
      title: t('三、变更情况', '3. Change'),
      fields: [
        f('change.changedOn', '变更日期', 'Changed on', input.change?.changedOn),
        f('change.description', '变更事项及内容', 'What changed', input.change?.description),
      ],
    });
  }
  return {
    id: 'officer-report',
    title: kind === 'change' ? t('个人信息保护负责人信息变更报送表', 'Change of the Personal Information Protection Officer Report') : t('个人信息保护负责人信息报送表', 'Personal Information Protection Officer Report'),
    sheetName: '个人信息保护负责人信息报送',
    fileName: kind === 'change' ? '个人信息保护负责人信息变更报送表.xlsx' : '个人信息保护负责人信息报送表.xlsx',
    filledOn: filledOnField(input),
    sections,
    stamp: STAMP,
  };
}

export interface MissingField {
  key: string;
  label: Text;
  /** Section title it belongs to. */
  section: Text;
}

/** The blank, non-optional fields of a spec (and empty tables), in form order. */
export function missingFields(spec: FormSpec): MissingField[] {
  const out: MissingField[] = [];
  const title = t('表头', 'Header');
  if (spec.filledOn.value === undefined) out.push({ key: spec.filledOn.key, label: spec.filledOn.label, section: title });
  for (const s of spec.sections) {
    const fields = [...(s.fields ?? []), ...(s.table?.rows.flat() ?? [])];
    if (s.table && s.table.rows.length === 0) out.push({ key: s.table.key, label: s.table.label, section: s.title });
    for (const x of fields) if (x.value === undefined && !x.optional) out.push({ key: x.key, label: x.label, section: s.title });
  }
  return out;
}
