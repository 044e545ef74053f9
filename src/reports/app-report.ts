// Reports of the app package analyzer: `faceaudit app FILE… --format json|html|md`.
// JSON is the artifacts as they are; Markdown and HTML (one self-contained file, no scripts or external assets)
// show the same facts for a reader: face and liveness SDKs first, then every SDK, permissions, models, hosts.
import type { AppArtifact, AppSdk } from '../core/artifacts.js';
import type { Finding, Text } from '../core/types.js';
import { esc } from './html-escape.js';

export type AppReportFormat = 'json' | 'html' | 'md';

export interface AppReportError {
  file: string;
  problem: string;
  message: string;
}

const COMPARISON: Record<string, Text> = {
  local: { zh: '本地比对', en: 'on the device' },
  cloud: { zh: '云端比对', en: 'in the cloud' },
  both: { zh: '本地与云端', en: 'device and cloud' },
  unknown: { zh: '未知', en: 'unknown' },
};

const PLATFORM: Record<AppArtifact['platform'], string> = { android: 'Android', ios: 'iOS', harmony: 'HarmonyOS', sdk: 'SDK (AAR/JAR)' };

const t = (x: Text): string => `${x.zh} ${x.en}`;

// ---- JSON ------------------------------------------------------------------------------------------------

/** `{ apps: [artifact…], errors: [...] }`. */
export function appJson(apps: AppArtifact[], errors: AppReportError[] = []): string {
  return JSON.stringify({ apps, errors }, null, 2);
}

// ---- Shared summaries --------------------------------------------------------------------------------------

function faceSummary(a: AppArtifact): string[] {
  const f = a.facts;
  if (!f) return [];
  const lines: string[] = [];
  lines.push(
    f.face.present
      ? `人脸SDK Face SDK: ${f.face.sdks.join(', ')} — 比对位置 comparison: ${t(COMPARISON[f.face.comparison ?? 'unknown']!)}`
      : '未发现人脸SDK No face SDK found',
  );
  lines.push(f.liveness.present ? `活体检测 Liveness: ${[...f.liveness.sdks, ...f.liveness.models].join(', ')}` : '未发现活体检测 No liveness SDK or model found');
  if (f.face.models.length) lines.push(`人脸相关模型 Face-related models: ${f.face.models.join(', ')}`);
  if (f.unusedSensitivePermissions.length) lines.push(`未见使用代码的敏感权限 Sensitive permissions with no code or SDK that uses them: ${f.unusedSensitivePermissions.join(', ')}`);
  if (!f.codeAnalysed) lines.push('未能读取代码，无法判断权限是否被使用 Code could not be read: permission use not assessed');
  return lines;
}

function sdkRow(s: AppSdk): string[] {
  return [s.name, s.vendor, s.categories.join(', '), s.face ? `是 yes${s.comparison ? ` (${t(COMPARISON[s.comparison]!)})` : ''}` : '否 no', s.evidence.join('; ')];
}

function meta(a: AppArtifact): string {
  return [
    `${PLATFORM[a.platform]}${a.format ? ` (${a.format})` : ''}`,
    a.package && `包名 package: ${a.package}`,
    a.version && `版本 version: ${a.version}${a.build ? ` (${a.build})` : ''}`,
    a.minSdk !== undefined && `minSdk ${a.minSdk}`,
    a.targetSdk !== undefined && `targetSdk ${a.targetSdk}`,
    a.classCount ? `类 classes: ${a.classCount}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

// ---- Markdown --------------------------------------------------------------------------------------------

const md = (s: string): string => s.replace(/([\\|*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');

function mdTable(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

export function appMarkdown(apps: AppArtifact[], errors: AppReportError[] = []): string {
  const out: string[] = ['# 应用包分析 / App package analysis', ''];
  for (const a of apps) {
    out.push(`## ${md(a.source)}`, '', md(meta(a)), '');
    for (const l of faceSummary(a)) out.push(`- ${md(l)}`);
    out.push('', `### 第三方SDK Third-party SDKs (${a.sdks.length})`, '');
    out.push(...(a.sdks.length ? mdTable(['名称 Name', '厂商 Vendor', '类别 Categories', '人脸 Face', '识别依据 Evidence'], a.sdks.map(sdkRow)) : ['—']), '');
    out.push(`### 权限 Permissions (${a.permissions.length})`, '');
    const uses = new Map((a.facts?.sensitivePermissions ?? []).map((p) => [p.permission, p]));
    out.push(
      ...(a.permissions.length
        ? mdTable(
            ['权限 Permission', '敏感类别 Sensitive group', '使用者 Used by'],
            a.permissions.map((p) => {
              const u = uses.get(p);
              return [p + (a.usageDescriptions?.[p] ? ` — “${a.usageDescriptions[p]}”` : ''), u?.group ?? '', u ? u.usedBy.join('; ') || '未发现 none found' : ''];
            }),
          )
        : ['—']),
      '',
    );
    out.push(`### 原生库 Native libraries (${a.nativeLibs.length})`, '', a.nativeLibs.length ? a.nativeLibs.map((l) => `\`${l}\``).join(' ') : '—', '');
    out.push(`### 模型文件 Model files (${a.models.length})`, '');
    out.push(...(a.models.length ? mdTable(['路径 Path', '格式 Format', '大小 Size', 'SHA-256'], a.models.map((m) => [m.path, m.format, String(m.size), m.sha256])) : ['—']), '');
    out.push(`### 域名 Hosts (${a.hosts.length})`, '', a.hosts.length ? a.hosts.map(md).join(', ') : '—', '');
    if (a.warnings?.length) out.push('### 注意 Warnings', '', ...a.warnings.map((w) => `- ${md(w)}`), '');
  }
  if (errors.length) {
    out.push('## 无法分析的文件 Files that could not be analysed', '', ...mdTable(['文件 File', '问题 Problem', '说明 Message'], errors.map((e) => [e.file, e.problem, e.message])), '');
  }
  return out.join('\n');
}

// ---- HTML ------------------------------------------------------------------------------------------------

function htmlTable(head: string[], rows: string[][]): string {
  if (!rows.length) return '<p>—</p>';
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const CSS = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;line-height:1.5;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem;word-break:break-all}
h3{font-size:1.05rem;margin-top:1.5rem}table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top;word-break:break-word}th{background:#f6f8fa}
.meta{color:#57606a}.face{background:#fff8c5;border:1px solid #d4a72c;padding:.6rem 1rem;border-radius:6px}
.face li{margin:.2rem 0}code{background:#f6f8fa;padding:0 .25rem;border-radius:3px}.err{color:#cf222e}`;

export function appHtml(apps: AppArtifact[], errors: AppReportError[] = []): string {
  const parts: string[] = [];
  for (const a of apps) {
    const uses = new Map((a.facts?.sensitivePermissions ?? []).map((p) => [p.permission, p]));
    parts.push(
      `<section><h2>${esc(a.source)}</h2><p class="meta">${esc(meta(a))}</p>`,
      `<ul class="face">${faceSummary(a)
        .map((l) => `<li>${esc(l)}</li>`)
        .join('')}</ul>`,
      `<h3>第三方SDK Third-party SDKs (${a.sdks.length})</h3>`,
      htmlTable(['名称 Name', '厂商 Vendor', '类别 Categories', '人脸 Face', '识别依据 Evidence'], a.sdks.map(sdkRow)),
      `<h3>权限 Permissions (${a.permissions.length})</h3>`,
      htmlTable(
        ['权限 Permission', '说明 Usage text', '敏感类别 Sensitive group', '使用者 Used by'],
        a.permissions.map((p) => {
          const u = uses.get(p);
          return [p, a.usageDescriptions?.[p] ?? '', u?.group ?? '', u ? u.usedBy.join('; ') || '未发现 none found' : ''];
        }),
      ),
      `<h3>原生库 Native libraries (${a.nativeLibs.length})</h3>`,
      a.nativeLibs.length ? `<p>${a.nativeLibs.map((l) => `<code>${esc(l)}</code>`).join(' ')}</p>` : '<p>—</p>',
      `<h3>模型文件 Model files (${a.models.length})</h3>`,
      htmlTable(['路径 Path', '格式 Format', '大小 Size', 'SHA-256'], a.models.map((m) => [m.path, m.format, String(m.size), m.sha256])),
      `<h3>域名 Hosts (${a.hosts.length})</h3>`,
      `<p>${a.hosts.length ? a.hosts.map(esc).join(', ') : '—'}</p>`,
      a.warnings?.length ? `<h3>注意 Warnings</h3><ul>${a.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : '',
      '</section>',
    );
  }
  if (errors.length) {
    parts.push('<section><h2 class="err">无法分析的文件 Files that could not be analysed</h2>', htmlTable(['文件 File', '问题 Problem', '说明 Message'], errors.map((e) => [e.file, e.problem, e.message])), '</section>');
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>应用包分析 App package analysis</title><style>${CSS}</style></head><body><h1>应用包分析 / App package analysis</h1>${parts.join('\n')}</body></html>\n`;
}

/** Findings of the rules that compare an app with its policy (PI-10, PI-16), per app. */
export interface AppPolicyComparison {
  app: string;
  findings: Finding[];
}

const VERDICT_WORDS: Record<string, string> = { fail: '不符合 fail', 'needs-evidence': '待补充证据 needs evidence', manual: '需人工查验 manual', pass: '符合 pass', 'not-applicable': '不适用 n/a' };

function comparisonMarkdown(c: AppPolicyComparison[]): string {
  const out = ['', '## 与隐私政策比对 Compared with the privacy policy (PI-10, PI-16)', ''];
  for (const x of c) {
    out.push(`### ${x.app}`, '');
    for (const f of x.findings) {
      out.push(`- **${VERDICT_WORDS[f.verdict]}** \`${f.checkId}\`: ${f.message.zh} ${f.message.en}`);
      for (const e of f.evidence.slice(0, 12)) out.push(`  - ${e.text}${e.location ? ` — \`${e.location}\`` : ''}`);
      if (f.remediation) out.push(`  - 整改 Fix: ${f.remediation.zh} ${f.remediation.en}`);
    }
    out.push('');
  }
  return out.join('\n');
}

function comparisonHtml(c: AppPolicyComparison[]): string {
  return `<section><h2>与隐私政策比对 <span class="en">Compared with the privacy policy (PI-10, PI-16)</span></h2>${c
    .map(
      (x) =>
        `<h3>${esc(x.app)}</h3><ul>${x.findings
          .map(
            (f) =>
              `<li><b>${esc(VERDICT_WORDS[f.verdict])}</b> <code>${esc(f.checkId)}</code> ${esc(f.message.zh)} <span class="en">${esc(f.message.en)}</span><ul>${f.evidence
                .slice(0, 12)
                .map((e) => `<li>${esc(e.text)}${e.location ? ` <code>${esc(e.location)}</code>` : ''}</li>`)
                .join('')}</ul>${f.remediation ? `<div>整改 ${esc(f.remediation.zh)} <span class="en">${esc(f.remediation.en)}</span></div>` : ''}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('')}</section>`;
}

export function appReport(apps: AppArtifact[], errors: AppReportError[], format: AppReportFormat, comparisons: AppPolicyComparison[] = []): string {
  if (format === 'json') {
    return comparisons.length ? JSON.stringify({ apps, errors, policyComparison: comparisons }, null, 2) : appJson(apps, errors);
  }
  if (format === 'md') return appMarkdown(apps, errors) + (comparisons.length ? comparisonMarkdown(comparisons) : '');
  const html = appHtml(apps, errors);
  return comparisons.length ? html.replace('</body>', `${comparisonHtml(comparisons)}</body>`) : html;
}
