#!/usr/bin/env node
/**
 * The jixiao command: picks the subcommand, and turns every failure into a message and an exit
 * code (2 for bad usage, 1 otherwise), never a stack trace unless JIXIAO_DEBUG is set.
 */
import { version } from "../../package.json";
import { JixiaoError } from "../errors";
import { UsageError } from "./args";
import { COMMAND_HELP, MAIN_HELP } from "./help";

type Command = (argv: string[]) => Promise<number>;

/** Loaded on demand: the readers and the writer take a while to load, and --help needs neither. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  parse: async () => (await import("./commands/parse")).parseCommand,
  validate: async () => (await import("./commands/validate")).validateCommand,
  generate: async () => (await import("./commands/generate")).generateCommand,
  blank: async () => (await import("./commands/blank")).blankCommand,
  prefill: async () => (await import("./commands/prefill")).prefillCommand,
  serve: async () => (await import("./commands/serve")).serveCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    process.stdout.write(topic && COMMAND_HELP[topic] ? COMMAND_HELP[topic] : MAIN_HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`Unknown command "${command}". Commands: ${Object.keys(COMMANDS).join(", ")}.`);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(COMMAND_HELP[command]);
    return 0;
  }
  return (await load())(rest);
}

function report(error: unknown): number {
  if (error instanceof UsageError) {
    const name = error.command ? `jixiao ${error.command}` : "jixiao";
    process.stderr.write(`${name}: ${error.message}\nRun "${name} --help" for usage.\n`);
    return 2;
  }
  if (error instanceof JixiaoError) {
    process.stderr.write(`jixiao: ${error.code}: ${error.message}\n`);
    return 1;
  }
  const err = error as Error;
  process.stderr.write(`jixiao: unexpected error: ${err?.message ?? String(error)}\n`);
  if (process.env.JIXIAO_DEBUG) process.stderr.write(`${err?.stack ?? ""}\n`);
  else process.stderr.write("Set JIXIAO_DEBUG=1 for details, and please report it.\n");
  return 1;
}

// A reader that stops early (jixiao parse … | head) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => (process.exitCode = report(error)),
);
