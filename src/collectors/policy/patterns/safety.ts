// Security, incidents, minors, sensitive information, transfers abroad.
import type { ItemPatterns } from './types.js';

export const safetyPatterns: ItemPatterns[] = [
  {
    item: 'security-measures',
    gate: /加密|SSL|TLS|HTTPS|脱敏|去标识|匿名化|访问控制|权限|审计|等级保护|等保|ISO|认证|安全|防护|泄露|篡改|保密|防火墙|内控|制度|培训|保护|分类分级/i,
    patterns: [
      { name: 'encryption', re: /加密|SSL|TLS|HTTPS(?!:\/\/)|密码技术|哈希|脱敏|去标识化/i },
      { name: 'access-control', re: /访问控制|权限控制|权限管理|(?:最小|严格)(?:化)?(?:授权|权限)|(?:身份|访问)(?:认证|鉴别)机制|安全审计|日志审计|审计机制/ },
      { name: 'certification', re: /等级保护|等保|ISO\s?\/?\s?IEC|ISO\s?2700\d|ISO\s?2770\d|安全认证|可信云|三级(?:认证|备案)/i },
      {
        name: 'organisational',
        re: /(?:安全|保密|隐私保护)(?:和隐私保护)?(?:培训|管理制度|协议|义务|考核|演练|团队|部门|负责人|意识|能力|检测|防御|规范)|内控制度|保护责任部门|最小(?:够用)?(?:授权|权限)|严格保密|保密义务|保护机制|分类分级|(?:数据|信息|个人信息)?安全(?:管理|保护)(?:制度|体系|机制|组织)|防火墙|入侵检测|数据备份|容灾|应急(?:响应)?预案/,
      },
      {
        name: 'safeguards',
        re: /(?:采取|采用|使用|部署|建立|实施)[^。；]{0,25}?(?:安全|防护|保护)(?:的)?(?:措施|技术|手段|机制|体系|方案)|防止[^。；]{0,25}?(?:泄露|丢失|篡改|毁损|未经授权|非法)/,
      },
      {
        name: 'measures-for-security',
        re: /(?:采取|采用|部署|建立|实施|加强)[^。；]{0,25}?(?:措施|技术手段|保护机制|安全机制|保障制度|管理制度)/,
        and: /安全|保护|防止|泄露/,
        unless: /百分之百|100%|绝对安全|无法保证|不能保证|安全事件|不幸发生|如(?:果)?发生|如您发现/,
      },
      // the protection chapter's sentences describe measures unless they are disclaimers or advice to the user
      {
        name: 'security-section',
        topic: ['security'],
        re: /安全|保护|加密|措施|制度|培训|权限|防止|保密|机制|技术|审计|员工|人员|规范|监控|备份/,
        unless: /百分之百|100%|绝对安全|无法保证|不能保证|并非绝对|请您|请使用|您的密码|妥善保管|安全事件|泄露、毁损|如(?:果)?发生|如您发现|不可抗力|因我们原因/,
      },
      { name: 'anonymise', re: /匿名化/, unless: /删除|超出|超过|期限|注销|届满|停止/ },
    ],
  },
  {
    item: 'incident-notice',
    gate: /安全事件|泄露|毁损|丢失|篡改|应急/,
    patterns: [
      { name: 'incident-response', re: /安全事件|泄露、毁损、丢失|(?:泄露|毁损|丢失|篡改)[^。；]{0,10}?(?:情况|事件|风险)/, and: /告知|通知|推送|公告|报告|上报|处置|应急|补救|建议|降低/ },
      { name: 'response-plan', re: /应急(?:响应)?预案|应急处置|应急响应/ },
      { name: 'incident-how', re: /事件[^。；]{0,20}?(?:告知|通知|公告)|逐一告知|(?:邮件|信函|电话|推送通知|短信)[^。；]{0,20}?(?:告知|通知)您[^。；]{0,40}?公告/ },
    ],
  },
  {
    item: 'minors',
    gate: /未成年|儿童|不满|未满|周岁|监护|家长|父母|青少年|孩子|子女|年龄/,
    patterns: [
      // rules for minors: an age threshold, guardian consent, who may use the service; naming a children's app is not a rule
      { name: 'age-threshold', re: /(?:不满|未满|低于|小于)\s*(?:十四|14|十八|18|十六|16|十三|13)\s*周?岁|(?:十四|14|十八|18|十六|16)\s*周?岁(?:以下|以上)|成年人?(?:使用|用户)|年满\s*(?:十八|18)/ },
      { name: 'guardian', re: /监护人|家长(?:同意|监护|指导|陪同)|父母(?:或|及|和)?(?:其他)?(?:监护|同意)/ },
      { name: 'minors-rule', re: /未成年|儿童|青少年/, and: /同意|授权|保护|规则|删除|收集|使用|年龄|周岁|适用|注册|不得|应当|须|需/, unless: /儿童(?:应用|产品|版|模式|频道|内容|节目|教育)|青少年模式/ },
    ],
  },
  {
    item: 'sensitive-pi',
    gate: /敏感|泄露|人格尊严/,
    patterns: [
      { name: 'sensitive', re: /敏感(?:个人)?信息|个人敏感信息|敏感数据/ },
      { name: 'impact', re: /(?:一旦泄露|泄露或者非法使用|泄露或非法使用)[^。]{0,40}?(?:人格尊严|人身|财产安全|歧视)/ },
    ],
  },
  {
    item: 'cross-border',
    gate: /境外|跨境|出境|境内|海外|国外|外国/,
    patterns: [
      { name: 'abroad', re: /境外|跨境|出境|海外|向国外|外国/, unless: /境外(?:用户|旅游|游)/ },
      { name: 'stored-in-china', re: /(?:存储|保存|储存|存放)(?:在|于)[^。；]{0,15}?境内|(?:中华人民共和国|中国)(?:大陆)?境内[^。；]{0,30}?(?:存储|保存|储存|存放)/ },
    ],
  },
];
