#!/usr/bin/env node
// The `child-safety-kit` executable. Node 20 cannot run TypeScript by itself, so this one-line
// shim registers tsx (a dev dependency installed by `npm ci`) and runs the TypeScript CLI.
import { register } from 'tsx/esm/api';

register();
await import('./index.ts');
