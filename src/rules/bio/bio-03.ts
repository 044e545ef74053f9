// BIO-03: third-party face models and SDKs in the supply chain are inventoried (vendor, version, model files
// and hashes) and security-reviewed (seed 000 §2(8), §3(8)).
import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { practice, sdkEvidence, t } from '../helpers.js';

const inventoryFix = t(
  '建立第三方人脸模型和 SDK 清单：厂商、版本、集成位置、模型文件及其 SHA-256 哈希，随版本更新维护。',
  'Keep an inventory of third-party face models and SDKs: vendor, version, where each is used, model files and their SHA-256 hashes, updated with every release.',
);
const reviewFix = t(
  '对引入的第三方人脸模型和 SDK 开展供应链安全审查（来源、后门与对抗样本风险、数据回传、安全认证），并在合同中约定安全责任。',
  'Review the supply-chain security of third-party face models and SDKs (provenance, backdoor and adversarial risks, data sent home, certifications) and set security duties in the contracts.',
);

function inventoryCheck(ctx: RuleContext): FindingDraft {
  const checkId = 'BIO-03.inventory';
  const found: Evidence[] = [];
  for (const app of ctx.artifacts.app) {
    for (const sdk of app.sdks) {
      if (sdk.face || sdk.categories.includes('face-recognition') || sdk.categories.includes('liveness')) {
        found.push(sdkEvidence(app, sdk, sdk.evidence[0]));
      }
    }
    for (const m of app.models) {
      found.push({ kind: 'model', text: `${m.path} (${m.format}${m.faceHint ? `, ${m.faceHint}` : ''}, ${m.size} bytes) sha256 ${m.sha256}`, location: app.source });
    }
  }
  const practiced = practice(ctx, { checkId, question: 'Q-BIO03-INVENTORY', evidence: ['model-inventory'], practice: t('已建立第三方人脸模型和 SDK 清单（厂商、版本、模型文件及哈希）', 'an inventory of third-party face models and SDKs (vendor, version, model files, hashes) is kept'), remediation: inventoryFix });
  // The operator's own "no" or an inspector's finding outweighs what the package shows.
  if (practiced.verdict === 'fail' || ctx.inspection(checkId)) return practiced;
  if (found.length) {
    return {
      checkId,
      verdict: 'pass',
      message: t(
        '从安装包中清点出第三方人脸 SDK 和模型文件（含哈希）；版本号以运营者清单为准。',
        'Third-party face SDKs and model files (with hashes) were inventoried from the package; versions come from the operator\'s own inventory.',
      ),
      evidence: [...found, ...(practiced.verdict === 'pass' ? practiced.evidence ?? [] : [])],
    };
  }
  return practiced;
}

const rule: Rule = {
  id: 'BIO-03',
  chapter: 'BIO',
  title: t('第三方人脸模型与 SDK 供应链清单与审查', 'Third-party face models and SDKs: inventory and review'),
  requirement: t(
    '供应链中的第三方人脸模型、SDK 有清单（厂商、版本、模型文件及哈希），并经过安全审查。',
    'Third-party face models and SDKs in the supply chain are inventoried (vendor, version, model files and their hashes) and security-reviewed.',
  ),
  source: ['seed 000 §2(7)', 'seed 000 §2(8)', 'seed 000 §3(8)'],
  decidedBy: ['A', 'Q', 'E'],
  scope: 'processor',
  inputs: {
    artifacts: ['app'],
    questions: ['Q-BIO03-INVENTORY', 'Q-BIO03-SECURITY-REVIEW'],
    evidence: ['model-inventory', 'supplier-security-review', 'test-report'],
  },
  evaluate(ctx) {
    return [
      inventoryCheck(ctx),
      practice(ctx, {
        checkId: 'BIO-03.review',
        question: 'Q-BIO03-SECURITY-REVIEW',
        evidence: ['supplier-security-review', 'test-report'],
        practice: t('已对第三方人脸模型和 SDK 开展供应链安全审查', 'third-party face models and SDKs have had a supply-chain security review'),
        remediation: reviewFix,
      }),
    ];
  },
};
export default rule;
