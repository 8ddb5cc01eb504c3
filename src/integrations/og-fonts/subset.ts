/**
 * Makes the subset card fonts from the full DejaVu Sans (npm: dejavu-fonts-ttf) with HarfBuzz's subsetter,
 * which keeps the kerning and layout tables, so a card draws pixel for pixel as with the full fonts. resvg
 * reads a font file again for each text run it lays out; a 60 KB file instead of a 750 KB one takes about a
 * third off each card's drawing time. Run after changing the character set: node src/integrations/og-fonts/subset.ts
 */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { SUBSET_RANGES } from './charset.ts';

const require = createRequire(import.meta.url);
const fontDir = path.dirname(require.resolve('dejavu-fonts-ttf/package.json'));
let text = '';
for (const [from, to] of SUBSET_RANGES) for (let c = from; c <= to; c++) text += String.fromCodePoint(c);
for (const [source, target] of [['DejaVuSans.ttf', 'DejaVuSans-Subset.ttf'], ['DejaVuSans-Bold.ttf', 'DejaVuSans-Bold-Subset.ttf']] as const) {
  const font = await subsetFont(readFileSync(path.join(fontDir, 'ttf', source)), text, { targetFormat: 'truetype' });
  writeFileSync(path.join(import.meta.dirname, target), font);
  console.log(`${target}: ${font.length} bytes`);
}
copyFileSync(path.join(fontDir, 'LICENSE'), path.join(import.meta.dirname, 'LICENSE'));
