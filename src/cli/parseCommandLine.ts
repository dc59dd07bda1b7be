import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { languageFor, sayIn, showPath, type Language, type Say } from '../core/messages';
import { RULE_SET_IDS, type RuleSetId } from '../core/rules';
import type { CliIo } from './CliIo';
import { EXIT } from './exitCodes';

/** The options `evaluate` and `review` share. */
interface CommonRequest {
  readonly json: boolean;
  /** null: each form's title chooses (DESIGN.md). */
  readonly ruleSet: RuleSetId | null;
  readonly lang: Language;
  /** --out: the workbook written (evaluate: IN with the result sheets; review: the summary); none without it. */
  readonly out?: string;
  /** --settings: a JSON file of settings, on top of those each workbook carries. */
  readonly settingsFile?: string;
  /** --force: replace an existing OUT even if this tool did not write it. */
  readonly force: boolean;
}

/** What `evaluate`'s command line asks for, once it is valid. */
export interface EvaluateRequest extends CommonRequest {
  readonly file: string;
  /** --pretty: the JSON report indented, one value per line. */
  readonly pretty: boolean;
}

/** `review DIR|FILES…`: a reviewer's batch of many units' workbooks. */
export interface ReviewRequest extends CommonRequest {
  readonly paths: readonly string[];
  /** --jobs: workbooks evaluated at once, each in a worker thread of its own (1: in this process). */
  readonly jobs: number;
}

export type ParseResult =
  | { readonly request: EvaluateRequest }
  | { readonly review: ReviewRequest }
  | { readonly exitCode: number };

const PROGRAM = 'budget-perf';

/**
 * The language to speak before the command line is parsed: help and usage errors are written while parsing,
 * so `--lang` is looked up first. zh-CN unless a valid `--lang en…` is given.
 */
export function languageFromArgv(argv: readonly string[]): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLanguageTag(value) ? languageFor(value) : 'zh-CN';
  }
  return 'zh-CN';
}

/** `zh`, `zh-CN`, `en`, `en-US`…: the two languages the catalogue speaks, with or without a region. */
function isLanguageTag(value: string): boolean {
  return /^(zh|en)([-_][a-z0-9-]+)?$/i.test(value);
}

/**
 * Parses `evaluate FILE [--json] [--rules id] [--lang tag] [--out OUT.xlsx]` with commander. Help goes to
 * stdout (exit 0); a usage error is one line naming the problem plus one line of advice on stderr (exit 2,
 * not commander's 1).
 */
export async function parseCommandLine(argv: readonly string[], io: CliIo): Promise<ParseResult> {
  const lang = languageFromArgv(argv);
  const say = sayIn(lang);
  // A value rejected by our own parsers is said in our words rather than commander's English wrapper.
  let rejection: string | null = null;
  const reject = (message: string): never => {
    rejection = message;
    throw new InvalidArgumentError(message);
  };

  let request: EvaluateRequest | null = null;
  let review: ReviewRequest | null = null;
  const ruleSetOption = () =>
    new Option('--rules <id>', say('cli.option.rules')).argParser((value): RuleSetId => {
      const id = RULE_SET_IDS.find((candidate) => candidate === value);
      return id ?? reject(say('cli.badRuleSet', { value }));
    });
  const langOption = () =>
    new Option('--lang <tag>', say('cli.option.lang')).argParser((value): Language =>
      isLanguageTag(value) ? languageFor(value) : reject(say('cli.badLanguage', { value })),
    );
  const xlsxOption = (flags: string, description: string) =>
    new Option(flags, description).argParser((value): string => (/\.xlsx$/i.test(value) ? value : reject(say('cli.outNotXlsx', { value }))));
  const settingsOption = () => new Option('--settings <file>', say('cli.option.settings', { example: '{"lowExecutionThreshold": 0.5}' }));
  const program = new Command(PROGRAM)
    .description(say('cli.description'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    })
    .helpOption('-h, --help', say('cli.option.help'))
    .helpCommand('help [command]', say('cli.command.help'));

  program
    .command('evaluate')
    .description(say('cli.evaluate.description'))
    .argument('<file>', say('cli.argument.file'))
    .option('--json', say('cli.option.json'))
    .option('--pretty', say('cli.option.pretty'))
    .addOption(ruleSetOption())
    .addOption(langOption())
    .addOption(xlsxOption('--out <file>', say('cli.option.out')))
    .addOption(settingsOption())
    .option('--force', say('cli.option.force'))
    .action(
      (file: string, options: { json?: boolean; pretty?: boolean; force?: boolean; rules?: RuleSetId; lang?: Language; out?: string; settings?: string }) => {
      request = {
        file,
        json: options.json === true,
        pretty: options.pretty === true,
        force: options.force === true,
        ruleSet: options.rules ?? null,
        lang: options.lang ?? lang,
        ...(options.out !== undefined ? { out: options.out } : {}),
        ...(options.settings !== undefined ? { settingsFile: options.settings } : {}),
      };
      },
    );

  program
    .command('review')
    .description(say('cli.review.description'))
    .argument('<paths...>', say('cli.argument.paths'))
    .addOption(xlsxOption('--out <file>', say('cli.option.reviewOut')))
    .option('--json', say('cli.option.reviewJson'))
    .addOption(ruleSetOption())
    .addOption(settingsOption())
    .addOption(langOption())
    .addOption(
      new Option('--jobs <n>', say('cli.option.jobs')).argParser((value): number =>
        /^[1-9]\d?$/.test(value) ? Number(value) : reject(say('cli.badJobs', { value })),
      ),
    )
    .option('--force', say('cli.option.reviewForce'))
    .action((paths: string[], options: { json?: boolean; force?: boolean; rules?: RuleSetId; lang?: Language; out?: string; settings?: string; jobs?: number }) => {
      if (options.out === undefined && options.json !== true) reject(say('cli.reviewNeedsOut'));
      review = {
        paths,
        json: options.json === true,
        force: options.force === true,
        ruleSet: options.rules ?? null,
        lang: options.lang ?? lang,
        jobs: options.jobs ?? defaultJobs(),
        ...(options.out !== undefined ? { out: options.out } : {}),
        ...(options.settings !== undefined ? { settingsFile: options.settings } : {}),
      };
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return { exitCode: exitCodeFor(error, rejection, io, say) };
  }
  // commander runs the action of `evaluate` or `review`; any other path has thrown above.
  if (review) return { review };
  return request ? { request } : { exitCode: EXIT.usage };
}

/** As many workbooks at once as the machine has cores (at most 8: past that, memory, not time, is what grows). */
function defaultJobs(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

function exitCodeFor(
  error: CommanderError,
  rejection: string | null,
  io: CliIo,
  say: Say,
): number {
  // Help that was asked for (--help, `help`) has been written to stdout; help shown because nothing was
  // asked (no command) has been written to stderr and is a usage error.
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') {
    return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const detail = rejection ?? commanderDetail(error, say);
  io.stderr.write(`${say('cli.usageError', { detail })}\n${say('cli.usageHint')}\n`);
  return EXIT.usage;
}

/**
 * commander's own complaints in the user's language: each code has a sentence in the catalogue, filled with
 * the option or argument commander quotes; any other is shown as commander says it, inside one of ours.
 */
function commanderDetail(error: CommanderError, say: Say): string {
  const quoted = [...error.message.matchAll(/'([^']*)'/g)].map((m) => showPath(m[1]));
  switch (error.code) {
    case 'commander.unknownOption': {
      const meant = /Did you mean (\S+?)\?/.exec(error.message)?.[1];
      const unknown = say('cli.unknownOption', { option: quoted[0] ?? '' });
      return meant ? unknown + say('cli.didYouMean', { option: showPath(meant) }) : unknown;
    }
    case 'commander.unknownCommand':
      return say('cli.unknownCommand', { command: quoted[0] ?? '' });
    case 'commander.missingArgument':
      return say('cli.missingArgument');
    case 'commander.excessArguments':
      return say('cli.excessArguments');
    case 'commander.optionMissingArgument':
      return say('cli.optionMissingArgument', { option: quoted[0] ?? '' });
    default:
      return say('cli.usageOther', { detail: showPath(error.message.replace(/^error:\s*/i, '').replace(/\s*\n\s*/g, ' ').trim()) });
  }
}
