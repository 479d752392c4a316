// Entry of `npm run ledger -- …` (run with tsx). The commands live in scripts/ledger/, tested by
// vitest through runLedgerCli with an in-memory CliIo.
import { runLedgerCli } from './ledger/cli';
import { nodeIo } from './ledger/node-io';

process.exitCode = await runLedgerCli(process.argv.slice(2), nodeIo);
