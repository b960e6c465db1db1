import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { REPO_ROOT } from './services.js';

export interface ServiceLogs {
  /** A stack's LogSink: each service's lines go to `.test-logs/<base>/<prefix><service>.log`. */
  write(service: string, line: string): void;
  close(): void;
}

/** Service log files of a stack started by the tests, opened as each service first says something. */
export function serviceLogs(portBase: number, prefix = ''): ServiceLogs {
  const dir = `${REPO_ROOT}.test-logs/${portBase}`;
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, WriteStream>();
  return {
    write(service, line) {
      if (!files.has(service)) files.set(service, createWriteStream(`${dir}/${prefix}${service}.log`));
      files.get(service)!.write(`${line}\n`);
    },
    close() {
      for (const file of files.values()) file.end();
    },
  };
}
