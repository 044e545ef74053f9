// Looks inside one request (path, query, body) for face images and personal data fields.
// "Face" needs both an image and a face context: an image alone may be a product photo.

export interface BodyInput {
  path: string;
  query: { name: string; value: string }[];
  mime?: string;
  text?: string;
  params?: { name: string; value?: string; contentType?: string; fileName?: string }[];
}

export interface BodyFacts {
  face?: { detected: boolean; reason: string };
  personalData: string[];
}

// Whole-token face words (after splitting camelCase, snake_case, kebab-case and path segments).
const FACE_TOKENS = new Set(['face', 'faces', 'faceid', 'facecompare', 'faceverify', 'liveness', 'livedetect', 'selfie', 'portrait', 'facial', 'biometric', 'biometrics', 'rlsb', 'huoti', 'renlian']);
const FACE_CJK = /人脸|刷脸|活体|面部|人像/;

// Base64 starts of image formats: JPEG FF D8 FF → "/9j/", PNG → "iVBORw0KGgo", WebP RIFF → "UklGR".
const B64_IMAGE = /(\/9j\/|iVBORw0KGgo|UklGR)[A-Za-z0-9+/]{1000,}/;
const B64_URL_IMAGE = /data:image\/(jpeg|jpg|png|webp);base64,/i;

const PERSONAL: [string, RegExp][] = [
  ['imei', /^(imei|meid|deviceimei)$/],
  ['oaid', /^(oaid|idfa|gaid|adid|advertisingid)$/],
  ['android-id', /^(androidid|android_id)$/],
  ['mac', /^(mac|macaddress|wifimac)$/],
  ['phone', /^(phone|mobile|phonenumber|mobileno|tel|msisdn)$/],
  ['id-number', /^(idcard|idno|idnumber|certno|identitycard|sfzh)$/],
  ['name', /^(realname|truename|username_real|xm)$/],
  ['location', /^(lat|lng|lon|latitude|longitude|location|gps)$/],
];

function tokens(s: string): string[] {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const hasFaceWord = (s: string) => FACE_CJK.test(s) || tokens(s).some((t) => FACE_TOKENS.has(t));

/** Keys of a JSON or form body, flattened (only names: values are not kept). */
function bodyKeys(text: string, mime: string | undefined): string[] {
  const keys: string[] = [];
  if (mime?.includes('json') || /^\s*[{[]/.test(text)) {
    try {
      const walk = (v: unknown, depth: number) => {
        if (depth > 20 || v === null || typeof v !== 'object') return;
        for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
          if (!Array.isArray(v)) keys.push(k);
          walk(x, depth + 1);
        }
      };
      walk(JSON.parse(text), 0);
      return keys;
    } catch {
      /* not JSON after all */
    }
  }
  if (mime?.includes('x-www-form-urlencoded')) {
    for (const [k] of new URLSearchParams(text)) keys.push(k);
  }
  return keys;
}

export function inspectBody(b: BodyInput): BodyFacts {
  const text = b.text ?? '';
  const keys = [...b.query.map((q) => q.name), ...(b.params ?? []).map((p) => p.name), ...bodyKeys(text, b.mime)];
  const faceContext = [b.path, ...keys].filter(hasFaceWord);

  const images: string[] = [];
  const m = B64_IMAGE.exec(text);
  if (m) images.push(`base64 ${m[1] === '/9j/' ? 'JPEG' : m[1] === 'iVBORw0KGgo' ? 'PNG' : 'WebP'} in body`);
  if (B64_URL_IMAGE.test(text)) images.push('data: URL image in body');
  for (const p of b.params ?? []) if (p.contentType?.startsWith('image/') || /\.(jpe?g|png|webp)$/i.test(p.fileName ?? '')) images.push(`image part "${p.name}"`);
  if (b.mime?.startsWith('image/')) images.push(`${b.mime} body`);

  const personal = new Set<string>();
  for (const k of keys) {
    const norm = k.toLowerCase().replace(/[-\s]/g, '');
    for (const [label, re] of PERSONAL) if (re.test(norm)) personal.add(label);
  }
  return {
    ...(images.length
      ? {
          face: faceContext.length
            ? { detected: true, reason: `${images.join(', ')}; face context: ${faceContext.slice(0, 3).join(', ')}` }
            : { detected: false, reason: `${images.join(', ')} without a face context` },
        }
      : {}),
    personalData: [...personal].sort(),
  };
}
