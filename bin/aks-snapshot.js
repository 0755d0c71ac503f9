#!/usr/bin/env node
// The CLI is bundled like the action, so it runs without node_modules.
import '../dist/cli/index.js'
