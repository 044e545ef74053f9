// Finds which of some entry names a zip holds, reading only its central directory (yauzl, lazy entries),
// and stopping at the first name that decides the format.
import yauzl from 'yauzl';

/**
 * Reads entry names until `decide(name)` returns a value or the directory ends.
 * Resolves with that value (or undefined) and the number of entries read; rejects on an unreadable zip.
 */
export function scanZipEntries<T>(file: string, decide: (name: string) => T | undefined): Promise<{ found?: T; entries: number }> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: true, decodeStrings: false }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip could not be opened'));
      let entries = 0;
      let done = false;
      const finish = (found: T | undefined) => {
        if (done) return;
        done = true;
        zip.close();
        resolve(found === undefined ? { entries } : { found, entries });
      };
      zip.on('error', (e: Error) => {
        if (done) return;
        done = true;
        zip.close();
        reject(e);
      });
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        // Names stay raw bytes (decodeStrings: false) so odd names in unrelated entries never abort the scan.
        const found = decide(entry.fileNameRaw.toString('utf8'));
        if (found !== undefined) finish(found);
        else zip.readEntry();
      });
      zip.on('end', () => finish(undefined));
      zip.readEntry();
    });
  });
}
