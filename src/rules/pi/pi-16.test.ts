import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from './pi-16.js';
import { appWith, check, policyFromSentences, run, subjectWith, trafficWith } from '../../test-support/fixtures.js';
import { fieldCategory, permissionCategory } from './permission-words.js';

const v = (f: ReturnType<typeof run>, id: string) => check(f, id)[0]?.verdict;
const app = { setting: 'mobile-app' as const };
const policy = policyFromSentences([
  ['在您使用扫码、人脸核验功能时，我们会申请相机权限。', ['data-types', 'purpose']],
  ['为向您推荐附近门店，我们会收集您的位置信息。', ['data-types', 'purpose']],
  ['您可以在设置中关闭权限。', ['withdraw-consent']],
]);

test('PI-16 maps Android, HarmonyOS and iOS permission names to the same words', () => {
  assert.equal(permissionCategory('android.permission.CAMERA')?.id, 'camera');
  assert.equal(permissionCategory('ohos.permission.CAMERA')?.id, 'camera');
  assert.equal(permissionCategory('NSLocationWhenInUseUsageDescription')?.id, 'location');
  assert.equal(permissionCategory('android.permission.READ_PHONE_STATE')?.id, 'phone');
  assert.equal(permissionCategory('android.permission.INTERNET'), undefined);
  assert.equal(fieldCategory('Android_ID')?.id, 'phone');
});

test('PI-16 passes permissions the policy explains and ignores normal ones', () => {
  const a = appWith({ permissions: ['android.permission.CAMERA', 'android.permission.ACCESS_FINE_LOCATION', 'android.permission.INTERNET'] });
  const f = run(rule, subjectWith({ scenario: app }), { app: [a], policy: [policy] });
  const p = check(f, 'PI-16.permissions')[0]!;
  assert.equal(p.verdict, 'pass');
  assert.equal(p.evidence.length, 2);
});

test('PI-16 fails permissions no data-type or purpose sentence explains', () => {
  const a = appWith({ permissions: ['android.permission.CAMERA', 'android.permission.READ_CONTACTS', 'android.permission.RECORD_AUDIO'] });
  const f = run(rule, subjectWith({ scenario: app }), { app: [a], policy: [policy] });
  const p = check(f, 'PI-16.permissions')[0]!;
  assert.equal(p.verdict, 'fail');
  assert.deepEqual(
    p.evidence.map((e) => e.text.split(' ')[0]),
    ['android.permission.READ_CONTACTS', 'android.permission.RECORD_AUDIO'],
  );
});

test('PI-16 fails personal data in traffic that the policy never mentions', () => {
  const tr = trafficWith([{ url: 'https://api.example.com/report', personalData: ['IMEI', 'latitude'] }]);
  const f = run(rule, subjectWith({ scenario: app }), { app: [appWith()], policy: [policy], traffic: [tr] });
  const t = check(f, 'PI-16.traffic')[0]!;
  assert.equal(t.verdict, 'fail');
  assert.equal(t.evidence.length, 1);
  assert.match(t.evidence[0]!.text, /IMEI/);
});

test('PI-16 needs the app and policy, and the scene test answer', () => {
  const f = run(rule, subjectWith({ scenario: app }));
  assert.deepEqual(check(f, 'PI-16.permissions')[0]!.missing, ['artifact:app', 'artifact:policy']);
  assert.deepEqual(check(f, 'PI-16.scenes')[0]!.missing, ['question:Q-PI16-PERMISSION-SCENES']);
  assert.equal(check(f, 'PI-16.traffic').length, 0);
  const g = run(rule, subjectWith({ scenario: { setting: 'offline-device' } }));
  assert.equal(v(g, 'PI-16.permissions'), 'not-applicable');
});
