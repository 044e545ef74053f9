// What the browser journey tests share: where screenshots go, a page that records script errors and may reach
// only our server, and a click that waits for the reload the page script does after a successful request.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** FACEAUDIT_SCREENSHOT_DIR keeps the screenshots; otherwise a temporary folder that `removeShots` deletes. */
export function screenshotDir(): string {
  const dir = process.env.FACEAUDIT_SCREENSHOT_DIR || mkdtempSync(join(tmpdir(), 'faceaudit-shots-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function removeShots(dir: string): void {
  if (!process.env.FACEAUDIT_SCREENSHOT_DIR) rmSync(dir, { recursive: true, force: true });
  else process.stdout.write(`screenshots: ${dir}\n`);
}

/** A new context (zh-CN, 1280×900) and page; page errors go to `errors`; requests off `base` are aborted (no CDN). */
export async function openPage(browser: Browser, base: string, errors: string[]): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  return { ctx, page };
}

/** Clicks and waits for the reload (or navigation) after a successful request; an error the page shows fails. */
export async function clickAndLoad(page: Page, selector: string, timeout = 20_000): Promise<void> {
  const loaded = page.waitForEvent('load', { timeout }).then(() => null);
  await page.click(selector);
  const problem = page.locator('[data-msg].err, #msg.err').first();
  const failed = problem.waitFor({ timeout }).then(() => problem.textContent(), () => null);
  const r = await Promise.race([loaded, failed]);
  if (r) throw new Error(`the page reported an error: ${r}`);
}
