import rule from '../../../src/rules/desc/desc-english.js';
import { defineCases } from '../../helpers/rule-tester.js';

const description = (value: string) => ({ apiDefinition: { info: { description: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'line breaks are fine', patch: description('Tidewatch publishes tides.\nIt covers coasts.') },
    // Givebutter's description (corpus), with a typographic apostrophe.
    { corpus: 'Givebutter', name: 'a typographic apostrophe (Givebutter)', patch: description('Givebutter is the world\u2019s first completely free end-to-end fundraising platform. Raise more with modern forms, campaigns, and events.') },
    { name: 'an accented proper noun', patch: description('Tidewatch reads the tide tables of the Brønnøysund harbour.') },
  ],
  invalid: [
    { name: 'an accented letter with a plain form', patch: description('Tidewatch publishes tides for the café terrace.'), messages: ['replace'] },
    { name: 'a no-break space', patch: description('Tidewatch publishes\u00a0tides.'), messages: ['replace'] },
    { name: 'another script', patch: description('Tidewatch は潮汐を公開します。'), messages: ['nonAscii'] },
  ],
});
