// Children's information (PIPL Art.31, PI-07): a reference to the dedicated rules, guardian consent stated, and
// whether the document is itself those rules.
import type { PolicyStatement } from '../../../core/artifacts.js';
import { affirmedIn, hint, matches, statement, tagged, where, type HintSentence } from './common.js';

/** 《儿童个人信息保护规则》, 《未成年人隐私政策》…; not laws and standards (《未成年人保护法》, 《儿童个人信息网络保护规定》). */
const REFERENCE = hint(/《(?!中华人民共和国)[^》]{0,30}(?:儿童|未成年|青少年)[^》]{0,30}(?<!法|规定|条例|办法|意见|通知|标准|指南|公约)》/);
const GUARDIAN = hint(/(?:父母|监护人)[^。；]{0,20}?同意|同意[^。；]{0,10}?(?:父母|监护人)/);
const MINORS_TITLE = /(?:儿童|未成年|青少年|不满(?:十四|14)周?岁)[^。；\n]{0,12}(?:个人信息|隐私)/;
const MINORS_FILE = /child|kid|minor|儿童|未成年/i;

export function minorsStatements(sentences: readonly HintSentence[]): PolicyStatement[] {
  return [
    ...statement(
      'minors-rules-reference',
      '提到专门的儿童或未成年人个人信息规则文件。',
      'Refers to a dedicated document of rules for children\'s or minors\' information.',
      where(sentences, (s) => matches(s, REFERENCE)),
    ),
    ...statement(
      'guardian-consent',
      '说明处理儿童个人信息需取得父母或监护人同意。',
      'Says that a parent\'s or guardian\'s consent is obtained for children\'s information.',
      where(sentences, (s) => tagged(s, 'minors') && affirmedIn(s, GUARDIAN)),
    ),
  ];
}

/** The document is the dedicated children's rules: its title (first heading, else its opening) or its file name says so. */
export function isMinorsDocument(title: string, source: string): boolean {
  return MINORS_TITLE.test(title) || MINORS_FILE.test(source.split(/[\\/]/).pop() ?? '');
}
