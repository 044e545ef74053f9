import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { faceTerm, modelFormatFromBytes, modelFormatFromName, scanModels } from './models.js';
import { makeZip, tempDir } from './testzip.js';
import { ZipArchive } from './zip.js';

test('face terms are whole words of the file name', () => {
  assert.equal(faceTerm('assets/face_landmark_68.bin'), 'face');
  assert.equal(faceTerm('FaceDetector.tflite'), 'face');
  assert.equal(faceTerm('blazeface_short_range.tflite'), 'blazeface');
  assert.equal(faceTerm('SenseID_Liveness_Interactive.model'), 'liveness');
  assert.equal(faceTerm('anti_spoofing_v2.onnx'), 'anti_spoofing');
  assert.equal(faceTerm('mobilefacenet.param'), 'mobilefacenet');
  for (const no of ['material_timepicker_clockface.xml', 'interface.json', 'surface.bin', 'facebook_sdk.json', 'typeface.ttf']) assert.equal(faceTerm(no), undefined, no);
});

test('formats by name: model extensions, ncnn pairs, face-named data files, never compiled resources', () => {
  assert.equal(modelFormatFromName('assets/x.tflite'), 'tflite');
  assert.equal(modelFormatFromName('assets/det.onnx'), 'onnx');
  assert.equal(modelFormatFromName('assets/det.mnn'), 'mnn');
  assert.equal(modelFormatFromName('assets/det.bin', new Set(['assets/det.param'])), 'ncnn');
  assert.equal(modelFormatFromName('assets/det.bin'), undefined);
  assert.equal(modelFormatFromName('assets/face_det.bin'), 'bin');
  assert.equal(modelFormatFromName('assets/haarcascade_frontalface_default.xml'), 'opencv-cascade');
  assert.equal(modelFormatFromName('res/layout/face_view.xml'), undefined);
  assert.equal(modelFormatFromName('BundleConfig.pb'), undefined);
  assert.equal(modelFormatFromName('Payload/A.app/Face.mlmodelc/coremldata.bin'), 'coreml');
  assert.equal(modelFormatFromName('assets/face.png'), undefined);
});

test('formats by bytes: TFLite, ncnn and MNN magic', () => {
  assert.equal(modelFormatFromBytes(Buffer.from('\x1c\x00\x00\x00TFL3\x00\x00', 'latin1')), 'tflite');
  assert.equal(modelFormatFromBytes(Buffer.from('7767517\n')), 'ncnn');
  assert.equal(modelFormatFromBytes(Buffer.from('PK\x03\x04', 'latin1')), undefined);
});

test('models in a package are found (also under hidden names) and hashed as streamed', async () => {
  const tflite = Buffer.concat([Buffer.from('\x1c\x00\x00\x00TFL3', 'latin1'), Buffer.alloc(40_000, 3)]);
  const param = Buffer.from('7767517\n3 3\nInput data 0 1 data\n');
  const bin = Buffer.alloc(5000, 9);
  const t = tempDir();
  try {
    const path = join(t.dir, 'm.apk');
    writeFileSync(
      path,
      makeZip([
        { name: 'assets/model.dat', data: tflite },
        { name: 'assets/face/det.param', data: param },
        { name: 'assets/face/det.bin', data: bin },
        { name: 'assets/readme.txt', data: 'x'.repeat(50_000) },
        { name: 'res/drawable/face.png', data: 'png' },
      ]),
    );
    const z = await ZipArchive.open(path);
    try {
      const models = await scanModels(z);
      const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
      assert.deepEqual(models, [
        { path: 'assets/model.dat', size: tflite.length, format: 'tflite', sha256: sha(tflite) },
        { path: 'assets/face/det.param', size: param.length, format: 'ncnn', sha256: sha(param) },
        { path: 'assets/face/det.bin', size: bin.length, format: 'ncnn', sha256: sha(bin) },
      ]);
    } finally {
      await z.close();
    }
  } finally {
    t.done();
  }
});
