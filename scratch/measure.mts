import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { parseJson } from '/work/main/src/parse/json.ts';
import { visit } from 'jsonc-parser';
const root = '/work/shared/corpus/independent-publisher-connectors';
const texts: string[] = [];
for (const d of readdirSync(root)) for (const f of ['apiDefinition.swagger.json','apiProperties.json']) { const p = `${root}/${d}/latest/${f}`; if (existsSync(p)) texts.push(readFileSync(p,'utf8').replace(/^\uFEFF/,'')); }
const bytes = texts.reduce((a,t)=>a+t.length,0);
function time(name: string, fn: (t:string)=>void) { for (let r=0;r<3;r++){ const s=performance.now(); for (const t of texts) fn(t); const e=performance.now()-s; if(r==2) console.log(name, e.toFixed(0)+'ms', (bytes/1e6).toFixed(1)+'MB'); } }
time('JSON.parse', t => { try { JSON.parse(t) } catch {} });
time('parseTree+value', t => { parseJson(t) });
time('visit dup scan', t => { const stack: Set<string>[] = []; visit(t, { onObjectBegin: () => { stack.push(new Set()) }, onObjectEnd: () => { stack.pop() }, onObjectProperty: (k) => { const s = stack[stack.length-1]!; s.add(k) } }) });
time('JSON.parse+visit', t => { try { JSON.parse(t) } catch {}; visit(t, { onObjectBegin: () => {}, onObjectProperty: () => {} }) });
let diag=0, files=0; for (const t of texts) { const p=parseJson(t); if(p.diagnostics.length){files++; diag+=p.diagnostics.length;} } console.log('files with diagnostics',files,'diagnostics',diag);
