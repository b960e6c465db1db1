import { fork, type ChildProcess } from 'node:child_process';
import type { SubscribersSpec } from './client-worker.js';

/** A child process of this folder and its IPC: a request, then the first answer of a type. */
export class ForkedProcess {
  private readonly child: ChildProcess;
  constructor(script: string) {
    this.child = fork(new URL(script, import.meta.url), [], { stdio: 'inherit' });
  }
  /** The first message of type `answer`, after sending `request` (if any). */
  ask(request: unknown, answer: string): Promise<any> {
    return new Promise((resolve) => {
      const listener = (message: any) => {
        if (message?.type !== answer) return;
        this.child.off('message', listener);
        resolve(message);
      };
      this.child.on('message', listener);
      if (request !== undefined) this.child.send(request as object);
    });
  }
  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** A client child process (client-worker.ts) holding the subscribers of `specs`. */
export class ClientProcess extends ForkedProcess {
  constructor(readonly specs: SubscribersSpec[]) {
    super('./client-worker.js');
  }
}
