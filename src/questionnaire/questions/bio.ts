import type { Question } from '../types.js';

// Questions for chapter BIO (biometric protection points, seed 000). "yes" always means the good practice
// is in place. Seed 000 gives risks and protection points, not 查验方法; the help turns them into checks.
export const bioQuestions: Question[] = [
  {
    id: 'Q-BIO01-LIVENESS',
    chapter: 'BIO',
    scope: 'scenario',
    text: {
      zh: '以人脸核验身份的每个流程是否都启用了活体检测（呈现攻击检测）？',
      en: 'Is liveness detection (presentation attack detection) on in every flow where a face verifies identity?',
    },
    help: {
      zh: '用打印照片、手机屏幕播放的照片或视频尝试通过人脸核验；查看活体检测的测试报告（覆盖二维照片、视频，以及面具、头模等三维攻击）。',
      en: 'Try to pass face verification with a printed photo and with a photo or video on a phone screen; read the liveness test report (2D photos and videos, and 3D masks and heads).',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-BIO01-MODALITY',
    chapter: 'BIO',
    scope: 'scenario',
    text: {
      zh: '活体检测基于哪种传感数据？',
      en: 'Which sensing does liveness detection rest on?',
    },
    help: {
      zh: '查看设备或 SDK 说明：仅 2D RGB 摄像头的活体对制作精良的假体防范较弱；集成 3D 深度或近红外传感器的可多维度辅助检测。',
      en: 'Read the device or SDK documentation: 2D RGB-only liveness is weaker against well-made fakes; 3D depth or near-infrared sensors add independent signals.',
    },
    type: 'choice',
    choices: [
      { value: '2d-rgb', label: { zh: '仅 2D RGB 摄像头', en: '2D RGB camera only' } },
      { value: '3d-depth', label: { zh: '3D 深度（结构光、ToF）', en: '3D depth (structured light, ToF)' } },
      { value: 'nir', label: { zh: '近红外', en: 'near-infrared' } },
      { value: '3d-and-nir', label: { zh: '3D 深度与近红外', en: '3D depth and near-infrared' } },
    ],
  },
  {
    id: 'Q-BIO03-INVENTORY',
    chapter: 'BIO',
    scope: 'processor',
    text: {
      zh: '是否建立第三方人脸模型和 SDK 清单（厂商、版本、集成位置、模型文件及哈希）并随版本更新？',
      en: 'Is an inventory of third-party face models and SDKs kept (vendor, version, where used, model files and hashes) and updated with every release?',
    },
    help: {
      zh: '对照安装包中的 SDK 和模型文件（本工具可列出并计算哈希）核对清单是否完整；服务端使用的模型一并列入。',
      en: 'Compare the inventory with the SDKs and model files in the package (this tool lists them with hashes); include the models used on servers.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-BIO03-SECURITY-REVIEW',
    chapter: 'BIO',
    scope: 'processor',
    text: {
      zh: '是否对引入的第三方人脸模型和 SDK 开展供应链安全审查（来源、后门和对抗样本风险、数据回传、安全认证）？',
      en: 'Are third-party face models and SDKs given a supply-chain security review (provenance, backdoor and adversarial risks, data sent home, certifications)?',
    },
    help: {
      zh: '查看供应链审查记录和合同中的安全条款；第三方母模型缺乏测试管理和安全认证的，应有补充测试。',
      en: 'Look at the review records and the security clauses in contracts; a third-party base model without testing or certification needs tests of its own.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-BIO04-SYNTHESIS-LABEL',
    chapter: 'BIO',
    scope: 'scenario',
    text: {
      zh: '换脸、人脸生成、人脸操控等功能生成的内容是否带有显著标识（及文件元数据中的隐式标识）？（不生成合成人脸的答“不适用”）',
      en: 'Does content made by face swap, face generation or face manipulation carry a visible label (and an implicit label in the file metadata)? (Answer not applicable if no synthetic faces are produced.)',
    },
    help: {
      zh: '使用相关功能生成图片或视频，查看画面中是否有“AI 生成”等显著标识，导出文件的元数据中是否含隐式标识，是否保留生成日志。',
      en: 'Make an image or video with the feature; look for a visible label such as "AI-generated", an implicit label in the exported file\'s metadata, and kept generation logs.',
    },
    type: 'yes-no',
  },
];
