import type { RuleArea } from 'connector-certify';

/** Rule areas in the order an author fixes them: files first, then the swagger top-down, then the rest. */
const areaNames: Record<RuleArea, string> = {
  artifact: 'Files',
  meta: 'Metadata',
  title: 'Title',
  desc: 'Description',
  op: 'Operations',
  path: 'Paths',
  param: 'Parameters',
  resp: 'Responses',
  schema: 'Schemas',
  ext: 'Extensions',
  sec: 'Security',
  props: 'API properties',
  readme: 'Readme',
  script: 'Custom code',
};

const order = Object.keys(areaNames);

/** Rules outside the catalogue, such as internal-error. */
export const otherArea = 'other';

export function areaName(area: string): string {
  return areaNames[area as RuleArea] ?? 'Other';
}

export function byAreaOrder(a: string, b: string): number {
  return rank(a) - rank(b);
}

function rank(area: string): number {
  const index = order.indexOf(area);
  return index === -1 ? order.length : index;
}
