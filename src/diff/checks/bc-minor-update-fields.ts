import { sameBytes } from '../../parse/connector.js';
import { getOwn, hasOwn, joinPointer } from '../../parse/pointer.js';
import { entries } from '../../core/walk.js';
import { defineCheck, type ConnectorPair, type ReportChange, type DiffCheckDocs } from '../check.js';
import { connectionParameters } from '../connection.js';
import { sameValue } from '../values.js';

type Report = ReportChange<'edited'>;

/** An object holding an edited field, and where it is. */
interface Owner {
  value: unknown;
  pointer: string;
}

export const docs: DiffCheckDocs = {
  rationale:
    'Microsoft reviews an update that only touches these fields as a minor update (about 4 to 5 weeks instead of 6 to 10). Any other change in the same submission makes it a major update.',
  fix: 'Nothing to fix. To keep the review short, submit text-only edits separately from other changes.',
  source: 'Microsoft Learn, updating a certified connector; rules catalogue bc-minor-update-fields.',
};

export default defineCheck({
  id: 'bc-minor-update-fields',
  area: 'connector',
  level: 'info',
  description:
    'A field that a minor update may change was edited: the connector description or contact, an operation summary or description, a response description, connection parameter descriptions and tooltips, the brand colour, publisher, stack owner, readme or icon.',
  messages: {
    edited: 'The {what} changed; existing flows are not affected, and edits like this alone qualify for a minor update.',
  },
  visit: {
    connector(pair, report) {
      if (pair.comparable('apiDefinition') && pair.base.apiDefinition.state !== 'absent') {
        const info = (side: ConnectorPair['base']) => ({ value: side.apiDefinition.root.info, pointer: '/info' });
        edited(report, 'connector description (info.description)', info(pair.base), info(pair.revision), 'description');
        edited(report, 'connector contact (info.contact)', info(pair.base), info(pair.revision), 'contact');
      }
      if (pair.comparable('apiProperties')) apiProperties(pair, report);
      files(pair, report);
    },
    operation({ base, revision }, report) {
      if (!base || !revision) return;
      for (const field of ['summary', 'description']) edited(report, `${field} of operation '${revision.key}'`, base, revision, field);
      for (const [code, response] of entries(base.value.responses)) {
        const now = getOwn(revision.value.responses, code);
        if (now === undefined) continue;
        const owner = (value: unknown, pointer: string) => ({ value, pointer: joinPointer(pointer, 'responses', code) });
        edited(report, `description of the ${code} response of '${revision.key}'`, owner(response, base.pointer), owner(now, revision.pointer), 'description');
      }
    },
  },
});

function apiProperties(pair: ConnectorPair, report: Report): void {
  const props = (side: ConnectorPair['base']) => ({ value: getOwn(side.apiProperties.root, 'properties'), pointer: '/properties' });
  for (const field of ['iconBrandColor', 'publisher', 'stackOwner']) {
    edited(report, `${field} in apiProperties.json`, props(pair.base), props(pair.revision), field, 'apiProperties');
  }
  const after = connectionParameters(pair.revision);
  for (const [key, old] of connectionParameters(pair.base)) {
    const now = after.get(key);
    if (!now) continue;
    const ui = (param: typeof old) => ({ value: param.value.uiDefinition, pointer: joinPointer(param.pointer, 'uiDefinition') });
    for (const field of ['description', 'tooltip']) {
      edited(report, `${field} of connection parameter '${key}'`, ui(old), ui(now), field, 'apiProperties');
    }
  }
}

function files(pair: ConnectorPair, report: Report): void {
  const oldReadme = pair.base.fileOf('readme');
  const newReadme = pair.revision.fileOf('readme');
  if (oldReadme && newReadme && oldReadme.type !== 'binary' && newReadme.type !== 'binary' && oldReadme.text !== newReadme.text) {
    report({ messageId: 'edited', file: 'readme', data: { what: 'readme' }, base: '', revision: '' });
  }
  const oldIcon = pair.base.fileOf('icon');
  const newIcon = pair.revision.fileOf('icon');
  if (oldIcon?.type === 'binary' && newIcon?.type === 'binary' && !sameBytes(oldIcon.bytes, newIcon.bytes)) {
    report({ messageId: 'edited', file: 'icon', data: { what: 'icon' }, base: '', revision: '' });
  }
}

/** Reports `field` of the two owners when it differs, pointing at the field where it exists and at its owner where not. */
function edited(report: Report, what: string, from: Owner, to: Owner, field: string, file?: 'apiProperties'): void {
  const before = getOwn(from.value, field);
  const after = getOwn(to.value, field);
  if (sameValue(before, after)) return;
  const at = (owner: Owner) => (hasOwn(owner.value, field) ? joinPointer(owner.pointer, field) : owner.pointer);
  report({ messageId: 'edited', data: { what }, base: at(from), revision: at(to), ...(file && { file }) });
}
