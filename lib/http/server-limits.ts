/**
 * The production server's limits on slow and idle clients, read from the
 * environment when it starts (scripts/server.ts). Each one has a default that
 * suits pastes of up to 1 MiB over an ordinary connection.
 */

export interface ServerLimits {
  /** Time to receive a request's headers (Node's `headersTimeout`). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body (Node's `requestTimeout`). */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests (`keepAliveTimeout`). */
  keepAliveTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed (a client that stopped reading the answer). */
  socketIdleTimeoutMs: number;
  /** Open connections at once; further ones are closed at once (`maxConnections`). */
  maxConnections: number;
}

interface LimitSpec {
  key: keyof ServerLimits;
  env: string;
  fallback: number;
  min: number;
  max: number;
  what: string;
}

const LIMIT_SPECS: readonly LimitSpec[] = [
  {
    key: "headersTimeoutMs",
    env: "HEADERS_TIMEOUT_MS",
    fallback: 10_000,
    min: 1_000,
    max: 600_000,
    what: "milliseconds to receive a request's headers",
  },
  {
    key: "requestTimeoutMs",
    env: "REQUEST_TIMEOUT_MS",
    fallback: 30_000,
    min: 1_000,
    max: 3_600_000,
    what: "milliseconds to receive a whole request",
  },
  {
    key: "keepAliveTimeoutMs",
    env: "KEEP_ALIVE_TIMEOUT_MS",
    fallback: 5_000,
    min: 100,
    max: 600_000,
    what: "milliseconds an idle keep-alive connection stays open",
  },
  {
    key: "socketIdleTimeoutMs",
    env: "SOCKET_IDLE_TIMEOUT_MS",
    fallback: 60_000,
    min: 1_000,
    max: 3_600_000,
    what: "milliseconds a silent connection stays open",
  },
  { key: "maxConnections", env: "MAX_CONNECTIONS", fallback: 512, min: 1, max: 1_000_000, what: "open connections at once" },
];

export const DEFAULT_LIMITS: ServerLimits = Object.fromEntries(LIMIT_SPECS.map((s) => [s.key, s.fallback])) as unknown as ServerLimits;

/**
 * Reads the limits from `env`, using the defaults for unset variables.
 * Throws an error naming the variable and what to write when a value is not a
 * whole number in range, or the header timeout is longer than the request timeout.
 */
export function serverLimitsFromEnv(env: Record<string, string | undefined>): ServerLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const spec of LIMIT_SPECS) {
    const raw = env[spec.env];
    if (raw === undefined || raw.trim() === "") continue;
    const digits = raw.trim();
    const value = /^\d{1,10}$/.test(digits) ? Number(digits) : Number.NaN;
    if (!Number.isInteger(value) || value < spec.min || value > spec.max) {
      throw new Error(
        `${spec.env}: "${raw}" is not a whole number from ${spec.min} to ${spec.max} (${spec.what}; default ${spec.fallback}).`,
      );
    }
    limits[spec.key] = value;
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(
      `HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) is longer than REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs}); ` +
        "the headers are part of the request, so make it shorter or equal.",
    );
  }
  return limits;
}

/** One line for the server's start-up log. */
export function describeLimits(limits: ServerLimits): string {
  return (
    `headers within ${limits.headersTimeoutMs} ms, whole request within ${limits.requestTimeoutMs} ms, ` +
    `keep-alive ${limits.keepAliveTimeoutMs} ms, idle sockets closed after ${limits.socketIdleTimeoutMs} ms, ` +
    `at most ${limits.maxConnections} connections`
  );
}
