// Starts the production server for the end-to-end tests on a fresh, empty data folder.
import { rmSync } from 'node:fs';

const dataDir = 'test-results/e2e-data';
rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
await import('../server.js');
