import type { Rule } from '../rule.js';
import { practice, t } from '../helpers.js';
import { appScope } from './common.js';

const Q_TEMP = 'Q-TAF63C-TEMP-CLEARED';

const rule: Rule = {
  id: 'TAF-6.3c',
  chapter: 'TAF',
  title: t('及时清除临时数据并确保不可恢复', 'Temporary data cleared promptly and beyond recovery'),
  requirement: t('对人脸信息的操作完成后，应及时清除操作过程中产生的临时数据并确保不可恢复。', 'After a face operation, the temporary data it produced are cleared promptly and cannot be recovered.'),
  source: ['TAF 6.3 c)', 'seed 003 §6.3'],
  decidedBy: ['Q', 'E'],
  scope: 'scenario',
  applies: appScope(),
  inputs: { questions: [Q_TEMP], evidence: ['deletion-record', 'test-report'] },
  manual: {
    method: ['完成一次人脸识别后检查 App 缓存目录、相册和服务器临时目录，确认无残留文件，且删除方式使其不可恢复。'],
    evidence: ['删除截图、删除日志', '测试报告、配置截图'],
  },
  evaluate(ctx) {
    return [
      practice(ctx, {
        checkId: 'TAF-6.3c',
        question: Q_TEMP,
        evidence: ['deletion-record', 'test-report'],
        practice: t('人脸操作产生的临时数据及时清除且不可恢复', 'temporary data of face operations are cleared promptly and beyond recovery'),
        remediation: t(
          '人脸识别完成后立即清除缓存图像、视频帧和中间特征（含设备缓存目录和服务器临时目录），采用覆盖或加密擦除使其不可恢复，并留存测试报告。',
          'Right after face recognition, clear cached images, frames and intermediate features (device cache and server temp folders) by overwriting or crypto-erasure so they cannot be recovered, and keep a test report.',
        ),
      }),
    ];
  },
};
export default rule;
