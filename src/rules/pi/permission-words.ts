// Which words a privacy policy uses for what an app's permissions and requests touch (PI-16, PI-10).
// Android and HarmonyOS permissions are keyed by their last name segment (android.permission.CAMERA and
// ohos.permission.CAMERA → CAMERA); iOS by the Info.plist usage key. Permissions not listed here are
// normal (install-time) permissions that need no explanation of their own.

export interface PiCategory {
  id: string;
  /** Chinese name shown in messages. */
  zh: string;
  /** Words that show a policy sentence explains it (lower-case latin). */
  words: string[];
  /** Android / HarmonyOS permission names (last segment) and iOS usage keys. */
  permissions: string[];
  /** Field names a traffic analyzer may report in personalData (normalised: lower-case, letters and digits). */
  fields: string[];
}

export const PI_CATEGORIES: readonly PiCategory[] = [
  {
    id: 'camera',
    zh: '相机/摄像头',
    words: ['相机', '摄像头', '摄像', '拍照', '拍摄', '扫码', '扫一扫', '录像', '录制视频', 'camera'],
    permissions: ['CAMERA', 'NSCameraUsageDescription'],
    fields: [],
  },
  {
    id: 'location',
    zh: '位置/定位',
    words: ['位置', '定位', '经纬度', 'gps', '地理'],
    permissions: [
      'ACCESS_FINE_LOCATION',
      'ACCESS_COARSE_LOCATION',
      'ACCESS_BACKGROUND_LOCATION',
      'ACCESS_MEDIA_LOCATION',
      'LOCATION',
      'APPROXIMATELY_LOCATION',
      'LOCATION_IN_BACKGROUND',
      'NSLocationWhenInUseUsageDescription',
      'NSLocationAlwaysUsageDescription',
      'NSLocationAlwaysAndWhenInUseUsageDescription',
    ],
    fields: ['location', 'gps', 'latitude', 'longitude', 'lat', 'lng', 'lon', 'geo', 'cellid', 'wifilist', 'bssid', 'ssid'],
  },
  {
    id: 'contacts',
    zh: '通讯录',
    words: ['通讯录', '联系人'],
    permissions: ['READ_CONTACTS', 'WRITE_CONTACTS', 'GET_ACCOUNTS', 'NSContactsUsageDescription'],
    fields: ['contacts', 'contact', 'addressbook'],
  },
  {
    id: 'microphone',
    zh: '麦克风/录音',
    words: ['麦克风', '录音', '语音', '音频', 'microphone'],
    permissions: ['RECORD_AUDIO', 'MICROPHONE', 'NSMicrophoneUsageDescription', 'NSSpeechRecognitionUsageDescription'],
    fields: ['audio', 'voice'],
  },
  {
    id: 'storage',
    zh: '存储/相册',
    words: ['存储', '相册', '照片', '图片', '文件', '媒体', '图库'],
    permissions: [
      'READ_EXTERNAL_STORAGE',
      'WRITE_EXTERNAL_STORAGE',
      'MANAGE_EXTERNAL_STORAGE',
      'READ_MEDIA_IMAGES',
      'READ_MEDIA_VIDEO',
      'READ_MEDIA_AUDIO',
      'READ_MEDIA_VISUAL_USER_SELECTED',
      'READ_MEDIA',
      'WRITE_MEDIA',
      'READ_IMAGEVIDEO',
      'WRITE_IMAGEVIDEO',
      'FILE_ACCESS_MANAGER',
      'NSPhotoLibraryUsageDescription',
      'NSPhotoLibraryAddUsageDescription',
    ],
    fields: [],
  },
  {
    id: 'phone',
    zh: '电话/设备信息(IMEI)',
    words: ['电话', '设备信息', '设备标识', 'imei', 'imsi', 'meid', '手机状态', '通话状态', '本机号码', '设备识别码', '设备id', 'android id', 'androidid', 'oaid'],
    permissions: ['READ_PHONE_STATE', 'READ_PHONE_NUMBERS', 'READ_PRIVILEGED_PHONE_STATE', 'CALL_PHONE', 'GET_TELEPHONY_STATE', 'PLACE_CALL'],
    fields: ['imei', 'imsi', 'meid', 'iccid', 'serial', 'serialno', 'androidid', 'oaid', 'deviceid', 'udid', 'mac', 'macaddress'],
  },
  {
    id: 'call-log',
    zh: '通话记录',
    words: ['通话记录'],
    permissions: ['READ_CALL_LOG', 'WRITE_CALL_LOG', 'PROCESS_OUTGOING_CALLS'],
    fields: ['calllog', 'calllogs', 'callhistory'],
  },
  {
    id: 'sms',
    zh: '短信',
    words: ['短信', '彩信'],
    permissions: ['SEND_SMS', 'RECEIVE_SMS', 'READ_SMS', 'RECEIVE_MMS', 'RECEIVE_WAP_PUSH', 'READ_MESSAGES', 'SEND_MESSAGES'],
    fields: ['sms', 'smslist', 'messages'],
  },
  {
    id: 'calendar',
    zh: '日历',
    words: ['日历', '日程', '提醒事项'],
    permissions: ['READ_CALENDAR', 'WRITE_CALENDAR', 'NSCalendarsUsageDescription', 'NSRemindersUsageDescription'],
    fields: ['calendar'],
  },
  {
    id: 'sensors',
    zh: '传感器/运动健康',
    words: ['传感器', '运动', '步数', '身体活动', '加速度', '陀螺仪', '健康'],
    permissions: [
      'BODY_SENSORS',
      'BODY_SENSORS_BACKGROUND',
      'ACTIVITY_RECOGNITION',
      'ACTIVITY_MOTION',
      'READ_HEALTH_DATA',
      'ACCELEROMETER',
      'GYROSCOPE',
      'NSMotionUsageDescription',
      'NSHealthShareUsageDescription',
    ],
    fields: ['steps', 'heartrate', 'sensor'],
  },
  {
    id: 'bluetooth',
    zh: '蓝牙/附近设备',
    words: ['蓝牙', '附近设备', 'bluetooth'],
    permissions: ['BLUETOOTH_SCAN', 'BLUETOOTH_CONNECT', 'NEARBY_WIFI_DEVICES', 'DISCOVER_BLUETOOTH', 'ACCESS_BLUETOOTH', 'NSBluetoothAlwaysUsageDescription'],
    fields: [],
  },
  {
    id: 'app-list',
    zh: '应用列表',
    words: ['应用列表', '安装列表', '已安装', '软件列表', '应用程序列表', 'app列表'],
    permissions: ['QUERY_ALL_PACKAGES', 'GET_INSTALLED_APPS', 'GET_INSTALLED_BUNDLE_LIST'],
    fields: ['applist', 'installedapps', 'packages', 'pkglist'],
  },
  {
    id: 'ad-id',
    zh: '广告标识符',
    words: ['广告标识', 'idfa', 'oaid', '广告id', '追踪'],
    permissions: ['AD_ID', 'NSUserTrackingUsageDescription'],
    fields: ['idfa', 'gaid', 'adid'],
  },
  {
    id: 'face',
    zh: '人脸/面容',
    words: ['人脸', '面部', '面容', '刷脸', 'face id', '活体'],
    permissions: ['NSFaceIDUsageDescription'],
    fields: ['face', 'faceimage', 'facetemplate'],
  },
  {
    id: 'phone-number',
    zh: '手机号码',
    words: ['手机号', '电话号码', '手机号码', '联系电话'],
    permissions: [],
    fields: ['phone', 'mobile', 'phonenumber', 'tel', 'msisdn'],
  },
  {
    id: 'id-number',
    zh: '身份证件号码',
    words: ['身份证', '证件号', '证件信息'],
    permissions: [],
    fields: ['idcard', 'idnumber', 'idno', 'identitycard'],
  },
];

const byPermission = new Map<string, PiCategory>();
const byField = new Map<string, PiCategory>();
for (const c of PI_CATEGORIES) {
  for (const p of c.permissions) byPermission.set(p, c);
  for (const f of c.fields) byField.set(f, c);
}

/** The category of a permission name (android.permission.X, ohos.permission.X, X, or an iOS usage key). */
export function permissionCategory(name: string): PiCategory | undefined {
  const last = name.trim().split('.').pop() ?? '';
  return byPermission.get(last) ?? byPermission.get(last.toUpperCase());
}

/** The category of a personal-data field name reported by the traffic analyzer ("IMEI", "android_id"…). */
export function fieldCategory(name: string): PiCategory | undefined {
  return byField.get(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Does the text use one of the category's words? */
export function mentions(text: string, c: PiCategory): boolean {
  const low = text.toLowerCase();
  return c.words.some((w) => low.includes(w));
}
