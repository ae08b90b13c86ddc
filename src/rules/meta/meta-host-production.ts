import { getOwn } from '../../parse/pointer.js';
import { certification, defineRule, type RuleDocs } from '../../core/rule.js';

/** Words that name a non-production environment when they make up a subdomain label or a '-'-separated part of one. */
const environmentWords = new Set(['dev', 'develop', 'development', 'test', 'testing', 'staging', 'stage', 'sandbox', 'uat', 'qa', 'preprod']);

/** Why a host does not look like a production host, or `undefined`. */
export function nonProductionSign(host: string): string | undefined {
  const name = host.replace(/:[0-9]*$/, '').toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return "'localhost'";
  if (/^[0-9.]+$/.test(name) || name.startsWith('[')) return 'an IP address';
  const labels = name.split('.');
  if (labels.some((label) => label === 'ngrok' || label.startsWith('ngrok-'))) return 'an ngrok tunnel';
  // The last two labels are the registered domain and its suffix: 'dev.to' and 'shadify.dev' are production hosts.
  for (const label of labels.slice(0, -2)) {
    const word = label.split('-').map(withoutTrailingDigits).find((part) => environmentWords.has(part));
    if (word) return `the environment name '${word}'`;
  }
  return undefined;
}

/** 'dev2' → 'dev'; a scan, because an unanchored `[0-9]+$` is quadratic on long digit runs. */
function withoutTrailingDigits(part: string): string {
  let end = part.length;
  while (end > 0 && part.charCodeAt(end - 1) >= 48 && part.charCodeAt(end - 1) <= 57) end--;
  return part.slice(0, end);
}

export const docs: RuleDocs = {
  rationale: 'Certified connectors are used by everyone; Microsoft does not accept staging, development or test hosts. Whether a host is production cannot be known offline, so this rule looks for the usual signs.',
  fix: "Replace the host with the service's public production host name.",
  source: 'Microsoft Learn, certification submission.',
};

export default defineRule({
  meta: {
    id: 'meta-host-production',
    area: 'meta',
    description: '`host` is a production host, not a local, tunnelled, development, test or staging one (heuristic).',
    severity: certification('warning'),
    messages: {
      notProduction: "host '{host}' looks like a non-production host ({sign}); certified connectors must call the service's production host.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const host = getOwn(value, 'host');
        if (typeof host !== 'string') return;
        const sign = nonProductionSign(host.trim());
        if (sign) context.report({ messageId: 'notProduction', pointer: '/host', data: { host: host.slice(0, 80), sign } });
      },
    };
  },
});
