// Typed errors of the filing workflow: the server maps `code` to an HTTP status and shows `text` to the user.
import type { Text } from '../core/types.js';
import type { Completeness } from './completeness.js';
import type { DossierStatus } from './types.js';

export type FilingErrorCode =
  /** The action is not allowed in the dossier's status (or for its type). → 409 */
  | 'illegal-transition'
  /** The actor's role or province may not do this. → 403 */
  | 'forbidden'
  /** A reason, number, file or form field is malformed. → 400 */
  | 'invalid-input'
  /** 全部完成 refused: the dossier is not complete (see `completeness`). → 422 */
  | 'incomplete';

export class FilingError extends Error {
  constructor(
    readonly code: FilingErrorCode,
    /** Chinese and English; `message` is the English. */
    readonly text: Text,
    readonly action?: string,
    readonly status?: DossierStatus,
  ) {
    super(text.en);
    this.name = 'FilingError';
  }
}

export class IncompleteDossierError extends FilingError {
  constructor(readonly completeness: Completeness) {
    const n = completeness.blocking.length;
    super(
      'incomplete',
      {
        zh: `备案材料尚未完成，不能提交（${n} 项问题）：${completeness.blocking.map((b) => b.ref).join('、')}`,
        en: `The dossier is not complete and cannot be submitted (${n} problem${n === 1 ? '' : 's'}): ${completeness.blocking.map((b) => b.ref).join(', ')}`,
      },
      'submit',
    );
    this.name = 'IncompleteDossierError';
  }
}
