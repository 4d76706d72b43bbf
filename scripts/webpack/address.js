// The address the add-in is served from, shared by the build's parts (manifest, help page):
// ADDIN_URL when set (an https address, e.g. https://intranet.example/nplv/), else the
// development server's https://localhost:3000/. Always with a trailing slash, so a file name
// can be appended: `${baseUrl()}help.html`.
const DEV_URL = 'https://localhost:3000/';

/** `value` when it is an https address; else an error naming the build setting (e.g. ADDIN_URL). */
function httpsAddress(setting, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${setting} is geen geldig adres: ${value} (verwacht bijvoorbeeld https://intranet.example/nplv/)`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${setting} moet met https:// beginnen (Office laadt een invoegtoepassing alleen via https): ${value}`);
  }
  return value;
}

/** ADDIN_URL (or the given address) as a base with a trailing slash; DEV_URL when none is set. */
function baseUrl(addinUrl = process.env.ADDIN_URL) {
  if (!addinUrl) return DEV_URL;
  httpsAddress('ADDIN_URL', addinUrl);
  return addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
}

module.exports = { DEV_URL, baseUrl, httpsAddress };
