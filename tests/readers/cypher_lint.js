// Checks a Cypher script's syntax with Neo4j's own Cypher 5 grammar (the ANTLR lexer and parser
// in @neo4j-cypher/language-support, the parser behind Neo4j's editors), with no server. Only
// syntax: the package's semantic linter is too slow for a unit test. Prints, for each file, the
// number of statements and errors, then one line per error; exits 1 when any file has an error.
// usage: node cypher_lint.js FILE...
'use strict';
const fs = require('fs');
const antlr4 = require('antlr4');
const {CypherLexer, CypherParser} = require('@neo4j-cypher/language-support');

let failed = false;
for (const file of process.argv.slice(2)) {
  const errors = [];
  const listener = {
    syntaxError: (recognizer, symbol, line, column, message) => errors.push(`${line}:${column + 1} ${message}`),
    reportAmbiguity() {},
    reportAttemptingFullContext() {},
    reportContextSensitivity() {},
  };
  const lexer = new CypherLexer(antlr4.CharStreams.fromString(fs.readFileSync(file, 'utf8')));
  const parser = new CypherParser(new antlr4.CommonTokenStream(lexer));
  for (const r of [lexer, parser]) {
    r.removeErrorListeners();
    r.addErrorListener(listener);
  }
  const tree = parser.statementsOrCommands();
  const statements = (tree.children || []).filter((c) => c.constructor.name === 'StatementOrCommandContext');
  console.log(`${file}: statements ${statements.length}, errors ${errors.length}`);
  for (const e of errors) console.log(`${file}:${e}`);
  failed = failed || errors.length > 0;
}
process.exit(failed ? 1 : 0);
