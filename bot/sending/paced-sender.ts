import {
  retryableStatusCodes,
  SlidingWindowLimiter,
  teamsPerAppPerTenant,
  teamsPerConversation,
} from './rate-rules.js';

export interface Outgoing<T> {
  conversationId: string;
  payload: T;
}

export type Delivery<T> =
  | { message: Outgoing<T>; ok: true; attempts: number }
  | { message: Outgoing<T>; ok: false; attempts: number; error: string };

/** What failed sending looks like: an error carrying the connector's HTTP status and Retry-After, if any. */
export interface SendFailure {
  statusCode?: number;
  retryAfterMs?: number;
  message: string;
}

export interface PacingOptions {
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  maxAttempts?: number;
  baseBackoffMs?: number;
  maxBackoffMs?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends many messages without tripping Teams' limits: paced per app and per conversation, retried with
 * exponential backoff and jitter on 429/412/502/504 (honouring Retry-After), and each failure reported
 * back so the caller can record it for a later try.
 */
export class PacedSender<T> {
  private readonly app = new SlidingWindowLimiter(teamsPerAppPerTenant);
  private readonly conversations = new SlidingWindowLimiter(teamsPerConversation);
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly maxAttempts: number;
  private readonly baseBackoffMs: number;
  private readonly maxBackoffMs: number;

  constructor(
    private readonly deliver: (message: Outgoing<T>) => Promise<void>,
    options: PacingOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.baseBackoffMs = options.baseBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
  }

  /** Sends in order, one request at a time per slot; `concurrency` requests may be in flight at once. */
  async sendAll(messages: Outgoing<T>[], concurrency = 8): Promise<Delivery<T>[]> {
    const results: Delivery<T>[] = new Array(messages.length);
    let next = 0;
    const worker = async () => {
      while (next < messages.length) {
        const index = next++;
        results[index] = await this.sendOne(messages[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, messages.length) }, worker));
    return results;
  }

  async sendOne(message: Outgoing<T>): Promise<Delivery<T>> {
    for (let attempt = 1; ; attempt += 1) {
      const startedAt = await this.waitForSlot(message.conversationId);
      try {
        await this.deliver(message);
        this.settle(message.conversationId, startedAt);
        return { message, ok: true, attempts: attempt };
      } catch (error) {
        this.settle(message.conversationId, startedAt);
        const failure = error as SendFailure;
        const retryable = failure.statusCode !== undefined && retryableStatusCodes.has(failure.statusCode);
        if (!retryable || attempt >= this.maxAttempts)
          return { message, ok: false, attempts: attempt, error: failure.message ?? String(error) };
        await this.sleep(failure.retryAfterMs ?? this.backoff(attempt));
      }
    }
  }

  private settle(conversationId: string, startedAt: number): void {
    const endedAt = this.now();
    this.app.settle('app', startedAt, endedAt);
    this.conversations.settle(conversationId, startedAt, endedAt);
  }

  private backoff(attempt: number): number {
    const exponential = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** (attempt - 1));
    return exponential / 2 + this.random() * (exponential / 2);
  }

  /** Reserves a slot and says when; settle() then moves it to when the answer came. */
  private async waitForSlot(conversationId: string): Promise<number> {
    for (;;) {
      const now = this.now();
      const wait = Math.max(this.app.waitMs('app', now), this.conversations.waitMs(conversationId, now));
      if (wait <= 0) {
        this.app.record('app', now);
        this.conversations.record(conversationId, now);
        return now;
      }
      await this.sleep(wait);
    }
  }
}
