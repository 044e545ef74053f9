// Section topics: the chapters that GB/T 35273 and PIPL policy templates use (如何收集和使用、如何共享转让公开披露、
// 如何保存、如何保护、您的权利、儿童、如何更新、如何联系我们…). A sentence under such a heading is evidence for the
// item, so some patterns accept weaker wording there. The deepest heading that names a topic decides, because
// scraped pages often nest a whole chapter under a wrong parent.

export type Topic = 'collect-use' | 'cookies' | 'sharing' | 'retention' | 'security' | 'rights' | 'withdraw' | 'minors' | 'update' | 'contact' | 'personalization' | 'sdk' | 'permissions';

// order matters: the first that matches a heading names its topic (存储期限 before 如何存储和保护)
const TOPICS: [Topic, RegExp][] = [
  ['withdraw', /撤回|撤销|改变[^/]{0,6}(?:授权|同意)|同意(?:的)?范围|授权范围/],
  ['personalization', /个性化|定向推送|推荐/],
  ['retention', /(?:期限|期间|时长|时限)|保存时间|存储时间|(?:如何|怎样)(?:存储|保存|保留)(?!和|与|及)/],
  ['security', /(?:如何|怎样)?(?:保护|保障)[^/]{0,8}(?:信息|数据)?(?:安全)?$|安全(?:保护|措施|保障)|保护措施|技术措施|安全事件|信息安全|数据安全/],
  ['rights', /权利|权益|(?:如何|怎样)?(?:管理|访问|控制)[^/]{0,8}(?:个人)?信息|访问|查阅|更正|删除|注销|复制|转移|副本|响应[^/]{0,6}请求|控制权|自动决策/],
  ['minors', /儿童|未成年|青少年|未满/],
  ['update', /(?:更新|变更|修订|修改)/],
  ['contact', /联系我们|联系方式|如何联系|联系信息/],
  ['sdk', /SDK|第三方(?:服务|插件|代码)/i],
  ['cookies', /Cookie|同类技术|信标|像素/i],
  ['sharing', /共享|转让|公开披露|对外提供|委托处理|披露/],
  ['permissions', /权限/],
  ['collect-use', /收集|使用|获取|目的|功能|场景/],
];

/** The topic of the deepest heading in the path that names one; undefined when none does. */
export function topicOf(path: string[]): Topic | undefined {
  for (let i = path.length - 1; i >= 0; i--) {
    const h = path[i]!;
    if (h.length > 60) continue;
    for (const [t, re] of TOPICS) if (re.test(h)) return t;
  }
  return undefined;
}
