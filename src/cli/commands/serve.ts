/**
 * `jixiao serve [--port 5173]`: the web page over HTTP on 127.0.0.1 only, so the forms read in the
 * page never leave the machine and nobody else on the network can reach it. The page is the one
 * built into a single HTML file (dist/web/index.html: the library, its worker and the page's code
 * inline), the same file that works opened from disk; it ships in the package, so this works from
 * an installed package. That file is all it serves: nothing else of the package or the disk.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCommandArgs, UsageError } from "../args";

const OPTIONS = {
  port: { type: "string", short: "p" },
  quiet: { type: "boolean", short: "q" },
} as const;

export const DEFAULT_PORT = 5173;
const PAGE_FILE = "dist/web/index.html";

/** The built page: in the closest folder above this module that has it (dist/ when built, src/cli/commands/ in the sources). */
function pageFile(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, PAGE_FILE))) return join(dir, PAGE_FILE);
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`the web page (${PAGE_FILE}) is missing from the jixiao-docx package; build it with npm run build`);
    dir = parent;
  }
}

function portOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535 (got "${value}"); 0 picks a free port.`, "serve");
  return n;
}

function handler(page: string) {
  return async (request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    if (pathname !== "/" && pathname !== "/index.html") {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found\n");
      return;
    }
    const body = await readFile(page);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    response.end(request.method === "HEAD" ? undefined : body);
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new UsageError(`port ${port} on 127.0.0.1 is in use; choose another with --port N (--port 0 picks a free one).`, "serve"));
      else if (error.code === "EACCES") reject(new UsageError(`port ${port} needs privileges this user does not have; choose a port above 1023 with --port N.`, "serve"));
      else reject(error);
    });
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

export async function serveCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("serve", argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`, "serve");
  const port = portOption(values.port);
  const handle = handler(pageFile());
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const chosen = await listen(server, port);
  // The address on stdout (a script can read it, with --port 0 too); how to stop on stderr.
  process.stdout.write(`http://127.0.0.1:${chosen}/\n`);
  if (!values.quiet) process.stderr.write("jixiao serve: the page reads files on this computer only; press Ctrl-C to stop.\n");
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close(() => resolve());
      server.closeAllConnections();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}
