// JVM class files (JAR, classes.jar in an AAR): the constant pool is walked to find this_class and the other
// classes the file names, so class names come from the bytes, not from entry paths.
// Layout: JVM Specification §4.1 and §4.4.
import { AppInputError } from './errors.js';
import { decodeMutf8 } from './dex.js';

export interface ClassFileInfo {
  /** Internal name as a descriptor, like DEX prints it: "Lcom/megvii/Foo;". */
  descriptor: string;
  /** Descriptors of other classes named in the constant pool (array types left out). */
  referenced: string[];
}

export function isClassFile(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32BE(0) === 0xcafebabe;
}

export function parseClassFile(buf: Buffer, where: string): ClassFileInfo {
  const fail = (what: string): never => {
    throw new AppInputError('corrupt-class', `${where}: damaged class file: ${what}`);
  };
  if (buf.length < 10 || !isClassFile(buf)) fail('bad magic (not a class file)');
  const count = buf.readUInt16BE(8);
  const utf8 = new Map<number, [number, number]>();
  const classRefs: [number, number][] = []; // [pool index, name index]
  let p = 10;
  const need = (n: number): void => {
    if (p + n > buf.length) fail(`constant pool runs past the end at byte ${p}`);
  };
  for (let i = 1; i < count; i++) {
    need(1);
    const tag = buf[p++]!;
    switch (tag) {
      case 1: {
        need(2);
        const len = buf.readUInt16BE(p);
        p += 2;
        need(len);
        utf8.set(i, [p, p + len]);
        p += len;
        break;
      }
      case 7:
        need(2);
        classRefs.push([i, buf.readUInt16BE(p)]);
        p += 2;
        break;
      case 8: // String
      case 16: // MethodType
      case 19: // Module
      case 20: // Package
        need(2);
        p += 2;
        break;
      case 15: // MethodHandle
        need(3);
        p += 3;
        break;
      case 3: // Integer
      case 4: // Float
      case 9: // Fieldref
      case 10: // Methodref
      case 11: // InterfaceMethodref
      case 12: // NameAndType
      case 17: // Dynamic
      case 18: // InvokeDynamic
        need(4);
        p += 4;
        break;
      case 5: // Long and Double take two slots
      case 6:
        need(8);
        p += 8;
        i++;
        break;
      default:
        fail(`unknown constant pool tag ${tag} at entry ${i}`);
    }
  }
  need(6);
  const thisClass = buf.readUInt16BE(p + 2);
  const nameOf = (classIdx: number): string => {
    const ref = classRefs.find(([i]) => i === classIdx);
    if (!ref) return fail(`this_class ${classIdx} is not a Class constant`);
    const range = utf8.get(ref[1]);
    if (!range) return fail(`class constant ${classIdx} does not name a UTF-8 constant`);
    return decodeMutf8(buf, range[0], range[1]);
  };
  const self = nameOf(thisClass);
  const referenced: string[] = [];
  for (const [i, nameIdx] of classRefs) {
    if (i === thisClass) continue;
    const range = utf8.get(nameIdx);
    if (!range) continue;
    const name = decodeMutf8(buf, range[0], range[1]);
    if (!name.startsWith('[')) referenced.push(`L${name};`);
  }
  return { descriptor: `L${self};`, referenced };
}
