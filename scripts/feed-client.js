#!/usr/bin/env node
// A feed client built only from protos/ (@grpc/grpc-js + @grpc/proto-loader): subscribes to EventsService.WatchFacts,
// ingests a story, hangs up, ingests two more while disconnected, resumes from its cursor (after_sequence), and checks
// against a third reader from the same start that it saw every fact once: no gap, no repeat, each fact of an event once
// even when a second source reports it. Prints one line per check ("ok …" / "FAIL …") and exits 1 on any failure.
//
//   node scripts/feed-client.js [--ingestion localhost:5171] [--token-file .data/client-token]
'use strict';
const fs = require('fs');
const path = require('path');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const root = path.resolve(__dirname, '..');
const address = args.ingestion || 'localhost:5171';
const token = fs.readFileSync(args['token-file'] || path.join(root, '.data', 'client-token'), 'utf8').trim();

const protoFiles = ['ingestion/v1/ingestion.proto', 'events/v1/events.proto'].map(f => path.join(root, 'protos', 'capexradar', f));
const pkg = grpc.loadPackageDefinition(loader.loadSync(protoFiles, {
  includeDirs: [path.join(root, 'protos')], keepCase: true, longs: String, enums: String, defaults: true,
}));
const ingestion = new pkg.capexradar.ingestion.v1.IngestionService(address, grpc.credentials.createInsecure());
const events = new pkg.capexradar.events.v1.EventsService(address, grpc.credentials.createInsecure());

function metadata() {
  const m = new grpc.Metadata();
  m.add('authorization', 'Bearer ' + token);
  return m;
}

// Stories dated May 2019 (a Monday and a Tuesday) so that no event of another test is near them in time.
const stories = [
  {
    announcement_id: 'node-feed-1', source: 'release', url: 'https://release.example/node-feed-1',
    published_at: { seconds: Date.parse('2019-05-13T06:00:00Z') / 1000, nanos: 0 },
    title: 'Telenor to invest NOK 7.3 billion in Bergen AI data centre',
    body: 'Telenor ASA will invest NOK 7.3 billion over three years in an AI data centre near Bergen, the Norwegian telecom ' +
      'operator said on Monday.\n\nThe site will run on hydropower and serve industrial and public-sector customers across western Norway.',
  },
  // a second source for the same announcement: it adds only the share move (the commitment is already a fact of the event)
  {
    announcement_id: 'node-feed-2', source: 'wire', url: 'https://wire.example/node-feed-2',
    published_at: { seconds: Date.parse('2019-05-13T09:00:00Z') / 1000, nanos: 0 },
    title: 'Telenor commits NOK 7.3 billion to Bergen AI data centre',
    body: 'OSLO (Wire) - Telenor ASA will invest NOK 7.3 billion over three years in an AI data centre near Bergen that will run ' +
      'on hydropower, the Norwegian telecom operator said on Monday.\n\nTelenor shares rose 2.4% in Oslo.',
  },
  {
    announcement_id: 'node-feed-3', source: 'paper', url: 'https://paper.example/node-feed-3',
    published_at: { seconds: Date.parse('2019-05-14T06:00:00Z') / 1000, nanos: 0 },
    title: 'Naver to invest 2.7 trillion won in Chuncheon AI data centre',
    body: 'Naver Corp. will invest 2.7 trillion won in a new AI data centre in Chuncheon, the South Korean internet company said ' +
      'on Tuesday.\n\nThe centre will serve its HyperCLOVA X models and government customers.',
  },
];

function ingest(story) {
  return new Promise((resolve, reject) =>
    ingestion.Ingest(story, metadata(), { deadline: Date.now() + 60000 }, (err, res) => err ? reject(err) : resolve(res)));
}

// Opens WatchFacts after `after` (0: from the first fact) and collects responses. `subscribed` resolves once the server
// has sent its headers (it subscribes before answering); `until(list)` says when enough was seen — then one more second
// (a repeat would show) and the client hangs up. Resolves with the responses, rejects on an error other than the hang-up.
function watch(after, until, label) {
  const received = [];
  let call;
  const subscribed = new Promise(resolve => {
    call = events.WatchFacts({ after_sequence: String(after) }, metadata());
    call.on('metadata', () => resolve());
  });
  const done = new Promise((resolve, reject) => {
    let closing = false;
    const giveUp = setTimeout(() => { closing = true; call.cancel(); reject(new Error(`${label}: nothing conclusive after 120 s (${received.length} facts)`)); }, 120000);
    call.on('data', r => {
      received.push(r);
      if (!closing && until(received)) {
        closing = true;
        clearTimeout(giveUp);
        setTimeout(() => call.cancel(), 1000);
      }
    });
    call.on('error', e => {
      clearTimeout(giveUp);
      if (e.code === grpc.status.CANCELLED && closing) resolve(received);
      else reject(new Error(`${label}: ${e.code} ${e.details}`));
    });
    call.on('end', () => { clearTimeout(giveUp); closing ? resolve(received) : reject(new Error(`${label}: the stream ended`)); });
  });
  return { subscribed, done };
}

const seq = r => BigInt(r.sequence);
const from = (list, id) => list.filter(r => r.announcement_id === id);

(async () => {
  let failures = 0;
  const check = (label, ok, detail = '') => {
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ': ' + detail : ''}`);
  };

  // 1. subscribe from the start, ingest the first story, read until its facts arrived, hang up
  const first = watch(0, list => from(list, 'node-feed-1').length > 0, 'first subscription');
  await first.subscribed;
  await ingest(stories[0]);
  const a = await first.done;
  const firstOwn = from(a, 'node-feed-1');
  const cursor = a.map(seq).reduce((x, y) => (y > x ? y : x), 0n);
  check('first subscription saw the first story\'s facts', firstOwn.length > 0, `${firstOwn.length} fact(s), cursor ${cursor}`);

  // 2. disconnected: a second source of the same announcement and another announcement land
  await ingest(stories[1]);
  await ingest(stories[2]);

  // 3. resume from the cursor
  const resumed = watch(cursor, list => from(list, 'node-feed-2').length > 0 && from(list, 'node-feed-3').length > 0, 'resumed subscription');
  const b = await resumed.done;
  check('the resumed stream starts after the cursor', b.every(r => seq(r) > cursor));

  // 4. a reader from just before the first story's first fact, up to the end of the resumed stream
  const start = firstOwn.map(seq).reduce((x, y) => (y < x ? y : x)) - 1n;
  const end = b.map(seq).reduce((x, y) => (y > x ? y : x), 0n);
  const reference = watch(start, list => list.some(r => seq(r) >= end), 'reference subscription');
  const c = (await reference.done).filter(r => seq(r) <= end);

  const seen = [...a.filter(r => seq(r) > start), ...b].filter(r => seq(r) <= end);
  const seqs = seen.map(r => r.sequence);
  check('no repeat: every sequence once', new Set(seqs).size === seqs.length, `${seqs.length} received`);
  check('each stream in increasing sequence order', [a, b, c].every(s => s.every((r, i) => i === 0 || seq(r) > seq(s[i - 1]))));
  check('no gap: the two streams together equal one reader from the start',
    JSON.stringify(seqs) === JSON.stringify(c.map(r => r.sequence)), `${seqs.length} vs ${c.length}`);
  const keys = seen.map(r => `${r.event_id}|${r.fact.key}`);
  check('each fact of an event once', new Set(keys).size === keys.length);

  // 5. what the facts say: the second source joined the first story's event and added only its share move
  const eventOf = id => (seen.find(r => r.announcement_id === id) || {}).event_id;
  const commitments = seen.filter(r => r.event_id === eventOf('node-feed-1') && r.fact.type === 'FACT_TYPE_CAPEX' &&
    r.fact.capex && r.fact.capex.amount && r.fact.capex.amount.currency_code === 'NOK');
  check('the NOK 7.3 billion commitment once, though two sources report it', commitments.length === 1,
    commitments.map(r => r.fact.key).join(', '));
  check('the second source joined the first story\'s event', eventOf('node-feed-2') !== undefined && eventOf('node-feed-2') === eventOf('node-feed-1'));
  check('the second source brought only new facts', from(seen, 'node-feed-2').every(r => r.fact.type === 'FACT_TYPE_MARKET'),
    from(seen, 'node-feed-2').map(r => r.fact.key).join(', '));
  check('the other announcement is another event', eventOf('node-feed-3') !== undefined && eventOf('node-feed-3') !== eventOf('node-feed-1'));

  console.log(failures === 0 ? 'feed: every fact once, resumed without a gap' : `${failures} failed check(s)`);
  ingestion.close();
  events.close();
  process.exit(failures === 0 ? 0 : 1);
})().catch(e => { console.log(`FAIL ${e.message}`); process.exit(1); });
