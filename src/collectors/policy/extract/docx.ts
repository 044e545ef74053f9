// DOCX: word/document.xml read from the zip with yauzl and streamed through htmlparser2 in XML mode.
// Paragraphs become lines; table cells are separated by a tab and rows by a newline.
import yauzl from 'yauzl';
import { Parser } from 'htmlparser2';
import { PolicyInputError } from '../errors.js';
import type { Extracted } from './types.js';

const MAX_XML = 64 * 1024 * 1024;

export async function extractDocx(buf: Uint8Array, file: string): Promise<Extracted> {
  const xml = await readEntry(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'word/document.xml', file);
  const text = documentXmlToText(xml);
  return { text, format: 'docx' };
}

export function documentXmlToText(xml: string): string {
  const out: string[] = [];
  let inText = 0;
  let cellDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'w:t') inText++;
        else if (name === 'w:tab') out.push('\t');
        else if (name === 'w:br' || name === 'w:cr') out.push('\n');
        else if (name === 'w:tc') cellDepth++;
      },
      ontext(t) {
        if (inText) out.push(t);
      },
      onclosetag(name) {
        if (name === 'w:t') inText--;
        // inside a cell, paragraphs are joined with a space so that a row stays one line
        else if (name === 'w:p') out.push(cellDepth ? ' ' : '\n');
        else if (name === 'w:tc') {
          cellDepth--;
          out.push('\t');
        } else if (name === 'w:tr') out.push('\n');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/ *\t */g, '\t').replace(/^ +|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function readEntry(buf: Buffer, name: string, file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(new PolicyInputError('corrupt', file, `the file is not a readable ZIP/DOCX (${err?.message ?? 'unknown error'}).`));
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        found = true;
        if (entry.uncompressedSize > MAX_XML) {
          zip.close();
          return reject(new PolicyInputError('too-large', file, `${name} is ${entry.uncompressedSize} bytes uncompressed, over the ${MAX_XML}-byte limit.`));
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(new PolicyInputError('corrupt', file, `cannot read ${name} (${e?.message}).`));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_XML) {
              stream.destroy();
              reject(new PolicyInputError('too-large', file, `${name} inflates past the ${MAX_XML}-byte limit.`));
            } else chunks.push(c);
          });
          stream.on('error', (se) => reject(new PolicyInputError('corrupt', file, `cannot inflate ${name} (${se.message}).`)));
          stream.on('end', () => {
            zip.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      zip.on('end', () => {
        if (!found) reject(new PolicyInputError('unsupported-format', file, `the ZIP file has no ${name}: it is not a Word .docx document.`));
      });
      zip.on('error', (e: Error) => reject(new PolicyInputError('corrupt', file, `the ZIP/DOCX is damaged (${e.message}).`)));
      zip.readEntry();
    });
  });
}
