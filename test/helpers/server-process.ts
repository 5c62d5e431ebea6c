import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The built server running as its own operating-system process. */
export interface ServerProcess {
  url: string;
  graphqlUrl: string;
  process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves once the output matches `pattern` (10 s at most). */
  waitForOutput(pattern: RegExp): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

/** Starts `node server/dist/main.js` on a free port and waits until it listens. */
export function startServerProcess(env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  return launch(process.execPath, [path.join(repoRoot, 'server/dist/main.js'), ...args], env, false);
}

/**
 * Starts the server the way the README does, `pnpm run start`, in a process group of its own
 * (a terminal's Ctrl+C signals the whole group: `process.kill(-server.process.pid, 'SIGINT')`).
 */
export function startServerWithPnpm(env: Record<string, string>): Promise<ServerProcess> {
  return launch('pnpm', ['run', 'start'], env, true);
}

async function launch(command: string, args: string[], env: Record<string, string>, ownProcessGroup: boolean): Promise<ServerProcess> {
  const child = spawn(command, args, {
    cwd: repoRoot,
    detached: ownProcessGroup,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Never leave a half-started server behind.
      if (ownProcessGroup) process.kill(-child.pid!, 'SIGKILL');
      else child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /"url":"(http:\/\/[^"]+)","msg":"OM Check-up is listening"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    graphqlUrl: `${url}/graphql`,
    process: child,
    output: () => output,
    async waitForOutput(pattern) {
      for (let waited = 0; waited < 10_000; waited += 50) {
        const match = pattern.exec(output);
        if (match) return match;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`output never matched ${pattern}:\n${output}`);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        if (ownProcessGroup) process.kill(-child.pid!, 'SIGTERM');
        else child.kill('SIGTERM');
      }),
  };
}
