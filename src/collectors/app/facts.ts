// Facts for the rules, from what the package carries: face SDKs and the comparison side their vendors document,
// liveness, and each sensitive permission with the code or SDKs that need it. No verdicts here: rules judge.
import type { AppFacts, AppModelFile, AppPermissionUse, AppSdk, SdkCategory } from '../../core/artifacts.js';

interface Group {
  id: string;
  /** Permission names (Android, HarmonyOS) and iOS usage-description keys of this group. */
  permissions: RegExp;
  /** Android framework/library type descriptor prefixes whose presence in the DEX means the code uses the feature. */
  android: string[];
  /** iOS class names (found as `_OBJC_CLASS_$_Name` symbols in the executables). */
  ios: string[];
  /** HarmonyOS module names imported by ArkTS code. */
  harmony: string[];
  /** SDK categories that need the feature themselves. */
  sdkCategories: SdkCategory[];
}

export const PERMISSION_GROUPS: Group[] = [
  {
    id: 'camera',
    permissions: /^(android\.permission\.CAMERA|ohos\.permission\.CAMERA|NSCameraUsageDescription)$/,
    android: ['Landroid/hardware/Camera;', 'Landroid/hardware/Camera$', 'Landroid/hardware/camera2/', 'Landroidx/camera/', 'Landroid/webkit/PermissionRequest;'],
    ios: ['AVCaptureDevice', 'AVCaptureSession'],
    harmony: ['multimedia.camera', 'cameraPicker'],
    sdkCategories: ['face-recognition', 'liveness', 'id-ocr'],
  },
  {
    id: 'microphone',
    permissions: /^(android\.permission\.RECORD_AUDIO|ohos\.permission\.MICROPHONE|NSMicrophoneUsageDescription|NSSpeechRecognitionUsageDescription)$/,
    android: ['Landroid/media/AudioRecord;', 'Landroid/media/MediaRecorder;', 'Landroid/speech/SpeechRecognizer;', 'Landroid/webkit/PermissionRequest;'],
    ios: ['AVAudioRecorder', 'SFSpeechRecognizer'],
    harmony: ['AudioCapturer', 'createAudioCapturer'],
    sdkCategories: [],
  },
  {
    id: 'location',
    permissions: /^(android\.permission\.ACCESS_(FINE|COARSE|BACKGROUND)_LOCATION|ohos\.permission\.(APPROXIMATELY_)?LOCATION(_IN_BACKGROUND)?|NSLocation\w*UsageDescription)$/,
    android: ['Landroid/location/', 'Lcom/google/android/gms/location/', 'Lcom/amap/api/location/', 'Lcom/baidu/location/', 'Lcom/tencent/map/geolocation/'],
    ios: ['CLLocationManager'],
    harmony: ['geoLocationManager', 'ohos.geolocation'],
    sdkCategories: ['map'],
  },
  {
    id: 'sensors',
    permissions:
      /^(android\.permission\.(BODY_SENSORS(_BACKGROUND)?|ACTIVITY_RECOGNITION|HIGH_SAMPLING_RATE_SENSORS)|com\.google\.android\.gms\.permission\.ACTIVITY_RECOGNITION|ohos\.permission\.(ACCELEROMETER|GYROSCOPE|ACTIVITY_MOTION|READ_HEALTH_DATA)|NSMotionUsageDescription|NSHealth\w*UsageDescription)$/,
    android: ['Landroid/hardware/SensorManager;', 'Landroid/hardware/Sensor;', 'Lcom/google/android/gms/location/ActivityRecognition', 'Landroidx/health/'],
    ios: ['CMMotionManager', 'CMPedometer', 'CMMotionActivityManager', 'HKHealthStore'],
    harmony: ['ohos.sensor', '@ohos:sensor'],
    sdkCategories: [],
  },
  {
    id: 'contacts',
    permissions: /^(android\.permission\.(READ|WRITE)_CONTACTS|ohos\.permission\.(READ|WRITE)_CONTACTS|NSContactsUsageDescription)$/,
    android: ['Landroid/provider/ContactsContract'],
    ios: ['CNContactStore', 'ABAddressBook'],
    harmony: ['contact'],
    sdkCategories: [],
  },
  {
    id: 'phone',
    permissions: /^(android\.permission\.(READ_PHONE_STATE|READ_PHONE_NUMBERS|READ_PRECISE_PHONE_STATE|CALL_PHONE)|ohos\.permission\.GET_TELEPHONY_STATE)$/,
    android: ['Landroid/telephony/TelephonyManager;', 'Landroid/telephony/SubscriptionManager;'],
    ios: [],
    harmony: ['telephony.sim', 'telephony.radio'],
    sdkCategories: [],
  },
  {
    id: 'sms',
    permissions: /^(android\.permission\.(READ_SMS|RECEIVE_SMS|SEND_SMS|RECEIVE_MMS|RECEIVE_WAP_PUSH)|ohos\.permission\.(READ|RECEIVE|SEND)_MESSAGES)$/,
    android: ['Landroid/telephony/SmsManager;', 'Landroid/telephony/SmsMessage;', 'Landroid/provider/Telephony$Sms'],
    ios: [],
    harmony: ['telephony.sms'],
    sdkCategories: [],
  },
  {
    id: 'call-log',
    permissions: /^(android\.permission\.(READ_CALL_LOG|WRITE_CALL_LOG|PROCESS_OUTGOING_CALLS)|ohos\.permission\.(READ|WRITE)_CALL_LOG)$/,
    android: ['Landroid/provider/CallLog'],
    ios: [],
    harmony: ['callLog'],
    sdkCategories: [],
  },
  {
    id: 'calendar',
    permissions: /^(android\.permission\.(READ|WRITE)_CALENDAR|ohos\.permission\.(READ|WRITE)_CALENDAR|NSCalendars\w*UsageDescription|NSRemindersUsageDescription)$/,
    android: ['Landroid/provider/CalendarContract'],
    ios: ['EKEventStore'],
    harmony: ['calendarManager'],
    sdkCategories: [],
  },
  {
    id: 'biometric',
    permissions: /^(android\.permission\.(USE_BIOMETRIC|USE_FINGERPRINT)|ohos\.permission\.ACCESS_BIOMETRIC|NSFaceIDUsageDescription)$/,
    android: ['Landroid/hardware/biometrics/', 'Landroidx/biometric/', 'Landroid/hardware/fingerprint/', 'Landroidx/core/hardware/fingerprint/'],
    ios: ['LAContext'],
    harmony: ['userIAM', 'userAuth'],
    sdkCategories: [],
  },
];

/** Which code markers of the groups a set of DEX/class type descriptors contains ("api android.hardware.Camera"). */
export class AndroidApiScan {
  private readonly prefixes = [...new Set(PERMISSION_GROUPS.flatMap((g) => g.android))];
  /** Marker prefix → the first type seen under it (shown as evidence). */
  readonly found = new Map<string, string>();
  add(descriptor: string): void {
    if (!descriptor.startsWith('Landroid') && !descriptor.startsWith('Lcom/')) return;
    for (const p of this.prefixes) if (descriptor.startsWith(p) && !this.found.has(p)) this.found.set(p, descriptor);
  }
}

/** All marker strings for binary scans on one platform. */
export function markersFor(platform: 'ios' | 'harmony'): string[] {
  const list = PERMISSION_GROUPS.flatMap((g) => g[platform]);
  return [...new Set(platform === 'ios' ? list.map((n) => `_OBJC_CLASS_$_${n}`) : list)];
}

const readable = (marker: string): string => marker.replace(/^_OBJC_CLASS_\$_/, '').replace(/^L/, '').replace(/;$/, '').replace(/\//g, '.');

export interface FactsInput {
  platform: 'android' | 'ios' | 'harmony' | 'sdk';
  permissions: string[];
  sdks: AppSdk[];
  models: AppModelFile[];
  /** Code markers found (DEX descriptor prefixes, iOS symbols, HarmonyOS module names) → what was seen. */
  apiMarkers: Map<string, string>;
  codeAnalysed: boolean;
}

function combine(sides: (AppSdk['comparison'] | undefined)[]): NonNullable<AppFacts['face']['comparison']> {
  const known = new Set(sides.filter((s): s is 'local' | 'cloud' | 'both' => s === 'local' || s === 'cloud' || s === 'both'));
  if (known.has('both') || (known.has('local') && known.has('cloud'))) return 'both';
  if (known.has('local')) return 'local';
  if (known.has('cloud')) return 'cloud';
  return 'unknown';
}

export function deriveFacts(input: FactsInput): AppFacts {
  const faceSdks = input.sdks.filter((s) => s.face);
  const livenessSdks = input.sdks.filter((s) => s.categories.includes('liveness'));
  const faceModels = input.models.filter((m) => m.faceHint).map((m) => m.path);
  const livenessModels = input.models.filter((m) => m.faceHint && /live|spoof/.test(m.faceHint)).map((m) => m.path);
  const face: AppFacts['face'] = { present: faceSdks.length > 0, sdks: faceSdks.map((s) => s.id), models: faceModels };
  if (faceSdks.length) face.comparison = combine(faceSdks.map((s) => s.comparison));

  const sensitive: AppPermissionUse[] = [];
  for (const permission of input.permissions) {
    const group = PERMISSION_GROUPS.find((g) => g.permissions.test(permission));
    if (!group) continue;
    const markers = input.platform === 'ios' ? group.ios.map((n) => `_OBJC_CLASS_$_${n}`) : input.platform === 'harmony' ? group.harmony : group.android;
    const usedBy = [...new Set(markers.filter((m) => input.apiMarkers.has(m)).map((m) => `api ${readable(input.apiMarkers.get(m)!)}`))];
    for (const sdk of input.sdks) {
      const cat = sdk.categories.find((c) => group.sdkCategories.includes(c));
      if (cat) usedBy.push(`sdk ${sdk.id} (${cat})`);
    }
    sensitive.push({ permission, group: group.id, usedBy });
  }
  return {
    face,
    liveness: { present: livenessSdks.length > 0 || livenessModels.length > 0, sdks: livenessSdks.map((s) => s.id), models: livenessModels },
    sensitivePermissions: sensitive,
    unusedSensitivePermissions: input.codeAnalysed ? sensitive.filter((p) => p.usedBy.length === 0).map((p) => p.permission) : [],
    codeAnalysed: input.codeAnalysed,
  };
}
