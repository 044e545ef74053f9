// BIO-04: synthetic or deep-faked face content an experience feature produces is labelled (seed 000 §2(4)).
// An app package cannot show labels; the operator's answer, a sample and an inspector's look decide.
import type { Rule } from '../rule.js';
import { practice, t } from '../helpers.js';

const rule: Rule = {
  id: 'BIO-04',
  chapter: 'BIO',
  title: t('深度合成人脸内容标识', 'Labelling of synthetic face content'),
  requirement: t(
    '应用生成或编辑人脸内容（换脸、人脸生成、人脸操控等）的，对生成内容作出显著标识并可追溯。',
    'Where the app produces synthetic face content (face swap, generation, manipulation), the output is visibly labelled and traceable.',
  ),
  source: ['seed 000 §2(4)', '《互联网信息服务深度合成管理规定》第十七条'],
  decidedBy: ['Q', 'W'],
  scope: 'scenario',
  applies: {
    types: ['experience'],
    whenText: t('仅适用于智能体验类场景（美颜、换脸、合成等）。', 'Applies only to experience scenarios (beautify, face swap, synthesis…).'),
  },
  inputs: { questions: ['Q-BIO04-SYNTHESIS-LABEL'], evidence: ['synthetic-label-sample'], facts: ['scenario.type', 'scenario.purpose'] },
  manual: {
    method: ['使用换脸、人脸生成等功能生成内容，查看生成的图片、视频是否带有显著标识，导出文件的元数据中是否含隐式标识。'],
    evidence: ['深度合成内容标识样例（显式标识截图、隐式标识说明）'],
  },
  evaluate(ctx) {
    return [
      practice(ctx, {
        checkId: 'BIO-04.labelling',
        question: 'Q-BIO04-SYNTHESIS-LABEL',
        evidence: ['synthetic-label-sample'],
        practice: t('合成或编辑人脸生成的内容带有显著标识（及文件元数据中的隐式标识）', 'face content the feature synthesises or edits carries a visible label (and an implicit label in the file metadata)'),
        remediation: t(
          '对换脸、人脸生成、人脸操控等生成的图片和视频添加显著标识（如“AI 生成”），并在文件元数据中添加隐式标识，保留生成日志以便追溯。',
          'Add a visible label (e.g. "AI-generated") to images and videos made by face swap, generation or manipulation, an implicit label in the file metadata, and keep generation logs for tracing.',
        ),
      }),
    ];
  },
};
export default rule;
