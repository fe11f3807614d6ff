// The real server as a child process (`node --import tsx src/main.ts`), for what only a process
// can show: SIGKILL in the middle of a restart, SIGTERM draining clients.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { ApiClient } from './graphql-client.js';
import { operatorToken } from './test-app.js';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote, for the failure message when it misbehaves. */
  output: string[];
  /** A client with the test operator token. */
  operator: ApiClient;
}

/** Starts `node --import tsx src/main.ts` on the database and resolves once it prints its URL. */
export async function startServerProcess(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      IGW_OPERATOR_TOKEN: operatorToken,
      IGW_RESTART_PHASE_MS: '500',
      IGW_RESTART_LEASE_MS: '1500',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => output.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no URL printed within 30 s:\n${output.join('\n')}`)), 30_000);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      output.push(line);
      const printed = /igw is listening on (http:\/\/\S+)/.exec(line);
      if (printed?.[1]) {
        clearTimeout(deadline);
        resolve(printed[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(deadline);
      reject(new Error(`the server exited (${code ?? signal}) before listening:\n${output.join('\n')}`));
    });
  });
  return { child, url, output, operator: new ApiClient(url, operatorToken) };
}

export async function kill(server: ServerProcess, signal: NodeJS.Signals): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill(signal);
  await exited;
}
