// What a consent dialog's buttons say: a clear agree and a clear refuse (seed 001 §2.2(2): 同意/拒绝, not 我知道了).
import { canRefuse } from '../helpers.js';

const AGREE = /同意|允许|接受|agree|accept|allow/i;
const NOT_AGREE = /不同意|不允许|不接受|disagree/i;

export function canAgree(buttons: string[]): boolean {
  return buttons.some((b) => AGREE.test(b) && !NOT_AGREE.test(b));
}

/** Both a clear agree and a clear refuse button; "我知道了" / "好的" alone is not a clear choice. */
export function clearChoice(buttons: string[]): boolean {
  return canAgree(buttons) && canRefuse(buttons);
}
