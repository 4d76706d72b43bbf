/**
 * The build's manifest module (scripts/webpack/manifest.js, plain CommonJS for webpack.config.js), typed for the
 * tests, and the manifests it writes: the root manifest.xml is the development one, the production one is derived.
 */
import fs from 'fs';
import path from 'path';

export interface ManifestOptions {
  production: boolean;
  addinUrl?: string;
  supportUrl?: string;
  version?: string;
}

interface ManifestModule {
  DEVELOPMENT_ID: string;
  PRODUCTION_ID: string;
  DEVELOPMENT_SUFFIX: string;
  manifestXml(xml: string, options: ManifestOptions): string;
}

export const root = path.resolve(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const build = require(path.join(root, 'scripts/webpack/manifest.js')) as ManifestModule;
export const developmentXml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
export const packageVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The manifest the build writes, with ADDIN_URL and SUPPORT_URL of the environment out of the way (a developer's
 * shell may have them set): only what `options` says.
 */
export function built(options: ManifestOptions, xml = developmentXml): string {
  const saved = { ADDIN_URL: process.env.ADDIN_URL, SUPPORT_URL: process.env.SUPPORT_URL };
  delete process.env.ADDIN_URL;
  delete process.env.SUPPORT_URL;
  try {
    return build.manifestXml(xml, options);
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}
