import { crc32, deflateSync } from 'node:zlib';
import { DomainError } from '@send/kernel';
import { EdgeRefusal } from '@send/platform';
import { checkUpload } from './upload-check.js';

/** A real 1×1 PNG and the opening of a real WebM (EBML header, DocType webm), built from their bytes. */
function png(padding = 0): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const image = [
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 1, 2, 3]))),
    chunk('IEND', Buffer.alloc(0)),
  ];
  return Buffer.concat([...image, Buffer.alloc(padding)]);
}
const webm = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f]), // EBML header, 31 bytes
  Buffer.from([0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04, 0x42, 0xf3, 0x81, 0x08]),
  Buffer.from([0x42, 0x82, 0x84]),
  Buffer.from('webm'),
  Buffer.from([0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]),
  Buffer.from([0x18, 0x53, 0x80, 0x67, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), // Segment, unknown size
]);
const limits = { image: 1000, video: 5000 };

async function refusal(bytes: Buffer, declared: string): Promise<{ status?: number; code: string; details?: unknown }> {
  try {
    await checkUpload(bytes, declared, limits);
  } catch (error) {
    if (error instanceof EdgeRefusal) return { status: error.status, code: error.code, details: error.details };
    if (error instanceof DomainError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checking an upload on its bytes', () => {
  it('accepts a PNG sent as one and a WebM video sent as one, with parameters and any case', async () => {
    expect(await checkUpload(png(), 'image/png', limits)).toBe('image/png');
    expect(await checkUpload(webm, 'Video/WebM; codecs=vp9', limits)).toBe('video/webm');
  });

  it('refuses bytes of no accepted type, whatever they are sent as (415)', async () => {
    expect(await refusal(Buffer.from('just some text'), 'image/png')).toMatchObject({
      status: 415,
      code: 'ATTACHMENT.UNSUPPORTED_TYPE',
      details: { detected: 'unknown' },
    });
    const pdf = Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    expect(await refusal(pdf, 'application/pdf')).toMatchObject({ status: 415, details: { detected: 'application/pdf' } });
  });

  it('refuses a type that is not what the bytes are (422)', async () => {
    expect(await refusal(png(), 'video/mp4')).toEqual({
      code: 'ATTACHMENT.TYPE_MISMATCH',
      details: { declared: 'video/mp4', detected: 'image/png' },
    });
  });

  it("refuses a file past its kind's limit (413), an image's limit being not a video's", async () => {
    const big = png(1000);
    expect(await refusal(big, 'image/png')).toEqual({
      status: 413,
      code: 'ATTACHMENT.TOO_LARGE',
      details: { kind: 'image', limit: 1000, size: big.length },
    });
    expect(await checkUpload(Buffer.concat([webm, Buffer.alloc(1000)]), 'video/webm', limits)).toBe('video/webm');
  });
});
