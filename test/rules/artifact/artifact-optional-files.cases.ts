import rule from '../../../src/rules/artifact/artifact-optional-files.js';
import { defineCases } from '../../helpers/rule-tester.js';

const settings = (value: Record<string, unknown>) => ({
  files: {
    'settings.json': JSON.stringify({
      environment: '2b6b9a1c-7d4e-4f11-9a3b-0c5d6e7f8a9b',
      apiDefinition: 'apiDefinition.swagger.json',
      apiProperties: 'apiProperties.json',
      powerAppsApiVersion: '2016-11-01',
      flowApiVersion: '2016-11-01',
      ...value,
    }),
  },
});

export default defineCases({
  rule,
  valid: [
    { name: 'no settings.json', patch: {} },
    { name: 'complete settings.json', patch: settings({}) },
    { name: 'default environment', patch: settings({ environment: 'Default-2b6b9a1c-7d4e-4f11-9a3b-0c5d6e7f8a9b' }) },
  ],
  invalid: [
    { name: 'unknown key', patch: settings({ connector: 'tidewatch' }), messages: ['schema'] },
    { name: 'environment name instead of ID', patch: settings({ environment: 'Contoso (default)' }), messages: ['environment'] },
    { name: 'other API version', patch: settings({ flowApiVersion: '2020-01-01' }), messages: ['apiVersion'] },
    { name: 'script that is not there', patch: settings({ script: 'scripts/script.csx' }), messages: ['missingFile'] },
  ],
});
