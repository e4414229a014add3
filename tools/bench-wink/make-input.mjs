// Repeats a JSON-lines corpus until it reaches a size, giving every copy a distinct id ("<id>~<copy>"):
//   node make-input.mjs ../../../shared/corpus/dev/articles.jsonl 10 > /tmp/bench-10mb.jsonl   (10 MB)
import { readFileSync } from 'node:fs';

const [path, mb = '10'] = process.argv.slice(2);
if (!path) { console.error('usage: node make-input.mjs INPUT.jsonl [MB]'); process.exit(2); }
const rows = readFileSync(path, 'utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l));
const target = Number(mb) * 1_000_000;
let written = 0;
const out = [];
for (let copy = 1; written < target; copy++) {
  for (const row of rows) {
    const line = JSON.stringify({ ...row, id: `${row.id}~${copy}` }) + '\n';
    out.push(line);
    written += Buffer.byteLength(line);
  }
}
process.stdout.write(out.join(''));
console.error(`${out.length} lines, ${written} bytes`);
