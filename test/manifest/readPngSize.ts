const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height from a PNG's header, without an image library: the 8-byte signature, then the IHDR chunk
 * (4-byte length, "IHDR", width at byte 16, height at byte 20, both big-endian). Throws on anything else,
 * since Office shows no icon at all for a file that is not really a PNG.
 */
export function readPngSize(bytes: Buffer, fileName: string): { width: number; height: number } {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error(`${fileName} is not a PNG (no PNG signature)`);
  }
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error(`${fileName}: the first chunk is not IHDR`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
