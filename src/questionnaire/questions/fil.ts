import type { Question } from '../types.js';

// Questions about the filing dossier (FR-16; the FIL attachments themselves are judged from the files).
// "yes" always means the good practice is in place. Help drawn from seed 001 §2.1(5) and the filing flow.
const CHECK_MATERIALS = '查验备案材料：提交的个人信息处理者基本情况表、个人信息保护影响评估报告是否符合要求（《人脸识别技术应用安全管理办法》第十五条）。';
const CHECK_MATERIALS_EN = "Check the filing materials: whether the processor basic information form and the PIA report submitted are in order (Measures Art.15).";

export const filQuestions: Question[] = [
  {
    id: 'Q-FR16-BASIC-INFO',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '备案材料是否完整载明个人信息处理者的基本情况（按模板填写《个人信息处理者基本情况表》）？',
      en: "Does the filing state the processor's basic situation in full (the processor basic information form filled in from the template)?",
    },
    help: {
      zh: `${CHECK_MATERIALS}对照模板逐项核对《个人信息处理者基本情况表》电子版与盖章扫描件内容一致。`,
      en: `${CHECK_MATERIALS_EN} Compare the electronic basic information form with its stamped scan, item by item against the template.`,
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR16-PURPOSE-METHOD',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '备案材料是否写明人脸信息的具体处理目的和处理方式（如门禁识别、员工考勤；本地比对或远程核验）？',
      en: 'Does the filing state the concrete purpose and method of processing face information (e.g. door access, staff attendance; on-device comparison or remote verification)?',
    },
    help: {
      zh: '查看《人脸识别技术应用情况备案表》：目的应明确、具体，避免模糊表述；处理方式应与实际业务场景一致。',
      en: 'Read the face recognition filing form: the purpose must be concrete, not vague; the method must match the real business scenarios.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR16-COUNT-SECURITY',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '备案材料是否写明存储的人脸信息数量（按人数）以及采取的安全保护措施？',
      en: 'Does the filing state the number of persons whose face information is stored, and the security measures taken?',
    },
    help: {
      zh: '核对备案表中的存储数量与人脸信息台账一致；安全措施包括数据加密、安全审计、访问控制、授权管理、入侵检测和防御等。',
      en: 'Check that the number in the filing form matches the face information ledger; measures include encryption, security audit, access control, authorisation management, intrusion detection and prevention.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR16-RULES-PROCEDURES',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '备案材料是否包含人脸信息处理规则和操作规程？',
      en: 'Does the filing include the face information processing rules and operating procedures?',
    },
    help: {
      zh: '查看随备案提交的人脸信息处理规则、个人信息保护管理制度和操作规程是否为现行版本，并与实际处理活动一致。',
      en: 'Check that the processing rules, PI protection management rules and operating procedures filed are the current versions and match the real processing.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR16-PIA',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '备案材料是否附有覆盖所备案人脸识别应用、现行有效的个人信息保护影响评估报告（加盖公章）？',
      en: 'Does the filing include a current, stamped PIA report that covers the face recognition use being filed?',
    },
    help: {
      zh: `${CHECK_MATERIALS}影响评估报告应在处理前完成，覆盖处理目的和方式的合法正当必要性、对个人权益的影响、泄露等风险、保护措施的有效性四项内容。`,
      en: `${CHECK_MATERIALS_EN} The PIA must predate the processing and cover lawfulness/necessity, impact on individuals, leak and similar risks, and the effectiveness of the measures.`,
    },
    type: 'yes-no',
  },
];
