// Streams a binary entry (Mach-O executable, ArkTS .abc) looking for marker strings and URL hosts, chunk by
// chunk with an overlap, so a 200 MB executable is never held in memory whole.
import { scanText } from './hosts.js';
import type { ZipArchive, ZipEntry } from './zip.js';

const OVERLAP = 1024;

export async function scanBinary(zip: ZipArchive, entry: ZipEntry, markers: string[], found: Set<string>, hosts: Set<string>): Promise<void> {
  let carry = '';
  await zip.forEachChunk(entry, (chunk) => {
    const text = carry + chunk.toString('latin1');
    for (const m of markers) if (!found.has(m) && text.includes(m)) found.add(m);
    scanText(text, hosts);
    carry = text.slice(-OVERLAP);
  });
}
