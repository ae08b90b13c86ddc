// The diff's result model. The package does not export these types yet; once `diffConnectors` ships in dist/, import
// them from 'connector-certify' here and nowhere else changes.
export type { Change, ChangeLevel, ChangeLocation, DiffResult } from '../../../src/diff/types.js';
