import rule from '../../../src/rules/readme/readme-title-intro.js';
import { defineCases } from '../../helpers/rule-tester.js';
import { readme, replaced } from './readme-fixture.js';

export default defineCases({
  rule,
  valid: [
    { name: 'title and introduction', patch: {} },
    { name: 'setext title', patch: readme(replaced('# Tidewatch\n', 'Tidewatch\n=========\n')) },
    // AfterShip (corpus): '# AfterShip' and an introduction, with '#hashtags' further down that are not titles.
    { corpus: 'AfterShip', name: 'a title, and a #hashtag in the text (AfterShip)', patch: readme(replaced('## Publisher: Avery Lindqvist', '#tides\n\n## Publisher: Avery Lindqvist')) },
  ],
  invalid: [
    { name: 'first heading is H2', patch: readme(replaced('# Tidewatch\n', '## Tidewatch\n')), messages: ['noTitle'] },
    // DigiDates (corpus) opens with '#DigiDates'.
    { corpus: 'DigiDates', name: 'a title without the space (DigiDates)', patch: readme(replaced('# Tidewatch\n', '#Tidewatch\n')), messages: ['unspaced'] },
    {
      name: 'title without introduction',
      patch: readme(
        replaced(
          'Tidewatch publishes tide predictions and water levels for coastal stations around the world. With this connector you can find a station and get its predicted high and low tides for any day.',
          '',
        ),
      ),
      messages: ['noIntro'],
    },
  ],
});
