// Who processes the data and how to reach them.
import type { ItemPatterns } from './types.js';

// anchored on the suffix so that the engine does not try every start of a long name
const COMPANY = '(?:有限责任公司|股份有限公司|有限公司|集团|公司|研究院|事务所|工作室|银行|医院)';
const LOCATION = /省|市|区|县|镇|乡|路|街|道|号|大厦|大楼|园区|广场|室|层|楼|座|栋/;

export const controllerPatterns: ItemPatterns[] = [
  {
    item: 'controller-identity',
    gate: /公司|集团|运营|开发者|主体|处理者|我们是|研究院|事务所|工作室|银行|医院|中心/,
    patterns: [
      { name: 'company-alias', re: new RegExp(`${COMPANY}[^。；]{0,60}?(?:以下(?:简|统|或)?称|下称|简称|合称)`), notSdk: true },
      {
        name: 'operator-named',
        re: new RegExp(`(?:运营(?:者|方|主体|商|单位)|开发(?:者|商|方)|经营者|服务提供(?:者|方|商)|(?:个人)?信息处理者|控制者|责任主体|运营公司|平台方)(?:均)?(?:为|是|系|：|:|指)[^。；]{1,50}?${COMPANY}`),
        notSdk: true,
      },
      { name: 'provided-by', re: new RegExp(`(?:由|系)[^。；]{2,40}?${COMPANY}[^。；]{0,12}(?:开发|运营|提供|负责|所有|经营|发布)`), notSdk: true },
      { name: 'company-field', re: /(?:公司名称|企业名称|运营主体|运营方|开发者名称|主体名称|运营者名称)\s*[：:]\s*\S/, notSdk: true, unless: /SDK|sdk|第三方/ },
      { name: 'we-are', re: new RegExp(`我们(?:是|即|指)[^。；]{2,50}?${COMPANY}`), notSdk: true },
      { name: 'company-we', re: new RegExp(`${COMPANY}[^。；]{0,20}[（(][^）)]{0,40}[“"「]?(?:我们|我方|本公司)`), notSdk: true },
    ],
  },
  {
    item: 'controller-contact',
    gate: /@|\d{5}|地址|客服|反馈|联系|热线|电话|邮箱/,
    patterns: [
      { name: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/, notSdk: true },
      { name: 'hotline', re: /(?<!\d)(?:400|800)[-－\s]?\d{3}[-－\s]?\d{4}(?!\d)|(?<!\d)0\d{2,3}[-－]\d{7,8}(?!\d)/, notSdk: true },
      { name: 'phone-labelled', re: /(?:电话|热线|客服|致电|拨打|联系方式)[^。；]{0,16}(?<!\d)(?:1[3-9]\d{9}|\d{3,4}[-－\s]?\d{7,8}|95\d{3,5}|\d{5,6})(?!\d)/, notSdk: true },
      {
        name: 'address',
        re: /(?:(?:联系|通讯|通信|办公|注册|公司|邮寄|联络|经营)地址|住所地?|(?:^|[\s，。；;,、（(])地址)\s*(?:为|是|位于|：|:)/,
        and: LOCATION,
        notSdk: true,
      },
      {
        name: 'online-form',
        re: /在线客服|意见反馈|帮助与反馈|帮助和反馈|反馈(?:入口|渠道|功能|页面|中心)|客服(?:中心|入口|系统|热线|电话|邮箱)|联系客服|人工客服|客服与帮助/,
        and: /联系|咨询|反馈|投诉|举报|问题|疑问|意见|建议|请求|申请|行使/,
        notSdk: true,
      },
      { name: 'contact-us', re: /(?:与|和|联系)我们(?:联系|取得联系)?[^。]{0,30}(?:电话|邮箱|邮件|地址|客服|反馈|方式|渠道|途径)|(?:方式|渠道|途径|客服)[^。；]{0,10}(?:与|和)?(?:联系)我们/, notSdk: true },
    ],
  },
];
