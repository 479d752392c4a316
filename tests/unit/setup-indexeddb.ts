// Unit tests of db/ run under Node against fake-indexeddb; each test opens its own database
// (see renderer/src/db/test-support.ts), so nothing leaks between tests.
import 'fake-indexeddb/auto';
