// BIO-02: sensor permissions (camera, microphone, body and motion sensors) only where a face recognition
// scenario needs them (seed 000 §2(6)); the permission → sensor → need table is in sensors.ts.
import type { Evidence } from '../../core/types.js';
import type { Rule } from '../rule.js';
import { fromInspection, needArtifact, t } from '../helpers.js';
import { ONLINE_SETTINGS, scenariosOf } from '../pi/util.js';
import { sensorOf } from './sensors.js';

const remediation = t(
  '删除人脸识别功能不需要的传感器权限；确有其他功能需要的，只在该功能使用时申请，并在隐私政策中说明用途。检查人员核实后可记录查验结果。',
  'Remove sensor permissions no face recognition feature needs; where another feature truly needs one, ask for it only when that feature is used and explain it in the privacy policy. An inspector can record the result after checking.',
);

const rule: Rule = {
  id: 'BIO-02',
  chapter: 'BIO',
  title: t('传感器权限按需申请', 'Sensor permissions only where needed'),
  requirement: t(
    '摄像头、麦克风、身体传感器、加速度计等传感器数据仅在功能需要时申请和收集。',
    'Sensor data (camera, microphone, body sensors, accelerometer…) is requested only where a feature needs it.',
  ),
  source: ['seed 000 §2(6)', 'seed 000 §3(4)'],
  decidedBy: ['A'],
  scope: 'processor',
  inputs: { artifacts: ['app'], facts: ['scenario.setting'] },
  evaluate(ctx) {
    const checkId = 'BIO-02.sensors';
    const inspected = fromInspection(ctx, checkId, remediation);
    if (inspected) return [inspected];
    const scenarios = scenariosOf(ctx.subject);
    const apps = ctx.artifacts.app;
    if (apps.length === 0) {
      return scenarios.some((s) => ONLINE_SETTINGS.includes(s.setting))
        ? [{ checkId, verdict: 'needs-evidence', message: t('未提供应用安装包，无法检查传感器权限。', 'No app package supplied to check sensor permissions.'), missing: needArtifact('app') }]
        : [{ checkId, verdict: 'not-applicable', message: t('没有 App、小程序或 H5 场景，也未提供安装包。', 'No app, mini-program or H5 scenario, and no package supplied.') }];
    }
    const unexplained: Evidence[] = [];
    const explained: Evidence[] = [];
    for (const app of apps) {
      for (const name of new Set([...app.permissions, ...Object.keys(app.usageDescriptions ?? {})])) {
        const sensor = sensorOf(name);
        if (!sensor) continue;
        const by = sensor.neededBy ? scenarios.filter(sensor.neededBy) : [];
        if (by.length) {
          explained.push({ kind: 'permission', text: `${name} (${sensor.zh}) — ${by.map((s) => s.id).join(', ')}`, location: app.source });
        } else {
          // What the app analyzer found using it, when it read the code: shown so the reader can judge.
          const use = app.facts?.sensitivePermissions.find((p) => p.permission === name)?.usedBy ?? [];
          const unused = app.facts?.unusedSensitivePermissions.includes(name);
          const code = use.length ? `; used by ${use.join(', ')}` : unused ? '; 代码中未发现使用 / nothing in the code uses it' : '';
          unexplained.push({
            kind: 'permission',
            text: `${name} (${sensor.zh} / ${sensor.en}) — 没有人脸识别场景需要 / no face recognition scenario needs it${sensor.need ? `（需要者：${sensor.need.zh}）` : ''}${code}`,
            location: app.source,
          });
        }
      }
    }
    if (unexplained.length) {
      return [
        {
          checkId,
          verdict: 'fail',
          message: t('应用申请了没有人脸识别场景需要的传感器权限。', 'The app asks for sensor permissions that no face recognition scenario needs.'),
          evidence: unexplained,
          remediation,
        },
      ];
    }
    return [
      {
        checkId,
        verdict: 'pass',
        message: explained.length
          ? t('应用申请的传感器权限均有人脸识别场景需要。', 'Every sensor permission the app asks for is needed by a face recognition scenario.')
          : t('应用未申请摄像头、麦克风、身体或运动传感器权限。', 'The app asks for no camera, microphone, body or motion sensor permission.'),
        evidence: explained.length ? explained : apps.map((a) => ({ kind: 'permission' as const, text: `${a.permissions.length} permissions, no sensor permission`, location: a.source })),
      },
    ];
  },
};
export default rule;
