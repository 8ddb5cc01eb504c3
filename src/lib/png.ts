/**
 * A minimal PNG encoder for opaque RGB images (the Open Graph cards). resvg's
 * own encoder took about half of each card's drawing time; Node's native
 * zlib at a low level does the same job several times faster, and a card is
 * mostly flat colour, so the file stays small.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes RGBA pixels (alpha ignored: the image must be opaque) as an 8-bit RGB PNG. */
export function encodeOpaquePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodeOpaquePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const stride = width * 3 + 1; // a filter-type byte (0, none) starts every row
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    let out = y * stride + 1;
    let at = y * width * 4;
    for (let x = 0; x < width; x++, at += 4) {
      raw[out++] = rgba[at]!;
      raw[out++] = rgba[at + 1]!;
      raw[out++] = rgba[at + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // colour type: RGB
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 3 })), chunk('IEND', Buffer.alloc(0))]);
}
