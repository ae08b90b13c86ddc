import { defineRule, type RuleDocs } from '../../core/rule.js';
import { jsonRoot } from '../shared/auth.js';
import { fileBytes, hexColour, iconBackground, maxIconPixels, parseHexColour, sameColour, type Rgb } from '../shared/icon.js';
import { decodePng, isPng, PngError, readPngHeader } from '../../parse/png.js';
import { isObject } from '../../core/walk.js';

/** The icon canvas Microsoft asks for, and how far from it a side may be. */
const iconSide = 230;
const sideTolerance = 0.15;

const forbiddenColours: Array<[string, Rgb]> = [
  ['white (#ffffff)', [255, 255, 255]],
  ["the platform's default blue (#007ee5)", [0, 126, 229]],
];

export const docs: RuleDocs = {
  rationale:
    'The icon is shown on a tile of the brand colour: Microsoft asks for a 230x230 square with the logo about 160x160 inside, no transparency or rounded corners, and a background that is not white or the default blue and equals iconBrandColor. The background is judged from the pixels on the edge of the image, so this is a warning. Uniqueness among certified icons cannot be checked offline.',
  fix: 'Export the icon as a 230x230 PNG whose background is filled edge to edge with the colour written in iconBrandColor.',
  source: 'Microsoft Learn, certification submission; microsoft/PowerPlatformConnectors pull request template.',
};

export default defineRule({
  meta: {
    id: 'artifact-vp-icon-design',
    area: 'artifact',
    description: "A certified connector's icon.png is about 230x230 pixels with an opaque background in the iconBrandColor.",
    severity: { certified: 'warning' },
    targets: ['package'],
    messages: {
      size: '{file} is {width}x{height} pixels; make it a square of about 230x230 pixels, with the logo about 160x160 in the middle.',
      transparent: '{file} has a transparent or rounded background ({count} of {total} edge pixels); fill the whole square with your brand colour.',
      forbidden: 'The background of {file} is {colour}, which Microsoft does not accept; use your own brand colour.',
      mismatch: 'The background of {file} is {actual} but apiProperties.json sets iconBrandColor {expected}; use the same colour in both.',
    },
  },
  create(context) {
    return {
      connector({ input }) {
        const icon = input.files.find((file) => file.role === 'icon');
        if (!icon) return;
        const bytes = fileBytes(icon);
        if (!isPng(bytes)) return;
        const file = icon.name;
        let image;
        try {
          const { width, height } = readPngHeader(bytes);
          const far = (side: number) => Math.abs(side - iconSide) > iconSide * sideTolerance;
          if (width !== height || far(width)) context.report({ messageId: 'size', pointer: '', file, data: { file, width, height } });
          if (width * height > maxIconPixels) return;
          image = decodePng(bytes, maxIconPixels);
        } catch (error) {
          if (error instanceof PngError) return; // reported by artifact-vp-icon
          throw error;
        }
        const background = iconBackground(image);
        if (background.transparent > 0) {
          context.report({ messageId: 'transparent', pointer: '', file, data: { file, count: background.transparent, total: background.total } });
        }
        const colour = background.colour;
        if (!colour) return;
        const forbidden = forbiddenColours.find(([, rgb]) => sameColour(colour, rgb));
        if (forbidden) {
          context.report({ messageId: 'forbidden', pointer: '', file, data: { file, colour: forbidden[0] } });
          return;
        }
        const props = jsonRoot(input, 'apiProperties')?.properties;
        const expected = isObject(props) ? parseHexColour(props.iconBrandColor) : undefined;
        if (expected && !sameColour(colour, expected)) {
          context.report({ messageId: 'mismatch', pointer: '', file, data: { file, actual: hexColour(colour), expected: hexColour(expected) } });
        }
      },
    };
  },
});
