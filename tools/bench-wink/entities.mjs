// wink-nlp's generic entity pass over the bodies of a JSON-lines corpus ({id, body, ...} a line): the reference
// speed that `capexradar extract` is compared with (issue 9). Prints nothing but a one-line summary on stderr,
// so that a whole-process timer (hyperfine, /usr/bin/time) measures reading + tokenising + entity recognition.
//   node entities.mjs INPUT.jsonl
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const path = process.argv[2];
if (!path) { console.error('usage: node entities.mjs INPUT.jsonl'); process.exit(2); }
const nlp = winkNLP(model);
const its = nlp.its;
let docs = 0, entities = 0, bytes = 0;
for (const line of readFileSync(path, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const body = JSON.parse(line).body ?? '';
  bytes += Buffer.byteLength(body);
  entities += nlp.readDoc(body).entities().out(its.detail).length;
  docs++;
}
console.error(`wink-nlp: ${docs} documents, ${bytes} body bytes, ${entities} entities`);
