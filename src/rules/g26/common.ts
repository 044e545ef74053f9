// Shared by the 2026 campaign sector rules (seed 004): app permissions judged per sector, face as the only
// verification, third-party provision, and the PI management system every sector item ends with.
import type { Evidence, Text } from '../../core/types.js';
import type { AppArtifact } from '../../core/artifacts.js';
import type { Scenario } from '../../subject/schema.js';
import type { Applicability, FindingDraft, RuleContext } from '../rule.js';
import { answerEvidence, faceAlternatives, fromInspection, needArtifact, needFact, needQuestion, policyDisclosure, practice, t } from '../helpers.js';
import { permissionCategory } from '../pi/permission-words.js';
import { ONLINE_SETTINGS } from '../pi/util.js';

export type PermGroup = 'contacts' | 'sms' | 'call-log' | 'app-list' | 'location' | 'precise-location' | 'microphone' | 'storage' | 'phone';

const GROUP_ZH: Record<PermGroup, string> = {
  contacts: '通讯录',
  sms: '短信',
  'call-log': '通话记录',
  'app-list': '应用列表',
  location: '位置',
  'precise-location': '精确位置',
  microphone: '麦克风',
  storage: '存储',
  phone: '设备信息（电话状态）',
};

/** Precise or background location: a finance app has no need for it (seed 004 金融 item 1). */
const PRECISE = new Set([
  'ACCESS_FINE_LOCATION',
  'ACCESS_BACKGROUND_LOCATION',
  'LOCATION',
  'LOCATION_IN_BACKGROUND',
  'NSLocationAlwaysUsageDescription',
  'NSLocationAlwaysAndWhenInUseUsageDescription',
]);
/** GET_ACCOUNTS lists accounts on the device, not the address book; not counted as contacts here. */
const NOT_CONTACTS = new Set(['GET_ACCOUNTS']);

const lastSegment = (name: string) => name.trim().split('.').pop() ?? '';

/** The campaign's permission groups a declared permission (Android/HarmonyOS name or iOS usage key) falls in. */
export function permissionGroups(name: string): PermGroup[] {
  const cat = permissionCategory(name)?.id;
  const last = lastSegment(name);
  const out: PermGroup[] = [];
  if (cat === 'contacts' && !NOT_CONTACTS.has(last)) out.push('contacts');
  if (cat === 'sms' || cat === 'call-log' || cat === 'app-list' || cat === 'microphone' || cat === 'storage' || cat === 'phone') out.push(cat);
  if (cat === 'location') out.push('location');
  if (PRECISE.has(last)) out.push('precise-location');
  return out;
}

interface Declared {
  app: AppArtifact;
  name: string;
  groups: PermGroup[];
}

/** Permissions declared by the supplied apps (Android/HarmonyOS permissions and iOS usage keys). */
export function declaredPermissions(apps: AppArtifact[]): Declared[] {
  return apps.flatMap((app) =>
    [...new Set([...app.permissions, ...Object.keys(app.usageDescriptions ?? {})])].map((name) => ({ app, name, groups: permissionGroups(name) })),
  );
}

const permEvidence = (d: Declared, groups: PermGroup[]): Evidence => ({
  kind: 'permission',
  text: `${d.name} (${groups.map((g) => GROUP_ZH[g]).join('、')})`,
  location: d.app.source,
});

export interface PermissionPolicy {
  checkId: string;
  /** Groups no feature of this sector needs (the campaign names them): declared → fail. */
  never: PermGroup[];
  /** Groups some features need: declared → the operator must say they are asked only in those features. */
  sceneOnly: PermGroup[];
  /** Yes-no: each sceneOnly permission is requested only in the feature that needs it, never at launch or elsewhere. */
  question: string;
  sector: Text;
  remediation: Text;
}

/**
 * App permissions for one sector. No app supplied: needs it for app-like scenarios, not applicable offline.
 * A 'never' permission fails; a 'sceneOnly' one is decided by the operator's answer (the package cannot show
 * in which screen a permission is asked); none of them passes, quoting what was checked.
 */
export function permissionCheck(ctx: RuleContext, p: PermissionPolicy): FindingDraft {
  const inspected = fromInspection(ctx, p.checkId, p.remediation);
  if (inspected) return inspected;
  const apps = ctx.artifacts.app;
  const s = ctx.scenario;
  if (apps.length === 0) {
    if (s && !ONLINE_SETTINGS.includes(s.setting)) {
      return { checkId: p.checkId, verdict: 'not-applicable', message: t('线下场景且未提供应用安装包，不检查应用权限。', 'Offline scenario with no app package supplied: app permissions are not checked.') };
    }
    return {
      checkId: p.checkId,
      verdict: 'needs-evidence',
      message: t(`未提供应用安装包，无法检查${p.sector.zh}应用的权限。`, `No app package supplied to check the ${p.sector.en} app's permissions.`),
      missing: needArtifact('app'),
    };
  }
  const declared = declaredPermissions(apps);
  const never = declared.filter((d) => d.groups.some((g) => p.never.includes(g)));
  const scene = declared.filter((d) => !never.includes(d) && d.groups.some((g) => p.sceneOnly.includes(g)));
  if (never.length) {
    return {
      checkId: p.checkId,
      verdict: 'fail',
      message: t(
        `应用声明了${p.sector.zh}业务不需要的权限：${never.map((d) => d.name).join('、')}（2026 年专项治理重点问题）。`,
        `The app declares permissions a ${p.sector.en} service does not need: ${never.map((d) => d.name).join(', ')} (a focus of the 2026 campaign).`,
      ),
      evidence: never.map((d) => permEvidence(d, d.groups.filter((g) => p.never.includes(g)))),
      remediation: p.remediation,
    };
  }
  if (scene.length) {
    const ev = scene.map((d) => permEvidence(d, d.groups.filter((g) => p.sceneOnly.includes(g))));
    const a = ctx.answer(p.question);
    if (a === 'yes' || a === true) {
      return {
        checkId: p.checkId,
        verdict: 'pass',
        message: t('应用声明的位置、麦克风、存储等权限，据自查答复仅在需要的功能中申请。', 'The location, microphone, storage and similar permissions declared are, by the self-inspection answer, requested only in the features that need them.'),
        evidence: [...ev, answerEvidence(p.question, a)],
      };
    }
    if (a === 'no' || a === 'partial' || a === false) {
      return {
        checkId: p.checkId,
        verdict: 'fail',
        message: t('自查答复：相关权限在无关场景中申请或调用。', 'The self-inspection answer says these permissions are requested or used in unrelated scenes.'),
        evidence: [...ev, answerEvidence(p.question, a)],
        remediation: p.remediation,
      };
    }
    return {
      checkId: p.checkId,
      verdict: 'needs-evidence',
      message: t(
        `应用声明了 ${scene.map((d) => d.name).join('、')}；安装包无法说明在哪个场景申请，需确认仅在相关功能中申请。`,
        `The app declares ${scene.map((d) => d.name).join(', ')}; a package cannot show in which screen they are asked, so confirm they are asked only in the features that need them.`,
      ),
      evidence: ev,
      missing: needQuestion(p.question),
    };
  }
  const groups = [...p.never, ...p.sceneOnly].filter((g) => g !== 'precise-location' || !p.sceneOnly.includes('location'));
  return {
    checkId: p.checkId,
    verdict: 'pass',
    message: t(`应用未声明${groups.map((g) => GROUP_ZH[g]).join('、')}等权限。`, `The app declares none of these permission groups: ${groups.join(', ')}.`),
    evidence: apps.map((app) => ({ kind: 'permission' as const, text: `${app.permissions.length} permissions declared, none in: ${groups.join(', ')}`, location: app.source })),
  };
}

/** Does the scenario use face recognition to verify who someone is? Experience features do not. */
export function verifiesIdentity(s: Scenario): boolean {
  return s.verifiesIdentity ?? s.type !== 'experience';
}

/** Face recognition is not the only way to verify identity (seed 004: 将人脸识别技术作为唯一验证方式). */
export function faceOnlyCheck(ctx: RuleContext, checkId: string, who: Text): FindingDraft {
  const remediation = t(
    `为${who.zh}提供刷卡、密码、短信验证码、人工核验等非人脸识别的验证方式，拒绝刷脸者可立即选择，且不明显更繁琐。`,
    `Offer ${who.en} a non-face way to verify (card, password, SMS code, manual check) that someone refusing face recognition can choose at once and that is not markedly more cumbersome.`,
  );
  const inspected = fromInspection(ctx, checkId, remediation);
  if (inspected) return inspected;
  const s = ctx.scenario!;
  if (!verifiesIdentity(s)) {
    return { checkId, verdict: 'not-applicable', message: t('该场景不以人脸识别验证身份。', 'This scenario does not use face recognition to verify identity.') };
  }
  const alt = faceAlternatives(ctx);
  if (alt.state === 'none') {
    return {
      checkId,
      verdict: 'fail',
      message: t(`人脸识别是验证${who.zh}身份的唯一方式。`, `Face recognition is the only way to verify ${who.en}.`),
      evidence: alt.evidence,
      remediation,
    };
  }
  if (alt.state === 'offered') {
    return { checkId, verdict: 'pass', message: t('提供了非人脸识别的验证方式。', 'A non-face way to verify is offered.'), evidence: alt.evidence };
  }
  return {
    checkId,
    verdict: 'needs-evidence',
    message: t('未说明拒绝刷脸时有哪些替代验证方式。', 'Not stated which alternatives are offered to someone who refuses face recognition.'),
    missing: [...needFact('scenario.alternatives'), ...needArtifact('page')],
  };
}

/**
 * Provision to partner institutions (seed 004: 未告知合作第三方名称、目的、方式，未取得同意): the policy names it,
 * and consent is obtained. An answer "not-applicable" (nothing is provided) makes both not applicable.
 */
export function thirdPartyChecks(ctx: RuleContext, prefix: string, question: string, partners: Text): FindingDraft[] {
  const remediation = t(
    `向${partners.zh}提供个人信息前，告知接收方名称、联系方式、处理目的、处理方式和个人信息种类，并取得个人同意（敏感个人信息取得单独同意）。`,
    `Before providing personal information to ${partners.en}, tell people the recipient's name and contact, the purpose, method and kinds of information, and get their consent (separate consent for sensitive information).`,
  );
  const consent = practice(ctx, {
    checkId: `${prefix}.third-party-consent`,
    question,
    evidence: ['consent-record', 'third-party-list'],
    practice: t(`向${partners.zh}提供个人信息已告知并取得同意`, `people are told and consent before their information goes to ${partners.en}`),
    remediation,
  });
  if (consent.verdict === 'not-applicable') return [consent];
  const disclosed = policyDisclosure(ctx, {
    checkId: `${prefix}.third-party-disclosed`,
    items: ['third-party-sharing'],
    what: t(`向${partners.zh}提供个人信息的情况`, `provision of personal information to ${partners.en}`),
    remediation,
  });
  return [disclosed, consent];
}

/** The PI protection management system and security measures every sector item of seed 004 ends with. */
export function managementCheck(ctx: RuleContext, checkId: string): FindingDraft {
  return practice(ctx, {
    checkId,
    question: 'Q-G26-PI-SYSTEM',
    evidence: ['pi-management-policy'],
    practice: t('已建立个人信息保护管理制度并采取有效的安全保护措施', 'a PI protection management system is in place, with effective security measures'),
    remediation: t(
      '建立个人信息保护管理制度（职责、访问权限、操作规程、安全事件处置），采取加密、去标识化、访问控制、日志审计等安全措施，定期排查泄露隐患。',
      'Set up a PI protection management system (duties, access rights, procedures, incident handling), apply encryption, de-identification, access control and audit logs, and look for leak risks regularly.',
    ),
  });
}

/** Applicability by sector or by setting (a school setting is education even without a sector). */
export function sectorScope(test: (s: Scenario) => boolean, zh: string, en: string): Applicability {
  return { when: (s) => test(s), whenText: t(`仅适用于${zh}场景。`, `Applies only to ${en} scenarios.`) };
}
