// Lints Cypher with Neo4j's own front-end (@neo4j-cypher/language-support, the parser and
// semantic analysis behind Neo4j's editors), so graphkit's statements are checked as Neo4j 5
// reads them without a Neo4j server.
//
// Input on stdin, JSON: {"schema": {labels, relationshipTypes, propertyKeys},
//                        "statements": [{"name", "query", "parameters": {name: example}}]}
// Output on stdout, JSON: [{"name", "diagnostics": [{"severity": "error" | "warning",
//                          "message", "line", "column"}]}]   (line and column from 1)
// Parameters must be declared: a `$name` without a declaration is an error, as in Neo4j.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const input = JSON.parse(readFileSync(0, 'utf8'));
const report = input.statements.map(({ name, query, parameters }) => {
  const dbSchema = { ...input.schema, parameters: parameters ?? {} };
  const { diagnostics } = lintCypherQuery(query, dbSchema);
  return {
    name,
    diagnostics: diagnostics.map((found) => ({
      severity: SEVERITY[found.severity] ?? String(found.severity),
      message: found.message,
      line: found.range.start.line + 1,
      column: found.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(report));
