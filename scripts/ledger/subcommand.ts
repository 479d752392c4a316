// One entry of the command line's subcommand table (cli.ts): its name, how to call it, and what
// it does. A subcommand returns its exit code; it never calls process.exit, so it can be tested.
import type { CliIo } from './cli-io';

export interface Subcommand {
  name: string;
  /** After `npm run ledger --`. */
  usage: string;
  summary: string;
  run(argv: readonly string[], io: CliIo): Promise<number>;
}
