// Permission → sensor → which face recognition scenarios need it (BIO-02, seed 000 §2(6) 传感器数据缺乏权限保护).
// Android and HarmonyOS permissions by their last name segment; iOS by the Info.plist usage key.
// Only the face scenarios of the subject are known features; a sensor no scenario needs is unexplained.
import type { Scenario } from '../../subject/schema.js';

export interface Sensor {
  id: string;
  zh: string;
  en: string;
  permissions: string[];
  /** Which scenario needs this sensor; absent = no face recognition scenario does. */
  neededBy?: (s: Scenario) => boolean;
  need?: { zh: string; en: string };
}

/** Face capture on the person's own phone: apps, mini-programs, H5 pages. */
const CAPTURES_ON_PHONE = (s: Scenario) => s.setting === 'mobile-app' || s.setting === 'mini-program' || s.setting === 'h5';

export const SENSORS: readonly Sensor[] = [
  {
    id: 'camera',
    zh: '摄像头',
    en: 'camera',
    permissions: ['CAMERA', 'NSCameraUsageDescription'],
    neededBy: CAPTURES_ON_PHONE,
    need: { zh: '在手机端采集人脸的场景（App、小程序、H5）', en: 'scenarios that capture faces on the phone (app, mini-program, H5)' },
  },
  {
    id: 'microphone',
    zh: '麦克风',
    en: 'microphone',
    permissions: ['RECORD_AUDIO', 'MICROPHONE', 'NSMicrophoneUsageDescription'],
  },
  {
    id: 'body-sensors',
    zh: '身体传感器（心率、血氧等）',
    en: 'body sensors (heart rate, blood oxygen…)',
    permissions: ['BODY_SENSORS', 'BODY_SENSORS_BACKGROUND', 'READ_HEALTH_DATA', 'NSHealthShareUsageDescription'],
  },
  {
    id: 'motion-high-rate',
    zh: '高频运动传感器（加速度计、陀螺仪）',
    en: 'high-rate motion sensors (accelerometer, gyroscope)',
    permissions: ['HIGH_SAMPLING_RATE_SENSORS', 'ACCELEROMETER', 'GYROSCOPE'],
  },
  {
    id: 'activity',
    zh: '身体活动识别',
    en: 'physical activity recognition',
    permissions: ['ACTIVITY_RECOGNITION', 'ACTIVITY_MOTION', 'NSMotionUsageDescription'],
  },
];

const byPermission = new Map<string, Sensor>();
for (const s of SENSORS) for (const p of s.permissions) byPermission.set(p, s);

/** The sensor a declared permission (android.permission.X, ohos.permission.X, X or an iOS key) opens. */
export function sensorOf(permission: string): Sensor | undefined {
  return byPermission.get(permission.trim().split('.').pop() ?? '');
}
