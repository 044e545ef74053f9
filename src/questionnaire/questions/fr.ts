import type { Question } from '../types.js';

// Questions for chapter FR (seed 001 §2.1, Measures). "yes" always means the good practice is in place.
export const frQuestions: Question[] = [
  {
    id: 'Q-FR05-LEGAL-BASIS',
    chapter: 'FR',
    scope: 'scenario',
    text: {
      zh: '如人脸信息需通过互联网对外传输，是否有法律、行政法规依据？',
      en: 'If face information is sent over the internet, does a law or administrative regulation provide for it?',
    },
    help: {
      zh: '检查企业是否将人脸信息存储于人脸识别设备内，避免通过互联网传输；若确需传输，检查是否取得个人单独同意或符合法定例外情形。',
      en: 'Check that face information is stored in the device; where it must be sent, check for separate consent or a statutory exception.',
    },
    type: 'yes-no',
  },
];
