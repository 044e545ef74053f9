import type { Question } from '../types.js';

// Questions used by the deadline rules FR-09, FR-15, PI-14, PI-15. Dates and counts (thresholds, filing,
// officer report, requests) are facts in the subject file, not questions; these cover what only the
// operator can say. "yes" always means the good practice is in place.
export const deadlineQuestions: Question[] = [
  {
    id: 'Q-FR09-RETENTION',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '个人信息保护影响评估报告和人脸信息处理情况记录是否至少保存 3 年？',
      en: 'Are the PIA report and the face processing records kept for at least 3 years?',
    },
    help: {
      zh: '查验个人信息保护影响评估报告及处理情况记录的保存情况（个人信息保护法第五十六条：至少保存三年）。留存证据：个人信息保护影响评估报告、处理情况记录。',
      en: 'Check how the PIA report and processing records are kept (PIPL Art.56: at least three years). Evidence: the PIA report, the processing records.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR09-REDO',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '人脸信息的处理目的、处理方式发生变化后，是否在按新的目的、方式处理前重新进行了个人信息保护影响评估？（从未变化请选“不适用”）',
      en: 'When the purpose or method of face processing changed, was the PIA redone before processing in the new way? (Never changed: answer "not applicable".)',
    },
    help: {
      zh: '对照评估报告日期与处理目的、方式变化日期；如有变化日期，请同时在主体文件 facts.purposeOrMethodChangedOn 中填写。留存证据：重新评估的影响评估报告。',
      en: 'Compare the report date with the date of the change; also record the change date as facts.purposeOrMethodChangedOn. Evidence: the new PIA report.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-FR09-INCIDENT-REDO',
    chapter: 'FR',
    scope: 'processor',
    text: {
      zh: '发生重大安全事件后，是否重新进行了个人信息保护影响评估？（未发生重大安全事件请选“不适用”）',
      en: 'After a major security incident, was the PIA redone? (No major incident: answer "not applicable".)',
    },
    help: {
      zh: '访谈了解是否发生过个人信息泄露等安全事件，查阅事件记录及其后的影响评估报告。留存证据：重新评估的影响评估报告、事件记录。',
      en: 'Ask whether any security incident (such as a leak) happened; read the incident records and any PIA that followed. Evidence: the new PIA report, incident records.',
    },
    type: 'yes-no',
  },
  {
    id: 'Q-PI15-DEREGISTRATION',
    chapter: 'PI',
    scope: 'processor',
    text: {
      zh: '是否提供有效的注销账号功能，且未设置不必要或不合理的注销条件？（无账号体系请选“不适用”）',
      en: 'Is there a working account deregistration function without unnecessary or unreasonable conditions? (No user accounts: answer "not applicable".)',
    },
    help: {
      zh: '实际操作注销流程：入口是否易于找到、是否要求提供与注销无关的信息或到场办理、需人工处理的是否在承诺时限（不超过 15 个工作日）内完成。留存证据：测试报告、操作截图或录屏。',
      en: 'Walk through deregistration: is it easy to find, does it ask for unrelated information or an in-person visit, and is manual handling finished within the promised time (at most 15 working days)? Evidence: test report, screenshots or a recording.',
    },
    type: 'yes-no',
  },
];
