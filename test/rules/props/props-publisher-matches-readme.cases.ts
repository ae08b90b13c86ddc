import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rule from '../../../src/rules/props/props-publisher-matches-readme.js';
import { repoRoot } from '../../helpers/fixtures.js';
import { defineCases } from '../../helpers/rule-tester.js';

const exampleReadme = readFileSync(join(repoRoot, 'examples/passing/readme.md'), 'utf8');
const readmeWith = (publisherSection: string) => ({
  files: { 'readme.md': exampleReadme.replace('## Publisher: Avery Lindqvist', publisherSection) },
});
const publisher = (name: string) => ({ apiProperties: { properties: { publisher: name } } });

export default defineCases({
  rule,
  valid: [
    { name: 'the same name', patch: {} },
    { name: 'a company after the name', patch: readmeWith('## Publisher: Avery Lindqvist, Tidewatch Labs') },
    { name: 'accents dropped', patch: { ...readmeWith('## Publisher: Ávery Łindqvist'), ...publisher('Avery Lindqvist') } },
    { name: 'one of several publishers', patch: { ...readmeWith('## Publishers: Avery Lindqvist and Sam Roe'), ...publisher('Sam Roe') } },
    { name: 'the name on the next line', patch: readmeWith('## Publisher\n\nAvery Lindqvist\n') },
    { name: 'no Publisher heading (reported by the readme rules)', patch: readmeWith('## Author: Someone Else') },
  ],
  invalid: [
    { name: 'another person', patch: readmeWith('## Publisher: Sam Roe'), messages: ['differs'] },
    { name: 'a company instead of the person', patch: { ...readmeWith('## Publisher: Tidewatch Labs'), ...publisher('Avery Lindqvist') }, messages: ['differs'] },
  ],
});
