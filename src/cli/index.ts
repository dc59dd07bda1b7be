/** The command-line shell: the engine over .xlsx files, for WPS users and for 财政局 reviewers. */
export { runCli } from './runCli';
export type { CliIo, CliOutput } from './CliIo';
export { EXIT } from './exitCodes';
