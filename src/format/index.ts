import { formatJson } from './json.js';
import type { CheckReport } from './report.js';
import { formatStylish, type StylishOptions } from './stylish.js';

export type FormatName = 'stylish' | 'json';
export const formatNames: readonly FormatName[] = ['stylish', 'json'];

export interface FormatOptions extends StylishOptions {}

/** Renders a check report; pure, no I/O. */
export function format(report: CheckReport, name: FormatName, options: FormatOptions = {}): string {
  switch (name) {
    case 'json':
      return formatJson(report);
    case 'stylish':
      return formatStylish(report, options);
  }
}
