import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { sleep } from "./interact";

// Builds with Vite and serves the output with `vite preview`, started directly
// from node_modules/.bin (killing an npx wrapper would leave the server behind).

export function viteBin(root: string): string {
  return join(root, "node_modules", ".bin", "vite");
}

/** Runs `vite build` with extra arguments; throws with Vite's output when it fails. */
export function viteBuild(root: string, args: readonly string[] = []): number {
  const start = Date.now();
  const result = spawnSync(viteBin(root), ["build", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) {
    throw new Error(`vite build ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return Date.now() - start;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Preview {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `vite preview` on a free local port and waits until it answers. */
export async function startPreview(root: string, args: readonly string[] = []): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    viteBin(root),
    ["preview", ...args, "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(3000)]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`vite preview did not answer on ${url} within 30 s:\n${output}`);
}
