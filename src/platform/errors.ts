// Errors the server maps to HTTP statuses. `userFacing` messages are safe to show; `status` is the HTTP code.

export class PlatformError extends Error {
  readonly userFacing = true;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Missing, or not visible to the actor: the two are the same answer so existence does not leak across tenants. */
export class NotFoundError extends PlatformError {
  constructor(what: string) {
    super(404, 'not-found', `${what} not found`);
  }
}

/** The actor can see the object but its role may not do this. */
export class ForbiddenError extends PlatformError {
  constructor(message: string) {
    super(403, 'forbidden', message);
  }
}

/** Optimistic locking: somebody else changed it first; or a state change that is not allowed now. */
export class ConflictError extends PlatformError {
  constructor(message: string) {
    super(409, 'conflict', message);
  }
}

/** Input the platform will not store (bad data, wrong file type, too large). */
export class InvalidInputError extends PlatformError {
  constructor(message: string, status = 400) {
    super(status, 'invalid-input', message);
  }
}

/** An evidence file failed authentication on read: changed on disk, or encrypted with another key. */
export class EvidenceIntegrityError extends PlatformError {
  constructor(message: string) {
    super(500, 'evidence-integrity', message);
  }
}
