// fast-xml-parser loaded on first use (text manifests, XML plists): its ESM build costs ~50 ms to load, which an
// APK-only run should not pay. The bundled CommonJS build loads faster and synchronously.
import { createRequire } from 'node:module';
import type { X2jOptions, XMLParser } from 'fast-xml-parser';

let ctor: (new (opts: X2jOptions) => XMLParser) | undefined;

export function xmlParser(opts: X2jOptions): XMLParser {
  ctor ??= (createRequire(import.meta.url)('fast-xml-parser') as { XMLParser: new (opts: X2jOptions) => XMLParser }).XMLParser;
  return new ctor(opts);
}
