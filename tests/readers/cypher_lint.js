// Checks a Cypher script's syntax with Neo4j's own Cypher 5 parser (@neo4j-cypher/language-support,
// the parser behind Neo4j's editors), with no server. Prints one line per statement found and one
// per syntax error; exits 1 when there is an error.
// usage: node cypher_lint.js FILE
'use strict';
const fs = require('fs');
const ls = require('@neo4j-cypher/language-support');

const text = fs.readFileSync(process.argv[2], 'utf8');
const parsed = ls.parserWrapper.parse(text);
const errors = ls.lintCypherQuery(text, {}).filter((d) => d.severity === 1);
console.log(`statements ${parsed.statementsParsing.filter((s) => s.ctx && s.ctx.getText().trim() !== '<EOF>').length}`);
for (const e of errors) console.log(`error ${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`);
process.exit(errors.length ? 1 : 0);
