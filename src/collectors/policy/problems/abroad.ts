// Transfer abroad (PIPL Art.39, seed 001 §2.2(1), PI-01): sentences that say information actually goes abroad,
// and in their passage (same section, or two sentences either side) which of the notice's elements are named.
import type { PolicyStatement, PolicyStatementId } from '../../../core/artifacts.js';
import { hint, matches, statement, tagged, where, type HintSentence } from './common.js';

/** Information goes (or is stored) abroad, or a foreign recipient is named. */
const ABROAD = hint(
  /(?:传输|提供|传送|转移|发送|存储|存放)(?:至|到|给|于|在)?[^。；]{0,12}(?:境外|国外|海外|中国大陆以外|中华人民共和国境外)|(?:境外|海外)[^。；]{0,8}(?:接收方|关联公司|合作方|服务器|主体)/,
);
/** Conditionals, exceptions and denials: "if we need to transfer…", "we do not transfer…", "only inside China". */
const NOT_AFFIRMATIVE =
  /(?:^|[，,；;。：:\s])(?:如|若|如果|假如|倘若)(?:您|你|我们|因|需|确需|涉及|有|发生)|如需|一旦|除外|除非|不会|不得|不向|不存在|暂不|暂时不|没有|无需|仅[^。；]{0,10}境内|可能会?被/;

/** What a notice of transfer abroad must say (PIPL Art.39), as keyword cues. */
const ELEMENTS: { id: PolicyStatementId; zh: string; en: string; re: RegExp }[] = [
  { id: 'abroad-recipient', zh: '境外接收方名称', en: "the foreign recipient's name", re: /接收方|接收者|境外[^。；]{0,8}(?:公司|机构|主体|实体|关联方|合作方)|名称/ },
  { id: 'abroad-contact', zh: '境外接收方联系方式', en: "the recipient's contact", re: /联系方式|联系电话|电话|邮箱|电子邮件|@|地址/ },
  { id: 'abroad-purpose', zh: '处理目的', en: 'the purpose', re: /目的|用于|为了/ },
  { id: 'abroad-method', zh: '处理方式', en: 'the method', re: /处理方式|方式/ },
  { id: 'abroad-types', zh: '个人信息种类', en: 'the types of information', re: /种类|类型|包括|包含/ },
  { id: 'abroad-rights', zh: '向境外接收方行使权利的方式和程序', en: 'how to exercise rights against the recipient', re: /权利|行使/ },
];

export function abroadStatements(sentences: readonly HintSentence[]): PolicyStatement[] {
  const transfers = where(sentences, (s) => !s.heading && tagged(s, 'cross-border') && matches(s, ABROAD) && !NOT_AFFIRMATIVE.test(s.text));
  if (transfers.length === 0) return [];
  // sections compared by their joined path, made only for documents that transfer abroad
  const sections = sentences.map((s) => s.section?.join('\u0000') ?? '');
  const passage = new Set<number>();
  for (const i of transfers) {
    const section = sections[i]!;
    sentences.forEach((_, j) => {
      if (Math.abs(i - j) <= 2 || (section !== '' && sections[j] === section)) passage.add(j);
    });
  }
  const inPassage = [...passage].sort((a, b) => a - b);
  return [
    ...statement('transfer-abroad', '说明个人信息实际向境外提供或存储于境外。', 'Says that personal information actually goes or is stored abroad.', transfers),
    ...ELEMENTS.flatMap((e) =>
      statement(e.id, `境外提供的告知中提到${e.zh}。`, `The notice of transfer abroad mentions ${e.en}.`, inPassage.filter((j) => e.re.test(sentences[j]!.text))),
    ),
  ];
}

