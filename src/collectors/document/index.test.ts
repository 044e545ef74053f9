import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../core/paths.js';
import { subjectWith } from '../../test-support/fixtures.js';
import { collectDocument, collectDocuments, sha256File } from './index.js';

const fx = (name: string) => join(projectRoot(), 'test', 'fixtures', 'documents', name);

test('collectDocuments reads each manifest item relative to the subject folder and reports missing files', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-docs-'));
  try {
    await mkdir(join(dir, 'filing'));
    await copyFile(fx('scan.pdf'), join(dir, 'filing', 'credit-code.pdf'));
    await copyFile(fx('scan.png'), join(dir, 'filing', 'legal-rep.pdf')); // a PNG under a .PDF name
    const subject = subjectWith({
      evidence: [
        { id: 'credit', kind: 'FIL-01', path: 'filing/credit-code.pdf' },
        { kind: 'FIL-02', path: 'filing/legal-rep.pdf' },
        { id: 'gone', kind: 'FIL-03', path: 'filing/missing.pdf' },
        { id: 'folder', kind: 'FIL-04', path: 'filing' },
      ],
    });
    const { artifacts, errors } = await collectDocuments(subject, dir);
    assert.equal(artifacts.length, 2);
    const [credit, rep] = artifacts;
    assert.equal(credit!.evidenceId, 'credit');
    assert.equal(credit!.evidenceKind, 'FIL-01');
    assert.equal(credit!.format, 'pdf');
    assert.equal(credit!.extension, 'pdf');
    assert.equal(credit!.size, 2415);
    assert.equal(credit!.sha256, '386a4268ebba2e071c02ed98669c87aaf3df5d89854dc170bbce6f49e5530b2d');
    assert.equal(credit!.source, join(dir, 'filing', 'credit-code.pdf'));
    // No id: the path identifies the item.
    assert.equal(rep!.evidenceId, 'filing/legal-rep.pdf');
    assert.equal(rep!.format, 'png');
    assert.equal(rep!.extension, 'pdf');

    assert.deepEqual(
      errors.map((e) => [e.evidenceId, e.path]),
      [
        ['gone', 'filing/missing.pdf'],
        ['folder', 'filing'],
      ],
    );
    assert.match(errors[0]!.message, /file not found: filing\/missing\.pdf/);
    assert.match(errors[1]!.message, /is a folder/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('collectDocument lower-cases the extension and keeps the detail of what the bytes showed', async () => {
  const r = await collectDocument({ kind: 'FIL-07', path: 'sheet.xls' }, join(projectRoot(), 'test', 'fixtures', 'documents'));
  assert.ok(r.ok);
  assert.equal(r.artifact.format, 'xls');
  assert.match(r.artifact.detail ?? '', /Workbook/);
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-docs-'));
  try {
    await copyFile(fx('scan.jpg'), join(dir, 'SCAN.JPEG'));
    const up = await collectDocument({ kind: 'FIL-05', path: 'SCAN.JPEG' }, dir);
    assert.ok(up.ok);
    assert.equal(up.artifact.extension, 'jpeg');
    assert.equal(up.artifact.format, 'jpeg');
    const none = await collectDocument({ kind: 'FIL-05', path: 'noext' }, dir);
    assert.ok(!none.ok);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('sha256File streams: the hash of a 3 MB file read in chunks equals the hash of its bytes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'faceaudit-docs-'));
  try {
    const bytes = randomBytes(3 * 1024 * 1024 + 17);
    const f = join(dir, 'big.bin');
    await writeFile(f, bytes);
    assert.equal(await sha256File(f), createHash('sha256').update(bytes).digest('hex'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
