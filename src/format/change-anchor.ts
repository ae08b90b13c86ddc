import type { Range } from '../core/types.js';
import type { Change } from '../diff/types.js';
import { joinPath } from './paths.js';
import type { DiffReport } from './report.js';

export interface ChangeAnchor {
  /** Folder plus file, as a path. */
  path: string;
  pointer: string;
  range?: Range;
}

/**
 * Where a change is shown to people and tools: in the new version where the thing still exists; else in the old
 * folder when it is on disk; else (old side read from git) on the new folder's file, without a position.
 */
export function changeAnchor(change: Change, report: DiffReport): ChangeAnchor {
  const revisionFolder = report.revision?.folder ?? '';
  if (change.revision) {
    return { path: joinPath(revisionFolder, change.revision.file), pointer: change.revision.pointer, range: change.revision.range };
  }
  if (change.base && !report.base?.gitRevision) {
    return { path: joinPath(report.base?.folder ?? '', change.base.file), pointer: change.base.pointer, range: change.base.range };
  }
  return { path: joinPath(revisionFolder, change.base?.file ?? 'apiDefinition.swagger.json'), pointer: change.base?.pointer ?? '' };
}
