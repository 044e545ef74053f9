import type { Evidence } from '../../core/types.js';
import type { AppSdk, PolicySdkRow } from '../../core/artifacts.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { fromInspection, needArtifact, notApplicable, practice, requestEvidence, sdkEvidence, signals, t } from '../helpers.js';
import { hitText, sentencesTagged } from './policy-text.js';
import { matchSdk, productCore, textNamesSdk, vendorOf } from './policy-sdk-match.js';
import { hasOnlineScenario, observedPractice, scenarioFact, scenariosOf } from './util.js';

const Q_BACKEND = 'Q-PI10-BACKEND-SHARING';
const Q_CONNECTED = 'Q-PI10-CONNECTED-APPS';

const rem = {
  sdk: t(
    '在隐私政策的第三方 SDK 清单中逐一列明实际嵌入的 SDK：名称、所属公司、收集的个人信息、使用目的、调用的权限和第三方隐私政策链接；或移除未告知的 SDK。',
    'List every embedded SDK in the policy\'s third-party SDK list: name, company, personal information collected, purpose, permissions used and a link to its privacy policy; or remove the undisclosed SDK.',
  ),
  fields: t('为 SDK 清单的每一行补全收集的个人信息、使用目的和第三方隐私政策链接。', 'Complete each SDK row with the information collected, the purpose and a link to the third party\'s privacy policy.'),
  traffic: t('停止未经告知同意向第三方发送个人信息，或在隐私政策中告知接收方、信息种类和目的并取得同意，或进行匿名化处理。', 'Stop sending personal information to third parties without notice and consent, or disclose the recipient, types and purpose and obtain consent, or anonymise it.'),
  backend: t('后台向第三方提供个人信息前告知接收方、目的、种类并取得同意，或进行匿名化处理。', 'Before the backend provides personal information to third parties, tell individuals the recipient, purpose and types and get consent, or anonymise it.'),
  connected: t('向接入的第三方应用提供个人信息前告知并取得同意。', 'Tell individuals and get consent before giving personal information to connected third-party apps.'),
};

const HOW: Record<string, string> = { name: '名称一致 / same name', 'vendor-category': '同一公司、同类 SDK / same vendor and kind', vendor: '清单按公司列出 / listed by company', text: '政策正文提及 / named in the text' };

/** Is the SDK disclosed: by a row of an SDK list, or by name in a sharing/SDK sentence? */
function disclosure(ctx: RuleContext, sdk: AppSdk, rows: PolicySdkRow[]): { how: string; row?: PolicySdkRow } | undefined {
  const m = matchSdk(sdk, rows);
  if (m) return m;
  const sentences = sentencesTagged(ctx.artifacts.policy, ['sdk-list', 'third-party-sharing']);
  if (sentences.some((h) => textNamesSdk(hitText(h), sdk))) return { how: 'text' };
  return undefined;
}

function sdkChecks(ctx: RuleContext, online: boolean): FindingDraft[] {
  const apps = ctx.artifacts.app;
  const policies = ctx.artifacts.policy;
  const id = 'PI-10.sdk-disclosure';
  const inspected = fromInspection(ctx, id, rem.sdk);
  if (inspected) return [inspected];
  if (!online) return [notApplicable(id, t('未涉及 App、小程序或 H5。', 'No app, mini-program or H5 page is involved.'))];
  if (apps.length === 0 || policies.length === 0) {
    return [
      {
        checkId: id,
        verdict: 'needs-evidence',
        message: t('需要应用安装包和隐私政策才能核对嵌入的第三方 SDK。', 'Needs the app package and the privacy policy to compare embedded SDKs.'),
        missing: [...(apps.length ? [] : needArtifact('app')), ...(policies.length ? [] : needArtifact('policy'))],
      },
    ];
  }
  const rows = policies.flatMap((p) => p.facts.sdks);
  const seen = new Set<string>();
  const undisclosed: Evidence[] = [];
  const disclosed: Evidence[] = [];
  const usedRows = new Set<PolicySdkRow>();
  for (const app of apps) {
    for (const sdk of app.sdks) {
      if (seen.has(sdk.id)) continue;
      seen.add(sdk.id);
      const d = disclosure(ctx, sdk, rows);
      if (d?.row) usedRows.add(d.row);
      if (d) disclosed.push(sdkEvidence(app, sdk, `${HOW[d.how] ?? d.how}${d.row ? ` → ${d.row.name}` : ''}`));
      else undisclosed.push(sdkEvidence(app, sdk, `未在隐私政策中告知 / not in the policy; ${sdk.evidence.slice(0, 2).join('; ')}`));
    }
  }
  const out: FindingDraft[] = [];
  if (undisclosed.length) {
    out.push({
      checkId: id,
      verdict: 'fail',
      message: t(`安装包中嵌入的 ${undisclosed.length} 个第三方 SDK 未在隐私政策中告知。`, `${undisclosed.length} third-party SDK(s) embedded in the package are not disclosed in the policy.`),
      evidence: undisclosed,
      remediation: rem.sdk,
    });
  } else {
    out.push({
      checkId: id,
      verdict: 'pass',
      message: seen.size
        ? t('安装包中检出的第三方 SDK 均已在隐私政策中告知。', 'Every third-party SDK found in the package is disclosed in the policy.')
        : t('安装包中未检出第三方 SDK。', 'No third-party SDK found in the package.'),
      evidence: disclosed.length ? disclosed : apps.map((a) => ({ kind: 'sdk' as const, text: '(none detected)', location: a.source })),
    });
  }

  // Each row of the list says what it collects, why, and where the third party's policy is.
  const incomplete: Evidence[] = [];
  for (const p of policies) {
    for (const row of p.facts.sdks) {
      const lacks = [!row.data && '收集的信息/data', !row.purpose && '目的/purpose', !row.policyUrl && '隐私政策链接/policy link'].filter(Boolean);
      if (lacks.length) incomplete.push({ kind: 'quote', text: `${row.name}: 缺少 / lacks ${lacks.join(', ')}`, location: p.source });
    }
  }
  if (rows.length === 0) out.push(notApplicable('PI-10.sdk-fields', t('隐私政策中没有 SDK 清单可核对字段（未告知的 SDK 见 PI-10.sdk-disclosure）。', 'The policy has no SDK list to check (undisclosed SDKs: see PI-10.sdk-disclosure).')));
  else if (incomplete.length) out.push({ checkId: 'PI-10.sdk-fields', verdict: 'fail', message: t('SDK 清单部分条目缺少收集信息、目的或隐私政策链接。', 'Some SDK rows lack the information collected, the purpose or a privacy policy link.'), evidence: incomplete, remediation: rem.fields });
  else out.push({ checkId: 'PI-10.sdk-fields', verdict: 'pass', message: t('SDK 清单各条目均列明收集信息、目的和隐私政策链接。', 'Every SDK row states the data, purpose and policy link.'), evidence: rows.slice(0, 5).map((r) => ({ kind: 'quote' as const, text: r.name, location: policies[0]!.source })) });

  // Rows with no SDK found in the package: static analysis can miss dynamically loaded code; informational.
  const allSdks = apps.flatMap((a) => a.sdks);
  const extra = rows.filter((r) => !usedRows.has(r) && !allSdks.some((s) => matchSdk(s, [r])));
  if (extra.length) {
    out.push({
      checkId: 'PI-10.sdk-list-extra',
      verdict: 'pass',
      message: t(
        `隐私政策列出的 ${extra.length} 个 SDK 未在安装包中检出（仅提示：可能为动态加载或清单未更新）。`,
        `${extra.length} SDK(s) listed in the policy were not found in the package (note only: possibly loaded at run time, or the list is out of date).`,
      ),
      evidence: extra.map((r) => ({ kind: 'quote' as const, text: r.name, location: policies[0]!.source })),
    });
  }
  return out;
}

function traffic(ctx: RuleContext, online: boolean): FindingDraft {
  const id = 'PI-10.traffic';
  const inspected = fromInspection(ctx, id, rem.traffic);
  if (inspected) return inspected;
  const captures = ctx.artifacts.traffic;
  if (captures.length === 0) {
    return online
      ? { checkId: id, verdict: 'needs-evidence', message: t('未提供网络流量，无法核对向第三方发送的个人信息。', 'No traffic capture supplied to see what goes to third parties.'), missing: needArtifact('traffic') }
      : notApplicable(id, t('未涉及 App、小程序或 H5。', 'No app, mini-program or H5 page is involved.'));
  }
  const rows = ctx.artifacts.policy.flatMap((p) => p.facts.sdks);
  const sdks = ctx.artifacts.app.flatMap((a) => a.sdks);
  const bad: Evidence[] = [];
  const good: Evidence[] = [];
  const hosts = new Set<string>();
  for (const cap of captures) {
    for (const r of cap.requests) {
      if (!r.thirdParty || !r.personalData?.length || hosts.has(r.host)) continue;
      hosts.add(r.host);
      const known = sdks.find((s) => s.id === r.thirdParty?.sdkId);
      const name = r.thirdParty.name ?? r.thirdParty.sdkId ?? r.host;
      const sdk: AppSdk = known ?? { id: r.thirdParty.sdkId ?? r.host, name, vendor: name, categories: [], face: false, evidence: [] };
      let ok = ctx.artifacts.policy.length > 0 && disclosure(ctx, sdk, rows) !== undefined;
      // Only a company is known for this host: any row of that company discloses it.
      if (!ok && !known && productCore(name) === '') {
        const v = vendorOf(name) ?? vendorOf(r.host);
        ok = v !== undefined && rows.some((row) => (vendorOf(row.company ?? '') ?? vendorOf(row.name)) === v);
      }
      const why = `${r.personalData.join(', ')} → ${name}`;
      (ok ? good : bad).push(requestEvidence(cap.source, r, why));
    }
  }
  if (bad.length) {
    return {
      checkId: id,
      verdict: 'fail',
      message: t('网络流量中存在未在隐私政策中告知的第三方接收个人信息。', 'Traffic sends personal information to third parties the policy does not disclose.'),
      evidence: bad,
      remediation: rem.traffic,
    };
  }
  return {
    checkId: id,
    verdict: 'pass',
    message: good.length
      ? t('向第三方发送个人信息的请求均已在隐私政策中告知。', 'Requests carrying personal information to third parties are disclosed in the policy.')
      : t('流量中未见向第三方发送个人信息的请求。', 'No request in the capture sends personal information to a third party.'),
    evidence: good.length ? good : captures.map((c) => ({ kind: 'request' as const, text: `${c.requests.length} requests checked`, location: c.source })),
  };
}

const rule: Rule = {
  id: 'PI-10',
  chapter: 'PI',
  title: t('未经同意不得向第三方提供个人信息（含 SDK）', 'No provision to third parties, SDKs included, without consent'),
  requirement: t(
    '未经同意且未匿名化，不得通过嵌入的第三方代码/SDK、后台传输或接入的第三方应用向第三方提供个人信息；实际嵌入的 SDK 与隐私政策第三方清单一致（名称、信息、目的、权限、政策链接）。',
    'No provision of personal information to third parties (embedded SDKs, backend transfer, connected apps) without consent or anonymisation; the SDKs actually present match the policy\'s third-party list (name, data, purpose, permission, policy link).',
  ),
  source: ['seed 001 §2.2(6)', 'PIPL Art.23', '认定方法 5'],
  decidedBy: ['A', 'P', 'T', 'Q', 'E'],
  scope: 'processor',
  inputs: {
    artifacts: ['app', 'policy', 'traffic'],
    facts: ['scenario.sharedWithThirdParties', 'scenario.setting'],
    questions: [Q_BACKEND, Q_CONNECTED],
    evidence: ['third-party-list', 'pi-management-policy', 'interview-record'],
  },
  manual: {
    method: [
      '通过App功能验证、查看文档资料及询问App提供者等方式，查看App提供者是否存在向第三方共享、转让个人信息的行为；',
      '查看App提供者的个人信息安全相关管理制度，是否明确规定告知用户共享、转让个人信息的目的、数据接收方的类型，并事先征得个人信息主体的授权同意；',
      '查看App的个人信息保护政策，其中是否向个人信息主体告知共享、转让个人信息的目的、数据接收方的类型，并征得用户授权同意；',
      '通过技术检测App中共享给第三方的个人信息和第三方类型，判断是否与App个人信息保护政策中说明的一致；',
      '核查App服务端共享给第三方的个人信息和第三方类型，判断是否与App个人信息保护政策中说明的一致；',
      '询问App提供者是否存在向接入的第三方应用提供个人信息的行为，若存在则判断是否与App个人信息保护政策中说明的一致；',
      '询问并查看未告知的个人信息是否是经去标识化处理且无法重新识别个人信息主体的个人信息。',
    ],
    evidence: ['个人信息安全相关管理制度；', '访谈记录等。'],
  },
  evaluate(ctx) {
    const online = hasOnlineScenario(ctx.subject) || ctx.artifacts.app.length > 0;
    const backend = signals();
    const sharing = scenariosOf(ctx.subject).filter((s) => s.sharedWithThirdParties === true);
    const policies = ctx.artifacts.policy;
    if (sharing.length && policies.length && !policies.some((p) => p.items['third-party-sharing']?.present)) {
      backend.bad.push(...sharing.map((s) => scenarioFact(s, 'sharedWithThirdParties', true)), ...policies.map((p): Evidence => ({ kind: 'quote', text: 'no sentence tagged third-party-sharing', location: p.source })));
    }
    return [
      ...sdkChecks(ctx, online),
      traffic(ctx, online),
      observedPractice(
        ctx,
        { checkId: 'PI-10.backend', question: Q_BACKEND, evidence: ['third-party-list', 'pi-management-policy'], practice: t('后台向第三方提供个人信息已告知并取得同意或经匿名化', 'backend provision to third parties is disclosed and consented, or anonymised'), remediation: rem.backend },
        backend,
        { fail: t('场景向第三方提供个人信息，但隐私政策未告知第三方提供。', 'A scenario provides information to third parties, but the policy says nothing about it.'), pass: t('后台向第三方提供已告知。', 'Backend provision is disclosed.') },
      ),
      online
        ? practice(ctx, { checkId: 'PI-10.connected-apps', question: Q_CONNECTED, evidence: ['third-party-list'], practice: t('向接入的第三方应用提供个人信息已告知并取得同意', 'information given to connected third-party apps is disclosed and consented'), remediation: rem.connected })
        : notApplicable('PI-10.connected-apps', t('未涉及 App、小程序或 H5。', 'No app, mini-program or H5 page is involved.')),
    ];
  },
};
export default rule;
