import { defineRule, type RuleDocs } from '../../core/rule.js';
import { fileBytes, maxIconPixels } from '../shared/icon.js';
import { decodePng, isPng, PngError, readPngHeader } from '../../parse/png.js';

export const docs: RuleDocs = {
  rationale:
    'The icon of a certified connector is shown wherever the connector is listed; Microsoft takes it from icon.png, which must be a valid PNG. Its size and background are checked by artifact-vp-icon-design. The icon travels with the package submitted for certification, not with the folder in microsoft/PowerPlatformConnectors (11 of the 619 certified folders there hold one), so the rule runs only for the `package` target.',
  fix: 'Add icon.png to the certification package: a PNG of about 230x230 pixels with the logo on a solid background in your iconBrandColor.',
  source: 'Microsoft Learn, certification submission; microsoft/PowerPlatformConnectors pull request template.',
};

export default defineRule({
  meta: {
    id: 'artifact-vp-icon',
    area: 'artifact',
    description: 'A certified connector comes with icon.png, a readable PNG image.',
    severity: { certified: 'error' },
    targets: ['package'],
    messages: {
      missing: 'The package has no icon.png; verified publishers submit the connector icon with the certification package, a PNG of about 230x230 pixels (a repository folder needs none: check it with target repository).',
      notPng: '{file} is not a PNG image; save the icon in PNG format.',
      unreadable: '{file} cannot be read as a PNG image ({reason}); export it again.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        const icon = input.files.find((file) => file.role === 'icon');
        if (!icon) {
          context.report({ messageId: 'missing', pointer: '', file: 'icon.png' });
          return;
        }
        const bytes = fileBytes(icon);
        const data = { file: icon.name };
        if (!isPng(bytes)) {
          context.report({ messageId: 'notPng', pointer: '', file: icon.name, data });
          return;
        }
        try {
          const { width, height } = readPngHeader(bytes);
          if (width * height <= maxIconPixels) decodePng(bytes, maxIconPixels);
        } catch (error) {
          if (!(error instanceof PngError)) throw error;
          context.report({ messageId: 'unreadable', pointer: '', file: icon.name, data: { ...data, reason: error.message } });
        }
      },
    };
  },
});
