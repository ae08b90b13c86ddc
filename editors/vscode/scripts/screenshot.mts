// Draws images/diagnostics.png for the marketplace page: the real findings of examples/failing (validateConnector, the
// same engine the server runs), painted in an editor-like page and captured by headless Chromium. It is a rendering of
// our diagnostics, not a capture of VS Code. Run from the repository root: npx tsx editors/vscode/scripts/screenshot.mts
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { validateConnector } from '../../../src/index.js';
import { loadConnector } from '../../../src/node/load.js';

const here = dirname(fileURLToPath(import.meta.url));
const example = join(here, '..', '..', '..', 'examples', 'failing');
const fileName = 'apiDefinition.swagger.json';
const firstLine = 1;
const lastLine = 36;

const findings = validateConnector(await loadConnector(example)).findings.filter((f) => f.file === fileName && f.range);
const shown = findings.filter((f) => f.range!.start.line >= firstLine && f.range!.start.line <= lastLine);
const hovered = shown.find((f) => f.ruleId === 'meta-basepath')!;
const lines = readFileSync(join(example, fileName), 'utf8').split(/\r?\n/);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const colours = { error: '#f14c4c', warning: '#cca700', info: '#3794ff' } as const;

/** One source line with a wavy underline under each finding's columns on it (ranges are 1-based, end exclusive). */
function lineHtml(number: number): string {
  const text = lines[number - 1] ?? '';
  const marks = shown.filter((f) => f.range!.start.line === number);
  let html = '';
  let at = 0;
  for (const f of marks.sort((a, b) => a.range!.start.column - b.range!.start.column)) {
    const start = Math.max(at, f.range!.start.column - 1);
    const end = f.range!.end.line === number ? f.range!.end.column - 1 : text.length;
    if (end <= start) continue;
    html += escape(text.slice(at, start)) + `<span class="squiggle" style="text-decoration-color:${colours[f.severity]}">${escape(text.slice(start, end))}</span>`;
    at = end;
  }
  html += escape(text.slice(at));
  const hover = hoverAt(number);
  return `<div class="line"><span class="gutter">${number}</span><span class="code">${html || ' '}</span>${hover}</div>`;
}

function hoverAt(number: number): string {
  if (hovered.range!.start.line !== number) return '';
  return `<div class="hover"><div>${escape(hovered.message)}</div><div class="meta">connector-certify(<u>${hovered.ruleId}</u>)</div>
    <div class="actions">View Problem &nbsp;&nbsp; <b>Quick Fix… (Ctrl+.)</b></div></div>`;
}

const problems = shown
  .slice(0, 9)
  .map((f) => `<div class="problem"><span class="dot" style="background:${colours[f.severity]}"></span>${escape(f.message)} <span class="meta">connector-certify(${f.ruleId}) [Ln ${f.range!.start.line}, Col ${f.range!.start.column}]</span></div>`)
  .join('');

const page = `<!doctype html><html><head><style>
  body { margin: 0; background: #1e1e1e; color: #d4d4d4; font: 13px/19px Consolas, 'DejaVu Sans Mono', monospace; width: 1200px; }
  .tab { background: #252526; color: #fff; padding: 6px 14px; font-family: sans-serif; font-size: 12px; border-bottom: 1px solid #333; }
  .editor { padding: 6px 0; position: relative; }
  .line { white-space: pre; position: relative; }
  .gutter { display: inline-block; width: 44px; color: #858585; text-align: right; padding-right: 18px; }
  .squiggle { text-decoration: underline wavy; text-underline-offset: 3px; }
  .hover { position: absolute; left: 140px; top: 22px; z-index: 2; background: #252526; border: 1px solid #454545; padding: 8px 10px;
           width: 560px; white-space: normal; font-family: sans-serif; font-size: 12.5px; box-shadow: 0 2px 8px #000; }
  .hover .actions { margin-top: 8px; padding-top: 6px; border-top: 1px solid #454545; color: #3794ff; }
  .meta { color: #9d9d9d; }
  .panel { border-top: 1px solid #414141; background: #1e1e1e; font-family: sans-serif; font-size: 12.5px; padding: 4px 12px 10px; }
  .panel h2 { font-size: 11px; letter-spacing: .05em; color: #e7e7e7; margin: 6px 0; font-weight: 600; }
  .problem { padding: 2px 0; }
  .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 8px; }
</style></head><body>
  <div class="tab">examples/failing/${fileName}</div>
  <div class="editor">${Array.from({ length: lastLine - firstLine + 1 }, (_, i) => lineHtml(firstLine + i)).join('')}</div>
  <div class="panel"><h2>PROBLEMS ${findings.length}</h2>${problems}</div>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
  await tab.setContent(page);
  await tab.screenshot({ path: join(here, '..', 'images', 'diagnostics.png'), fullPage: true });
} finally {
  await browser.close();
}
console.log(`Wrote images/diagnostics.png: ${shown.length} of ${findings.length} findings of ${fileName} in view.`);
