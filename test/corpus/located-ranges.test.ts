import { join } from 'node:path';
import { describe, it } from 'vitest';
import { corpusRoot } from '../helpers/fixtures.js';
import { expectSameReports } from '../cli/located.js';

// The connector of the CLI's large-check figure: 845 of its 972 findings are info findings that stylish only counts.
const hubSpot = join(corpusRoot, 'independent-publisher-connectors', 'HubSpot CRM V2', 'latest');

describe('check leaves out the ranges its report never prints, on a large connector', () => {
  it('writes stylish and json byte for byte as with every finding located', async () => {
    await expectSameReports(hubSpot, {}, ['stylish', 'json']);
    // With the most common info rule listed at warning, its findings are located again.
    await expectSameReports(hubSpot, { 'schema-property-strings': 'warning' }, ['stylish']);
  });
});
