#!/usr/bin/env node
// A gRPC client built only from protos/ (@grpc/grpc-js + @grpc/proto-loader): calls every RPC of the four services
// with no token, with a garbage token, and with the token in .data/client-token, and UpsertCompany with a `read`
// token. Prints one line per call and exits 1 when any answer is not the expected one.
//
//   node scripts/grpc-auth-check.js [--token-file .data/client-token] [--read-token TOKEN]
//        [--ingestion localhost:5171] [--entities localhost:5181] [--capex localhost:5191] [--market localhost:5201]
//
// --read-token defaults to one minted by `capexradar token issue --scope read` when omitted (needs dotnet).
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
  a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
const root = path.resolve(__dirname, '..');
const tokenFile = args['token-file'] || path.join(root, '.data', 'client-token');
const clientToken = fs.readFileSync(tokenFile, 'utf8').trim();
const readToken = args['read-token'] || execFileSync('dotnet',
  ['run', '--project', path.join(root, 'src', 'Cli'), '--no-build', '--', 'token', 'issue', '--scope', 'read', '--ttl', '10m'],
  { cwd: root, encoding: 'utf8' }).trim();

const protoFiles = ['ingestion/v1/ingestion.proto', 'ingestion/v1/admin.proto', 'events/v1/events.proto',
  'entities/v1/entities.proto', 'capex/v1/capex.proto', 'market/v1/market.proto']
  .map(f => path.join(root, 'protos', 'capexradar', f)).filter(f => fs.existsSync(f));
const pkg = grpc.loadPackageDefinition(loader.loadSync(protoFiles, { includeDirs: [path.join(root, 'protos')], keepCase: true }));
const services = [
  ['ingestion', args.ingestion || 'localhost:5171', pkg.capexradar.ingestion.v1.IngestionService],
  ['ingestion', args.ingestion || 'localhost:5171', pkg.capexradar.ingestion.v1.IngestionAdminService],
  ['ingestion', args.ingestion || 'localhost:5171', pkg.capexradar.events && pkg.capexradar.events.v1.EventsService],
  ['entities', args.entities || 'localhost:5181', pkg.capexradar.entities.v1.EntitiesService],
  ['capex', args.capex || 'localhost:5191', pkg.capexradar.capex.v1.CapexService],
  ['market', args.market || 'localhost:5201', pkg.capexradar.market.v1.MarketService],
].filter(s => s[2]);

function metadata(token) {
  const m = new grpc.Metadata();
  if (token) m.add('authorization', 'Bearer ' + token);
  return m;
}

// Resolves with the call's status code; an accepted stream that stays open resolves OK after its headers.
function call(client, name, def, token, request = {}) {
  return new Promise(resolve => {
    const opts = { deadline: Date.now() + 10000 };
    const done = (err) => resolve(err ? err.code : grpc.status.OK);
    if (def.requestStream && !def.responseStream) {
      const c = client[name](metadata(token), opts, done);
      c.end();
    } else if (def.responseStream) {
      const c = client[name](request, metadata(token), opts);
      let settled = false;
      const finish = (code) => { if (!settled) { settled = true; resolve(code); c.cancel(); } };
      c.on('metadata', () => setTimeout(() => finish(grpc.status.OK), 500));
      c.on('data', () => finish(grpc.status.OK));
      c.on('error', (e) => finish(e.code));
      c.on('end', () => finish(grpc.status.OK));
    } else {
      client[name](request, metadata(token), opts, done);
    }
  });
}

(async () => {
  const codeName = Object.fromEntries(Object.entries(grpc.status).map(([k, v]) => [v, k]));
  let failures = 0;
  const expect = (label, code, ok) => {
    if (!ok) failures++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${codeName[code]}`);
  };
  for (const [, address, Service] of services) {
    const client = new Service(address, grpc.credentials.createInsecure());
    for (const [name, def] of Object.entries(Service.service)) {
      const label = def.path;
      const none = await call(client, name, def, null);
      expect(`${label} without a token`, none, none === grpc.status.UNAUTHENTICATED);
      const garbage = await call(client, name, def, 'not-a-token');
      expect(`${label} with a garbage token`, garbage, garbage === grpc.status.UNAUTHENTICATED);
      const accepted = await call(client, name, def, clientToken);
      expect(`${label} with .data/client-token`, accepted,
        ![grpc.status.UNAUTHENTICATED, grpc.status.PERMISSION_DENIED, grpc.status.INTERNAL, grpc.status.UNKNOWN].includes(accepted));
    }
    client.close();
  }
  const entities = services.find(s => s[2].service.UpsertCompany);
  const kb = new entities[2](entities[1], grpc.credentials.createInsecure());
  const upsert = await call(kb, 'UpsertCompany', entities[2].service.UpsertCompany, readToken,
    { company: { company_id: 'node-check', name: 'Node Check Holdings' } });
  expect('UpsertCompany with a read token', upsert, upsert === grpc.status.PERMISSION_DENIED);
  kb.close();
  console.log(failures === 0 ? 'all calls answered as expected' : `${failures} unexpected answer(s)`);
  process.exit(failures === 0 ? 0 : 1);
})();
