import type { Question } from '../types.js';

// Questions for chapter FR (seed 001 §2.1, Measures). "yes" always means the good practice is in place.
export const frQuestions: Question[] = [
  {
    id: 'Q-FR01-NECESSITY',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '是否已论证没有刷卡、密码、手机NFC等非人脸方式能达到同一目的，且仅在必要时采集实现目的所需最小范围的人脸信息？',
      en: 'Has it been shown that no non-face way (card, password, phone NFC) meets the same purpose, and is face information collected only when needed and in the minimum amount?',
    },
    help: {
      zh: '检查是否存在其他非人脸识别技术方式可以达到相同目的或同等业务要求；评估是否选择了对个人权益影响最小的方式，是否仅在必要时采集人脸信息，且采集的信息量是否为实现目的所必需的最小范围。',
      en: 'Check whether another, non-face method meets the same purpose; whether the least-impact way was chosen; whether face info is collected only when needed and only as much as the purpose requires.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR02-NOTICE',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '处理人脸信息前，是否告知了处理者名称和联系方式、处理目的、处理方式、保存期限、必要性及对个人权益的影响、行使权利的方式和程序？',
      en: 'Before processing face information, are people told the processor\'s name and contact, the purpose, method and retention period, the necessity and impact on their rights, and how to exercise their rights?',
    },
    help: {
      zh: '告知内容完整性：检查是否向个人告知个人信息处理者的名称或联系方式、处理目的、方式、保存期限、必要性以及对个人权益的影响、个人依法行使权利的方式和程序等（公告牌、知情同意书、隐私政策均可）。',
      en: 'Completeness: check the notice (notice board, consent form or privacy policy) names the processor and contact, purpose, method, retention, necessity and impact, and how to exercise rights.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR02-PROMINENT',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '上述告知是否在采集人脸前以显著方式（弹窗、公告牌、知情同意书）、清晰易懂的语言作出？',
      en: 'Is that notice given before face collection, prominently (pop-up, notice board, consent form) and in plain language?',
    },
    help: {
      zh: '检查企业是否以显著方式、清晰易懂的语言向个人告知，而非仅藏于长篇协议中。留存告知文案、现场照片或界面截图。',
      en: 'Check the notice is prominent and plain, not buried in a long agreement. Keep the notice text, site photos or screenshots.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR03-ACCESSIBLE',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '是否为老年人、残疾人提供了符合无障碍环境建设规定的告知方式（语音播报、大字体界面、手语视频等）？',
      en: 'Is the notice also given in accessible forms for elderly and disabled people (voice, large type, sign-language video)?',
    },
    help: {
      zh: '对于残疾人、老年人等特殊群体，检查企业是否提供了符合无障碍环境建设规定的告知方式，如语音播报、大字体界面、手语视频等。',
      en: 'For disabled and elderly people, check for accessible forms of the notice such as voice, large type or sign-language video.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR04-WITHDRAW',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '个人能否通过便捷方式（如线上渠道）随时撤回人脸信息处理同意，撤回后停止处理并删除？',
      en: 'Can people withdraw consent to face processing at any time by a convenient means (e.g. online), after which processing stops and the data is deleted?',
    },
    help: {
      zh: '核实是否获得个人自愿、明确作出的单独同意，并提供与同意同样便捷的撤回方式；检查处理规则中是否写明撤回方式。',
      en: 'Check that consent is voluntary, explicit and separate, that withdrawing is as easy as consenting, and that the rules say how.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR05-LEGAL-BASIS',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '如人脸信息需通过互联网对外传输，是否有法律、行政法规依据？',
      en: 'If face information is sent over the internet, does a law or administrative regulation provide for it?',
    },
    help: {
      zh: '检查企业是否将人脸信息存储于人脸识别设备内，避免通过互联网传输；若确需传输，检查是否取得个人单独同意或符合法定例外情形。',
      en: 'Check that face information is stored in the device; where it must be sent, check for separate consent or a statutory exception.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR06-MINIMUM',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '人脸信息的保存期限是否为实现处理目的所必需的最短时间？',
      en: 'Is face information kept no longer than the purpose needs?',
    },
    help: {
      zh: '对照处理目的核查保存期限（如门禁识别随业主迁出即删除、一次性核验完成即删除），不得无期限保存。',
      en: 'Compare the retention with the purpose (e.g. door access: delete when the resident leaves; one-off verification: delete when done); no open-ended storage.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR06-DELETE',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '保存期限届满时是否删除人脸信息（自动删除或有记录的删除流程）？',
      en: 'Is face information deleted when the retention period ends (automatically or by a recorded procedure)?',
    },
    help: {
      zh: '测试设备功能，确认数据可删；查看处理记录。留存功能报告、删除截图、删除日志、操作记录。',
      en: 'Test that the device can delete the data; look at the processing records. Keep reports, deletion screenshots and logs.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR07-RIGHTS',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否建立了个人查阅复制、更正补充、删除人脸信息、撤回同意、可携带等权利的行使途径，并实际可用？',
      en: 'Is there a working way for people to access and copy, correct, delete their face information, withdraw consent and port their data?',
    },
    help: {
      zh: '验证个人依法行使权利的方式和程序，如查阅、复制、更正、删除等。',
      en: 'Try the ways and procedures for exercising rights: access, copy, correction, deletion.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR07-TIMELY',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '个人的权利请求是否在承诺期限内（不超过15个工作日）得到答复？',
      en: 'Are rights requests answered within the promised time (at most 15 working days)?',
    },
    help: {
      zh: '检查企业是否在合理时间内响应个人的权利请求；查阅请求受理和答复记录。',
      en: 'Check requests are answered in reasonable time; look at the records of requests received and answered.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR08-BEFORE',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否在开始处理人脸信息之前开展了个人信息保护影响评估？',
      en: 'Was a personal information protection impact assessment carried out before face processing began?',
    },
    help: {
      zh: '查验个人信息保护影响评估报告及其日期，与人脸识别应用上线日期对比。',
      en: 'Look at the impact assessment report and its date and compare it with the date face recognition went live.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR08-RECORDS',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否对人脸信息处理情况进行了记录（处理情况记录、人脸信息台账）？',
      en: 'Is the processing of face information recorded (processing records, a face information ledger)?',
    },
    help: {
      zh: '查看处理记录、人脸信息台账相关记录。',
      en: 'Look at the processing records and the face information ledger.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR10-ALTERNATIVE',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '拒绝刷脸的个人是否可以选用刷卡、密码、手机验证码、人工核对等非人脸方式？',
      en: 'Can a person who refuses face recognition use a non-face way (card, password, SMS code, manual check)?',
    },
    help: {
      zh: '调阅业务场景清单，确认是否可以用刷卡、密码、手机验证码、人工核对等方式达到同等目的。指纹等其他生物识别方式不算替代。',
      en: 'Check the list of business scenarios for card, password, SMS code or manual check meeting the same purpose. Fingerprint or other biometrics do not count.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR10-CONVENIENT',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '拒绝刷脸后，替代验证入口是否立即出现，且耗时、步骤不明显多于刷脸？',
      en: 'On refusing face recognition, does the alternative appear at once and take not markedly more time or steps than face?',
    },
    help: {
      zh: '现场测试：在刷脸闸机/考勤机/APP流程中，故意选择“拒绝刷脸”，观察系统是否立即提供其他验证入口。记录替代方案的实际耗时与便捷度；检查拒绝刷脸后的替代验证记录（日志、截图、纸质登记簿）。',
      en: 'Test on site: refuse face at the gate, attendance machine or app and see whether another way appears at once; time it; check records of alternative verifications (logs, screenshots, paper register).',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR11-NO-COERCION',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '是否从未以办理业务、提升服务质量等为由误导、欺诈、胁迫个人接受人脸识别验证？',
      en: 'Is no one ever misled, deceived or coerced into face verification on the pretext of handling business or improving service?',
    },
    help: {
      zh: '检查是否出现“必须同意否则无法使用”的强制提示，拒绝后是否仍可完成基础功能，话术是否以办理业务、提升服务为由要求刷脸。',
      en: 'Look for "agree or you cannot continue" prompts, whether basic functions work after refusing, and whether staff or screens push face verification as needed for business or better service.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR12-AREA',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '公共场所图像采集设备的安装位置、角度和采集范围是否合理确定，未超出必要区域？',
      en: 'Are the position, angle and range of the cameras in the public place set so they cover only the necessary area?',
    },
    help: {
      zh: '查验设备安装位置、角度和采集范围；查验图像采集、个人身份识别设备本身是否清晰可见。',
      en: 'Check position, angle and range of the devices and that the devices themselves are visible.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR12-SIGNAGE',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '是否在采集区域设置了显著的提示标识？',
      en: 'Are prominent signs put up at the capture area?',
    },
    help: {
      zh: '查看提示标识；查验提示标志的内容、大小、位置和可见度，确保公众可以轻易注意到；留存现场照片。',
      en: 'Look at the signs: content, size, position and visibility, so the public easily notices them; keep site photos.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR13-ACCESS',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否实施了访问控制和授权管理，仅授权人员可访问人脸数据？',
      en: 'Do access control and authorisation management limit face data to authorised staff?',
    },
    help: {
      zh: '查验安全文档、存储架构与数据隔离、账号权限清单和授权审批记录。',
      en: 'Look at the security documents, storage architecture and isolation, the account list and the approval records.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR13-AUDIT',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否对人脸数据的访问、导出、删除等操作留存审计日志并定期审阅？',
      en: 'Are audit logs of access, export and deletion of face data kept and reviewed regularly?',
    },
    help: {
      zh: '审阅审计日志与策略。',
      en: 'Review the audit logs and the audit policy.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR13-INTRUSION',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否部署了入侵检测和防御措施，并定期开展漏洞扫描和渗透测试？',
      en: 'Are intrusion detection and prevention deployed, with regular vulnerability scans and penetration tests?',
    },
    help: {
      zh: '查验安全方案、日志记录、渗透测试报告和复测报告。',
      en: 'Look at the security plan, logs, penetration test and retest reports.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR13-MLPS',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '是否按规定履行了网络安全等级保护（定级、备案、测评）及关键信息基础设施保护义务？（不涉及的答“不适用”）',
      en: 'Are the MLPS duties (grading, filing, assessment) and any critical infrastructure duties carried out? (Answer not-applicable if none apply.)',
    },
    help: {
      zh: '涉及网络安全等级保护、关键信息基础设施的，查验定级备案证明和等级测评报告。',
      en: 'Where MLPS or critical infrastructure rules apply, look at the grading and filing certificate and the assessment report.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR14-RULES',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '是否针对不满十四周岁未成年人的人脸信息，制定并公开了存储、使用、转移、披露等方面的专门处理规则？',
      en: 'Are there published, dedicated rules for the storage, use, transfer and disclosure of face information of children under 14?',
    },
    help: {
      zh: '查验隐私政策和产品中是否有制定专门的不满十四周岁未成年人个人信息处理规则并予以发布；访谈了解未成年人工作机制。',
      en: 'Check that dedicated rules for children under 14 exist and are published; ask about the arrangements for minors.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR14-GUARDIAN-CONSENT',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '处理不满十四周岁未成年人人脸信息前，是否取得了其父母或其他监护人的同意并留存记录？',
      en: 'Before processing face information of a child under 14, has a parent or guardian consented, with a record kept?',
    },
    help: {
      zh: '查看管理制度是否明确事前取得监护人同意；访谈了解征得父母或监护人明示同意的方式；查验监护人同意记录。',
      en: 'Check the rules require guardian consent beforehand; ask how explicit consent is obtained; look at the consent records.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR14-NECESSITY',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '征求监护人同意时，是否充分说明了处理人脸信息的必要性及对未成年人权益的影响？',
      en: 'When asking guardians, is it fully explained why face information is necessary and how it affects the child?',
    },
    help: {
      zh: '核验告知同意机制、告知文案和告知记录，是否采取不易绕过的方式告知处理目的、处理方式、处理必要性及处理个人信息的种类、所采取的保护措施等。',
      en: 'Check the notice, its text and records: purpose, method, necessity, data types and protection measures told in a way not easily skipped.',
    },
    type: 'yes-no',
  },
];
