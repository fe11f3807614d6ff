// Expected outcomes of operations. Services throw these; the GraphQL layer turns them into the
// result-union members the contract names (or, on fields without a union, into GraphQL errors
// carrying `extensions.code`). Anything else is a bug and stays masked.

export const errorCodes = [
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'FORBIDDEN',
  'ALREADY_ATTACHED',
  'NOT_ATTACHED',
  'FLOATING_IP_IN_USE',
  'GATEWAY_BUSY',
  'RESTART_NOT_REQUIRED',
  'ROUTE_MANAGED',
  'ROUTE_CONFLICT',
  'ADDRESS_POOL_EXHAUSTED',
  'EXTERNAL_NETWORK_UNREACHABLE',
  'IN_USE',
  'QUOTA_EXCEEDED',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;

  /** GraphQL copies an exception's `extensions` into the error it reports, so clients get the code. */
  get extensions(): { code: ErrorCode } {
    return { code: this.code };
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'NOT_FOUND';

  constructor(what: string) {
    super(`${what} not found`);
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code = 'FORBIDDEN';
}

export interface FieldError {
  /** Path of the input field, e.g. ["input", "cidr"]. */
  path: string[];
  message: string;
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly code = 'VALIDATION_FAILED';

  constructor(readonly fieldErrors: FieldError[]) {
    super(fieldErrors.map((error) => `${error.path.join('.')}: ${error.message}`).join('; '));
  }

  static field(path: string[], message: string): ValidationError {
    return new ValidationError([{ path, message }]);
  }
}

export type ConflictCode = Exclude<ErrorCode, 'NOT_FOUND' | 'VALIDATION_FAILED' | 'FORBIDDEN' | 'FLOATING_IP_IN_USE'>;

/** A state conflict: the request is well-formed but the current state does not allow it. */
export class ConflictError extends DomainError {
  override name = 'ConflictError';

  constructor(
    readonly code: ConflictCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Collects field errors so that a request with several bad fields hears about all of them at once.
 */
export class FieldErrors {
  readonly #errors: FieldError[] = [];

  add(path: string[], message: string | null): void {
    if (message !== null) this.#errors.push({ path, message });
  }

  throwIfAny(): void {
    if (this.#errors.length > 0) throw new ValidationError(this.#errors);
  }
}
