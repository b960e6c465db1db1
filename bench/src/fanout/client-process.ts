import { fork, type ChildProcess } from 'node:child_process';
import type { SubscribersSpec } from './client-worker.js';

/** A client child process (client-worker.ts) and its IPC. */
export class ClientProcess {
  private readonly child: ChildProcess;
  constructor(readonly specs: SubscribersSpec[]) {
    this.child = fork(new URL('./client-worker.js', import.meta.url), [], { stdio: 'inherit' });
  }
  ask(request: unknown, answer: string): Promise<any> {
    return new Promise((resolve) => {
      const listener = (message: any) => {
        if (message?.type !== answer) return;
        this.child.off('message', listener);
        resolve(message);
      };
      this.child.on('message', listener);
      this.child.send(request as object);
    });
  }
  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
