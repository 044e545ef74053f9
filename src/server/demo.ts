// The demo organisation `npm start` loads: a company with examples/community-after.yaml as its subject, an
// evaluator granted access to it, and a regulator of the subject's province. Loaded once (skipped when the
// demo company exists). Passwords are printed by `faceaudit serve --demo`; never use the demo on a real server.
import { join } from 'node:path';
import { projectRoot } from '../core/paths.js';
import { addMembership, createOrganization, createSubject, createUser, grantSubject, actorFor, type Db } from '../platform/index.js';
import { loadSubject } from '../subject/load.js';

export const DEMO_PASSWORD = 'faceaudit-demo-2026';
export const DEMO_LOGINS = [
  { email: 'admin@demo-company.example.cn', role: '公司管理员 company admin' },
  { email: 'member@demo-company.example.cn', role: '公司成员 company member' },
  { email: 'evaluator@demo-evaluator.example.cn', role: '评估机构 evaluator (granted the demo subject)' },
  { email: 'regulator@demo-cac.example.cn', role: '省级网信办 regulator' },
] as const;
const COMPANY = '演示：某物业服务有限公司';

export async function loadDemo(db: Db): Promise<boolean> {
  const exists = await db.selectFrom('organizations').select('id').where('name', '=', COMPANY).executeTakeFirst();
  if (exists) return false;
  const subject = loadSubject(join(projectRoot(), 'examples', 'community-after.yaml'), { checkFiles: false }).subject;
  const province = subject.processor.province ?? '示例省';
  const user = async (email: string, name: string, orgId: string, role: 'admin' | 'member' | 'evaluator' | 'regulator') => {
    const u = await createUser(db, { email, name, password: DEMO_PASSWORD });
    await addMembership(db, { userId: u.id, orgId, role }, null);
    return (await actorFor(db, u.id, orgId))!;
  };
  const company = await createOrganization(db, { kind: 'company', name: COMPANY, province, ...(subject.processor.city ? { city: subject.processor.city } : {}) });
  const evaluator = await createOrganization(db, { kind: 'evaluator', name: '演示：第三方评估机构', province });
  const regulator = await createOrganization(db, { kind: 'regulator', name: `演示：${province}网信办`, province });
  const admin = await user(DEMO_LOGINS[0].email, '王管理员', company.id, 'admin');
  await user(DEMO_LOGINS[1].email, '李专员', company.id, 'member');
  await user(DEMO_LOGINS[2].email, '赵评估师', evaluator.id, 'evaluator');
  await user(DEMO_LOGINS[3].email, '陈审核员', regulator.id, 'regulator');
  const rec = await createSubject(db, admin, { data: subject, name: '某小区人脸识别门禁' });
  await grantSubject(db, admin, rec.id, evaluator.id);
  return true;
}
