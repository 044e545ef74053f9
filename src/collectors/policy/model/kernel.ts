// The weighted sums of the statistical layer (model.ts scoreInput) as a WebAssembly SIMD kernel: per sentence,
// bias + Σ value × weight over the rows found, for all the model's items in one pass (the function is assembled
// at load for the item count: one 2-item vector per pair of items, at most 15). The same IEEE double operations
// in the same order as the JavaScript loop (promote each float32 weight to double, multiply by the value, add to
// the item's sum; WebAssembly has no fused multiply-add), two items per instruction: the sums are equal bit for
// bit (model.test.ts compares both on corpus sentences) and ~6× faster. Node 20 has WebAssembly SIMD; where it is
// missing, `sumKernel` returns null and model.ts keeps its JavaScript loop.
//
// The module is a few dozen lines of WebAssembly text, assembled below into its binary (~800 bytes; no toolchain
// needed at build or run time). With P = the number of item pairs:
//
//   (func (export "sums") (param $n i32) (param $rows i32) (param $values i32) (param $w i32)
//         (param $rowBytes i32) (param $col i32) (param $io i32)
//     (local $j i32) (local $base i32) (local $v v128) (local $a0 v128) … (local $a{P-1} v128)
//     $a0 … $a{P-1} = v128.load $io offset 0, 16, …               ;; 2P biases, two per vector
//     (loop (br_if exit (i32.ge_u $j $n))
//       $v = f64x2.splat (f64.load $values + 8 $j)
//       $base = $w + $col + (i32.load $rows + 4 $j) × $rowBytes
//       $a0 = f64x2.add $a0 (f64x2.mul $v (f64x2.promote_low_f32x4 (v128.load64_zero $base offset 0)))
//       … $a{P-1} with offset 8(P-1)
//       $j += 1)
//     v128.store $io offset 256, 272, … ← $a0 … $a{P-1})           ;; 2P sums
//   (func (export "text") …)   ;; the text's 1–3-gram rows, see textFunction below
//   (memory (export "mem") …)

/** Most rows one call can take (a sentence has at most ~1 400 features; longer inputs use the JavaScript loop). */
export const KERNEL_ROWS = 8192;
/** Most items one pass sums (model.ts keeps decisions as bits of an int, so a model has at most 30). */
export const KERNEL_ITEMS = 30;
const IO = 0;
const ROWS = 512;
const VALUES = ROWS + KERNEL_ROWS * 4;
const CODES = VALUES + KERNEL_ROWS * 8;
const UNI = CODES + KERNEL_ROWS * 2;
const SLOTS = UNI + 0x10000 * 2;
const PAGE = 65536;

export interface SumKernel {
  /** The weights, `stride` floats per row, in the kernel's memory: fill them once. */
  w: Float32Array;
  /** Rows and values of the features of one sentence (up to KERNEL_ROWS). */
  rows: Int32Array;
  values: Float64Array;
  /** [0, items): the items' biases before a call; [32, 32 + items): their sums after it. */
  io: Float64Array;
  /** Sums the first `count` rows for the items (rounded up to even) from column `col`. */
  sum(count: number, col: number): void;
  /** How many items one `sum` call covers (`items` rounded up to even). */
  items: number;
  /** model.ts's lookup tables, in the kernel's memory: fill them once (`uni` row per character, `slots`, `hashes`). */
  uni: Int16Array;
  slots: Int16Array;
  hashes: Int32Array;
  /** Characters of one sentence's text (up to KERNEL_ROWS / 3) for `text`. */
  codes: Uint16Array;
  /** The rows of the text's 1–3-grams in `rows`, in model.ts findFeatures' order; returns their count. */
  text(n: number): number;
}

/**
 * A kernel for `features` rows of `stride` weights summed for `items` items (the first columns) and a probe table
 * of `slotCount` slots, or null without WebAssembly SIMD.
 */
export function sumKernel(features: number, stride: number, slotCount: number, items: number): SumKernel | null {
  const pairs = (items + 1) >> 1;
  if (items < 1 || items > KERNEL_ITEMS) throw new Error(`sum kernel: ${items} items, expected 1–${KERNEL_ITEMS}`);
  if (stride % 2 !== 0 || stride < pairs * 2) throw new Error('sum kernel: the row stride must be even and hold every item');
  const bytes = sumsModule(pairs);
  if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes)) return null;
  const hashes = SLOTS + slotCount * 2;
  const weights = (hashes + features * 4 + 63) & ~63;
  const pages = Math.ceil((weights + features * stride * 4 + 64) / PAGE);
  const { sums, text, mem } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as {
    sums: (n: number, rows: number, values: number, w: number, rowBytes: number, col: number, io: number) => void;
    text: (n: number, codes: number, uni: number, slots: number, hashes: number, mask: number, rows: number) => number;
    mem: WebAssembly.Memory;
  };
  mem.grow(pages); // once: the views below stay attached
  const rowBytes = stride * 4;
  const mask = slotCount - 1;
  return {
    w: new Float32Array(mem.buffer, weights, features * stride),
    rows: new Int32Array(mem.buffer, ROWS, KERNEL_ROWS),
    values: new Float64Array(mem.buffer, VALUES, KERNEL_ROWS),
    io: new Float64Array(mem.buffer, IO, 64),
    sum: (count, col) => sums(count, ROWS, VALUES, weights, rowBytes, col * 4, IO),
    uni: new Int16Array(mem.buffer, UNI, 0x10000),
    slots: new Int16Array(mem.buffer, SLOTS, slotCount),
    hashes: new Int32Array(mem.buffer, hashes, features),
    codes: new Uint16Array(mem.buffer, CODES, KERNEL_ROWS),
    items: pairs * 2,
    text: (n) => text(n, CODES, UNI, SLOTS, hashes, mask, ROWS),
  };
}

// --- the assembler: just the encodings the function above needs ---

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) return [...out, b];
    out.push(b | 0x80);
  }
};
const name = (s: string) => [...uleb(s.length), ...Buffer.from(s)];
const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];
const I32 = 0x7f;
const V128 = 0x7b;
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32 = (n: number) => [0x41, ...sleb(n)];
const simd = (op: number, ...rest: number[]) => [0xfd, ...uleb(op), ...rest];
const memarg = (alignLog2: number, offset: number) => [...uleb(alignLog2), ...uleb(offset)];
const op = {
  add: 0x6a, mul: 0x6c, shl: 0x74, and: 0x71, xor: 0x73, shrU: 0x76, eq: 0x46, ltS: 0x48, geS: 0x4e, geU: 0x4f,
  i32Load: 0x28, load16S: 0x2e, load16U: 0x2f, i32Store: 0x36, f64Load: 0x2b,
  block: 0x02, loop: 0x03, if: 0x04, void: 0x40, br: 0x0c, brIf: 0x0d, end: 0x0b, tee: 0x22,
};
const simdOp = { load: 0x00, store: 0x0b, load64Zero: 0x5d, promoteLow: 0x5f, splat: 0x14, add: 0xf0, mul: 0xf2 };

function sumsModule(pairs: number): Uint8Array<ArrayBuffer> {
  // params 0–6: n rows values w rowBytes col io; locals: 7 j, 8 base, 9 v, 10… the sums (one per item pair)
  const [n, rows, values, w, rowBytes, col, io, j, base, v] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const acc = (i: number) => 10 + i;
  const body: number[] = [];
  for (let i = 0; i < pairs; i++) body.push(...get(io), ...simd(simdOp.load, ...memarg(3, i * 16)), ...set(acc(i)));
  body.push(op.block, op.void, op.loop, op.void);
  body.push(...get(j), ...get(n), op.geU, op.brIf, ...uleb(1));
  body.push(...get(values), ...get(j), ...i32(3), op.shl, op.add, op.f64Load, ...memarg(3, 0), ...simd(simdOp.splat), ...set(v));
  body.push(...get(w), ...get(col), op.add, ...get(rows), ...get(j), ...i32(2), op.shl, op.add, op.i32Load, ...memarg(2, 0));
  body.push(...get(rowBytes), op.mul, op.add, ...set(base));
  for (let i = 0; i < pairs; i++) {
    body.push(...get(acc(i)), ...get(v), ...get(base), ...simd(simdOp.load64Zero, ...memarg(3, i * 8)), ...simd(simdOp.promoteLow));
    body.push(...simd(simdOp.mul), ...simd(simdOp.add), ...set(acc(i)));
  }
  body.push(...get(j), ...i32(1), op.add, ...set(j), op.br, ...uleb(0), op.end, op.end);
  for (let i = 0; i < pairs; i++) body.push(...get(io), ...get(acc(i)), ...simd(simdOp.store, ...memarg(3, 256 + i * 16)));
  body.push(op.end);
  const code = [...vec([[...uleb(2), I32], [...uleb(1 + pairs), V128]]), ...body];
  const textCode = textFunction();
  const params = vec([[I32], [I32], [I32], [I32], [I32], [I32], [I32]]);
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, ...params, 0x00], [0x60, ...params, ...vec([[I32]])]])), // (i32 × 7) → () and → i32
    ...section(3, vec([[0], [1]])),
    ...section(5, vec([[0x00, ...uleb(1)]])), // memory: 1 page to start, grown to fit the tables
    ...section(7, vec([[...name('sums'), 0x00, 0], [...name('text'), 0x00, 1], [...name('mem'), 0x02, 0]])),
    ...section(10, vec([[...uleb(code.length), ...code], [...uleb(textCode.length), ...textCode]])),
  ]);
}

// features.ts's text hashing: mix(h, c) = imul(h ^ c, FNV), finish(h) = h ^ h>>>16, imul 0x85ebca6b, ^ >>>13
const SEED_TEXT = 0x811c9dc5 | 0;
const FNV = 0x01000193;
const FINISH = 0x85ebca6b | 0;

/**
 * (func "text" (param $n $codes $uni $slots $hashes $mask $rows) (result i32)): per character i, the row of its
 * 1-gram from $uni, then the 2-gram's and the 3-gram's hashes probed in $slots (linear probing; a slot holds a
 * row, -1 empty, whose hash is $hashes[row]); found rows are written to $rows in that order; returns the count.
 */
function textFunction(): number[] {
  const [n, codes, uni, slots, hashes, mask, rows] = [0, 1, 2, 3, 4, 5, 6];
  const [i, c, a, h2, h, j, f] = [7, 8, 9, 10, 11, 12, 13];
  const code16 = (k: number) => [...get(codes), ...get(i), ...i32(1), op.shl, op.add, op.load16U, ...memarg(1, k * 2)];
  const emit = [...get(rows), ...get(c), ...i32(2), op.shl, op.add, ...get(f), op.i32Store, ...memarg(2, 0), ...get(c), ...i32(1), op.add, ...set(c)];
  const finish = [
    ...set(h), ...get(h), ...get(h), ...i32(16), op.shrU, op.xor, ...i32(FINISH), op.mul,
    op.tee, ...uleb(h), ...get(h), ...i32(13), op.shrU, op.xor, ...set(h),
  ];
  const probe = [
    ...get(h), ...get(mask), op.and, ...set(j),
    op.block, op.void, op.loop, op.void,
    ...get(slots), ...get(j), ...i32(1), op.shl, op.add, op.load16S, ...memarg(1, 0), op.tee, ...uleb(f),
    ...i32(0), op.ltS, op.brIf, ...uleb(1),
    ...get(hashes), ...get(f), ...i32(2), op.shl, op.add, op.i32Load, ...memarg(2, 0), ...get(h), op.eq,
    op.if, op.void, ...emit, op.br, ...uleb(2), op.end,
    ...get(j), ...i32(1), op.add, ...get(mask), op.and, ...set(j), op.br, ...uleb(0),
    op.end, op.end,
  ];
  const body = [
    op.block, op.void, op.loop, op.void,
    ...get(i), ...get(n), op.geS, op.brIf, ...uleb(1),
    ...code16(0), ...set(a),
    // 1-gram
    ...get(uni), ...get(a), ...i32(1), op.shl, op.add, op.load16S, ...memarg(1, 0), op.tee, ...uleb(f),
    ...i32(0), op.geS, op.if, op.void, ...emit, op.end,
    ...get(i), ...i32(1), op.add, ...get(n), op.geS, op.brIf, ...uleb(1),
    // 2-gram
    ...i32(SEED_TEXT), ...get(a), op.xor, ...i32(FNV), op.mul, ...code16(1), op.xor, ...i32(FNV), op.mul, ...set(h2),
    ...get(h2), ...finish, ...probe,
    // 3-gram
    ...get(i), ...i32(2), op.add, ...get(n), op.ltS, op.if, op.void,
    ...get(h2), ...code16(2), op.xor, ...i32(FNV), op.mul, ...finish, ...probe,
    op.end,
    ...get(i), ...i32(1), op.add, ...set(i), op.br, ...uleb(0),
    op.end, op.end,
    ...get(c), op.end,
  ];
  return [...vec([[...uleb(7), I32]]), ...body];
}
