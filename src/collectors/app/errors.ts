// Errors about the input package itself (unusable file), as opposed to bugs. The CLI maps them to exit code 2.

export type AppInputErrorCode =
  | 'not-found'
  | 'not-a-package' // not a zip / DEX / known app format (e.g. a PNG renamed .apk)
  | 'truncated'
  | 'corrupt-zip'
  | 'zip-bomb'
  | 'too-many-entries'
  | 'unsafe-entry-name' // `../` or absolute entry names (zip slip)
  | 'encrypted'
  | 'corrupt-axml'
  | 'corrupt-dex'
  | 'corrupt-class'
  | 'corrupt-plist'
  | 'corrupt-manifest'
  | 'unsupported';

export class AppInputError extends Error {
  readonly userFacing = true;
  constructor(
    readonly code: AppInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppInputError';
  }
}

export function isAppInputError(e: unknown): e is AppInputError {
  return e instanceof AppInputError;
}

/** Wraps a parse failure of one part (DEX, manifest…) with where it happened; keeps AppInputErrors as they are. */
export function inputError(code: AppInputErrorCode, where: string, e: unknown): AppInputError {
  if (e instanceof AppInputError) return e;
  const why = e instanceof Error ? e.message : String(e);
  return new AppInputError(code, `${where}: ${why}`);
}
