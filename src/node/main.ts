import { Command, CommanderError, Option } from 'commander';
import { profiles } from '../core/profiles.js';
import { toolName, version } from '../version.js';
import { checkCommand, type Runtime } from './check-command.js';
import { diffCommand, diffOptions, type DiffOpts } from './diff-options.js';
import { UsageError } from './errors.js';
import { LoadError } from './load.js';
import {
  colorOptions,
  failOnOption,
  formatChoice,
  formatOption,
  jobsOption,
  limitsOption,
  maxJobs,
  profileOption,
  targetOption,
  repeatable,
  ruleOverrides,
  text,
} from './option-values.js';
import { writeOut } from './output.js';
import { listRules } from './rules-command.js';
import { didYouMean } from '../parse/suggest.js';

export { UsageError } from './errors.js';

const builtCommands = ['check', 'diff', 'rules', 'lsp'] as const;
type CommandName = (typeof builtCommands)[number];
const commandNames: readonly string[] = [...builtCommands, 'help'];
const isBuiltCommand = (name: string): name is CommandName => (builtCommands as readonly string[]).includes(name);

const exitCodes = 'Exit codes: 0 passed, 1 findings at or above --fail-on, 2 usage or I/O error (one line on stderr).';

/**
 * Runs the CLI and resolves to the exit code. Mistakes reject with `UsageError` or `LoadError`, whose message is the
 * one line to print. `runtime` lets the bin entry hand over itself as the worker script, and tests their streams.
 */
export async function main(argv: string[], runtime: Partial<Runtime> = {}): Promise<number> {
  const io: Runtime = {
    workerUrl: runtime.workerUrl,
    importModule: runtime.importModule,
    stdout: runtime.stdout ?? process.stdout,
    // Read when written to, not before: a check that writes nothing there leaves process.stderr unmade (see cli.ts).
    get stderr() {
      return runtime.stderr ?? process.stderr;
    },
  };
  const color = (forced: boolean | undefined) => forced ?? (io.stdout.isTTY === true && !process.env.NO_COLOR);
  let code = 0;
  let printed = '';
  const actions: Actions = {
    async check(folders, opts) {
      code = await checkCommand(
        folders,
        {
          profile: profileOption(opts.profile),
          target: targetOption(opts.target),
          rules: ruleOverrides(opts.rule),
          format: formatOption(opts.format),
          failOn: failOnOption(opts.failOn),
          quiet: opts.quiet === true,
          showInfo: opts.showInfo === true,
          color: color(opts.color),
          output: opts.output,
          config: opts.config,
          baseline: opts.baseline,
          writeBaseline: opts.writeBaseline,
          recursive: opts.recursive === true,
          changedSince: opts.changedSince,
          newOnly: opts.newOnly === true,
          jobs: jobsOption(opts.jobs),
          limits: limitsOption(opts.maxFileSize, opts.maxStringLength),
          fix: fixMode(opts),
        },
        io,
      );
    },
    async diff(folders, opts) {
      code = await diffCommand(folders, { ...opts, color: color(opts.color) }, io);
    },
    async rules(opts) {
      await writeOut(io.stdout, listRules(formatOption(opts.format, ['stylish', 'json']) as 'stylish' | 'json'));
    },
    async lsp(opts) {
      await startLanguageServer(opts, new URL('./lsp.js', io.workerUrl ?? import.meta.url), io.importModule ?? ((href) => import(href)));
    },
  };
  const [first] = argv;
  const print = (text: string) => (printed += text);
  const program = buildProgram(print, actions, first !== undefined && isBuiltCommand(first) ? [first] : builtCommands);
  if (argv.length === 0) {
    await writeOut(io.stdout, program.helpInformation());
    return 0;
  }
  // Caught before the parser, which would first complain about the options of the command it does not know.
  if (!first!.startsWith('-') && !commandNames.includes(first!)) {
    throw new UsageError(`Unknown command '${first}'${didYouMean(first!, commandNames)} Run '${toolName} --help' for the commands.`);
  }
  let current: Command | undefined;
  program.hook('preSubcommand', (_, sub) => {
    current = sub;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.exitCode === 0) {
      await writeOut(io.stdout, printed); // --help, --version
      return 0;
    }
    // Options and no command (`connector-certify --`): the parser would print the help to stderr.
    if (error.code === 'commander.help') throw new UsageError(`Give a command: check, diff, rules or lsp. Run '${toolName} --help' for them.`);
    // Told against every command: an option unknown here may be another command's.
    throw new UsageError(oneLine(error, buildProgram(print, actions), current?.name()));
  }
  return code;
}

/**
 * The line printed for a failure (exit code 2). Control characters are escaped: a value given with a newline or an
 * escape sequence in it must not break the one line or drive the terminal.
 */
export function failureLine(error: unknown): string {
  const known = error instanceof UsageError || error instanceof LoadError;
  const message = known ? error.message : `unexpected failure: ${String(error)}`;
  return `${toolName}: ${message.replace(/[\u0000-\u001f\u007f-\u009f]/g, escapeControl)}\n`;
}

const escapeControl = (char: string) =>
  ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' })[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

interface CheckOpts {
  profile?: string;
  target?: string;
  format?: string;
  rule?: string[];
  failOn?: string;
  output?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  recursive?: boolean;
  changedSince?: string;
  newOnly?: boolean;
  jobs?: string;
  maxFileSize?: string;
  maxStringLength?: string;
  quiet?: boolean;
  showInfo?: boolean;
  color?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

/** --fix or --fix-dry-run, refusing the options that a dry run, which writes nothing but a diff, cannot honour. */
function fixMode(opts: CheckOpts): 'write' | 'dry-run' | undefined {
  if (opts.fix && opts.fixDryRun) throw new UsageError('Give --fix or --fix-dry-run, not both.');
  if (!opts.fixDryRun) return opts.fix ? 'write' : undefined;
  if (opts.writeBaseline) throw new UsageError('--fix-dry-run writes nothing; --write-baseline cannot be used with it.');
  if (opts.format !== undefined && opts.format !== 'stylish') {
    throw new UsageError(`--fix-dry-run prints a unified diff; --format ${opts.format} cannot be used with it (use --fix for a report).`);
  }
  return 'dry-run';
}

interface LspOpts {
  stdio?: boolean;
  nodeIpc?: boolean;
}

interface Actions {
  check(folders: string[], opts: CheckOpts): Promise<void>;
  diff(folders: string[], opts: DiffOpts): Promise<void>;
  rules(opts: { format?: string }): Promise<void>;
  lsp(opts: LspOpts): Promise<void>;
}

/**
 * Loads the language server from its own bundle beside the bin (`dist/lsp.js`; this module is in dist/cli/commands.cjs)
 * and starts it; it reads the transport from the command line. A computed URL, so the bundler leaves the server out of
 * the CLI and a `check` never loads it.
 */
async function startLanguageServer(opts: LspOpts, serverUrl: URL, importModule: (href: string) => Promise<unknown>): Promise<void> {
  if (!opts.stdio && !opts.nodeIpc) throw new UsageError(`lsp needs its transport: '${toolName} lsp --stdio'.`);
  let server: { startServer(): unknown };
  try {
    server = (await importModule(serverUrl.href)) as typeof server;
  } catch (error) {
    throw new UsageError(`The language server could not be loaded from ${serverUrl.pathname} (${String(error).split('\n')[0]}).`);
  }
  server.startServer();
}

/**
 * `print` takes the help and version text, to be written (and a failure seen) at the end. The parser's errors become
 * `UsageError`s, so it prints none. `names`: the commands to define (all of them for the help and the complaints).
 */
function buildProgram(print: (text: string) => void, actions: Actions, names: readonly CommandName[] = builtCommands): Command {
  const program = new Command(toolName)
    .usage('<command> [options]')
    .description('Offline certification checks and breaking-change diff for Microsoft Power Platform connectors.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print help; <command> --help for the options of a command')
    .exitOverride()
    .configureOutput({ writeOut: print, writeErr: () => {}, outputError: () => {} })
    .showSuggestionAfterError()
    .addHelpText('after', `\nRun '${toolName} <command> --help' for the options of a command.\n${exitCodes}\n`);

  for (const name of names) commandBuilders[name](program, actions);
  for (const command of program.commands) command.allowExcessArguments(false);
  return program;
}

/**
 * Each command's definition, made only when needed: a command line naming a command builds that command alone (the
 * others' options are work and allocation at start-up a small `check` does not need), the help and the parser's
 * complaints all of them.
 */
const commandBuilders: Record<CommandName, (program: Command, actions: Actions) => void> = {
  check(program, actions) {
    const check = program
      .command('check')
      .description('check connector folders against the certification rules')
      .argument('[folders...]', 'connector folders (or, with --recursive, folders holding them)')
      .addOption(text('--profile <id>', `${profiles.map((p) => p.id).join(' | ')} (default independent-publisher)`))
      .addOption(text('--target <name>', 'package | repository: the files submitted for certification (default), or a connector\'s folder in microsoft/PowerPlatformConnectors (no icon needed)'))
      .addOption(formatChoice())
      .addOption(repeatable('--rule <id=level>', 'override a rule: error | warning | info | off (repeatable)'))
      .addOption(text('--fail-on <level>', 'error | warning | never: exit 1 at or above this level (default error)'))
      .addOption(text('--output <file>', 'write the report to a file (atomically; never onto a file of a connector checked)'))
      .addOption(text('--config <file>', 'settings file (default: connector-certify.config.json in the first folder or above)'))
      .addOption(text('--baseline <file>', 'hide the findings recorded in this baseline'))
      .addOption(text('--write-baseline <file>', 'record the findings as the baseline (only over a baseline), then report none'))
      .addOption(new Option('-r, --recursive', 'check every connector folder below the folders given'))
      .addOption(text('--changed-since <git-rev>', 'check only the connector folders changed since this revision'))
      .addOption(new Option('--new-only', 'with --changed-since: report only findings the folder did not have at that revision'))
      .addOption(text('--jobs <n>', `threads checking folders, 1 to ${maxJobs}, capped by cores and free memory (default: one per core but one, 1 on 2 cores)`))
      .addOption(text('--max-file-size <bytes>', "largest file read, in bytes, or 'none' (default 2097152); a larger file is one finding"))
      .addOption(text('--max-string-length <n>', "longest JSON string read, in characters, or 'none' (default 262144)"))
      .addOption(new Option('--fix', 'apply the fixes of the findings shown (keeping the files\' layout), rewrite the files, then report what is left'))
      .addOption(new Option('--fix-dry-run', 'print those fixes as a unified diff instead, and write nothing'))
      .addOption(new Option('--quiet', 'report errors only'))
      .addOption(new Option('--show-info', 'list info findings (suggestions) in full'));
    for (const option of colorOptions()) check.addOption(option);
    check.addHelpText('after', `\n${exitCodes}\n`).action((folders: string[], opts: CheckOpts) => actions.check(folders, opts));
  },
  diff(program, actions) {
    const diff = program
      .command('diff')
      .description('list the changes between two versions of a connector: diff <old-folder> <new-folder>, or diff --base <git-rev> <folder>')
      .argument('[folders...]', 'the old and the new connector folder, or one folder with --base');
    for (const option of diffOptions()) diff.addOption(option);
    diff
      .addHelpText('after', '\nExit codes: 0 nothing at or above --fail-on, 1 a change at or above it, 2 usage or I/O error.\n')
      .action((folders: string[], opts: DiffOpts) => actions.diff(folders, opts));
  },
  rules(program, actions) {
    program
      .command('rules')
      .description('list the rules with their severity per profile')
      .addOption(text('--format <name>', 'stylish (a table, default) | json'))
      .action((opts: { format?: string }) => actions.rules(opts));
  },
  lsp(program, actions) {
    program
      .command('lsp')
      .description('run the language server for editors (diagnostics, quick fixes, hover), speaking LSP over stdio')
      .addOption(new Option('--stdio', 'talk over stdin and stdout'))
      .addOption(new Option('--node-ipc', 'talk over Node IPC (a server forked by the editor)').hideHelp())
      .addOption(new Option('--clientProcessId <pid>', "the editor's process: the server exits when it does").hideHelp())
      .action((opts: LspOpts) => actions.lsp(opts));
  },
};

/**
 * The parser's complaint as one line in our style: `Unknown option '--profle'; did you mean '--profile'? Run …`.
 * An option of another command says which command takes it.
 */
function oneLine(error: CommanderError, program: Command, command: string | undefined): string {
  const help = command ? `Run '${toolName} ${command} --help' for its options.` : `Run '${toolName} --help' for the commands.`;
  const [first = '', ...rest] = error.message.replace(/^error: /, '').split('\n');
  const unknown = /^unknown option '(--?[^'=]+)/.exec(first)?.[1];
  const owners = program.commands.filter((other) => other.name() !== command && other.options.some((o) => o.long === unknown || o.short === unknown));
  if (unknown && owners.length > 0) {
    const where = owners.map((o) => o.name()).join(' and ');
    if (!command) return `${unknown} is an option of ${where}; put it after the command name.`;
    return `${unknown} is an option of ${where}; ${command} does not take it. ${help}`;
  }
  const missing = /^option '(\S+) ([^']+)' argument missing/.exec(first);
  if (missing) return `${missing[1]} needs a value ${missing[2]}. ${help}`;
  // The parser's second line, if any: `(Did you mean --profile?)` or `(Did you mean one of --a, --b?)`.
  const said = rest.join(' ');
  const prefix = '(Did you mean ';
  const names = said.startsWith(prefix) && said.endsWith('?)') ? said.slice(prefix.length, -2) : undefined;
  const oneOf = names?.startsWith('one of ') ? 'one of ' : '';
  const quoted = names?.slice(oneOf.length).split(', ').map((name) => `'${name}'`).join(', ');
  const suggestion = quoted ? `; did you mean ${oneOf}${quoted}?` : '.';
  return `${first.charAt(0).toUpperCase()}${first.slice(1).replace(/\.$/, '')}${suggestion} ${help}`;
}
