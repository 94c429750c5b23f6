// A worker thread for bench/scenarios/pdf.mjs: pdf.js's getTextContent over every page of the files it is given,
// once per message, answering the number of text items. In a thread, as the importer's pdf.js is: loading pdf.js
// changes the globals of its realm (core-js), which must not slow down the bench's own realm, where the importer's
// layout runs. With `nativePush`, the realm gets V8's Array.prototype.push back after pdf.js has loaded, as the
// importer's thread does (src/importers/pdf-thread.ts); otherwise pdf.js runs as it comes.
import { parentPort, workerData } from 'node:worker_threads';

const { pdfjs: pdfjsUrl, pdfjsWorker, cMapUrl, standardFontDataUrl, files, nativePush } = workerData;
const push = Array.prototype.push;
const pdfjs = await import(pdfjsUrl);
await import(pdfjsWorker);
if (nativePush) Array.prototype.push = push;

async function pass() {
  let items = 0;
  for (const bytes of files) {
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      verbosity: 0,
    });
    const document = await task.promise;
    for (let n = 1; n <= document.numPages; n++) {
      // A damaged page is skipped, as the importer skips it.
      try {
        const page = await document.getPage(n);
        items += (await page.getTextContent()).items.length;
      } catch {
        continue;
      }
    }
    await task.destroy();
  }
  return items;
}

parentPort.on('message', () => {
  pass().then(
    (items) => parentPort.postMessage({ items }),
    (error) => parentPort.postMessage({ error: String(error) }),
  );
});
