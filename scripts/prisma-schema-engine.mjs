#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded here: prisma.config.ts
// points PRISMA_SCHEMA_ENGINE_BINARY at this file, and the Prisma CLI spawns it as it would the
// native binary. This file only speaks the CLI's protocol; src/db/schema-engine.ts runs the
// engine (docs/prisma-offline.md). Stdout carries protocol JSON only: the CLI rejects anything else.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();
const { canConnect, createDatabase, loadSchemaEngineWasm, openSchemaEngine, schemaEnginePanicMessage } = await import(
  new URL('../src/db/schema-engine.ts', import.meta.url).href
);

// A panic in the engine surfaces as an uncaught "unreachable" trap, and the request that caused
// it never settles. Report the panic's own message the way the CLI reads a native one: an ERROR
// log line, the pending request failed as a panic, exit code 101. Exiting while the CLI still
// waits on a request is not enough: its `migrate diff` then exits 0 without a word.
let reportPanic = (message) => {
  logLine('ERROR', { message });
  process.exit(101);
};
process.on('uncaughtException', (error) => reportPanic(schemaEnginePanicMessage() ?? String(error?.stack ?? error)));

const { values: options, positionals } = parseArgs({
  options: {
    datamodels: { type: 'string', multiple: true },
    datasource: { type: 'string' },
    'enabled-preview-features': { type: 'string' },
    'extension-types': { type: 'string' },
    version: { type: 'boolean' },
  },
  allowPositionals: true,
});
/** @type {{ url?: string, shadowDatabaseUrl?: string }} */
const datasource = options.datasource === undefined ? {} : JSON.parse(options.datasource);

/** One line in the engine's stderr log format, which the CLI reads. */
function logLine(level, fields) {
  process.stderr.write(`${JSON.stringify({ level, fields, target: 'schema_engine::logger' })}\n`);
}

if (options.version) {
  const wasm = await loadSchemaEngineWasm();
  process.stdout.write(
    `schema-engine-cli ${wasm.version()} (@prisma/schema-engine-wasm, scripts/prisma-schema-engine.mjs)\n`,
  );
} else if (positionals[0] === 'cli') {
  await runCliCommand(positionals[1]);
} else {
  serveJsonRpc();
}

/** `cli can-connect-to-database` and `cli create-database`, which the CLI runs before migrating. */
async function runCliCommand(command) {
  const commands = { 'can-connect-to-database': canConnect, 'create-database': createDatabase };
  // The CLI skips the first stderr line and parses every other one as JSON.
  logLine('INFO', { message: `schema engine: cli ${command}` });
  try {
    if (!(command in commands)) throw new Error(`unknown cli command ${command}`);
    await commands[command](datasource.url ?? '');
  } catch (error) {
    logLine('ERROR', { message: error.message, ...(error.code === undefined ? {} : { error_code: error.code }) });
    process.exit(1);
  }
}

/** The request loop: one JSON-RPC request per stdin line, answered in order, one at a time. */
function serveJsonRpc() {
  const engine = openSchemaEngine({
    url: datasource.url ?? '',
    shadowDatabaseUrl: datasource.shadowDatabaseUrl,
    datamodels: options.datamodels?.map((path) => [path, readFileSync(path, 'utf8')]),
    log: (line) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
  });
  // An engine that failed to open answers each request with the failure, instead of crashing.
  engine.catch(() => {});

  const printAcks = new Map();
  let nextPrintId = 1;
  const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  /** `migrate diff` output goes through the CLI, which prints it and acknowledges. */
  const print = (content) => {
    const id = nextPrintId++;
    send({ id, method: 'print', params: { content } });
    return new Promise((resolve) => printAcks.set(id, resolve));
  };

  const methods = {
    getDatabaseVersion: (wasm) => wasm.version(),
    diff: async (wasm, params) => {
      const { exitCode, stdout } = await wasm.diff(params);
      if (stdout) await print(stdout);
      return { exitCode, stdout: null };
    },
  };
  for (const name of [
    'applyMigrations',
    'createMigration',
    'dbExecute',
    'devDiagnostic',
    'diagnoseMigrationHistory',
    'ensureConnectionValidity',
    'evaluateDataLoss',
    'introspect',
    'introspectSql',
    'markMigrationApplied',
    'markMigrationRolledBack',
    'reset',
    'schemaPush',
  ]) {
    methods[name] = (wasm, params) => wasm[name](params);
  }

  let panicMessage;
  const panicked = new Promise((resolve) => {
    reportPanic = (message) => {
      logLine('ERROR', { message });
      panicMessage = message;
      resolve();
    };
  });
  const handle = async ({ id, method, params }) => {
    try {
      if (!Object.hasOwn(methods, method))
        throw new Error(`the Wasm schema engine stand-in does not implement ${method}`);
      const result = await Promise.race([engine.then((wasm) => methods[method](wasm, params)), panicked]);
      if (panicMessage !== undefined) throw new Error(panicMessage);
      // The CLI treats an undefined result as a malformed response.
      send({ id, result: result ?? {} });
    } catch (error) {
      // Drop the engine's internal span trace after the message, which the native engine never shows.
      const message = String(error?.message ?? error).replace(/\n\s+0: [\s\S]*$/, '');
      const isPanic = panicMessage !== undefined || error?.name === 'RuntimeError';
      send({ id, error: { code: 4466, message, data: { is_panic: isPanic, message, error_code: error?.code } } });
    }
  };

  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    if (line.trim() === '') return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      printAcks.get(message.id)?.();
      printAcks.delete(message.id);
    } else {
      queue = queue.then(() => handle(message));
    }
  });
  // The CLI closes stdin when it is done and sends SIGTERM right after: either way, finish what is
  // queued and close the databases (a killed SQLite connection leaves its journal behind), exit 0.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // After a panic the Wasm instance is unusable: there is nothing left to close.
    if (panicMessage !== undefined) process.exit(101);
    void queue
      .then(() => engine.catch(() => null))
      .then((wasm) => wasm?.dispose())
      .finally(() => process.exit(0));
  };
  lines.on('close', stop);
  process.on('SIGTERM', stop);
}
