// Converts a JSON-LD file to N-Quads with jsonld.js, the reference JSON-LD processor, and prints
// them. No document is fetched: the export must carry its whole @context.
// usage: node jsonld_nquads.js FILE
'use strict';
const fs = require('fs');
const jsonld = require('jsonld');

const offline = async (url) => { throw new Error(`refusing to fetch ${url}: the context must be embedded`); };

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const nquads = await jsonld.toRDF(doc, {format: 'application/n-quads', documentLoader: offline, safe: true});
  process.stdout.write(nquads);
})().catch((e) => {
  console.error(e && e.details ? JSON.stringify(e.details).slice(0, 2000) : String(e));
  process.exit(1);
});
