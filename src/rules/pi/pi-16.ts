import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, needArtifact, notApplicable, practice, requestEvidence, t } from '../helpers.js';
import { fieldCategory, mentions, permissionCategory, type PiCategory } from './permission-words.js';
import { hitText, quoteHit, sentencesTagged, type Hit } from './policy-text.js';
import { hasOnlineScenario } from './util.js';

const Q_SCENES = 'Q-PI16-PERMISSION-SCENES';

const rem = {
  permissions: t(
    '在隐私政策中逐项说明所申请权限对应的个人信息、使用目的和场景；删除业务不需要的权限。',
    'Explain in the policy, for each permission requested, the information it reaches, the purpose and the scene; remove permissions the service does not need.',
  ),
  traffic: t('在隐私政策中告知实际收集并上传的个人信息种类和目的，或停止收集。', 'Disclose in the policy the types of information actually collected and sent, and why, or stop collecting them.'),
  scenes: t('仅在用户使用相关功能时申请和调用权限，不在无关场景或超出必要频率调用。', 'Request and use permissions only when the related feature is used, never in unrelated scenes or more often than needed.'),
};

/** Policy sentences that can explain a permission: what is collected, why, how, and the SDK list. */
function explaining(ctx: RuleContext): { hits: Hit[]; sdkText: string } {
  const hits = sentencesTagged(ctx.artifacts.policy, ['data-types', 'purpose', 'face-purpose-method', 'sdk-list']);
  const sdkText = ctx.artifacts.policy
    .flatMap((p) => p.facts.sdks)
    .map((r) => `${r.name} ${r.data ?? ''} ${r.permissions ?? ''}`)
    .join(' ');
  return { hits, sdkText };
}

function explainedBy(c: PiCategory, ex: { hits: Hit[]; sdkText: string }): Evidence | undefined {
  const h = ex.hits.find((x) => mentions(hitText(x), c));
  if (h) return quoteHit(h);
  if (mentions(ex.sdkText, c)) return { kind: 'quote', text: `SDK 清单提及${c.zh} / SDK list mentions ${c.id}` };
  return undefined;
}

function permissions(ctx: RuleContext, online: boolean): FindingDraft {
  const id = 'PI-16.permissions';
  const inspected = fromInspection(ctx, id, rem.permissions);
  if (inspected) return inspected;
  const apps = ctx.artifacts.app;
  if (!online) return notApplicable(id, t('未涉及 App、小程序或 H5。', 'No app, mini-program or H5 page is involved.'));
  if (apps.length === 0 || ctx.artifacts.policy.length === 0) {
    return {
      checkId: id,
      verdict: 'needs-evidence',
      message: t('需要应用安装包和隐私政策才能核对权限。', 'Needs the app package and the privacy policy to compare permissions.'),
      missing: [...(apps.length ? [] : needArtifact('app')), ...(ctx.artifacts.policy.length ? [] : needArtifact('policy'))],
    };
  }
  const ex = explaining(ctx);
  const bad: Evidence[] = [];
  const good: Evidence[] = [];
  const done = new Set<string>();
  for (const app of apps) {
    for (const perm of app.permissions) {
      const c = permissionCategory(perm);
      if (!c || done.has(`${app.source}|${perm}`)) continue;
      done.add(`${app.source}|${perm}`);
      const why = explainedBy(c, ex);
      if (why) good.push({ kind: 'permission', text: `${perm} (${c.zh}) — ${why.text}`, location: app.source });
      else bad.push({ kind: 'permission', text: `${perm} (${c.zh})：隐私政策未说明 / not explained by the policy`, location: app.source });
    }
  }
  if (bad.length) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('应用申请的部分权限在隐私政策中没有对应的收集说明。', 'Some permissions the app requests are not explained by any sentence of the policy.'),
      evidence: bad,
      remediation: rem.permissions,
    };
  }
  return {
    checkId: id,
    verdict: 'pass',
    message: good.length
      ? t('应用申请的敏感权限均在隐私政策中有对应说明。', 'Every sensitive permission the app requests is explained in the policy.')
      : t('应用未申请需要说明的敏感权限。', 'The app requests no sensitive permission that needs explaining.'),
    evidence: good.length ? good : apps.map((a) => ({ kind: 'permission' as const, text: `${a.permissions.length} permissions, none sensitive`, location: a.source })),
  };
}

/** Personal data seen leaving in the capture, by category, against what the policy says is collected. */
function traffic(ctx: RuleContext): FindingDraft | undefined {
  const id = 'PI-16.traffic';
  const captures = ctx.artifacts.traffic;
  if (captures.length === 0) return undefined;
  const inspected = fromInspection(ctx, id, rem.traffic);
  if (inspected) return inspected;
  if (ctx.artifacts.policy.length === 0) {
    return { checkId: id, verdict: 'needs-evidence', message: t('需要隐私政策以核对流量中的个人信息。', 'Needs the privacy policy to compare the personal data in the capture.'), missing: needArtifact('policy') };
  }
  const ex = explaining(ctx);
  const bad: Evidence[] = [];
  let checked = 0;
  const seen = new Set<string>();
  for (const cap of captures) {
    for (const r of cap.requests) {
      for (const field of r.personalData ?? []) {
        const c = fieldCategory(field);
        if (!c || seen.has(c.id)) continue;
        seen.add(c.id);
        checked++;
        if (!explainedBy(c, ex)) bad.push(requestEvidence(cap.source, r, `${field} (${c.zh})：隐私政策未告知 / not disclosed`));
      }
    }
  }
  if (bad.length) {
    return { checkId: id, verdict: 'fail', message: t('流量中上传的部分个人信息种类未在隐私政策中告知。', 'The capture sends personal information of types the policy does not mention.'), evidence: bad, remediation: rem.traffic };
  }
  return {
    checkId: id,
    verdict: 'pass',
    message: checked
      ? t('流量中上传的个人信息种类均在隐私政策中有说明。', 'The personal information types seen in the capture are all in the policy.')
      : t('流量中未识别出个人信息字段。', 'No personal data fields recognised in the capture.'),
    evidence: captures.map((c) => ({ kind: 'request' as const, text: `${c.requests.length} requests, ${checked} data types checked`, location: c.source })),
  };
}

const rule: Rule = {
  id: 'PI-16',
  chapter: 'PI',
  title: t('隐私政策与实际收集使用一致', 'What the policy says matches what the app does'),
  requirement: t(
    '告知的收集使用目的、方式、范围与实际一致；不在无关场景调用位置、通讯录、短信等权限，不超出最低必要频率调用权限。',
    'Stated purposes, types and scope match what the app actually does; permissions are not used in unrelated scenes or more often than needed.',
  ),
  source: ['seed 004', '认定方法 2', '认定方法 4'],
  decidedBy: ['A', 'P', 'T', 'Q', 'E'],
  scope: 'processor',
  inputs: { artifacts: ['app', 'policy', 'traffic'], facts: ['scenario.setting'], questions: [Q_SCENES], evidence: ['test-report'] },
  evaluate(ctx) {
    const online = hasOnlineScenario(ctx.subject) || ctx.artifacts.app.length > 0;
    const out: FindingDraft[] = [permissions(ctx, online)];
    const tr = traffic(ctx);
    if (tr) out.push(tr);
    out.push(
      online
        ? practice(ctx, { checkId: 'PI-16.scenes', question: Q_SCENES, evidence: ['test-report'], practice: t('权限仅在相关功能场景中按必要频率调用', 'permissions are used only in the related feature, no more often than needed'), remediation: rem.scenes })
        : notApplicable('PI-16.scenes', t('未涉及 App、小程序或 H5。', 'No app, mini-program or H5 page is involved.')),
    );
    return out;
  },
};
export default rule;
