// Debian's Chromium driven by playwright-core: screenshots and PDFs of our own HTML reports.
// No browser download: the executable comes from the system (apt-get install chromium).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.FACEAUDIT_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) {
    throw Object.assign(new Error('Chromium is not installed: run `apt-get install -y chromium` (or set FACEAUDIT_CHROMIUM)'), { userFacing: true });
  }
  // The flags keep Chromium from reaching out to the network at start (the machine has none).
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface RenderResult {
  pdf?: Buffer;
  png?: Buffer;
  consoleErrors: string[];
}

/** Loads self-contained HTML (no network: every request is blocked) and prints it or takes a screenshot. */
export async function renderInChromium(html: string, what: { pdf?: boolean; png?: boolean; width?: number }): Promise<RenderResult> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: what.width ?? 1200, height: 900 } });
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const out: RenderResult = { consoleErrors };
    if (what.png) out.png = await page.screenshot({ fullPage: true });
    if (what.pdf) out.pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } });
    return out;
  } finally {
    await browser.close();
  }
}
