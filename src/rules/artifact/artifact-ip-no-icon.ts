import { defineRule, type RuleDocs } from '../../core/rule.js';
import { baseName } from '../../parse/connector.js';

const imageExtensions = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.bmp', '.ico', '.webp'];

function isImage(name: string): boolean {
  const lower = name.toLowerCase();
  return imageExtensions.some((extension) => lower.endsWith(extension));
}

export const docs: RuleDocs = {
  rationale:
    'Independent publisher connectors all get the same generic icon, and the pull request template asks the author to confirm that no icon is submitted. Screenshots shown by the readme are welcome, so an image is only suspect when it is icon.png, or when its name says icon or logo and the readme does not reference it.',
  fix: 'Remove icon.png (and any logo image that the readme does not use) from the folder.',
  source:
    'microsoft/PowerPlatformConnectors pull request template; Microsoft Learn, independent publisher certification.',
};

export default defineRule({
  meta: {
    id: 'artifact-ip-no-icon',
    area: 'artifact',
    description: 'An independent publisher connector comes without an icon: no icon.png, and no other icon or logo image that the readme does not show.',
    severity: { 'independent-publisher': 'error' },
    messages: {
      icon: '{file} is a connector icon, which independent publishers do not submit; delete it, Microsoft applies a generic icon.',
      iconLike: "{file} looks like an icon or logo and the readme does not show it; delete it, or show it in the readme if it is a screenshot.",
    },
  },
  create(context) {
    return {
      connector({ input }) {
        let readmeText: string | undefined; // read only when an icon-like image is found
        for (const file of input.files) {
          const data = { file: file.name };
          if (file.role === 'icon') {
            context.report({ messageId: 'icon', pointer: '', file: file.name, data });
            continue;
          }
          const base = baseName(file.name).toLowerCase();
          if (!isImage(base) || !(base.includes('icon') || base.includes('logo'))) continue;
          if (readmeText === undefined) {
            const readme = input.files.find((candidate) => candidate.role === 'readme');
            readmeText = readme && readme.type !== 'binary' ? readme.text.toLowerCase() : '';
          }
          if (!readmeText.includes(base) && !readmeText.includes(base.replace(/ /g, '%20'))) context.report({ messageId: 'iconLike', pointer: '', file: file.name, data });
        }
      },
    };
  },
});
