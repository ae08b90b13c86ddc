import rule from '../../../src/rules/title/title-english.js';
import { defineCases } from '../../helpers/rule-tester.js';

const title = (value: string) => ({ apiDefinition: { info: { title: value } } });

export default defineCases({
  rule,
  valid: [
    { name: 'plain ASCII', patch: title('Contoso (Beta) 2') },
    // A Norwegian register's name, as a merged connector spells it: a proper noun, not another language.
    { name: 'an accented proper noun (Brønnøysundregistrene)', patch: title('Brønnøysundregistrene') },
    { name: 'a typographic dash', patch: title('Contoso \u2013 Tides') },
    // BkkFutar (corpus) writes its title in ASCII: 'BKK Futar'.
    { corpus: 'BkkFutar', name: 'a title written plain (BkkFutar)', patch: title('BKK Futar') },
  ],
  invalid: [
    { name: 'an accented word in lower case', patch: title('Contoso café Finder'), messages: ['replace'] },
    { name: 'trailing line break', patch: title('Contoso\n'), messages: ['replace'] },
    { name: 'another script', patch: title('Contoso 天気'), messages: ['nonAscii'] },
  ],
});
