// Builds test inputs with real tools: iconv for encodings, python3's zipfile for DOCX, reportlab (Debian
// python3-reportlab + fonts-wqy-zenhei) for a PDF with a text layer, ghostscript's pdfimage24 device for a
// scanned (image-only) PDF. Tests that need a missing tool are skipped with the install command as reason.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../../core/paths.js';

export const WQY_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'faceaudit-policy-'));
}

export function corpusPolicy(name: string): string {
  return corpusDir('policies', name);
}


export { hasCommand, pythonWith } from '../../test-support/tools.js';
import { pythonWith } from '../../test-support/tools.js';

/** Re-encodes UTF-8 bytes with Debian's iconv. */
export function iconv(utf8: Buffer, to: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: utf8, maxBuffer: 64 * 1024 * 1024 });
}

const DOCX_PY = String.raw`
import sys, zipfile, json
from xml.sax.saxutils import escape
out, spec = sys.argv[1], json.load(open(sys.argv[2], encoding='utf-8'))
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
def p(t): return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(t)
body = ''.join(p(t) for t in spec['paragraphs'])
for table in spec.get('tables', []):
    body += '<w:tbl>' + ''.join('<w:tr>' + ''.join('<w:tc>%s</w:tc>' % p(c) for c in row) + '</w:tr>' for row in table) + '</w:tbl>'
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body)
ct = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/document.xml', doc)
`;

/** A minimal valid DOCX written by python3's zipfile. */
export function makeDocx(out: string, paragraphs: string[], tables: string[][][] = []): void {
  const dir = tempDir();
  writeFileSync(join(dir, 'mk.py'), DOCX_PY);
  writeFileSync(join(dir, 'spec.json'), JSON.stringify({ paragraphs, tables }));
  execFileSync(pythonWith('zipfile') ?? 'python3', [join(dir, 'mk.py'), out, join(dir, 'spec.json')]);
}

const PDF_PY = String.raw`
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.pagesizes import A4
pdfmetrics.registerFont(TTFont('zh', sys.argv[3], subfontIndex=0))
c = canvas.Canvas(sys.argv[2], pagesize=A4)
w, h = A4
y = h - 50
c.setFont('zh', 11)
def newline(step):
    global y
    y -= step
    if y < 50:
        c.showPage(); c.setFont('zh', 11); y = h - 50
for para in open(sys.argv[1], encoding='utf-8').read().split('\n'):
    line = ''
    for ch in para:
        if pdfmetrics.stringWidth(line + ch, 'zh', 11) > w - 100:
            c.drawString(50, y, line); newline(16); line = ''
        line += ch
    c.drawString(50, y, line); newline(24)
c.save()
`;

/** The python3 for reportlab, when it and the Chinese font are installed. */
export function pdfTools(): { python: string } | undefined {
  const python = pythonWith('reportlab');
  return python && existsSync(WQY_FONT) ? { python } : undefined;
}

/** A PDF with a real text layer (embedded subset font with ToUnicode), wrapping long paragraphs into lines. */
export function makeTextPdf(out: string, text: string): void {
  const tools = pdfTools();
  if (!tools) throw new Error('reportlab or the WenQuanYi font is missing');
  const dir = tempDir();
  writeFileSync(join(dir, 'mk.py'), PDF_PY);
  writeFileSync(join(dir, 'in.txt'), text);
  execFileSync(tools.python, [join(dir, 'mk.py'), join(dir, 'in.txt'), out, WQY_FONT]);
}

/** A scanned-looking PDF: every page rendered to an image by ghostscript, no text layer. */
export function makeImagePdf(out: string, fromPdf: string): void {
  execFileSync('gs', ['-q', '-dSAFER', '-sDEVICE=pdfimage24', '-r72', '-o', out, fromPdf]);
}

export const SKIP_PDF = 'needs Debian python3-reportlab and fonts-wqy-zenhei (apt-get install -y python3-reportlab fonts-wqy-zenhei)';
export const SKIP_GS = 'needs Debian ghostscript (apt-get install -y ghostscript)';

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
