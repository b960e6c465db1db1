import { dropDatabases } from '@boxoffice/devstack';

export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.__BOXOFFICE_STACK__;
  if (!stack) return;
  await stack.stop();
  stack.logs.close();
  await dropDatabases(stack.serverUrl, stack.databasePrefix);
  await stack.stopServices();
}
