// Machine-learning model files shipped in a package (a biometric bill of materials, BIO-03): found by extension,
// by magic bytes for assets with other names, and by face-related names; each hashed with SHA-256 as it streams.
import { createHash } from 'node:crypto';
import type { AppModelFile } from '../../core/artifacts.js';
import type { ZipArchive, ZipEntry } from './zip.js';

/** Extensions that are model formats on their own. */
const BY_EXTENSION: Record<string, string> = {
  tflite: 'tflite',
  lite: 'tflite',
  onnx: 'onnx',
  ort: 'onnx',
  mnn: 'mnn',
  param: 'ncnn',
  caffemodel: 'caffe',
  pt: 'pytorch',
  ptl: 'pytorch',
  torchscript: 'pytorch',
  nb: 'paddle-lite',
  tnnmodel: 'tnn',
  tnnproto: 'tnn',
  rknn: 'rknn',
  om: 'huawei-om',
  ms: 'mindspore',
  dlc: 'snpe',
  mlmodel: 'coreml',
  pb: 'tensorflow',
};

/** Extensions that are models only when the name says face / landmark / liveness (or an ncnn pair). */
const WITH_FACE_NAME = new Set(['bin', 'model', 'dat', 'data', 'xml', 'json', 'prototxt', 'weights', 'params', 'mdl', 'pkg']);

/** Files that are never models, whatever their name says. */
const NEVER = new Set(['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'mp3', 'mp4', 'ogg', 'wav', 'ttf', 'otf', 'html', 'htm', 'js', 'css', 'txt', 'md', 'so', 'dex', 'class', 'kotlin_builtins', 'properties', 'version', 'plist', 'nib', 'strings', 'car', 'storyboardc', 'lottie']);

// Matched as whole words of the file name (split at punctuation, digits and camelCase), so "clockface" or
// "interface" do not count but "face_landmark_68", "FaceDetector" and "blazeface" do.
const FACE_TERMS =
  /_(blazeface|retinaface|ultraface|mobilefacenet|arcface|insightface|facenet|facemesh|face_mesh|mtcnn|pfld|scrfd|yunet|sface|shape_predictor|frontalface|landmarks?|liveness|live_detect(?:ion)?|anti_?spoof(?:ing)?|spoof(?:ing)?|silent_face|faces?|facial)_/;

/** The face-related term in a file name, if any. */
export function faceTerm(path: string): string | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const words = base
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])/)
    .filter(Boolean);
  return FACE_TERMS.exec(`_${words.join('_')}_`)?.[1];
}

function extension(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i + 1);
}

/** Model format from the path alone, or undefined when the name does not make it a model. */
export function modelFormatFromName(path: string, siblings?: ReadonlySet<string>): string | undefined {
  const lower = path.toLowerCase();
  if (/\.mlmodelc\/(?:coremldata\.bin|model\.espresso\.weights|weights\/weight\.bin|model\.mil)$/.test(lower)) return 'coreml';
  const ext = extension(path);
  if (NEVER.has(ext)) return undefined;
  if (ext === 'pb' && !/(^|\/)(assets|res\/raw|resources\/rawfile)\//.test(lower) && !lower.includes('.app/')) return undefined;
  const known = BY_EXTENSION[ext];
  if (known) return known;
  // ncnn ships a .param with a .bin of the same stem.
  if (ext === 'bin' && siblings?.has(path.slice(0, -4) + '.param')) return 'ncnn';
  // Compiled resources (res/layout, res/drawable…) are never models; res/raw and assets may be.
  if (WITH_FACE_NAME.has(ext) && faceTerm(path) && !/(^|\/)res\/(?!raw)[^/]+\//.test(lower)) return ext === 'xml' ? 'opencv-cascade' : ext === 'dat' && /shape_predictor/.test(lower) ? 'dlib' : ext;
  return undefined;
}

/** Model format from the first bytes, for assets whose names hide what they are. */
export function modelFormatFromBytes(head: Buffer): string | undefined {
  if (head.length >= 8 && head.toString('latin1', 4, 8) === 'TFL3') return 'tflite';
  if (head.toString('latin1', 0, 7) === '7767517') return 'ncnn';
  if (head.length >= 8 && head.toString('latin1', 0, 8) === 'MNNModel') return 'mnn';
  return undefined;
}

/** Folders whose files may be models under any name. */
const SNIFF_DIRS = /^(?:assets|res\/raw|resources\/rawfile|base\/assets|[^/]+\/assets)\//;
const SNIFF_MIN = 16 * 1024;
const SNIFF_MAX_FILES = 400;

export interface ModelScanOptions {
  /** Path shown for an entry (e.g. without "Payload/X.app/"). */
  display?: (entry: ZipEntry) => string;
  /** Extra folders to sniff (the iOS .app folder). */
  sniffDir?: RegExp;
}

/** Finds model files in an archive and hashes each by streaming it. */
export async function scanModels(zip: ZipArchive, opts: ModelScanOptions = {}): Promise<AppModelFile[]> {
  const names = new Set(zip.entries.map((e) => e.name));
  const found: { entry: ZipEntry; format: string }[] = [];
  let sniffed = 0;
  for (const entry of zip.entries) {
    if (entry.isDirectory || entry.size === 0) continue;
    let format = modelFormatFromName(entry.name, names);
    const ext = extension(entry.name);
    const mayHide = (SNIFF_DIRS.test(entry.name) || opts.sniffDir?.test(entry.name)) && !NEVER.has(ext) && entry.size >= SNIFF_MIN;
    if (!format && mayHide && sniffed < SNIFF_MAX_FILES && !entry.encrypted) {
      sniffed++;
      format = modelFormatFromBytes(await zip.head(entry, 16));
    }
    if (format) found.push({ entry, format });
  }
  const out: AppModelFile[] = [];
  for (const { entry, format } of found) {
    const path = opts.display ? opts.display(entry) : entry.name;
    const model: AppModelFile = { path, size: entry.size, format, sha256: await sha256(zip, entry) };
    const term = faceTerm(path);
    if (term) model.faceHint = term;
    out.push(model);
  }
  return out;
}

async function sha256(zip: ZipArchive, entry: ZipEntry): Promise<string> {
  const hash = createHash('sha256');
  await zip.forEachChunk(entry, (chunk) => hash.update(chunk));
  return hash.digest('hex');
}
