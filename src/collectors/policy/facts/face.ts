// What the policy says about face information: where it is processed, kept, shared, deleted; consent and
// alternatives; profiling. Negated statements count as the opposite ("不会共享" → shared: false).
import type { PolicyFaceStatements, PolicyItemId } from '../../../core/artifacts.js';
import { findMatch, negatedAt, globalOf } from '../negation.js';
import { FACE } from '../patterns/lexicon.js';
import { FACE_PROFILING, FACE_SHARE } from '../patterns/face.js';

export interface FaceSentence {
  text: string;
  tags: PolicyItemId[];
  face: boolean;
}

const LOCAL = /本地|设备端|终端(?:设备)?(?:上|内|中)?(?:进行|完成|处理|存储|验证|比对|使用)|仅在(?:您的)?(?:终端|设备|手机)|安全芯片|安全隔离区|(?:操作)?系统(?:底层)?提供的(?:安全)?接口|不(?:会)?(?:上传|传输)/;
const REMOTE = /(?:上传|传输|发送|提交|传送)(?:至|到|给)|服务器|云端|后台系统|权威数据源|公安(?:部|机关)|(?:身份|认证|核验)(?:服务商|服务机构|机构)|第三方(?:认证|身份验证)|联网核查/;
const NEAR = 80;

export function faceStatements(sents: FaceSentence[]): PolicyFaceStatements {
  const face: PolicyFaceStatements = { mentioned: sents.some((s) => s.tags.includes('face-info')) };
  if (!face.mentioned) return face;
  let local = false;
  let remote = false;
  for (const s of sents) {
    if (!s.face) continue;
    const t = s.text;
    if (LOCAL.test(t)) {
      const i = findMatch(t, LOCAL, false);
      // "不会上传" is itself a local-only statement; other LOCAL words count when not negated
      if (i >= 0 || /不(?:会)?(?:上传|传输)/.test(t)) local = true;
    }
    if (findMatch(t, REMOTE, false) >= 0) remote = true;
    if (s.tags.includes('face-retention') && face.retention === undefined) face.retention = t;
    if (s.tags.includes('face-deletion') && face.deletionPath === undefined) face.deletionPath = t;
    if (s.tags.includes('face-separate-consent')) face.separateConsent = true;
    if (s.tags.includes('face-alternative')) face.alternative = true;
    const share = nearFace(t, FACE_SHARE);
    if (share === 'affirmed') face.shared = true;
    else if (share === 'negated' && face.shared === undefined) face.shared = false;
    const prof = nearFace(t, FACE_PROFILING);
    if (prof === 'affirmed') face.profiling = true;
    else if (prof === 'negated' && face.profiling === undefined) face.profiling = false;
  }
  if (local || remote) face.processing = local && remote ? 'both' : local ? 'local' : 'remote';
  return face;
}

/** Whether `re` occurs near a face word in the sentence, and if so whether it is negated there. */
function nearFace(text: string, re: RegExp): 'affirmed' | 'negated' | undefined {
  const faces = [...text.matchAll(globalOf(FACE))].map((m) => m.index!);
  if (!faces.length) return undefined;
  let result: 'affirmed' | 'negated' | undefined;
  const g = globalOf(re);
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const at = m.index;
    if (!faces.some((f) => Math.abs(f - at) <= NEAR)) continue;
    if (negatedAt(text, at)) result ??= 'negated';
    else return 'affirmed';
  }
  return result;
}
