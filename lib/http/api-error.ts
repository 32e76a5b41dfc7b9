// One error class for every refusal; only the route wrapper turns codes into statuses.
export const statusByCode = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  channel_provider_failed: 502,
  service_unavailable: 503,
} as const;

export type ApiErrorCode = keyof typeof statusByCode;
export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly errors?: FieldError[],
    /** For 429 and 503: when the client may try again (the Retry-After header). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return statusByCode[this.code];
  }
}
