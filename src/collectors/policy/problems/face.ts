// Face verification justified by "handling business" or "better service" (Measures Art.12, FR-11).
import type { PolicyProblem } from '../../../core/artifacts.js';
import { affirmedIn, hint, problem, tagged, where, type HintSentence } from './common.js';

const PRETEXT = hint(/办理业务|(?:提升|提高|改善|优化|增强)[^。；，,]{0,6}(?:服务|体验)/);
/** A sentence offering another way (不影响您通过其它路径办理) is the opposite of coercion. */
const OTHER_WAY = /(?:其他|其它)[^。；，,]{0,4}(?:方式|路径|途径|渠道)|不影响/;

export function faceProblems(sentences: readonly HintSentence[]): PolicyProblem[] {
  return problem(
    'face-pretext',
    '以办理业务、提升服务或体验为由要求人脸识别。',
    'Face verification is asked for on the grounds of handling business or a better service or experience.',
    where(sentences, (s) => !s.heading && tagged(s, 'face-info', 'face-purpose-method') && affirmedIn(s, PRETEXT) && !OTHER_WAY.test(s.text)),
  );
}
