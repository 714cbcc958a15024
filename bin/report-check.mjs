#!/usr/bin/env node
// Package bin: runs the TypeScript CLI through tsx's loader API, so no build step is needed.
import { tsImport } from 'tsx/esm/api';

await tsImport('../cli/main.ts', import.meta.url);
