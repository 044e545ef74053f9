import type { Question } from '../types.js';

// Questions for chapter PI (seed 001 §2.2, 表 B.1, seed 004). "yes" always means the good practice is in place.
// Help texts are drawn from the seed's 查验方法. PI-14 and PI-15 questions are kept with those rules' author.
type Q = Omit<Question, 'chapter' | 'type'>;
const yesNo = (q: Q): Question => ({ ...q, chapter: 'PI', type: 'yes-no' });

export const piQuestions: Question[] = [
  // PI-01
  yesNo({
    id: 'Q-PI01-CROSS-BORDER',
    scope: 'processor',
    text: {
      zh: '如向境外传输个人信息，处理规则是否告知了境外接收方的名称、联系方式、处理目的、处理方式、个人信息种类及向其行使权利的方式和程序？（不向境外传输的，答“不适用”）',
      en: 'If personal information goes abroad, do the rules state the foreign recipient\'s name and contact, the purposes, methods and types of information, and how to exercise rights against it? (Answer "not applicable" if nothing goes abroad.)',
    },
    help: {
      zh: '访谈了解是否存在向境外传输个人信息的情况，查验个人信息保护管理相关制度中是否说明向境外传输个人信息的情况。',
      en: 'Ask whether any personal information is transferred abroad; check the internal rules describe such transfers.',
    },
  }),
  // PI-02
  yesNo({
    id: 'Q-PI02-FEW-CLICKS',
    scope: 'scenario',
    text: { zh: '进入主界面后，是否少于 4 次点击即可访问隐私政策？', en: 'Can the privacy policy be reached in fewer than 4 clicks from the main screen?' },
    help: {
      zh: '查看向用户提供的访问个人信息保护相关规则的界面，从主界面开始点击计数，并截屏录屏留存访问路径。',
      en: 'Look at the way users reach the policy; count the clicks from the main screen and record the path on screen.',
    },
  }),
  yesNo({
    id: 'Q-PI02-FIRST-USE-PROMPT',
    scope: 'scenario',
    text: { zh: '首次使用（首次打开、注册）时，是否以弹窗等方式提示用户阅读隐私政策？', en: 'At first use (first launch, sign-up), is the user prompted, e.g. by a pop-up, to read the privacy policy?' },
    help: { zh: '卸载重装或清除数据后首次打开，截屏录屏记录是否出现隐私政策提示。', en: 'Reinstall or clear data, open it for the first time and record whether a policy prompt appears.' },
  }),
  // PI-04
  yesNo({
    id: 'Q-PI04-NO-FORCED-BINDING',
    scope: 'scenario',
    text: {
      zh: '未关注公众号、未注册会员、未绑定微信的用户，是否仍可使用基础服务？',
      en: 'Can users who do not follow the official account, register as members or bind WeChat still use the basic service?',
    },
    help: {
      zh: '模拟未绑定微信/公众号的用户尝试使用基础服务，记录是否出现“必须绑定否则无法使用”的阻断提示，验证是否存在“捆绑同意”强制授权。',
      en: 'Act as a user who has bound nothing, try the basic service, and record any "bind or you cannot use it" block.',
    },
  }),
  yesNo({
    id: 'Q-PI04-CLEAR-BUTTONS',
    scope: 'scenario',
    text: { zh: '授权弹窗是否使用“同意”“拒绝”等表意明确的按钮（而非“我知道了”）？', en: 'Do consent dialogs use clear buttons such as 同意 and 拒绝 (not 我知道了)?' },
    help: {
      zh: '确认是否通过显著的方式征得用户同意，使用表意明确的按钮，禁止采用“我知道了”等含糊不清的语句。',
      en: 'Check consent is asked prominently with clear buttons, never vague ones such as "got it".',
    },
  }),
  yesNo({
    id: 'Q-PI04-NOT-PRETICKED',
    scope: 'scenario',
    text: { zh: '同意选项是否均未默认勾选？', en: 'Are all consent options unticked by default?' },
    help: { zh: '验证是否存在默认勾选、强制捆绑授权。', en: 'Check for pre-ticked boxes and bundled consent.' },
  }),
  yesNo({
    id: 'Q-PI04-REFUSAL-KEEPS-FEATURES',
    scope: 'scenario',
    text: { zh: '用户拒绝授权后，其他业务功能是否仍可正常使用？', en: 'After a user refuses consent, do other features still work?' },
    help: { zh: '拒绝授权后逐一使用其他业务功能，验证是否受影响。', en: 'Refuse consent, then use the other features one by one to see whether they are affected.' },
  }),
  // PI-05
  yesNo({
    id: 'Q-PI05-SERVICE-ON-REFUSAL',
    scope: 'scenario',
    text: {
      zh: '用户拒绝提供非必要个人信息或撤回同意后，是否仍能获得产品或服务？',
      en: 'Does a user who declines non-necessary information or withdraws consent still get the product or service?',
    },
    help: {
      zh: '拒绝非必要权限或信息、撤回同意后使用核心功能，确认未以此为由拒绝提供服务。',
      en: 'Decline non-necessary permissions or data, withdraw consent, then use the core features; service must not be refused for that reason.',
    },
  }),
  yesNo({
    id: 'Q-PI05-NO-INDUCEMENT',
    scope: 'scenario',
    text: {
      zh: '是否未以红包、抽奖、积分、话费等利益诱导用户提供个人信息或开启与当前功能无关的权限？',
      en: 'Are no red packets, lotteries, points or phone credit used to get users to give information or grant permissions unrelated to the feature?',
    },
    help: {
      zh: '遍历APP，确认是否存在欺诈、诱骗等不正当方式，比如赠送加分、话费诱导用户填写个人信息或打开可收集个人信息权限；例如参与红包、抽奖等活动向用户申请通讯录权限，与当前功能没有逻辑关系。',
      en: 'Walk through the app for deceptive inducements, e.g. a lottery that asks for the contacts permission with no link to the feature.',
    },
  }),
  yesNo({
    id: 'Q-PI05-NO-FORCED-UPDATE',
    scope: 'scenario',
    text: {
      zh: '隐私政策更新时，是否未强制用户同意，并明确告知不同意更新内容对服务的影响范围？',
      en: 'When the policy changes, are users not forced to accept, and told what declining the update affects?',
    },
    help: {
      zh: '检测应用业务功能确认是否存在强制要求用户同意更新后的隐私政策并强制剥夺用户权益的行为；是否明确告知用户不同意更新后的隐私政策影响服务的范围。',
      en: 'Check the app does not force acceptance of an updated policy by taking rights away, and says what declining affects.',
    },
  }),
  // PI-06
  yesNo({
    id: 'Q-PI06-SWITCH-WORKS',
    scope: 'processor',
    text: {
      zh: '以改善服务、提升体验、研发新产品、增强安全性为由收集的个人信息，关闭途径是否有效（关闭后停止收集）？',
      en: 'Where information is collected to improve service, develop products or for security, does the switch work (collection stops once it is off)?',
    },
    help: { zh: '核查隐私政策中提供的关闭收集个人信息的方式或途径，并验证关闭途径的有效性。', en: 'Find the switch the policy offers and test that it actually stops the collection.' },
  }),
  // PI-07
  yesNo({
    id: 'Q-PI07-OWN-RULES',
    scope: 'scenario',
    text: {
      zh: '是否制定并以独立文件发布不满十四周岁未成年人个人信息处理规则？',
      en: 'Are dedicated rules for the information of children under 14 written and published as their own document?',
    },
    help: {
      zh: '查验个人信息处理者的隐私政策和产品中是否有制定专门的不满十四周岁未成年人个人信息处理规则并予以发布。',
      en: 'Check the policy and the product for dedicated, published rules for children under 14.',
    },
  }),
  yesNo({
    id: 'Q-PI07-GUARDIAN-CONSENT',
    scope: 'scenario',
    text: { zh: '处理不满十四周岁未成年人个人信息前，是否取得其父母或其他监护人的同意？', en: 'Is a parent\'s or guardian\'s consent obtained before processing information of children under 14?' },
    help: {
      zh: '访谈了解征得未成年人的父母或其监护人的明示同意的方式；核验告知同意机制、告知文案和告知记录，是否采取不易绕过的方式向未成年人或其监护人告知。',
      en: 'Ask how explicit guardian consent is obtained; check the consent mechanism, texts and records are hard to bypass.',
    },
  }),
  // PI-08
  yesNo({
    id: 'Q-PI08-SEPARATE-POPUP',
    scope: 'scenario',
    text: {
      zh: '采集人脸信息前，是否以单独弹窗（非勾选框）告知并由用户主动点击“同意”或“拒绝”？',
      en: 'Before a face is collected, does a separate pop-up (not a checkbox) ask, with the user actively clicking 同意 or 拒绝?',
    },
    help: {
      zh: '检查人脸采集界面是否以弹窗/显著提示单独出现（非勾选框），需用户主动点击“同意”或“拒绝”按钮。',
      en: 'Check the face capture screen shows its own pop-up (not a checkbox) with agree and refuse buttons the user must click.',
    },
  }),
  yesNo({
    id: 'Q-PI08-REFUSAL-WORKS',
    scope: 'scenario',
    text: { zh: '拒绝人脸识别后，是否仍可通过其他方式进入基本服务流程？', en: 'After refusing face recognition, is the basic service still reachable another way?' },
    help: {
      zh: '拒绝授权后是否仍可完成基础功能；系统是否出现“必须同意否则无法使用”的强制提示。',
      en: 'After refusing, can the basic function be completed, with no "agree or you cannot use it" message?',
    },
  }),
  yesNo({
    id: 'Q-PI08-NO-LOCKOUT',
    scope: 'scenario',
    text: {
      zh: '拒绝后再次请求时是否未默认勾选同意，且连续拒绝后不限制后续服务？',
      en: 'When asking again after a refusal, is consent not pre-ticked, and are repeated refusals not punished with restrictions?',
    },
    help: {
      zh: '拒绝后再次请求时未默认勾选同意（需用户主动点击确认）；连续拒绝后是否限制后续服务（如24小时内禁止再次申请）。',
      en: 'Re-asking must not be pre-ticked; check for restrictions after repeated refusals (e.g. no new request for 24 hours).',
    },
  }),
  yesNo({
    id: 'Q-PI08-ALT-EFFORT',
    scope: 'scenario',
    text: {
      zh: '非人脸替代方式的步骤数和耗时是否与人脸识别相当（无额外验证或多次跳转）？',
      en: 'Does the non-face alternative take about the same steps and time as face recognition (no extra checks or redirects)?',
    },
    help: {
      zh: '测试人脸识别流程（记录步骤数、耗时）以及非人脸替代方案流程，比较两者操作复杂度差异（如替代方案是否需额外验证或多次跳转）。',
      en: 'Time both flows and count their steps; compare (extra verification, several redirects).',
    },
  }),
  // PI-09
  yesNo({
    id: 'Q-PI09-DISCLOSURE-CONSENT',
    scope: 'processor',
    text: { zh: '公开个人信息前，是否取得个人的单独同意？（不公开个人信息的，答“不适用”）', en: 'Is separate consent obtained before making personal information public? (Answer "not applicable" if nothing is made public.)' },
    help: {
      zh: '查阅公开处理的个人信息情况说明；访谈了解公开披露个人信息前征得个人单独同意的情况和方式；查看公开管理规范和敏感个人数据公开记录。',
      en: 'Read the statement of information made public; ask how separate consent is obtained; check the disclosure rules and records.',
    },
  }),
  yesNo({
    id: 'Q-PI09-PIA-BEFORE-PROVISION',
    scope: 'processor',
    text: {
      zh: '委托处理、向其他个人信息处理者提供、公开个人信息前，是否事前开展个人信息保护影响评估？（均不涉及的，答“不适用”）',
      en: 'Is a PIA done before entrusting, providing to another processor or disclosing personal information? (Answer "not applicable" if none of these happen.)',
    },
    help: {
      zh: '查阅个人信息委托处理情况说明，验证有哪些提供、公开个人信息情形；查阅委托处理前开展个人信息保护影响评估的记录。',
      en: 'Read the statement of entrusted processing and provision; check the PIA records made beforehand.',
    },
  }),
  yesNo({
    id: 'Q-PI09-ENTRUSTMENT-CONTRACT',
    scope: 'processor',
    text: {
      zh: '委托处理个人信息的，是否以合同约定委托处理的目的、期限、处理方式、个人信息种类、保护措施以及双方权利义务？（不委托处理的，答“不适用”）',
      en: 'Where processing is entrusted, does a contract set purpose, term, method, types, protective measures and both sides\' rights and duties? (Answer "not applicable" if nothing is entrusted.)',
    },
    help: {
      zh: '查看相关合同或其他文档；查看个人信息保护影响评估报告和委托处理合同文本，验证是否存在错漏或不一致的情况，并核实原因。',
      en: 'Read the contracts; compare them with the PIA report for gaps or inconsistencies and find out why.',
    },
  }),
  // PI-10
  yesNo({
    id: 'Q-PI10-BACKEND-SHARING',
    scope: 'processor',
    text: {
      zh: '数据传至后台服务器后向第三方提供个人信息的，是否均已告知并取得同意，或经匿名化处理？（不提供的，答“不适用”）',
      en: 'Where the backend provides personal information to third parties, is it disclosed and consented, or anonymised? (Answer "not applicable" if it never does.)',
    },
    help: {
      zh: '核查App服务端共享给第三方的个人信息和第三方类型，判断是否与App个人信息保护政策中说明的一致；询问并查看未告知的个人信息是否是经去标识化处理且无法重新识别个人信息主体的个人信息。',
      en: 'Check what the server side shares and with whom against the policy; check that anything undisclosed is truly anonymised.',
    },
  }),
  yesNo({
    id: 'Q-PI10-CONNECTED-APPS',
    scope: 'processor',
    text: {
      zh: '向接入的第三方应用（小程序、H5 服务等）提供个人信息的，是否已告知并取得同意？（不接入的，答“不适用”）',
      en: 'Where connected third-party apps (mini-programs, H5 services) receive personal information, is it disclosed and consented? (Answer "not applicable" if none.)',
    },
    help: {
      zh: '询问App提供者是否存在向接入的第三方应用提供个人信息的行为，若存在则判断是否与App个人信息保护政策中说明的一致。',
      en: 'Ask whether connected third-party apps receive personal information and compare with the policy.',
    },
  }),
  // PI-11
  yesNo({
    id: 'Q-PI11-ACCESS-RULES',
    scope: 'processor',
    text: { zh: '是否制订并执行数据库账号权限管理、访问控制、日志管理、加密管理等制度？', en: 'Are rules for database accounts and permissions, access control, logging and encryption written and followed?' },
    help: {
      zh: '查阅业务系统、数据库的权限管理机制及已有账号权限清单；访谈账号权限审批、审计岗位人员；查验查阅、复制、传输个人信息的授权审批记录，判断是否存在超出最小必要范围的授权。',
      en: 'Read the permission scheme and account list; interview approvers and auditors; check approval records for over-broad grants.',
    },
  }),
  yesNo({
    id: 'Q-PI11-OPS-LIMITS',
    scope: 'processor',
    text: { zh: '是否制定并执行限制数据库管理、运维等人员操作行为的安全管理措施？', en: 'Are measures limiting what database administrators and operations staff can do in force?' },
    help: { zh: '查阅运维操作审批、堡垒机或审计记录，确认高危操作受限并可追溯。', en: 'Check approvals and bastion-host or audit records: high-risk operations are limited and traceable.' },
  }),
  yesNo({
    id: 'Q-PI11-ENCRYPTION',
    scope: 'processor',
    text: { zh: '人脸信息等敏感个人信息、重要数据是否加密存储？', en: 'Are face information, other sensitive personal information and important data stored encrypted?' },
    help: { zh: '访谈了解并查看相关业务系统是否对于敏感个人信息、重要数据进行加密存储。', en: 'Ask and check whether the systems store sensitive information and important data encrypted.' },
  }),
  yesNo({
    id: 'Q-PI11-SENSITIVE-LOGS',
    scope: 'processor',
    text: { zh: '敏感个人信息的查询、导出、更正、删除等操作是否有日志记录？', en: 'Are queries, exports, corrections and deletions of sensitive information logged?' },
    help: { zh: '查验敏感数据或个人隐私数据的查询、导出等相关日志记录是否完善。', en: 'Check the logs of queries and exports of sensitive data are complete.' },
  }),
  yesNo({
    id: 'Q-PI11-PENTEST',
    scope: 'processor',
    text: { zh: '是否定期对存储系统进行安全漏洞排查和渗透测试？', en: 'Are storage systems regularly scanned for vulnerabilities and penetration-tested?' },
    help: { zh: '查看定期进行渗透测试和安全漏洞排查的相关记录以及检测报告。', en: 'Read the records and reports of regular penetration tests and vulnerability scans.' },
  }),
  yesNo({
    id: 'Q-PI11-OFFICER-TRAINING',
    scope: 'processor',
    text: { zh: '是否设立个人信息保护责任人，并定期开展审计和培训？', en: 'Is a personal information protection officer named, with regular audits and training?' },
    help: {
      zh: '查阅个人管理制度，规定个人信息保护负责人及相关人员职责和考核评价要求；审阅开展个人信息保护安全教育和培训的规定，培训周期和参与培训的人员。',
      en: 'Read the rules on the officer\'s and staff duties and evaluation; check the training rules, frequency and attendees.',
    },
  }),
  // PI-12
  yesNo({
    id: 'Q-PI12-VULNS-FIXED',
    scope: 'processor',
    text: { zh: '等保测评、风险评估、渗透测试中发现的风险隐患是否均已修复并复测？', en: 'Are the risks found by MLPS assessment, risk assessment and penetration tests all fixed and retested?' },
    help: {
      zh: '访谈了解是否会对业务系统进行安全测试，查验相关的安全评估报告，对于发现的风险漏洞是否完成修复，相关的复测报告；测试业务系统是否存在安全漏洞。',
      en: 'Ask about security testing; read the reports, check found vulnerabilities were fixed and retested; test the systems.',
    },
  }),
  yesNo({
    id: 'Q-PI12-INCIDENT-PLAN',
    scope: 'processor',
    text: {
      zh: '是否制定个人信息安全事件应急预案，明确发生或可能发生泄露时立即通知个人并向主管部门报告？',
      en: 'Is there an incident plan that, on an actual or possible leak, notifies individuals and reports to the authority at once?',
    },
    help: {
      zh: '访谈了解是否发生过个人信息泄露事件，查阅相关补救措施的记录；访谈了解个人信息安全事件通知所涉及个人并报告网信部门的情况。',
      en: 'Ask about past leaks and read the remedial records; ask how individuals were notified and the CAC told.',
    },
  }),
  // PI-13
  yesNo({
    id: 'Q-PI13-PHONE-OPTIONAL',
    scope: 'scenario',
    text: { zh: '扫码点餐时，不填写手机号、不注册会员是否也能点餐和结账？', en: 'With scan-to-order, can people order and pay without giving a phone number or registering as members?' },
    help: { zh: '对照表 B.1：手机号（会员注册、核验身份）不是扫码点餐所必需；拒绝填写后尝试点餐、结账。', en: 'Per table B.1 the phone number is not necessary; decline it and try to order and pay.' },
  }),
  yesNo({
    id: 'Q-PI13-LOCATION-OPTIONAL',
    scope: 'scenario',
    text: { zh: '扫码点餐时，拒绝提供位置信息是否也能点餐和结账？', en: 'With scan-to-order, can people order and pay after refusing location?' },
    help: { zh: '对照表 B.1：位置信息（识别所处店面）不是扫码点餐所必需；拒绝定位授权后尝试点餐、结账。', en: 'Per table B.1 location is not necessary; refuse it and try to order and pay.' },
  }),
  yesNo({
    id: 'Q-PI13-ACCOUNT-OPTIONAL',
    scope: 'scenario',
    text: { zh: '扫码点餐时，不登录、不授权昵称头像等小程序账号信息是否也能点餐和结账？', en: 'With scan-to-order, can people order and pay without logging in or sharing nickname and avatar?' },
    help: { zh: '对照表 B.1：小程序账号信息（昵称、头像）不是扫码点餐所必需；拒绝授权后尝试点餐、结账。', en: 'Per table B.1 account information is not necessary; refuse it and try to order and pay.' },
  }),
  // PI-16
  yesNo({
    id: 'Q-PI16-PERMISSION-SCENES',
    scope: 'processor',
    text: {
      zh: '位置、通讯录、短信、麦克风、存储等权限是否仅在相关功能场景中、按必要频率调用？',
      en: 'Are location, contacts, SMS, microphone, storage and similar permissions used only in the related feature, no more often than needed?',
    },
    help: {
      zh: '在各功能场景中监测权限调用（如隐私合规检测工具的调用记录），确认无关场景未调用、调用频率不超出必要。',
      en: 'Monitor permission calls per feature (e.g. with a privacy-compliance testing tool): none in unrelated scenes, none more often than needed.',
    },
  }),
  // PI-17
  yesNo({
    id: 'Q-PI17-OFF-STOPS-COLLECTION',
    scope: 'processor',
    text: { zh: '用户关闭个性化推荐后，是否停止为此收集和使用其个人信息？', en: 'Once a user turns personalised recommendation off, does collection and use for it stop?' },
    help: { zh: '关闭个性化推荐后抓包或查看日志，确认不再为推荐收集个人信息，推荐内容不再个性化。', en: 'After turning it off, capture traffic or read logs: no more collection for recommendation, no personalised content.' },
  }),
  yesNo({
    id: 'Q-PI17-TAG-DELETION',
    scope: 'processor',
    text: { zh: '是否提供删除用户个人特征标签（画像）的功能？', en: 'Can users delete the personal tags (profile) kept about them?' },
    help: { zh: '在设置或隐私中心中查找删除个人标签的入口并实际操作验证。', en: 'Find the way to delete personal tags in settings or the privacy centre and try it.' },
  }),
];
