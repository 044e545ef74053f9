// HAR (HTTP Archive 1.2) → TrafficArtifact. Collects what each request carries; never judges.
// Browsers, Charles and mitmproxy all export HAR; fields beyond the few we read are ignored.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import type { TrafficArtifact, TrafficRequest } from '../../core/artifacts.js';
import { inspectBody } from './body.js';

export const MAX_HAR_BYTES = 200 * 1024 * 1024;

export class TrafficInputError extends Error {
  readonly userFacing = true;
  constructor(file: string, why: string) {
    super(`${file}: ${why}`);
    this.name = 'TrafficInputError';
  }
}

const NameValue = z.object({ name: z.string(), value: z.string() });
const HarEntry = z.object({
  startedDateTime: z.string().optional(),
  request: z.object({
    method: z.string(),
    url: z.string(),
    headers: z.array(NameValue).optional(),
    queryString: z.array(NameValue).optional(),
    bodySize: z.number().optional(),
    postData: z
      .object({
        mimeType: z.string().optional(),
        text: z.string().optional(),
        params: z.array(z.object({ name: z.string(), value: z.string().optional(), contentType: z.string().optional(), fileName: z.string().optional() })).optional(),
      })
      .optional(),
  }),
  response: z.object({ status: z.number() }).optional(),
});
const Har = z.object({ log: z.object({ entries: z.array(HarEntry) }) });

function scheme(url: URL): TrafficRequest['scheme'] {
  const s = url.protocol.replace(':', '');
  return s === 'http' || s === 'https' || s === 'ws' || s === 'wss' ? s : 'other';
}

export function parseHarText(text: string, source: string): TrafficArtifact {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TrafficInputError(source, `not a HAR file: the JSON does not parse (${(e as Error).message})`);
  }
  const har = Har.safeParse(json);
  if (!har.success) {
    const first = har.error.issues[0];
    throw new TrafficInputError(source, `not a HAR file: ${first?.path.join('.') || 'log'} ${first?.message ?? ''}`.trim());
  }
  const requests: TrafficRequest[] = [];
  for (const e of har.data.log.entries) {
    let url: URL;
    try {
      url = new URL(e.request.url);
    } catch {
      continue; // a malformed URL in one entry should not lose the rest of the capture
    }
    const pd = e.request.postData;
    const body = inspectBody({
      path: url.pathname,
      query: [...url.searchParams.entries()].map(([name, value]) => ({ name, value })),
      mime: pd?.mimeType,
      text: pd?.text,
      params: pd?.params,
    });
    const bytes = e.request.bodySize !== undefined && e.request.bodySize >= 0 ? e.request.bodySize : Buffer.byteLength(pd?.text ?? '');
    requests.push({
      method: e.request.method,
      url: url.href,
      host: url.hostname,
      scheme: scheme(url),
      ...(e.response ? { status: e.response.status } : {}),
      ...(pd?.mimeType ? { requestMime: pd.mimeType } : {}),
      requestBytes: bytes,
      ...(body.face ? { faceData: body.face } : {}),
      ...(body.personalData.length ? { personalData: body.personalData } : {}),
      ...(e.startedDateTime ? { startedAt: e.startedDateTime } : {}),
    });
  }
  return { kind: 'traffic', source, requests };
}

export function analyzeHarFile(file: string): TrafficArtifact {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new TrafficInputError(file, 'file not found');
  }
  if (size > MAX_HAR_BYTES) throw new TrafficInputError(file, `too large (${size} bytes; at most ${MAX_HAR_BYTES})`);
  const buf = readFileSync(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new TrafficInputError(file, 'not UTF-8 text: HAR files are UTF-8 JSON');
  }
  return parseHarText(text, basename(file));
}
