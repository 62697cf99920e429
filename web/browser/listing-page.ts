import { hrefFor } from '../dav/share-path.js';

/**
 * The page a classmate sees when opening a share folder in a browser. Pure:
 * data in, HTML out, so escaping and layout are testable without a server.
 * Nothing is fetched from elsewhere (no fonts, scripts or images): the page
 * must work on a mesh with no Internet and under a `default-src 'none'` CSP.
 */

export interface ListingEntry {
  readonly name: string;
  readonly isCollection: boolean;
  readonly size: bigint;
  readonly mtimeMs: number;
  readonly contentType: string;
}

export interface ListingNotice {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export interface ListingInput {
  /** Decoded segments of the folder below the share root; empty for the root. */
  readonly segments: readonly string[];
  readonly entries: readonly ListingEntry[];
  /** Name of the signed-in person, shown in the top bar. */
  readonly user?: string;
  /** The top bar's whole sentence instead (someone who came by a shared link, a laptop); wins over `user`. */
  readonly who?: string;
  /** Offer the upload and new-folder forms (default true). */
  readonly canUpload?: boolean;
  /** A query (`ticket=ID`) kept on every link and form, so a shared link keeps working as the visitor clicks. */
  readonly linkQuery?: string;
  /** Folders shallower than this are outside what the visitor may open: no links up to them (default 0). */
  readonly top?: number;
  readonly notice?: ListingNotice;
  /** Largest file the upload form accepts, so people learn it before waiting for a refusal. */
  readonly maxUploadBytes?: number;
}

const ROOT_NAME = 'Share';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Human-readable size in SI units, as GNOME Files and most phones show it. */
export function formatSize(bytes: bigint): string {
  if (bytes < 0n) return '—';
  if (bytes === 1n) return '1 byte';
  if (bytes < 1000n) return `${bytes} bytes`;
  const units = ['kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let value = Number(bytes) / 1000;
  let unit = 0;
  for (;;) {
    const shown = value < 100 ? value.toFixed(1) : value.toFixed(0);
    // 999,960 bytes must read "1.0 MB", not "1000 kB".
    if (Number(shown) < 1000 || unit === units.length - 1) return `${shown} ${units[unit]}`;
    value /= 1000;
    unit += 1;
  }
}

/** `2026-11-22 14:05 UTC`: unambiguous for a class whose laptops disagree on time zones. */
export function formatModified(mtimeMs: number): string {
  if (!Number.isFinite(mtimeMs)) return '—';
  const date = new Date(mtimeMs);
  if (Number.isNaN(date.getTime())) return '—';
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const collator = new Intl.Collator(undefined, { numeric: true });

/** Folders first, then files; "photo 2" before "photo 10". */
export function sortEntries(entries: readonly ListingEntry[]): ListingEntry[] {
  return [...entries].sort((a, b) => {
    if (a.isCollection !== b.isCollection) return a.isCollection ? -1 : 1;
    // The code-unit fallback keeps the order stable for names the collator calls equal.
    return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  });
}

/** A name as page text: escaped, and isolated so right-to-left names do not reorder what surrounds them. */
function nameHtml(name: string): string {
  return `<bdi>${escapeHtml(name)}</bdi>`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A link target inside the share, with the visitor's query (a ticket) and any of ours after it. */
function link(segments: readonly string[], collection: boolean, query: string, extra = ''): string {
  const params = [extra, query].filter((part) => part !== '').join('&');
  return hrefFor(segments, collection) + (params === '' ? '' : `?${params}`);
}

function breadcrumbs(segments: readonly string[], query: string, top: number): string {
  const items: string[] = [];
  const names = [ROOT_NAME, ...segments];
  names.forEach((name, index) => {
    const label = index === 0 ? escapeHtml(name) : nameHtml(name);
    if (index === names.length - 1) {
      items.push(`<li aria-current="page">${label}</li>`);
    } else if (index < top) {
      items.push(`<li>${label}</li>`);
    } else {
      items.push(`<li><a href="${escapeHtml(link(segments.slice(0, index), true, query))}">${label}</a></li>`);
    }
  });
  return `<nav class="crumbs" aria-label="Where you are"><ol>${items.join('')}</ol></nav>`;
}

function entryRow(folder: readonly string[], entry: ListingEntry, query: string): string {
  const href = escapeHtml(link([...folder, entry.name], entry.isCollection, query));
  const downloadHref = escapeHtml(link([...folder, entry.name], false, query, 'download=1'));
  const icon = entry.isCollection ? 'i-folder' : 'i-file';
  const name = `<a class="name" href="${href}"><svg class="icon" aria-hidden="true"><use href="#${icon}"/></svg><span>${nameHtml(entry.name)}${entry.isCollection ? '<span class="slash">/</span>' : ''}</span></a>`;
  const size = entry.isCollection ? '<span class="muted" aria-label="not applicable">—</span>' : escapeHtml(formatSize(entry.size));
  const modified = formatModified(entry.mtimeMs);
  const time = Number.isFinite(entry.mtimeMs) && modified !== '—'
    ? `<time datetime="${escapeHtml(new Date(entry.mtimeMs).toISOString())}">${escapeHtml(modified)}</time>`
    : '—';
  const type = entry.isCollection ? 'Folder' : `<span title="${escapeHtml(entry.contentType)}">${escapeHtml(entry.contentType)}</span>`;
  const download = entry.isCollection
    ? ''
    : `<a class="download" href="${downloadHref}" aria-label="Download ${escapeHtml(entry.name)}">Download</a>`;
  return `<tr class="${entry.isCollection ? 'folder' : 'file'}"><td class="c-name">${name}</td><td class="c-size">${size}</td><td class="c-date">${time}</td><td class="c-type">${type}</td><td class="c-get">${download}</td></tr>`;
}

function listing(segments: readonly string[], entries: readonly ListingEntry[], query: string, canUpload: boolean): string {
  if (entries.length === 0) {
    return canUpload
      ? '<p class="empty">This folder is empty for now.<br>Add files with the form below and your classmates will see them here.</p>'
      : '<p class="empty">This folder is empty for now.</p>';
  }
  const sorted = sortEntries(entries);
  const folders = sorted.filter((e) => e.isCollection).length;
  const files = sorted.length - folders;
  const counts = [folders > 0 ? plural(folders, 'folder', 'folders') : '', files > 0 ? plural(files, 'file', 'files') : ''].filter(Boolean).join(', ');
  return `<p class="counts">${escapeHtml(counts)}</p>
<table aria-label="Folders and files">
<thead><tr><th scope="col" class="c-name">Name</th><th scope="col" class="c-size">Size</th><th scope="col" class="c-date">Modified</th><th scope="col" class="c-type">Type</th><th scope="col" class="c-get"><span class="sr">Download</span></th></tr></thead>
<tbody>
${sorted.map((entry) => entryRow(segments, entry, query)).join('\n')}
</tbody>
</table>`;
}

function forms(segments: readonly string[], maxUploadBytes: number | undefined, query: string): string {
  const action = escapeHtml(link(segments, true, query));
  const limit = maxUploadBytes !== undefined && maxUploadBytes > 0
    ? `<p class="hint">Each file can be up to ${escapeHtml(formatSize(BigInt(Math.floor(maxUploadBytes))))}.</p>`
    : '';
  return `<section class="actions" aria-label="Change this folder">
<form class="panel" method="post" action="${action}" enctype="multipart/form-data">
<h2><label for="file">Add files</label></h2>
<input type="file" id="file" name="file" multiple required>
${limit}<button type="submit">Upload</button>
</form>
<form class="panel" method="post" action="${action}" enctype="multipart/form-data">
<h2><label for="mkdir">New folder</label></h2>
<input type="text" id="mkdir" name="mkdir" maxlength="255" required autocomplete="off" placeholder="Folder name">
<button type="submit">Make folder</button>
</form>
</section>`;
}

const ICONS = `<svg class="defs" aria-hidden="true" focusable="false">
<symbol id="i-folder" viewBox="0 0 24 24"><path d="M2.5 6.5a2 2 0 0 1 2-2h4.6l2 2.2h8.4a2 2 0 0 1 2 2v9.8a2 2 0 0 1-2 2h-15a2 2 0 0 1-2-2z" fill="#f0b429" stroke="#b7791f" stroke-width="1"/></symbol>
<symbol id="i-file" viewBox="0 0 24 24"><path d="M6 2.5h8l5 5v13a1.5 1.5 0 0 1-1.5 1.5h-11.5a1.5 1.5 0 0 1-1.5-1.5v-16.5a1.5 1.5 0 0 1 1.5-1.5z" fill="#eef2f6" stroke="#6b7785" stroke-width="1"/><path d="M14 2.5v5h5" fill="none" stroke="#6b7785" stroke-width="1"/></symbol>
</svg>`;

// Sized for the XO's small 1200x900 screen at arm's length and for phones; no external fonts.
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#f4f5f7;color:#1d2329;font:20px/1.45 system-ui,"DejaVu Sans","Noto Sans",sans-serif}
a{color:#0a58ca}
a:focus-visible,button:focus-visible,input:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.bar{display:flex;justify-content:space-between;align-items:center;gap:1em;background:#282828;color:#fff;padding:.45em 1em}
.bar .brand{font-weight:700;letter-spacing:.02em}
.bar .who{font-size:.85em;color:#d0d0d0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
main{max-width:62em;margin:0 auto;padding:.6em 1em 2em}
.crumbs ol{list-style:none;margin:.3em 0 0;padding:0;display:flex;flex-wrap:wrap;font-size:.9em}
.crumbs li{overflow-wrap:anywhere}
.crumbs li+li::before{content:"\\203A";color:#6b7785;padding:0 .45em}
.crumbs li[aria-current]{font-weight:600}
h1{font-size:1.6em;line-height:1.2;margin:.25em 0 .35em;overflow-wrap:anywhere}
h2{font-size:1em;margin:0 0 .4em}
.up{margin:0 0 .6em}
.up a,.download{display:inline-block;text-decoration:none;border:2px solid #c3ccd6;background:#fff;border-radius:.5em;padding:.15em .7em;font-weight:600}
.up a:hover,.download:hover{border-color:#0a58ca;background:#eef4ff}
.notice{border-radius:.5em;padding:.6em .9em;margin:.4em 0 .8em;font-weight:600;overflow-wrap:anywhere;border:2px solid}
.notice.ok{background:#e7f6ec;border-color:#2f855a;color:#1c4532}
.notice.error{background:#fdecec;border-color:#c53030;color:#742a2a}
table{width:100%;border-collapse:collapse;background:#fff;border-radius:.6em;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.12)}
.counts{color:#56606b;font-size:.85em;margin:0 0 .3em}
th{text-align:left;font-size:.8em;text-transform:uppercase;letter-spacing:.04em;color:#56606b;background:#e9edf1;padding:.45em .6em}
td{padding:.5em .6em;border-top:1px solid #e4e8ec;vertical-align:middle}
tbody tr:hover{background:#f7faff}
.c-name{width:100%}
td.c-name{word-break:break-word;overflow-wrap:anywhere}
.c-size,.c-date,.c-type,.c-get{white-space:nowrap}
td.c-size{text-align:right;font-variant-numeric:tabular-nums}
td.c-date{font-variant-numeric:tabular-nums;color:#3d4650}
td.c-type{color:#56606b;font-size:.85em;max-width:12em;overflow:hidden;text-overflow:ellipsis}
.name{display:flex;align-items:center;gap:.5em;font-weight:600;text-decoration:none;padding:.15em 0}
.name:hover bdi{text-decoration:underline}
.icon{width:1.5em;height:1.5em;flex:none}
.slash{color:#8a95a1;font-weight:400}
.muted{color:#8a95a1}
.download{font-size:.85em}
.empty{background:#fff;border:2px dashed #c3ccd6;border-radius:.6em;padding:1.2em;text-align:center;color:#3d4650}
.actions{display:grid;grid-template-columns:3fr 2fr;gap:1em;margin-top:1.2em}
.panel{background:#fff;border-radius:.6em;padding:.8em 1em 1em;box-shadow:0 1px 3px rgba(0,0,0,.12);display:flex;flex-direction:column;gap:.5em;align-items:flex-start}
input[type=file],input[type=text]{font:inherit;max-width:100%}
input[type=text]{width:100%;border:2px solid #c3ccd6;border-radius:.4em;padding:.3em .5em}
input[type=file]{font-size:.85em}
input[type=file]::file-selector-button{font:inherit;font-weight:600;padding:.35em .9em;margin-right:.7em;border:2px solid #c3ccd6;border-radius:.5em;background:#fff;color:#1d2329;cursor:pointer}
input[type=file]::-webkit-file-upload-button{font:inherit;font-weight:600;padding:.35em .9em;margin-right:.7em;border:2px solid #c3ccd6;border-radius:.5em;background:#fff;color:#1d2329;cursor:pointer}
.hint{margin:0;color:#56606b;font-size:.8em}
button{font:inherit;font-weight:700;border:0;border-radius:.5em;background:#0a58ca;color:#fff;padding:.4em 1.3em;cursor:pointer}
button:hover{background:#0846a3}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:50em){.c-type{display:none}.actions{grid-template-columns:1fr}}
@media (max-width:36em){
body{font-size:18px}
main{padding:.5em .6em 1.5em}
thead{display:none}
table,tbody{display:block}
tbody tr{display:grid;grid-template-columns:1fr auto;align-items:center;column-gap:.6em;padding:.45em .6em;border-top:1px solid #e4e8ec}
td{display:block;border:0;padding:0}
td.c-name{grid-column:1/-1}
td.c-size{text-align:left;color:#56606b;font-size:.85em;padding-left:2.5em}
td.c-get{grid-column:2;grid-row:2}
.c-date,.c-type,tr.folder .c-size,tr.folder .c-get{display:none}
}
`;

export function renderListing(input: ListingInput): string {
  const { segments } = input;
  const here = segments.length === 0 ? ROOT_NAME : segments[segments.length - 1]!;
  const title = segments.length === 0 ? ROOT_NAME : `${here} — ${ROOT_NAME}`;
  const heading = segments.length === 0 ? escapeHtml(ROOT_NAME) : nameHtml(here);
  const query = input.linkQuery ?? '';
  const top = input.top ?? 0;
  const canUpload = input.canUpload ?? true;
  const who =
    input.who !== undefined
      ? `<span class="who">${escapeHtml(input.who)}</span>`
      : input.user !== undefined
        ? `<span class="who">Signed in as ${nameHtml(input.user)}</span>`
        : '';
  const notice = input.notice
    ? `<p class="notice ${input.notice.kind === 'error' ? 'error' : 'ok'}" role="${input.notice.kind === 'error' ? 'alert' : 'status'}">${escapeHtml(input.notice.text)}</p>`
    : '';
  let up = '';
  if (segments.length > top) {
    const parent = segments.slice(0, -1);
    const parentName = parent.length === 0 ? escapeHtml(ROOT_NAME) : nameHtml(parent[parent.length - 1]!);
    up = `<p class="up"><a href="${escapeHtml(link(parent, true, query))}" rel="up">&#8593; Up to ${parentName}</a></p>`;
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${ICONS}
<header class="bar"><span class="brand">${escapeHtml(ROOT_NAME)}</span>${who}</header>
<main>
${segments.length > 0 ? breadcrumbs(segments, query, top) : ''}
<h1>${heading}</h1>
${notice}
${up}
${listing(segments, input.entries, query, canUpload)}
${canUpload ? forms(segments, input.maxUploadBytes, query) : ''}
</main>
</body>
</html>
`;
}
