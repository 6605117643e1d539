// An independent SPARQL client against a live 'hpkg serve': Comunica (@comunica/query-sparql).
// Usage: node query.mjs ENDPOINT QUERY  — prints the bindings as JSON lines, one per row, for ComunicaClientIT.
import { QueryEngine } from '@comunica/query-sparql';

const [endpoint, query] = process.argv.slice(2);
const engine = new QueryEngine();
const stream = await engine.queryBindings(query, { sources: [{ type: 'sparql', value: endpoint }] });
for await (const bindings of stream) {
  const row = {};
  for (const [variable, term] of bindings) {
    row[variable.value] = term.value;
  }
  process.stdout.write(JSON.stringify(row) + '\n');
}
