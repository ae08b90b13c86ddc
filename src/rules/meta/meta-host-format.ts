import { getOwn } from '../../parse/pointer.js';
import { defineRule, everywhere, type RuleDocs } from '../../core/rule.js';
import { templateHost } from '../shared/metadata.js';
import { normalise } from '../shared/text.js';
import { shorten } from '../../parse/wording.js';

/** Characters the validator's host pattern `^[^{}/ :\\]+(?::\d+)?$` refuses in a host name. */
const refused = new Set(['{', '}', '/', ':', '\\']);

/** Whether `host` is a host name with an optional `:port`, as the validator's pattern requires. */
export function isHostName(host: string): boolean {
  const colon = host.lastIndexOf(':');
  const name = colon === -1 ? host : host.slice(0, colon);
  if (colon !== -1 && !/^[0-9]+$/.test(host.slice(colon + 1))) return false;
  if (name === '') return false;
  for (const char of name) if (refused.has(char) || /\s/.test(char)) return false;
  return true;
}

export const docs: RuleDocs = {
  rationale: 'The platform builds request URLs from scheme, host and basePath; a host holding a scheme, path or template cannot be resolved.',
  fix: 'Write only the host name, e.g. `api.contoso.com` or `api.contoso.com:8443`; put the scheme in `schemes` and the path prefix in `basePath`. Hosts that vary per connection use the dynamichosturl policy template.',
  source: 'Swagger 2.0 specification; validator HostNameNotValid.',
};

export default defineRule({
  meta: {
    id: 'meta-host-format',
    area: 'meta',
    description: '`host` is a bare host name with an optional port: no scheme, path, spaces or braces.',
    severity: everywhere('error'),
    fixable: true,
    messages: {
      scheme: "host '{host}' starts with a scheme; remove '{scheme}://' and list the scheme in 'schemes' instead.",
      path: "host '{host}' contains a path; keep only the host name and move '{path}' to basePath.",
      invalid: "host '{host}' is not a host name; it must not contain spaces, braces, backslashes or a ':' other than before a port number.",
    },
  },
  create(context) {
    return {
      apiDefinition({ value }) {
        const host = getOwn(value, 'host');
        if (typeof host !== 'string' || isHostName(host) || normalise(host) === normalise(templateHost)) return;
        const shown = shorten(host, 80);
        const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(host);
        if (scheme) {
          const rest = host.slice(scheme[0].length).replace(/\/$/, '');
          const fix = isHostName(rest) ? [{ op: 'replace' as const, path: '/host', value: rest }] : undefined;
          context.report({ messageId: 'scheme', pointer: '/host', data: { host: shown, scheme: scheme[1]! }, ...(fix && { fix }) });
          return;
        }
        const slash = host.indexOf('/');
        if (slash > 0 && isHostName(host.slice(0, slash))) {
          context.report({ messageId: 'path', pointer: '/host', data: { host: shown, path: host.slice(slash, slash + 60) } });
          return;
        }
        context.report({ messageId: 'invalid', pointer: '/host', data: { host: shown } });
      },
    };
  },
});
