// The page built into one HTML file (dist/web/index.html, scripts/build-web.mjs), which also works
// opened from disk (file://), where Chromium loads neither module scripts nor module workers: the
// library is a classic script in the page (global `jixiao`), and the worker is started from a Blob
// URL made of the library's text and the worker's, both kept in the page.

export const loadLibrary = async () => globalThis.jixiao;

export function startWorker() {
  const source = ["jixiao-library", "jixiao-worker"].map((id) => document.getElementById(id).textContent).join("\n;\n");
  const url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
  const worker = new Worker(url);
  // The worker has its own copy once it has loaded; the URL is not needed any more.
  worker.addEventListener("message", () => URL.revokeObjectURL(url), { once: true });
  return worker;
}
