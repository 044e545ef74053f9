// Every real policy of the corpus is analysed, or refused with a clear PolicyInputError; the artifact keeps
// its invariants (offsets index the clean text, which for .txt is the file minus BOM with CRLF → LF).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { POLICY_ITEMS, type PolicyArtifact } from '../../core/artifacts.js';
import { corpusDir } from '../../core/paths.js';
import { analyzePolicyFile } from './analyze.js';
import { PolicyInputError } from './errors.js';

const dir = corpusDir('policies');
const files = readdirSync(dir).sort();

function checkInvariants(a: PolicyArtifact, file: string): void {
  let last = 0;
  for (const [i, s] of a.sentences.entries()) {
    assert.equal(a.text.slice(s.start, s.end), s.text, `${file} sentence ${i}: text is not text.slice(start, end)`);
    assert.ok(s.start >= last && s.end > s.start, `${file} sentence ${i}: offsets out of order`);
    last = s.end;
    for (const t of s.tags) assert.ok(s.why?.[t], `${file} sentence ${i}: tag ${t} has no reason`);
  }
  for (const id of POLICY_ITEMS) {
    const idx = a.sentences.flatMap((s, i) => (s.tags.includes(id) ? [i] : []));
    assert.deepEqual(a.items[id].sentences, idx, `${file}: items.${id} disagrees with the tags`);
    assert.equal(a.items[id].present, idx.length > 0);
  }
}

function expectedText(file: string, encoding: string | undefined): string {
  const bytes = readFileSync(`${dir}/${file}`);
  const text = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes); // drops a BOM
  return text.replace(/\r\n/g, '\n');
}

test(`all ${files.length} corpus policies are analysed or refused with a clear reason`, async () => {
  assert.ok(files.length >= 251);
  const refused: string[] = [];
  let analysed = 0;
  for (const file of files) {
    let a: PolicyArtifact;
    try {
      a = await analyzePolicyFile(`${dir}/${file}`);
    } catch (e) {
      assert.ok(e instanceof PolicyInputError, `${file}: ${(e as Error).stack}`);
      assert.ok(e.message.length > 40, `${file}: the message says too little`);
      // the only refusals in this corpus: pages saved after GBK was decoded as UTF-8 (text lost for good)
      assert.equal(e.problem, 'corrupt', `${file}: ${e.message}`);
      refused.push(file);
      continue;
    }
    analysed++;
    checkInvariants(a, file);
    if (file.endsWith('.txt')) assert.equal(a.text, expectedText(file, a.encoding), `${file}: clean text is not the file minus BOM with LF line ends`);
    assert.ok(a.sentences.length > 5, `${file}: only ${a.sentences.length} sentences`);
  }
  assert.equal(refused.length, 8, refused.join(', '));
  assert.equal(analysed, files.length - 8);
});

test('most corpus policies disclose the basic items (a broad recall check, not a label-based one)', async () => {
  const counts = Object.fromEntries(POLICY_ITEMS.map((i) => [i, 0])) as Record<string, number>;
  let n = 0;
  let faceWords = 0;
  for (const file of files) {
    let a: PolicyArtifact;
    try {
      a = await analyzePolicyFile(`${dir}/${file}`);
    } catch {
      continue;
    }
    n++;
    if (/人脸|刷脸|面部/.test(a.text)) faceWords++;
    for (const id of POLICY_ITEMS) if (a.items[id].present) counts[id]!++;
  }
  // every scraped policy is a full app privacy policy: these items are in nearly all of them
  for (const id of ['purpose', 'data-types', 'rights', 'third-party-sharing', 'policy-update', 'security-measures'] as const) {
    assert.ok(counts[id]! / n > 0.9, `${id} found in only ${counts[id]} of ${n}`);
  }
  // face-info follows the words themselves (the README says about 100 of the 250 mention 人脸)
  assert.ok(Math.abs(counts['face-info']! - faceWords) <= faceWords * 0.15, `face-info ${counts['face-info']} vs ${faceWords} texts with face words`);
});
