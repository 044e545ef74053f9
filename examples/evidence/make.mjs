// Regenerates the demonstration evidence documents of the examples with Debian's Chromium.
// Run after `npm run build`: node examples/evidence/make.mjs
// They are stand-ins that say what they are; a real subject attaches the real documents.
import { writeFileSync } from 'node:fs';
import { renderInChromium } from '../../dist/reports/browser.js';

const docs = {
  'purpose-statement.pdf': '人脸识别门禁应用目的说明（门禁识别）',
  'consent-form.pdf': '人脸信息处理知情同意书（样本）',
  'notice.pdf': '人脸识别门禁告知书：用途、处理规则、存储期限、退出机制',
  'pia-report.pdf': '个人信息保护影响评估报告（人脸识别门禁）',
  'alternative-log.pdf': '刷卡及人工登记通行记录',
  'deletion-record.pdf': '人脸信息删除记录',
  'pi-management-policy.pdf': '个人信息保护管理制度',
  'encryption-policy.pdf': '加密说明与密钥管理策略',
  'security-plan.pdf': '人脸识别系统安全方案',
  'audit-log.pdf': '审计日志摘录',
  'processing-record.pdf': '人脸信息处理情况记录',
  'public-security-qualification.pdf': '维护公共安全职责的身份资格证明',
  'letter-to-parents.pdf': '致家长的一封信（回执）',
};
const page = (title) => `<!doctype html><meta charset="utf-8"><body style="font-family:'Noto Sans CJK SC',sans-serif;padding:40px">
<h1>${title}</h1><p>FaceAudit 示例留存证据（演示用，非真实文件）。Demonstration evidence for the examples; not a real document.</p></body>`;
for (const [file, title] of Object.entries(docs)) {
  const { pdf } = await renderInChromium(page(title), { pdf: true });
  writeFileSync(new URL(file, import.meta.url), pdf);
}
const sign = `<!doctype html><meta charset="utf-8"><body style="margin:0;width:480px;height:300px;background:#0b5;color:#fff;font-family:'Noto Sans CJK SC',sans-serif;display:flex;align-items:center;justify-content:center;text-align:center">
<div><div style="font-size:40px">您已进入人脸识别区域</div><div style="font-size:18px">用途：公共安全防护 · 存储期限 · 权利行使渠道</div><div style="font-size:14px">FaceAudit 示例（演示用）</div></div></body>`;
const { png } = await renderInChromium(sign, { png: true, width: 480 });
writeFileSync(new URL('signage-photo.png', import.meta.url), png);
console.log('evidence documents written');
