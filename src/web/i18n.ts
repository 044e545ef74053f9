// Every fixed word of the web UI, in Chinese (default) and English. Pages call `tr(lang)` and look words up
// by key; content that already comes as Text {zh, en} (rule titles, messages) goes through `pick`.
import type { Text } from '../core/types.js';

export type Lang = 'zh' | 'en';
export const LANG_COOKIE = 'fa_lang';

const W = {
  app: ['FaceAudit 人脸识别合规平台', 'FaceAudit compliance platform'],
  login: ['登录', 'Log in'],
  logout: ['退出', 'Log out'],
  email: ['邮箱', 'Email'],
  password: ['密码', 'Password'],
  dashboard: ['工作台', 'Dashboard'],
  subjects: ['应用主体', 'Subjects'],
  noSubjects: ['暂无可见的应用主体。', 'No subjects visible to you.'],
  questionnaire: ['自查问卷', 'Questionnaire'],
  evidence: ['证据与上传', 'Evidence and uploads'],
  assessments: ['评估与报告', 'Assessments and reports'],
  rectifications: ['整改清单', 'Rectification list'],
  filings: ['备案', 'Filings'],
  checklist: ['人工查验清单', 'Inspection checklist'],
  review: ['备案审核', 'Filing review'],
  statistics: ['统计', 'Statistics'],
  obligations: ['义务与期限', 'Obligations and deadlines'],
  noAssessment: ['尚未评估。', 'Not assessed yet.'],
  latestAssessment: ['最近一次评估', 'Latest assessment'],
  due: ['期限', 'Due'],
  status: ['状态', 'Status'],
  help: ['查验方法', 'How to check'],
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  partial: ['部分', 'Partial'],
  na: ['不适用', 'N/A'],
  clear: ['清除', 'Clear'],
  saved: ['已保存', 'Saved'],
  saving: ['保存中…', 'Saving…'],
  scenario: ['场景', 'Scenario'],
  processorWide: ['处理者整体', 'Processor-wide'],
  version: ['版本', 'Version'],
  kind: ['材料类型', 'Kind'],
  file: ['文件', 'File'],
  upload: ['上传', 'Upload'],
  analyze: ['上传后自动分析（App 安装包、隐私政策）', 'Analyse after upload (app package, privacy policy)'],
  uploaded: ['已上传文件', 'Uploaded files'],
  size: ['大小', 'Size'],
  download: ['下载', 'Download'],
  analyzeNow: ['分析', 'Analyse'],
  jobDone: ['分析完成', 'Analysis done'],
  jobFailed: ['分析失败', 'Analysis failed'],
  runAssessment: ['运行评估', 'Run assessment'],
  asOf: ['评估日', 'As of'],
  report: ['查看报告', 'View report'],
  reportHtml: ['HTML 报告', 'HTML report'],
  reportPdf: ['PDF 报告', 'PDF report'],
  reportXlsx: ['整改清单 XLSX', 'Rectification list XLSX'],
  counts: ['结论统计', 'Verdict counts'],
  failures: ['不符合项', 'Failures'],
  rule: ['规则', 'Rule'],
  check: ['检查项', 'Check'],
  problem: ['问题', 'Problem'],
  remediation: ['整改建议', 'Remediation'],
  createRect: ['建整改项', 'Create item'],
  tracked: ['已建整改项', 'Item exists'],
  owner: ['负责人', 'Owner'],
  notes: ['备注', 'Notes'],
  save: ['保存', 'Save'],
  recheck: ['复核（重新检查）', 'Re-check'],
  lastCheck: ['最近复核', 'Last re-check'],
  noRect: ['暂无整改项。在评估结果中为不符合项建整改项。', 'No items yet. Create them from an assessment’s failures.'],
  signOff: ['签署确认评估', 'Sign off assessment'],
  signedOff: ['已签署', 'Signed off'],
  newFiling: ['新建人脸识别技术应用备案', 'Start a face recognition filing'],
  newOfficer: ['新建个人信息保护负责人信息报送', 'Start a PI protection officer report'],
  open: ['打开', 'Open'],
  attachments: ['附件', 'Attachments'],
  attached: ['已附文件', 'Attached'],
  none: ['无', 'none'],
  attach: ['上传并附加', 'Upload and attach'],
  attachExisting: ['附加已上传文件', 'Attach an uploaded file'],
  detach: ['移除', 'Remove'],
  draftSave: ['暂存', 'Save draft'],
  submitAll: ['全部完成', 'Submit (all done)'],
  complete: ['材料齐全，可以提交。', 'Complete: ready to submit.'],
  incomplete: ['材料不完整：', 'Incomplete:'],
  warnings: ['提示', 'Warnings'],
  formFields: ['表格待填项', 'Form fields to fill'],
  forms: ['生成的表格', 'Generated forms'],
  deadline: ['期限', 'Deadline'],
  overdue: ['已逾期', 'Overdue'],
  number: ['备案编号', 'Filing number'],
  returnReason: ['退回原因', 'Reason for return'],
  returnFiling: ['退回', 'Return'],
  approve: ['通过并发放备案编号', 'Approve and issue number'],
  history: ['办理记录', 'History'],
  company: ['企业', 'Company'],
  type: ['类型', 'Type'],
  submittedFilings: ['本省备案', 'Filings of the province'],
  noFilings: ['暂无备案。', 'No filings.'],
  method: ['查验方法', 'Method'],
  keep: ['留存证据', 'Evidence to keep'],
  pending: ['待查验', 'To inspect'],
  recorded: ['已记录', 'Recorded'],
  verdict: ['结论', 'Verdict'],
  pass: ['符合', 'Pass'],
  fail: ['不符合', 'Fail'],
  date: ['日期', 'Date'],
  note: ['说明', 'Note'],
  record: ['记录结果', 'Record result'],
  companies: ['企业数', 'Companies'],
  bySector: ['按行业', 'By sector'],
  byType: ['按场景类型', 'By scenario type'],
  bySetting: ['按场所', 'By setting'],
  byStatus: ['按备案状态', 'By filing status'],
  verdicts: ['规则结论（各主体最近评估）', 'Rule verdicts (latest assessment per subject)'],
  notFound: ['未找到，或您无权查看。', 'Not found, or not visible to you.'],
  forbidden: ['您的角色无权执行此操作。', 'Your role may not do this.'],
  error: ['出错了', 'Something went wrong'],
  back: ['返回工作台', 'Back to the dashboard'],
  lang: ['English', '中文'],
  role: ['角色', 'Role'],
  requests: ['整改要求', 'Rectification requests'],
  respond: ['答复', 'Respond'],
  requestRect: ['提出整改要求', 'Request rectification'],
  reason: ['原因', 'Reason'],
  scriptNeeded: ['本页面需要启用 JavaScript 才能保存。', 'This page needs JavaScript to save.'],
} as const satisfies Record<string, readonly [string, string]>;

export type Word = keyof typeof W;

export function tr(lang: Lang): (w: Word) => string {
  return (w) => W[w][lang === 'en' ? 1 : 0];
}

export function pick(t: Text | undefined, lang: Lang): string {
  return t ? t[lang] : '';
}

/** The language of a request: `?lang=` wins (and is remembered in a cookie), then the cookie, then Chinese. */
export function langOf(query: unknown, cookies: Record<string, string | undefined>): { lang: Lang; remember: boolean } {
  const q = (query as { lang?: unknown } | undefined)?.lang;
  if (q === 'en' || q === 'zh') return { lang: q, remember: true };
  return { lang: cookies[LANG_COOKIE] === 'en' ? 'en' : 'zh', remember: false };
}

export const ROLE_LABEL: Record<string, Text> = {
  admin: { zh: '公司管理员', en: 'company admin' },
  member: { zh: '公司成员', en: 'company member' },
  evaluator: { zh: '评估机构', en: 'evaluator' },
  regulator: { zh: '省级网信办', en: 'regulator' },
};

export const RECT_STATUS: Record<string, Text> = {
  open: { zh: '待整改', en: 'open' },
  'in-progress': { zh: '整改中', en: 'in progress' },
  done: { zh: '已整改待复核', en: 'done, awaiting check' },
  verified: { zh: '已复核', en: 'verified' },
};

export const JOB_STATUS: Record<string, Text> = {
  queued: { zh: '排队中', en: 'queued' },
  running: { zh: '分析中', en: 'running' },
  done: { zh: '完成', en: 'done' },
  failed: { zh: '失败', en: 'failed' },
};
