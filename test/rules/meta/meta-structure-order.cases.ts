import rule from '../../../src/rules/meta/meta-structure-order.js';
import { defineCases } from '../../helpers/rule-tester.js';

const definition = (keys: Record<string, unknown>) => ({ files: { 'apiDefinition.swagger.json': JSON.stringify(keys, null, 2) } });

export default defineCases({
  rule,
  valid: [
    { name: 'the documented order', patch: {} },
    {
      name: 'metadata and security between the documented keys',
      patch: definition({ swagger: '2.0', info: {}, 'x-ms-connector-metadata': [], host: 'a.example.com', securityDefinitions: {}, paths: {} }),
    },
  ],
  invalid: [
    { name: 'basePath after schemes', patch: definition({ swagger: '2.0', info: {}, host: 'a.example.com', schemes: ['https'], basePath: '/', paths: {} }), messages: ['outOfOrder'] },
    { name: 'swagger last', patch: definition({ info: {}, paths: {}, definitions: {}, swagger: '2.0' }), messages: ['outOfOrder'] },
  ],
});
