// Print a policy's sentences, numbered, for labelling: node labels/tools/show.mjs <file> [--offsets]
import { load, sentences } from './text.mjs';
const [name, flag] = process.argv.slice(2);
const { text } = load(name);
sentences(text).forEach((s, i) => {
  const body = text.slice(s.start, s.end).replace(/\s+/gu, ' ');
  console.log(flag === '--offsets' ? `${i}\t${s.start}\t${s.end}\t${body}` : `${i}|${body}`);
});
