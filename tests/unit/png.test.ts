import { describe, expect, it } from 'vitest';
import { crc32, inflateSync } from 'node:zlib';
import { encodeRgbaPng } from '../../src/lib/png.ts';

/** Splits a PNG into its chunks, checking every CRC. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), type).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('PNG encoder', () => {
  it('writes a valid RGBA PNG whose pixels decode back to the input', () => {
    // 3×2 pixels: red, green, blue / white, black, half-transparent grey.
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255, 128, 128, 128, 7]);
    const parts = chunks(encodeRgbaPng(3, 2, rgba));
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = parts[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]]).toEqual([3, 2, 8, 6, 0, 0, 0]);
    const raw = inflateSync(parts[1]!.data);
    // Each row: filter byte 0, then its pixels unchanged.
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
  });

  it('refuses pixel data of the wrong size', () => {
    expect(() => encodeRgbaPng(2, 2, new Uint8Array(12))).toThrow(/expected 16 bytes/);
  });
});
