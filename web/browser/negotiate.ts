/**
 * Whether a request comes from a person's browser navigating to a page,
 * judged from its Accept header alone.
 */

const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

interface MediaRange {
  readonly type: string;
  readonly q: number;
}

// RFC 9110: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ).
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;

function parseAccept(accept: string): MediaRange[] {
  const ranges: MediaRange[] = [];
  for (const item of accept.split(',')) {
    const [rawType = '', ...params] = item.split(';');
    const type = rawType.trim().toLowerCase();
    const slash = type.indexOf('/');
    if (slash <= 0 || !TOKEN.test(type.slice(0, slash)) || !TOKEN.test(type.slice(slash + 1))) continue;
    let q = 1;
    let valid = true;
    for (const param of params) {
      const eq = param.indexOf('=');
      if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'q') continue;
      const value = param.slice(eq + 1).trim();
      if (!QVALUE.test(value)) {
        valid = false;
        break;
      }
      q = Number(value);
      // Anything after q= is an accept-extension, not a media type parameter.
      break;
    }
    // A range we cannot read must not decide anything, least of all in favour of HTML.
    if (valid) ranges.push({ type, q });
  }
  return ranges;
}

/**
 * True when the client ranks an HTML page strictly above everything else it
 * names, `*\/*` included. Browsers navigating send
 * `text/html,application/xhtml+xml,...,*\/*;q=0.8`; WebDAV clients send no
 * Accept, `*\/*` or an XML type, and must keep getting raw bytes and XML.
 *
 * One exception to "everything": image types may tie with HTML. Chromium and
 * some Firefox versions list the image formats they decode (`image/avif`,
 * `image/webp`, `image/apng`; w3m says `image/*`) at q=1 beside `text/html`
 * on every navigation; no WebDAV client does, and an image type ranked *above* HTML still wins.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  let html = 0;
  let other = 0;
  let image = 0;
  for (const range of parseAccept(accept)) {
    if (HTML_TYPES.has(range.type)) html = Math.max(html, range.q);
    else if (range.type.startsWith('image/')) image = Math.max(image, range.q);
    else other = Math.max(other, range.q);
  }
  return html > 0 && html > other && html >= image;
}
