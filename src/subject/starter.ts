// `faceaudit init`: a starter subject file with every field explained and every question present, unanswered.
import { QUESTIONS } from '../questionnaire/index.js';
import type { Question } from '../questionnaire/types.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const answerLines = (qs: Question[], indent: string) =>
  qs.map((q) => `${indent}${q.id}: null  # ${oneLine(q.text.zh)} (${q.type})`).join('\n');

export function starterSubject(): string {
  const proc = QUESTIONS.filter((q) => q.scope === 'processor');
  const scen = QUESTIONS.filter((q) => q.scope === 'scenario');
  return `# faceaudit subject file — describe what is assessed, then run: npx faceaudit assess <this file>
# Questionnaire answers: yes / no / partial / not-applicable (yes always means the good practice is in place);
# leave null where you do not know: the rule then says which input would decide it.
schemaVersion: 1
asOf: null            # assessment date YYYY-MM-DD; deadlines are judged against it (default: today)
processor:
  name: 示例公司        # 个人信息处理者名称
  creditCode: null     # 统一社会信用代码 (18 characters)
  province: null       # 省级网信办 where the filing goes
  city: null
  contact: { phone: null, email: null, address: null }
  officer: { name: null, contact: null, reportedOn: null }   # 个人信息保护负责人 (PI-14)
deployments:
  - id: main
    name: 人脸识别应用
    location: null
    scenarios:
      - id: scenario-1
        name: 人脸核验
        type: remote-verification   # experience | local-verification | remote-verification | hybrid (TAF 5)
        setting: mobile-app         # mobile-app | mini-program | h5 | offline-device | public-place | offline-venue | school | hospital | financial-institution
        sector: null                # education | transport | health | finance | advertising | retail | catering | property | fitness | hospitality | automotive | entertainment | public-security | other
        purpose: null               # concrete purpose, e.g. 门禁识别, 员工考勤
        verifiesIdentity: null      # face used to verify identity
        subjects: { minorsUnder14: null, elderlyOrDisabled: null }
        storage: null               # device | local-server | cloud | third-party
        faceLeavesDevice: null
        transmissionEncrypted: null
        encryptedAtRest: null
        rawImagesStored: null
        retentionDays: null
        alternatives: null          # e.g. [card, password, sms-code, manual-check]; [] = face is the only way
        consent: null               # separate | written | bundled | none | not-required
        sharedWithThirdParties: null
        usedForProfiling: null
        answers:
${answerLines(scen, '          ')}
facts:
  faceStoredPersons: null          # persons whose face information is stored
  faceThresholdReachedOn: null     # date the count reached 100,000 (FR-15)
  piPersons: null                  # persons whose personal information is processed
  piThresholdReachedOn: null       # date the count reached 1,000,000 (PI-14)
  processingStartedOn: null
  pia: null                        # { date: YYYY-MM-DD, version: "1.0", coversFourContents: true }
  filing: null                     # { status: none|draft|submitted|returned|filed|deregistered, number, filedOn, … }
answers:
${answerLines(proc, '  ')}
evidence: []   # - { id: pia, kind: pia-report, path: docs/pia.pdf, date: 2026-01-10 }  (paths relative to this file)
inspections: []
`;
}
