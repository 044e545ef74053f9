import type { Question } from '../types.js';

// Questions for chapter G26 (the 2026 campaign's sector items, seed 004). "yes" always means the good
// practice is in place. Seed 004 lists problems, not 查验方法; the help turns each problem into a check,
// borrowing seed 001's methods (e.g. the refusal test for face-only verification) where they fit.

const sceneHelp = (zh: string, en: string) => ({
  zh: `逐一打开 App 各功能，记录每项权限首次申请时所在的页面和功能：${zh}在启动时、首页或无关功能中申请，即为“在无关场景收集”。`,
  en: `Open each feature of the app and record on which screen and for which feature each permission is first asked: ${en} asked at launch, on the home screen or in an unrelated feature is "collection in unrelated scenes".`,
});

export const g26Questions: Question[] = [
  {
    id: 'Q-G26-PI-SYSTEM',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '是否已建立个人信息保护管理制度（职责、访问权限、操作规程、安全事件处置），并采取有效的安全保护措施？',
      en: 'Is a PI protection management system in place (duties, access rights, procedures, incident handling), with effective security measures?',
    },
    help: {
      zh: '查看个人信息保护管理制度文件是否明确个人信息保护职责、访问管理权限、操作规程和安全事件处置；核查是否采取加密、去标识化、访问控制、日志审计等措施，是否定期排查泄露隐患。',
      en: 'Check that the PI protection management rules name duties, access rights, procedures and incident handling; check that encryption, de-identification, access control and audit logs are applied and leak risks are reviewed regularly.',
    },
    type: 'yes-no',
  },
  // ---- Education ----
  {
    id: 'Q-G26EDU-MINORS-RULES',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '是否制定并公开了专门的不满十四周岁未成年人个人信息处理规则（存储、使用、转移、披露）？',
      en: 'Are dedicated processing rules for the personal information of children under 14 published (storage, use, transfer, disclosure)?',
    },
    help: {
      zh: '查验隐私政策和产品中是否有专门的不满十四周岁未成年人个人信息处理规则并予以发布；访谈了解相关的未成年人工作机制。',
      en: 'Check that the privacy policy and the product publish dedicated rules for children under 14; interview staff about how minors are handled.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26EDU-GUARDIAN-CONSENT',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '处理不满十四周岁学生的个人信息前，是否取得其父母或其他监护人的同意并留存记录？',
      en: "Is a parent's or guardian's consent obtained, and recorded, before an under-14 student's personal information is processed?",
    },
    help: {
      zh: '访谈了解征得父母或其他监护人明示同意的方式；查看监护人同意记录。仅发送《致家长的一封信》而未说明必要性、未提供替代方案的，不构成自愿同意。',
      en: 'Ask how explicit consent of parents or guardians is obtained and look at the records. A letter to parents that gives no necessity and no alternative is not voluntary consent.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26EDU-MINIMUM',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '网站、App 是否只收集教育服务必需的个人信息，不收集位置、学籍、家长身份证号、联系方式、职业等非必要信息？',
      en: "Do the websites and apps collect only what the education service needs, and not location, school roll, parents' ID numbers, contacts or occupation beyond need?",
    },
    help: {
      zh: '逐项核对注册、报名、缴费等表单字段和 App 权限，对每一项说明其对应的业务功能；无对应功能的即为过度收集。',
      en: 'Go through the fields of registration, enrolment and payment forms and the app permissions, naming the feature each one serves; any without one is over-collection.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26EDU-PERMISSION-SCENE',
    chapter: 'G26',
    scope: 'scenario',
    text: { zh: '位置权限是否仅在确需定位的功能中使用时才申请？', en: 'Is the location permission asked only when a feature that truly needs location is used?' },
    help: sceneHelp('位置权限', 'a location permission'),
    type: 'yes-no',
  },
  {
    id: 'Q-G26EDU-THIRD-PARTY',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '向合作的第三方机构提供个人信息前，是否告知其名称、处理目的和方式并取得同意？（不提供的答“不适用”）',
      en: 'Before giving personal information to partner institutions, are people told their names, purposes and methods, and asked for consent? (Answer not applicable if nothing is provided.)',
    },
    help: {
      zh: '查看合作协议和第三方共享信息清单，核对隐私政策是否列明接收方名称、目的、方式，是否有同意记录。',
      en: 'Look at partner agreements and the third-party list; check that the privacy policy names recipients, purposes and methods, and that consent is recorded.',
    },
    type: 'yes-no',
  },
  // ---- Transport ----
  {
    id: 'Q-G26TRA-PERMISSION-SCENE',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '位置、通讯录、麦克风、存储权限是否仅在需要的功能（如附近站点、语音客服）使用时才申请？',
      en: 'Are location, contacts, microphone and storage permissions asked only when a feature that needs them (nearby stations, voice service) is used?',
    },
    help: sceneHelp('位置、通讯录、麦克风、存储权限', 'location, contacts, microphone or storage'),
    type: 'yes-no',
  },
  {
    id: 'Q-G26TRA-PARKING-NO-LOGIN',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '公共停车场扫码缴费是否无需注册、登录或提供手机号即可完成？（无停车缴费的答“不适用”）',
      en: 'Can parking be paid by scanning a code without registering, logging in or giving a phone number? (Answer not applicable if there is no parking payment.)',
    },
    help: {
      zh: '现场扫码缴费，记录完成支付所需的步骤和必须填写的信息；如必须注册、登录或填写手机号才能支付，即为强制收集。',
      en: 'Pay on site by scanning the code and record the steps and the information required; if registering, logging in or a phone number is required to pay, collection is forced.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26TRA-AGENT-SHARING',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '向合作的票务代理等第三方提供个人信息前，是否告知其名称、目的、方式、范围并取得同意？（不提供的答“不适用”）',
      en: 'Before giving personal information to ticket agents and other partners, are people told their names, purposes, methods and scope, and asked for consent? (Answer not applicable if nothing is provided.)',
    },
    help: {
      zh: '查看购票流程中的告知页面和隐私政策的第三方共享清单，核对是否列明代理机构名称和提供的个人信息范围，是否有同意记录。',
      en: 'Look at the notice in the booking flow and the third-party list of the privacy policy; check that the agents are named with the scope of information provided, and that consent is recorded.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26TRA-LEAK-PREVENTION',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '是否对面单、票据、系统界面中的联系方式、家庭住址、行程信息采取去标识化展示，并限制和记录内部查询、导出？',
      en: 'Are contact details, home addresses and itineraries masked on waybills, tickets and screens, with internal lookups and exports restricted and logged?',
    },
    help: {
      zh: '抽查面单、电子客票和后台界面是否隐藏号码中间位、详细地址；查看查询、导出权限配置和操作日志。',
      en: 'Sample waybills, e-tickets and back-office screens for masked numbers and addresses; look at lookup and export rights and the operation logs.',
    },
    type: 'yes-no',
  },
  // ---- Health ----
  {
    id: 'Q-G26HEA-PERMISSION-SCENE',
    chapter: 'G26',
    scope: 'scenario',
    text: { zh: '位置权限是否仅在导航到院、附近医院等需要定位的功能中使用时才申请？', en: 'Is the location permission asked only in features such as directions to the hospital or nearby clinics?' },
    help: sceneHelp('位置权限', 'a location permission'),
    type: 'yes-no',
  },
  {
    id: 'Q-G26HEA-RECORD-ACCESS',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '查询病历、检查报告前是否有效核验用户身份，使无关人员无法查询他人病历？',
      en: "Is identity verified effectively before records or reports are shown, so that no one can look up another person's records?",
    },
    help: {
      zh: '用他人的姓名、手机号或就诊号尝试查询病历和报告；仅凭这些信息即可查询的，即为未有效核验身份。',
      en: "Try to look up records and reports with someone else's name, phone number or visit number; if that is enough, identity is not verified effectively.",
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26HEA-NO-PUBLICATION',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '是否确保未经患者同意不公开包含患者个人信息的影像图片、文字描述（宣传、教学、病例分享）？',
      en: "Is it ensured that no images or descriptions containing patients' personal information are published without consent (publicity, teaching, case sharing)?",
    },
    help: {
      zh: '检查官网、公众号、宣传材料中的病例和影像，核对是否有患者同意记录或已去除可识别信息。',
      en: 'Check cases and images on the website, official accounts and publicity material for patient consent records or full removal of identifying details.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26HEA-ACCESS-ENCRYPTION',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '内部信息系统是否按最小必要设置个人信息访问权限，并对个人信息采取加密、去标识化措施？',
      en: 'Do internal systems grant least-privilege access to personal information, and is it encrypted and de-identified?',
    },
    help: {
      zh: '查看信息系统的角色权限配置、加密说明和密钥策略，抽查数据库中的敏感字段是否加密存储。',
      en: 'Look at role and permission settings, the encryption description and key policy, and sample sensitive database fields for encryption at rest.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26HEA-VENDOR-STAFF',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '对技术运维等第三方人员是否签订保密协议、限定访问权限并记录其操作？',
      en: 'Do third-party operations staff sign confidentiality agreements, get limited access and have their operations logged?',
    },
    help: {
      zh: '查看与运维服务商的合同和保密协议、临时账号审批记录和运维操作日志。',
      en: "Look at the contracts and confidentiality agreements with operations vendors, the approvals for their temporary accounts, and the operations logs.",
    },
    type: 'yes-no',
  },
  // ---- Finance ----
  {
    id: 'Q-G26FIN-PERMISSION-SCENE',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '粗略位置、麦克风、存储、设备信息权限是否仅在确需的功能中使用时才申请，而非以安全风控、贷款服务为由收集？',
      en: 'Are coarse location, microphone, storage and device information permissions asked only in features that truly need them, not collected "for risk control" or "loan services"?',
    },
    help: sceneHelp('粗略位置、麦克风、存储、设备信息权限', 'coarse location, microphone, storage or device information'),
    type: 'yes-no',
  },
  {
    id: 'Q-G26FIN-PARTNER-SHARING',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '向合作的金融机构、助贷或担保机构等第三方提供个人信息前，是否告知其名称、目的、方式并取得同意？（不提供的答“不适用”）',
      en: 'Before giving personal information to partner lenders, guarantors and other third parties, are people told their names, purposes and methods, and asked for consent? (Answer not applicable if nothing is provided.)',
    },
    help: {
      zh: '在借款流程中查看告知页面和授权书，核对是否逐一列明合作机构名称和提供的信息，是否有同意记录。',
      en: 'In the loan flow, read the notice and the authorisation; check that each partner is named with the information provided, and that consent is recorded.',
    },
    type: 'yes-no',
  },
  // ---- Advertising ----
  {
    id: 'Q-G26ADS-PERMISSION-SCENE',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '位置、设备信息权限是否仅在用户开启的功能需要时才申请？',
      en: 'Are location and device information permissions asked only when a feature the user turned on needs them?',
    },
    help: sceneHelp('位置、设备信息权限', 'location or device information'),
    type: 'yes-no',
  },
  {
    id: 'Q-G26ADS-OPT-OUT',
    chapter: 'G26',
    scope: 'scenario',
    text: {
      zh: '是否提供易于理解、便于操作的个性化推荐关闭选项，关闭后停止为此收集个人信息，并可删除个人特征标签？',
      en: 'Is there an easy-to-understand, easy-to-use switch to turn personalised recommendation off, after which collection for it stops, with a way to delete personal tags?',
    },
    help: {
      zh: '在 App 中找到个性化推荐开关并关闭，抓包对比关闭前后是否仍上报用于推荐的个人信息；查看是否有删除用户标签的功能。',
      en: 'Find and turn off the personalised recommendation switch, and compare captures before and after for personal information still sent for recommendation; look for a way to delete user tags.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26ADS-ACCESS-CONTROL',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '是否建立个人信息内部安全管理和访问控制制度，并落实技术防护措施？',
      en: 'Are internal security management and access control rules for personal information in place, with technical safeguards?',
    },
    help: {
      zh: '查看内部访问控制制度、账号权限配置和查询导出审计日志。',
      en: 'Look at the internal access control rules, account permission settings and the audit logs of lookups and exports.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-G26ADS-PROVISION-RULES',
    chapter: 'G26',
    scope: 'processor',
    text: {
      zh: '是否建立个人信息对外提供制度（审批、合同约束、台账），并在提供前开展影响评估？',
      en: 'Are there rules for providing personal information to others (approval, contracts, a ledger), with an impact assessment before each provision?',
    },
    help: {
      zh: '查看对外提供审批记录、数据合作协议和第三方共享信息清单，核对是否开展个人信息保护影响评估。',
      en: 'Look at provision approvals, data agreements and the third-party list, and check that impact assessments were done.',
    },
    type: 'yes-no',
  },
];
