// Runs one of Office's developer tools, office-addin-debugging (sideload and start Excel with the
// add-in) or office-addin-dev-certs (a trusted certificate for https://localhost:3000), pinned
// in package.json as optional dependencies: they install on Windows and Mac; on Linux
// office-addin-debugging's keychain module does not build, so npm leaves it out and the install
// goes on (and sideloading is for Windows and Mac only). Without the tool this says why instead
// of failing with "command not found".
// Usage: node scripts/officeAddin.js office-addin-debugging start manifest.xml
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const [tool, ...args] = process.argv.slice(2);
const bin = path.join(__dirname, '..', 'node_modules', '.bin', process.platform === 'win32' ? `${tool}.cmd` : tool);

if (!fs.existsSync(bin)) {
  console.error(
    `${tool} is not installed: npm leaves this optional dependency out where it cannot build it (as on Linux). ` +
      'Sideloading needs Excel on Windows or Mac; anywhere, try the pane with `npm run demo`.',
  );
  process.exit(1);
}
const run = spawnSync(bin, args, { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
