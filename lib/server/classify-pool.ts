/**
 * Classification for POST /api/classify, off the request thread: a pool of
 * worker threads (piscina) runs the classifier, so a costly paste never holds
 * the server, /healthz and pages included. Each paste has a time budget; past
 * it the worker is stopped (and replaced) and the caller hears "too costly".
 * Work waiting for a thread is capped; past the cap the caller hears "busy"
 * rather than queueing without bound.
 *
 * Settings (environment, read when the server starts): CLASSIFY_THREADS (default:
 * one fewer than the machine's cores, at least 1, at most 4), CLASSIFY_QUEUE (pastes
 * waiting for a thread, default 64), CLASSIFY_TIME_BUDGET_MS (default
 * CLASSIFY_BUDGET_MS, counted from the moment the paste arrives, waiting included).
 */
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import type { ApiResult } from "../diagnose/api-finding";
import { CLASSIFY_BUDGET_MS } from "../diagnose/limits";
import type { ClassifyTask } from "./classify-worker";

export type PoolAnswer = { ok: true; result: ApiResult } | { ok: false; reason: "too-costly" | "busy" | "failed"; detail: string };

export interface PoolSettings {
  threads: number;
  queue: number;
  budgetMs: number;
  /** The bundled worker (generated/classify-worker.mjs). */
  filename: string;
}

/** Real pastes take milliseconds, so a queue this long drains in well under a second; hostile ones fill it and get "busy". */
const DEFAULT_QUEUE = 64;

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function settingsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): PoolSettings {
  const threads = positive(env.CLASSIFY_THREADS, Math.min(4, Math.max(1, os.availableParallelism() - 1)));
  return {
    threads,
    queue: positive(env.CLASSIFY_QUEUE, DEFAULT_QUEUE),
    budgetMs: positive(env.CLASSIFY_TIME_BUDGET_MS, CLASSIFY_BUDGET_MS),
    filename: path.join(process.cwd(), "generated", "classify-worker.mjs"),
  };
}

export class ClassifyPool {
  private readonly pool: Piscina<ClassifyTask, ApiResult>;

  constructor(readonly settings: PoolSettings) {
    this.pool = new Piscina({
      filename: settings.filename,
      minThreads: 1,
      maxThreads: settings.threads,
      maxQueue: settings.queue,
      idleTimeout: 60_000,
    });
  }

  /**
   * Classifies `text`, or says why it could not: the budget (the pool's, unless
   * `budgetMs` is given) ran out, the queue is full, or the worker failed.
   */
  async classify(text: string, basePath: string, budgetMs = this.settings.budgetMs): Promise<PoolAnswer> {
    if (this.pool.queueSize >= this.settings.queue) {
      return { ok: false, reason: "busy", detail: `${this.pool.queueSize} pastes are already waiting` };
    }
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), budgetMs);
    try {
      const result = await this.pool.run({ text, basePath }, { signal: abort.signal });
      return { ok: true, result };
    } catch (error) {
      if (abort.signal.aborted)
        return { ok: false, reason: "too-costly", detail: `stopped after ${budgetMs} ms, waiting for a free classifier included` };
      const message = error instanceof Error ? error.message : String(error);
      if (/queue is at limit|task queue is at limit/i.test(message)) return { ok: false, reason: "busy", detail: message };
      return { ok: false, reason: "failed", detail: message };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Threads running and pastes waiting, for tests and health reports. */
  get load(): { threads: number; waiting: number } {
    return { threads: this.pool.threads.length, waiting: this.pool.queueSize };
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}

let shared: ClassifyPool | null = null;

/** The server's one pool, started on first use. */
export function classifyPool(): ClassifyPool {
  shared ??= new ClassifyPool(settingsFromEnv());
  return shared;
}
