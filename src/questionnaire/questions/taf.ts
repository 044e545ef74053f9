import type { Question } from '../types.js';

// Questions for chapter TAF (T/TAF 077.7-2020 §6). "yes" always means the good practice is in place.
// The standard's §7 only refers to the evaluation process of T/TAF 077.1-2020, so each help text says how
// to check the clause itself: operate the app, read the policy, capture traffic, look at the storage design.
export const tafQuestions: Question[] = [
  {
    id: 'Q-TAF61A-REFUSE-USABLE',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '用户不进行人脸识别时，除人脸识别相关功能外，App 的其他功能是否仍可正常使用？（法律法规要求必须人脸识别的，答“不适用”）',
      en: 'When a user does not do face recognition, does everything other than the face feature itself still work? (Answer "not applicable" where a law requires face recognition.)',
    },
    help: {
      zh: '对照 TAF 6.1 a)：在 App 中拒绝或跳过人脸识别，逐一操作其他主要功能，确认只有人脸识别相关功能停止，未出现退出、闪退、反复弹窗或无法进入主界面。',
      en: 'Per TAF 6.1 a): decline or skip face recognition, then use the other main features; only the face feature may stop — no exit, crash, repeated prompts or lock-out.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF61A-NO-COERCION',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸识别是否由用户自主选择，未以强制、欺骗或误导方式（如谎称“必须刷脸”、只给“同意”按钮、默认进入刷脸流程）促使用户进行人脸识别？',
      en: 'Is face recognition the user\'s own choice, with no forcing, deceiving or misleading (claiming it is required, an agree-only button, starting the face flow by default)?',
    },
    help: {
      zh: '对照 TAF 6.1 a)：查看进入人脸识别前的页面文案、按钮和默认选项，确认有拒绝或其他方式入口，文案不夸大、不虚构人脸识别的必要性。',
      en: 'Per TAF 6.1 a): read the screens before face recognition — wording, buttons, defaults; there is a way to decline and nothing overstates why face recognition is needed.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF61B-EXPLICIT',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '收集人脸信息前，是否以弹窗、勾选（非默认勾选）、视频或提示音等强化明示方式告知用户，并取得其授权同意？',
      en: 'Before collecting face information, is the user told by a reinforced explicit means (pop-up, unticked checkbox, video, voice prompt) and is their consent obtained?',
    },
    help: {
      zh: '对照 TAF 6.1 b)：首次进入人脸采集前截图或录屏，确认出现专门针对人脸信息的弹窗、勾选框、视频或提示音，且用户主动同意后才开始采集。',
      en: 'Per TAF 6.1 b): record the screens before the first face capture; a face-specific pop-up, checkbox, video or voice prompt appears, and capture starts only after the user agrees.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF61D-WITHIN-SCOPE',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '是否仅在告知并取得同意的目的、方式、类型和范围内收集人脸信息（不在其他功能、后台或超出告知的次数与数量采集）？',
      en: 'Is face information collected only within the purposes, means, types and scope the user was told of and agreed to (not in other features, in the background, or more often than stated)?',
    },
    help: {
      zh: '对照 TAF 6.1 d)：比对隐私政策所述人脸信息收集场景与 App 实际调用摄像头、人脸 SDK 的场景；抓包确认未在未告知的功能中上传人脸图像或特征。',
      en: 'Per TAF 6.1 d): compare where the policy says face info is collected with where the app actually opens the camera or calls a face SDK; capture traffic to see no face upload in features the user was not told of.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF61E-RECONSENT',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸信息的使用超出原告知目的直接或合理关联的范围时，是否及时更新告知内容并重新取得用户同意？（从未发生的，答“不适用”）',
      en: 'When face information is used beyond what is directly or reasonably related to the stated purpose, is the notice updated and consent obtained again? (Answer "not applicable" if this never happened.)',
    },
    help: {
      zh: '对照 TAF 6.1 e)：查看隐私政策的历史版本和更新说明，确认新增的人脸信息用途已写入并通过弹窗等方式重新征得同意。',
      en: 'Per TAF 6.1 e): look at the policy\'s past versions and change notes; a new use of face info was written in and consent asked again, e.g. by a pop-up.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF62A-SEPARATE',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸信息是否与身份信息（姓名、身份证号、手机号等）分开存储？',
      en: 'Is face information stored separately from identity information (name, ID number, phone number…)?',
    },
    help: {
      zh: '对照 TAF 6.2 a)：查看存储架构图和数据库表结构，确认人脸信息与身份信息位于不同的库、表或存储系统，仅通过内部标识关联。',
      en: 'Per TAF 6.2 a): look at the storage architecture and table design; face info and identity info are in different stores or tables, linked only by an internal identifier.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF62B-ACCESS',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸模板是否只能通过授权访问方式读取（访问控制、授权管理，读取留有审计记录）？',
      en: 'Can face templates be read only through authorised access (access control, authorisation, reads logged)?',
    },
    help: {
      zh: '对照 TAF 6.2 b)：查看人脸模板存储的访问控制策略、授权清单和访问审计日志，确认未授权账号无法读取。',
      en: 'Per TAF 6.2 b): look at the access-control policy, the list of authorised accounts and the access logs for template storage; unauthorised accounts cannot read it.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF62C-IRREVERSIBLE',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '存储的人脸比对信息（人脸参考）是否通过密码技术、假名标识符等方式处理为不可逆、可更新的形式，并加密存储？',
      en: 'Is the stored comparison data (face reference) made irreversible and renewable by cryptography or pseudonymous identifiers, and stored encrypted?',
    },
    help: {
      zh: '对照 TAF 6.2 c)：查看加密说明与存储方案，确认存储的是经变换的特征或模板而非可还原的人脸图像，泄露后可撤销并重新生成。',
      en: 'Per TAF 6.2 c): read the encryption and storage design; what is stored is a transformed feature or template that cannot be turned back into a face and can be revoked and re-issued.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF62D-MINIMUM',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '是否只存储实现用户同意目的所需的最少人脸信息（如仅存特征值或模板，不额外留存图像、视频帧）？',
      en: 'Is only the minimum face information needed for the consented purpose stored (e.g. only features or templates, no extra images or video frames)?',
    },
    help: {
      zh: '对照 TAF 6.2 d)：查看存储的数据项，确认每一项都为同意的目的所必需；智能体验类、本地核身类仅在本地存储，远程核身类不存人脸样本且加密存储。',
      en: 'Per TAF 6.2 d): list what is stored; each item is needed for the consented purpose; experience and local verification store on the device only; remote verification stores no face samples and encrypts.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF62E-DELETE-ON-EXPIRY',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '超出用户授权的存储期限后，是否及时删除人脸信息？',
      en: 'Is face information deleted promptly once the storage period the user authorised has passed?',
    },
    help: {
      zh: '对照 TAF 6.2 e)、6.4 a) 1)：查看到期删除的机制（定时任务、配置）和删除日志，抽查超期数据是否已删除。',
      en: 'Per TAF 6.2 e) and 6.4 a) 1): look at the expiry deletion mechanism (scheduled job, settings) and deletion logs; sample data past its period to see it is gone.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF63B-MINIMUM-SENT',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '需远程传输人脸信息时，是否只传输业务所需的最少人脸信息（如单帧图像或特征值，而非整段视频、多帧或其他图像）？',
      en: 'Where face information is sent to a server, is only the minimum needed sent (e.g. one frame or a feature value, not a whole video, many frames or other images)?',
    },
    help: {
      zh: '对照 TAF 6.3 b) 5)：抓包查看人脸相关请求的内容和大小，确认只包含比对所需的数据。',
      en: 'Per TAF 6.3 b) 5): capture the face requests and look at their content and size; they carry only what comparison needs.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF63C-TEMP-CLEARED',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸信息操作完成后，是否及时清除操作中产生的临时数据（缓存图像、视频帧、中间特征）并确保不可恢复？',
      en: 'After a face operation, are its temporary data (cached images, frames, intermediate features) cleared promptly and beyond recovery?',
    },
    help: {
      zh: '对照 TAF 6.3 c)：完成一次人脸识别后检查 App 缓存目录、相册和服务器临时目录，确认无残留文件，且删除方式（覆盖、加密擦除）使其不可恢复。',
      en: 'Per TAF 6.3 c): after one face recognition, look in the app cache, the photo album and server temp folders for leftovers; deletion (overwrite, crypto-erase) makes them unrecoverable.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF64A-NO-LONGER-NEEDED',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '人脸信息不再为业务所必需时（如用户注销账户、关闭刷脸功能、业务停止），是否及时删除？',
      en: 'Is face information deleted promptly once the business no longer needs it (account closed, face feature switched off, service stopped)?',
    },
    help: {
      zh: '对照 TAF 6.4 a) 2)：注销测试账户或关闭刷脸功能后，查看删除日志或确认人脸信息已不可检索。',
      en: 'Per TAF 6.4 a) 2): close a test account or switch off the face feature, then check the deletion log or that the face info can no longer be found.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-TAF64A-LEGAL-PERIOD',
    chapter: 'TAF',
    scope: 'scenario',
    text: {
      zh: '法律法规规定的存储期限届满时，是否及时删除人脸信息？（无法定存储期限的，答“不适用”）',
      en: 'Is face information deleted promptly when a storage period set by law ends? (Answer "not applicable" if no law sets one.)',
    },
    help: {
      zh: '对照 TAF 6.4 a) 3)：确认适用的法定保存期限（如反洗钱身份资料），查看到期删除的机制与记录。',
      en: 'Per TAF 6.4 a) 3): identify any statutory retention period (e.g. anti-money-laundering identity records) and check the deletion mechanism and records when it ends.',
    },
    type: 'yes-no',
  },
];
