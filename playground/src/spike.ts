import * as certify from 'connector-certify';
const api = certify as typeof certify & { diffConnectors?: unknown };
console.log(typeof api.diffConnectors, certify.profiles.length);
new Worker(new URL('./spikew.ts', import.meta.url), { type: 'module' });
