// The address the add-in is served from, shared by the build's parts (manifest, help page):
// ADDIN_URL when set (an https address, e.g. https://intranet.example/nplv/), else the
// development server's https://localhost:3000/. Always with a trailing slash, so a file name
// can be appended: `${baseUrl()}help.html`.
const DEV_URL = 'https://localhost:3000/';

/** ADDIN_URL (or the given address) as a base with a trailing slash; DEV_URL when none is set. */
function baseUrl(addinUrl = process.env.ADDIN_URL) {
  if (!addinUrl) return DEV_URL;
  const base = addinUrl.endsWith('/') ? addinUrl : `${addinUrl}/`;
  let url;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`ADDIN_URL is geen geldig adres: ${addinUrl} (verwacht bijvoorbeeld https://intranet.example/nplv/)`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_URL moet met https:// beginnen (Office laadt een invoegtoepassing alleen via https): ${addinUrl}`);
  }
  return base;
}

module.exports = { DEV_URL, baseUrl };
