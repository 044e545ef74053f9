// Host names in code and resources: hosts of http(s)/ws(s) URLs anywhere, and strings that are a bare host name.
// Bare names need a known TLD and must not start like a Java package ("com.foo.bar"), or every class name would count.

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const URL_RE = new RegExp(`(?:https?|wss?)://(${LABEL}(?:\\.${LABEL})+)`, 'g');
// In raw string tables a bare host is a whole string: its length byte before it, a NUL after it.
const TLD_END = /\.([a-z]{2,6})\x00/g;
const isHostChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
const BARE_WHOLE = /^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62})+$/;
const TLDS = new Set(
  'com net org cn io co me info biz xyz top app dev cloud tech site online ai gov edu mobi tv cc im us uk de jp kr ru hk tw sg fr in'.split(' '),
);
/** First labels that make a dotted string a Java package or a file name, not a host. */
const NOT_HOST_START = new Set('com org net cn io android androidx java javax kotlin kotlinx dalvik sun google'.split(' '));

/** XML namespace hosts and the certificate (CRL/OCSP) hosts inside every code signature: no app traffic goes there. */
const NAMESPACE_HOSTS = new Set(['schemas.android.com', 'www.w3.org', 'schemas.xmlsoap.org', 'schemas.microsoft.com', 'ns.adobe.com', 'xmlpull.org', 'www.xmlpull.org', 'purl.org', 'xml.apache.org', 'www.apple.com', 'crl.apple.com', 'ocsp.apple.com']);

function urlHost(raw: string): string | undefined {
  const host = raw.toLowerCase();
  if (NAMESPACE_HOSTS.has(host)) return undefined;
  const last = host.slice(host.lastIndexOf('.') + 1);
  // "http://1.2" is a version string; an IPv4 address is kept.
  if (/^\d+$/.test(last) && !/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host)) return undefined;
  return host;
}

function bareHost(s: string): boolean {
  if (!BARE_WHOLE.test(s)) return false;
  const labels = s.split('.');
  return TLDS.has(labels[labels.length - 1]!) && !NOT_HOST_START.has(labels[0]!);
}

/** Hosts in a byte range of a string table (DEX string data, UTF-8 string pools, binaries). */
export function scanHosts(buf: Buffer, start: number, end: number, out: Set<string> = new Set()): string[] {
  scanText(buf.toString('latin1', start, end), out, true);
  return [...out];
}

/** Hosts in a text; with `lengthPrefixed`, bare names count only as whole length-prefixed NUL-terminated strings. */
export function scanText(text: string, out: Set<string>, lengthPrefixed = false): void {
  for (const m of text.matchAll(URL_RE)) {
    const h = urlHost(m[1]!);
    if (h) out.add(h);
  }
  if (!lengthPrefixed) return;
  // Bare names: find ".tld\0" (cheap), then walk back over host characters to the string's start.
  for (const m of text.matchAll(TLD_END)) {
    if (!TLDS.has(m[1]!)) continue;
    const end = m.index + m[0].length - 1;
    let start = m.index;
    while (start > 0 && isHostChar(text.charCodeAt(start - 1))) start--;
    let host = text.slice(start, end);
    // The length byte before a string may itself look like a host character ('0'–'9', 'a'–'z').
    if (host.length > 1 && host.charCodeAt(0) === host.length - 1) host = host.slice(1);
    else if (start === 0 || text.charCodeAt(start - 1) !== host.length) continue;
    if (bareHost(host)) out.add(host);
  }
}

/** Hosts in one decoded string: URL hosts, or the string itself when it is a bare host name. */
export function hostsInString(s: string, out: Set<string>): void {
  if (s.includes('://')) scanText(s, out);
  else if (s.length < 254 && bareHost(s)) out.add(s);
}
