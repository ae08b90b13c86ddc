// Precision audit: runs every rule on a corpus of merged connectors and prints, per rule and level, findings,
// connectors touched and the share of connectors each rule fails. Exits 1 when an error rule fails more than 5 % of
// the connectors and its page gives no reason (`levelReason`).
//   npm run audit -- [--profile <id>] [--target package|repository] [--corpus <dir>] [--json]
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isProfileId } from '../src/core/profiles.js';
import type { RuleDocs } from '../src/core/rule.js';
import { loadConnector } from '../src/node/load.js';
import { validateConnector } from '../src/index.js';
import { moduleDocs, ruleFolders } from './module-docs.js';
import { auditFindings, renderAudit } from './precision-audit.js';

const root = resolve(import.meta.dirname, '..');

/** `<corpus>/<kind>/<name>/latest/` folders, sorted. */
function latestFolders(corpus: string): string[] {
  const folders: string[] = [];
  for (const kind of readdirSync(corpus).sort()) {
    const kindDir = join(corpus, kind);
    if (!statSync(kindDir).isDirectory()) continue;
    for (const name of readdirSync(kindDir).sort()) {
      const latest = join(kindDir, name, 'latest');
      try {
        if (statSync(latest).isDirectory()) folders.push(latest);
      } catch {
        // Not a connector folder.
      }
    }
  }
  return folders;
}

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'independent-publisher' },
      target: { type: 'string', default: 'package' },
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const profile = values.profile;
  if (!isProfileId(profile)) throw new Error(`unknown profile '${profile}'`);
  const target = values.target;
  if (target !== 'package' && target !== 'repository') throw new Error(`unknown target '${target}' (package or repository)`);
  const corpus = resolve(values.corpus ?? process.env.CONNECTOR_CORPUS ?? join(root, '..', 'shared', 'corpus'));
  let folders: string[];
  try {
    folders = latestFolders(corpus);
  } catch {
    throw new Error(`cannot read the corpus at ${corpus} (give --corpus <dir>)`);
  }
  if (folders.length === 0) throw new Error(`no <kind>/<name>/latest/ folders under ${corpus}`);
  const results = [];
  for (const folder of folders) results.push(validateConnector(await loadConnector(folder), { profile, target }).findings);
  const audit = auditFindings(results, await moduleDocs<RuleDocs>(...(await ruleFolders(root))));
  process.stdout.write(values.json ? `${JSON.stringify({ profile, target, corpus, ...audit }, null, 2)}\n` : `${renderAudit(audit, `${profile} (${target}) on ${corpus}`)}\n`);
  return audit.rows.some((row) => row.unexplained) ? 1 : 0;
}

run().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`audit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
