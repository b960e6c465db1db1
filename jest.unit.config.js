import base from './jest.config.js';

/**
 * The tests that need no process of their own: pure logic in every `test/unit/` folder and the
 * layout check. No global setup, so no stack, database, broker or Redis is started.
 */
const { globalSetup: _setup, globalTeardown: _teardown, ...withoutStack } = base;

export default {
  ...withoutStack,
  testMatch: ['<rootDir>/**/test/unit/**/*.test.ts', '<rootDir>/test/architecture/**/*.test.ts'],
};
