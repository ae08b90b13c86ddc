import rule from '../../../src/rules/readme/readme-operations-documented.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced } from './readme-fixture.js';

const tidesOperation = ['/paths', '/stations/{stationId}/tides', 'get'] as const;
const withTides = (extra: Record<string, unknown>) => ({ apiDefinition: { paths: { [tidesOperation[1]]: { get: extra } } } });

export default defineCases({
  rule,
  valid: [
    { name: 'every operation has a heading', patch: {} },
    { name: 'heading in another letter case', patch: readme(replaced('### Get tide predictions', '### GET TIDE PREDICTIONS')) },
    { name: 'operation named in a list item', patch: readme(replaced('### Get tide predictions', '- **Get tide predictions**: the tides of a day.')) },
    { name: 'internal operations need no heading', patch: { ...withTides({ 'x-ms-visibility': 'internal' }), ...readme(replaced('### Get tide predictions', '### Other')) } },
    { name: 'deprecated operations need no heading', patch: { ...withTides({ deprecated: true }), ...readme(replaced('### Get tide predictions', '### Other')) } },
    // BKK Futár (corpus): 'Get stops for location' documented as '### Get stops for a location'.
    { corpus: 'BkkFutar', name: 'a heading with an article added (BKK Futár)', patch: { ...withTides({ summary: 'Get stops for location' }), ...readme(replaced('### Get tide predictions', '### Get stops for a location')) } },
    // Climatiq (corpus): 'Get life cycle assessment activities' documented as '### Get life cycle activities'.
    { corpus: 'Climatiq', name: 'a heading that drops one word of four (Climatiq)', patch: { ...withTides({ summary: 'Get life cycle assessment activities' }), ...readme(replaced('### Get tide predictions', '### Get life cycle activities')) } },
    // LibreBor (corpus) lists operations as '* `Search Company`: ...' for the summary 'Search for a company'.
    { corpus: 'LibreBor', name: 'a list item in nearly the same words (LibreBor)', patch: { ...withTides({ summary: 'Search for a company' }), ...readme(replaced('### Get tide predictions', '* `Search Company`: company results.')) } },
    // Worldwide Holidays (corpus): 'Next public holidays' documents the operation NextPublicHolidays.
    { corpus: 'Worldwide Holidays', name: 'a heading that spells the operationId (Worldwide Holidays)', patch: { ...withTides({ summary: 'Returns the upcoming public holidays for the given country', operationId: 'NextPublicHolidays' }), ...readme(replaced('### Get tide predictions', '### Next public holidays')) } },
    // WorldTime (corpus): 'Get timezones of area' documented as '### Get timezone(s) of an area'.
    { corpus: 'WorldTime', name: 'a heading with (s) for the plural (WorldTime)', patch: { ...withTides({ summary: 'Get timezones of area' }), ...readme(replaced('### Get tide predictions', '### Get timezone(s) of an area')) } },
    // What3Words (corpus): 'Convert to Words' documented as '### Convert Lat/Long to Words'.
    { corpus: 'What3Words', name: 'a more specific heading (What3Words)', patch: { ...withTides({ summary: 'Convert to Words' }), ...readme(replaced('### Get tide predictions', '### Convert Lat/Long to Words')) } },
    // Krozu PM (corpus) writes '### Get - List' for 'Get List'.
    { corpus: 'Krozu PM', name: 'a heading with a dash between the words (Krozu PM)', patch: { ...withTides({ summary: 'Get List' }), ...readme(replaced('### Get tide predictions', '### Get - List')) } },
    { name: 'the summary said in a sentence of the section', patch: readme(replaced('### Get tide predictions', 'You can get tide predictions for any station.')) },
    { name: 'no section is left to readme-supported-operations', patch: readme('# Tidewatch\n\nTides.\n') },
  ],
  invalid: [
    { name: 'operation missing from the readme', patch: readme(replaced('### Get tide predictions', '### Get tides')), messages: ['undocumented'] },
    { name: 'the summary found only inside longer words', patch: readme(replaced('### Get tide predictions', '### Forget tide predictions')), messages: ['undocumented'] },
    { name: 'the last word of the summary found only as the start of a longer one', patch: readme(replaced('### Get tide predictions', '### Get tide predictionsheets')), messages: ['undocumented'] },
    { name: 'a heading that shares only two words', patch: readme(replaced('### Get tide predictions', '### Get station tides forecast')), messages: ['undocumented'] },
  ],
});
