import type { Evidence } from '../../core/types.js';
import type { FindingDraft, Rule } from '../rule.js';
import { factEvidence, needArtifact, needFact, fromInspection, t } from '../helpers.js';

const remediation = t(
  '将人脸信息存储于人脸识别设备内，停止通过互联网对外传输；确需传输的，须有法律依据或取得个人单独同意，并加密传输。',
  'Keep face information in the face recognition device and stop sending it over the internet; where sending is truly needed, have a legal basis or the individual\'s separate consent, and encrypt it in transit.',
);

const rule: Rule = {
  id: 'FR-05',
  chapter: 'FR',
  title: t('人脸信息存储于设备内、不得通过互联网对外传输', 'Face information stays in the device, not sent over the internet'),
  requirement: t(
    '除法律、行政法规另有规定或者取得个人单独同意外，人脸信息应当存储于人脸识别设备内，不得通过互联网对外传输。',
    'Unless a law provides otherwise or separate consent is obtained, face information is stored in the face recognition device and not transmitted over the internet.',
  ),
  source: ['Measures Art.8', 'seed 001 §2.1(1)'],
  decidedBy: ['A', 'T', 'Q'],
  scope: 'scenario',
  inputs: {
    artifacts: ['traffic', 'app'],
    facts: ['scenario.storage', 'scenario.faceLeavesDevice', 'scenario.consent'],
    questions: ['Q-FR05-LEGAL-BASIS'],
    evidence: ['transmission-plan', 'consent-record'],
  },
  manual: {
    method: ['检查企业是否将人脸信息存储于人脸识别设备内，避免通过互联网传输。若企业确需通过互联网传输人脸信息，检查是否取得了个人单独同意或符合法定例外情形。'],
    evidence: ['已经全面适当履行告知义务并获取个人单独同意的证明材料', '传输方案、加密协议', '传出策略、传输日志'],
  },
  evaluate(ctx) {
    const s = ctx.scenario!;
    const inspected = fromInspection(ctx, 'FR-05', remediation);
    if (inspected) return [inspected];

    // What shows face info leaving the device: the operator's facts, the traffic, the app's SDKs.
    const leaves: Evidence[] = [];
    if (s.faceLeavesDevice === true) leaves.push(factEvidence('scenario.faceLeavesDevice', true));
    if (s.storage && s.storage !== 'device') leaves.push(factEvidence('scenario.storage', s.storage));
    for (const cap of ctx.artifacts.traffic) {
      for (const r of cap.requests) {
        if (r.faceData?.detected) leaves.push({ kind: 'request', text: `${r.method} ${r.url} — ${r.faceData.reason}`, location: cap.source });
      }
    }
    for (const app of ctx.artifacts.app) {
      for (const sdk of app.sdks) {
        if (sdk.face && (sdk.comparison === 'cloud' || sdk.comparison === 'both')) {
          leaves.push({ kind: 'sdk', text: `${sdk.name} (${sdk.vendor}): cloud comparison`, location: app.source });
        }
      }
    }

    const lawful = ctx.answer('Q-FR05-LEGAL-BASIS') === 'yes';
    const consented = s.consent === 'separate' || s.consent === 'written';
    if (leaves.length > 0) {
      if (consented || lawful) {
        const basis: FindingDraft = {
          checkId: 'FR-05.transmission',
          verdict: 'pass',
          message: t('人脸信息离开设备，但已取得单独同意或有法定依据。', 'Face information leaves the device, with separate consent or a legal basis.'),
          evidence: [...leaves, factEvidence('scenario.consent', s.consent ?? (lawful ? 'legal basis' : ''))],
        };
        return [basis];
      }
      return [
        {
          checkId: 'FR-05.transmission',
          verdict: 'fail',
          message: t('人脸信息离开识别设备对外传输，且未取得单独同意、无法定依据。', 'Face information leaves the device without separate consent or a legal basis.'),
          evidence: leaves,
          remediation,
        },
      ];
    }
    if (s.faceLeavesDevice === false && (s.storage === undefined || s.storage === 'device')) {
      return [
        {
          checkId: 'FR-05.transmission',
          verdict: 'pass',
          message: t('人脸信息存储于设备内，不对外传输。', 'Face information is kept in the device and not sent out.'),
          evidence: [factEvidence('scenario.faceLeavesDevice', false), ...(s.storage ? [factEvidence('scenario.storage', s.storage)] : [])],
        },
      ];
    }
    return [
      {
        checkId: 'FR-05.transmission',
        verdict: 'needs-evidence',
        message: t('无法判断人脸信息是否离开设备。', 'Cannot tell whether face information leaves the device.'),
        missing: [...needFact('scenario.faceLeavesDevice', 'scenario.storage'), ...needArtifact('traffic')],
      },
    ];
  },
};
export default rule;
