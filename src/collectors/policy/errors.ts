// Typed errors for input the analyzer cannot use. The CLI maps them to exit code 2.

export type PolicyInputProblem =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'no-policy'
  | 'needs-ocr'
  | 'unsupported-format'
  | 'corrupt'
  | 'not-found';

export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  constructor(
    readonly problem: PolicyInputProblem,
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export function isPolicyInputError(e: unknown): e is PolicyInputError {
  return e instanceof PolicyInputError;
}
