#!/usr/bin/env node
// The `nplv` command (CLI.md). Compiled by `npm install` (prepare) into build/.
require('../build/src/cli/bin.js');
