// Shared by web-test-runner.config.js (Node) and the browser tests: the sandbox's admin secret in tests.
export const TEST_ADMIN_SECRET = 'test-admin-secret';
