// G26-TRA: the 2026 campaign's transport items (seed 004 交通领域): permissions in unrelated scenes, forced
// registration for parking payment, ticket-agent sharing, leaks of contact/address/itinerary, PI management.
import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule, RuleContext } from '../rule.js';
import { answerSignal, practice, signals, t, weigh } from '../helpers.js';
import { managementCheck, permissionCheck, sectorScope, thirdPartyChecks } from './common.js';

const permissionFix = t(
  '删除与出行、票务无关的权限；位置、通讯录、麦克风、存储等权限只在需要的功能（如附近站点、语音客服）中使用时申请，不在启动或无关页面申请。',
  'Remove permissions unrelated to travel and ticketing; ask for location, contacts, microphone or storage only when the user opens a feature that needs them (nearby stations, voice service), never at launch or on unrelated screens.',
);
const leakFix = t(
  '对面单、票据和系统界面中的联系方式、家庭住址、行程信息去标识化（如号码中间四位隐藏），限制内部查询和导出权限并记录日志，修复已发现的泄露漏洞并通知受影响的个人。',
  'Mask contact details, home addresses and itineraries on waybills, tickets and screens (e.g. hide the middle digits), restrict and log internal lookups and exports, fix the leaks found and notify those affected.',
);

function leakCheck(ctx: RuleContext): FindingDraft {
  const s = signals();
  for (const [i, inc] of (ctx.subject.facts.incidents ?? []).entries()) {
    if (inc.vulnerabilitiesFixed === true) continue;
    const e: Evidence = { kind: 'fact', text: `${inc.date} ${inc.description}`, location: `facts.incidents[${i}]` };
    s.bad.push(e);
  }
  answerSignal(ctx, s, 'Q-G26TRA-LEAK-PREVENTION');
  return weigh(ctx, {
    checkId: 'G26-TRA.leak',
    signals: s,
    fail: t('存在未修复的个人信息泄露事件，或自查答复未落实联系方式、住址、行程的防泄露措施。', 'A personal information leak is recorded as not fixed, or the answer says contact details, addresses and itineraries are not protected against leaks.'),
    pass: t('已对联系方式、家庭住址、行程信息采取防泄露措施。', 'Contact details, home addresses and itineraries are protected against leaks.'),
    unknown: t('未说明是否对联系方式、家庭住址、行程信息采取防泄露措施。', 'Not stated whether contact details, home addresses and itineraries are protected against leaks.'),
    remediation: leakFix,
  });
}

const rule: Rule = {
  id: 'G26-TRA',
  chapter: 'G26',
  title: t('交通领域个人信息收集使用', 'Transport: collection and use of personal information'),
  requirement: t(
    '交通运输、票务代理、出行购票平台、邮政快递、公共停车：不得在无关场景收集位置、通讯录或调用麦克风、存储权限；停车扫码缴费不得强制注册登录或收集手机号；向合作票务代理提供须告知并取得同意；防止泄露联系方式、家庭住址、个人行程；建立个人信息保护管理制度。',
    'Transport operators, ticket agents, travel booking platforms, couriers and public parking: no location, contacts, microphone or storage in unrelated scenes; parking payment never forces registration, login or a phone number; provision to ticket agents told and consented; no leaks of contact details, addresses or itineraries; a PI management system.',
  ),
  source: ['seed 004 交通领域', 'PIPL Art.6, Art.23, Art.51'],
  decidedBy: ['A', 'W', 'P', 'Q'],
  scope: 'scenario',
  applies: sectorScope((s) => s.sector === 'transport', '交通领域（运输、票务、快递、停车）', 'transport (carriers, ticketing, couriers, parking)'),
  inputs: {
    artifacts: ['app', 'policy'],
    facts: ['scenario.sector', 'facts.incidents'],
    questions: ['Q-G26TRA-PERMISSION-SCENE', 'Q-G26TRA-PARKING-NO-LOGIN', 'Q-G26TRA-AGENT-SHARING', 'Q-G26TRA-LEAK-PREVENTION', 'Q-G26-PI-SYSTEM'],
    evidence: ['consent-record', 'third-party-list', 'pi-management-policy'],
  },
  evaluate(ctx) {
    return [
      permissionCheck(ctx, {
        checkId: 'G26-TRA.permissions',
        never: ['sms', 'call-log', 'app-list'],
        sceneOnly: ['location', 'contacts', 'microphone', 'storage'],
        question: 'Q-G26TRA-PERMISSION-SCENE',
        sector: t('出行票务', 'transport and ticketing'),
        remediation: permissionFix,
      }),
      practice(ctx, {
        checkId: 'G26-TRA.parking',
        question: 'Q-G26TRA-PARKING-NO-LOGIN',
        practice: t('停车场扫码缴费无需注册、登录或提供手机号即可完成', 'parking can be paid by scanning a code without registering, logging in or giving a phone number'),
        remediation: t(
          '停车扫码缴费仅凭车牌或停车凭证即可支付，注册、登录和手机号改为自愿选择。',
          'Let people pay for parking with the plate number or ticket alone; make registration, login and a phone number optional.',
        ),
      }),
      ...thirdPartyChecks(ctx, 'G26-TRA', 'Q-G26TRA-AGENT-SHARING', t('合作的票务代理等第三方机构', 'ticket agents and other partners')),
      leakCheck(ctx),
      managementCheck(ctx, 'G26-TRA.management'),
    ];
  },
};
export default rule;
