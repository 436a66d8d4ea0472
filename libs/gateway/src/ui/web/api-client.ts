import { Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Request } from 'express';
import type { AddressInfo } from 'node:net';

/**
 * The pages act through the public API, over this process's own HTTP port (docs/ui.md "One write path"):
 * the same validation, role and LA checks, domain refusals, idempotency and read-your-writes as every other
 * client, in both modes (in the distributed mode the gateway's API forwards writes to the services). The
 * signed-in user's own token goes with every call, so the API decides what they may see and do.
 */
export interface ApiFieldError {
  readonly field: string;
  readonly message: string;
}

export interface ApiProblem {
  readonly status: number;
  readonly code: string;
  readonly title?: string;
  readonly detail?: string;
  /** The one field a 422 refusal is about, when it names one (docs/api.md "Errors"). */
  readonly field?: string;
  readonly errors?: readonly ApiFieldError[];
}

/** An answer the page cannot turn into content: 401 (signed out), 403, 404, 409, 422, 400, 5xx. */
export class ApiError extends Error {
  constructor(readonly problem: ApiProblem) {
    super(problem.detail ?? problem.code);
  }

  get status(): number {
    return this.problem.status;
  }
}

export interface ApiCall {
  readonly query?: Record<string, string | number | boolean | undefined>;
  readonly body?: unknown;
  /** A form's idempotency key: a second submission of the same form records nothing twice. */
  readonly idempotencyKey?: string;
}

@Injectable()
export class ApiClient {
  private readonly logger = new Logger('ui');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  get<T>(req: Request, path: string, query?: ApiCall['query']): Promise<T> {
    return this.call<T>(req, 'GET', path, { query });
  }

  post<T>(req: Request, path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return this.call<T>(req, 'POST', path, { body, idempotencyKey });
  }

  put<T>(req: Request, path: string, body: unknown, idempotencyKey?: string): Promise<T> {
    return this.call<T>(req, 'PUT', path, { body, idempotencyKey });
  }

  /** The raw response, for what is not JSON (the bundle PDF). */
  async fetch(req: Request, path: string): Promise<globalThis.Response> {
    return fetch(this.url(path), { headers: this.headers(req) });
  }

  /** A multipart upload (an attachment), answered as call() answers. */
  async upload<T>(req: Request, path: string, form: FormData, idempotencyKey?: string): Promise<T> {
    const headers = this.headers(req);
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
    return this.answer<T>(await fetch(this.url(path), { method: 'POST', headers, body: form }), 'POST', path);
  }

  async call<T>(req: Request, method: string, path: string, call: ApiCall = {}): Promise<T> {
    const headers = this.headers(req);
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.idempotencyKey) headers['idempotency-key'] = call.idempotencyKey;
    const response = await fetch(this.url(path, call.query), {
      method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
    });
    return this.answer<T>(response, method, path);
  }

  private async answer<T>(response: globalThis.Response, method: string, path: string): Promise<T> {
    const text = await response.text();
    const body = text ? safeJson(text) : undefined;
    if (response.ok) return body as T;
    const problem = (body ?? {}) as Partial<ApiProblem>;
    if (response.status >= 500) this.logger.warn(`API ${method} ${path.split('?')[0]} answered ${response.status}`);
    throw new ApiError({
      status: response.status,
      code: problem.code ?? `HTTP.${response.status}`,
      title: problem.title,
      detail: problem.detail,
      ...(typeof problem.field === 'string' ? { field: problem.field } : {}),
      errors: problem.errors,
    });
  }

  private headers(req: Request): Record<string, string> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = req.session?.token;
    if (token) headers.authorization = `Bearer ${token}`;
    return headers;
  }

  private url(path: string, query?: ApiCall['query']): string {
    const server = this.adapterHost.httpAdapter.getHttpServer() as { address(): AddressInfo | string | null };
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('The pages need the HTTP server to listen on a TCP port.');
    const url = new URL(path, `http://127.0.0.1:${address.port}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') url.searchParams.set(k, String(v));
    return url.toString();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
