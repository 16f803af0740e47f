/**
 * UTF-8 bytes arriving in chunks decoded to text chunk by chunk: a character whose bytes are
 * split between two chunks is held back until it is whole, so the text is exactly what decoding
 * all the bytes at once would give (Buffer.toString: malformed bytes become U+FFFD, a BOM kept).
 */
import { StringDecoder } from "string_decoder";

export async function* utf8Chunks(
  chunks: AsyncIterable<Buffer> | Iterable<Buffer>
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
