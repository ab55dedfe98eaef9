#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { registerAdmin } from './admin.js';
import { registerApprovals } from './approvals.js';
import { registerApprovers } from './approvers.js';
import { registerAudit } from './audit.js';
import { registerBackup } from './backup.js';
import { registerBatches } from './batches.js';
import { registerCompletion } from './completion.js';
import { example } from './context.js';
import { registerEnv } from './env.js';
import { CliError, EXIT } from './errors.js';
import { registerKeys } from './keys.js';
import { registerLogin } from './login.js';
import { registerObjects } from './objects.js';
import { ENV } from './profiles.js';
import { registerServe } from './serve.js';
import { registerSubmit } from './submit.js';

const EXIT_HELP = `
Exit codes:
  0  everything went well
  1  the work ran but not all of it succeeded (items of a batch, rows of an import), or another server error
  2  usage: a wrong command, flag or value, a bad file, an unanswered confirmation, or a request the server refused (400, 404, 409)
  3  authentication or permission: not logged in, a refused credential (401), no permission (403)
  4  the server could not be reached

Environment (overrides the profile):
${Object.entries(ENV)
  .map(([k, v]) => `  ${k.padEnd(24)} ${v}`)
  .join('\n')}
  NO_COLOR                 turns colour off
`;

export function buildProgram(): Command {
  const program = new Command('archgate')
    .description('operate archgate, or the DataArts Architecture approval API of the cloud, from a terminal and from scripts')
    .version(process.env.npm_package_version ?? '0.1.0', '-V, --version')
    .addOption(
      new Option('--profile <name>', 'the profile of ~/.config/archgate/config.json to use (env ARCHGATE_PROFILE; default "default")'),
    )
    .addOption(
      new Option('-o, --output <format>', 'table for people, json for scripts (one JSON document)')
        .choices(['table', 'json'])
        .default('table'),
    )
    .option('--no-color', 'no colour (also NO_COLOR=1; there is none off a terminal)')
    .showHelpAfterError('(run with --help for the valid commands and options)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(str) })
    .addHelpText(
      'after',
      `${example('archgate serve --port 8080', 'archgate login', 'archgate objects import models.csv', 'archgate publish --biz-type TABLE_MODEL --status DRAFT --fast', 'archgate --output json approvals list --status DEVELOPING')}${EXIT_HELP}`,
    );
  registerServe(program);
  registerLogin(program);
  registerEnv(program);
  registerObjects(program);
  registerSubmit(program);
  registerApprovals(program);
  registerBatches(program);
  registerApprovers(program);
  registerKeys(program);
  registerBackup(program);
  registerAudit(program);
  registerAdmin(program);
  registerCompletion(program);
  return program;
}

function finish(code: number) {
  process.stdout.write('', () => process.exit(code));
}

async function main() {
  const program = buildProgram();
  // An unknown flag prints the command's own help: what is valid.
  const apply = (c: Command) => {
    c.showHelpAfterError(true);
    c.commands.forEach(apply);
  };
  program.commands.forEach(apply);
  try {
    await program.parseAsync(process.argv);
    finish(Number(process.exitCode ?? 0));
  } catch (err) {
    if (err instanceof CommanderError) {
      const shown = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(err.code);
      return finish(shown ? EXIT.OK : EXIT.USAGE);
    }
    const known = err instanceof CliError;
    const code = known ? err.exitCode : EXIT.PARTIAL;
    const message = known ? err.message : `unexpected error: ${err instanceof Error ? err.stack : String(err)}`;
    const json =
      process.argv.includes('json') &&
      (process.argv.includes('--output') || process.argv.includes('-o') || process.argv.some((a) => a === '--output=json'));
    if (json) process.stdout.write(`${JSON.stringify({ error: { message, exit_code: code } })}\n`);
    const red = process.stderr.isTTY && (process.env.NO_COLOR ?? '') === '' && !process.argv.includes('--no-color');
    process.stderr.write(`${red ? '\u001b[31marchgate:\u001b[0m' : 'archgate:'} ${message}\n`);
    finish(code);
  }
}

await main();
