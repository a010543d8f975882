const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * ajv's runtime `ucs2length` (string length in code points, for minLength and maxLength), with
 * the same answers: a native scan finds that most strings hold no surrogate, and for those the
 * length is the UTF-16 length. The generated validators import this one
 * (scripts/build-validators.mjs); a loop per character was a visible part of validation.
 */
export default function ucs2length(text: string): number {
  if (!SURROGATE.test(text)) return text.length;
  let length = 0;
  for (let at = 0; at < text.length; length++) {
    const unit = text.charCodeAt(at++);
    // A high surrogate followed by a low one is one code point.
    if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at++;
  }
  return length;
}
