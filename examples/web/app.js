// The page: every file is read here, in the browser, with the library's browser build (in a Web
// Worker when one starts); nothing is sent anywhere.
import { TEXTS } from "./texts.js";
import { loadLibrary, startWorker } from "./platform.js";
import { readFile } from "./read.js";

/** The page's language: Chinese unless English was chosen (remembered in this browser). */
let lang = "zh";
try {
  if (localStorage.getItem("jixiao-lang") === "en") lang = "en";
} catch {
  // Storage refused (a file:// page, private mode): the choice lasts as long as the page.
}
const t = () => TEXTS[lang];
/** A check message in the page's language. */
const messageText = (m) => (lang === "zh" ? (m.messageZh ?? m.message) : m.message);

/**
 * The kinds of form: key → Chinese name, from the library's one table of labels (FORM_KINDS). The
 * library is loaded on the main thread at once for it (the one-file page holds it already; served as
 * modules, it is the file the worker loads too); until then the list shows the kinds' keys.
 */
let kindsZh = {};
/** A kind's name in the page's language (English names are the page's own texts). */
const kindName = (kind) => (kind === undefined ? "" : lang === "zh" ? (kindsZh[kind] ?? kind) : (t().kinds[kind] ?? kind));
/** The kinds the generator writes, with the title each prints after the level (from blankForm). */
const BLANK_KINDS = ["project-self-evaluation", "department-self-evaluation", "transfer-self-evaluation", "project-target"];
let blankTitles = {};

/** The name of what the form evaluates: its project, its department or its fund; none for a table of indicators. */
function subjectName(form) {
  switch (form?.kind) {
    case "project-self-evaluation":
    case "project-target":
      return form.project?.name;
    case "department-self-evaluation":
      return form.department?.name;
    case "transfer-self-evaluation":
      return form.fund?.name;
    default:
      return undefined;
  }
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * How a file is read: `(bytes) => Promise<result>`. In the worker once it says it has loaded (the
 * bytes are transferred, not copied); where no worker starts (a browser or a policy refusing it),
 * on the main thread, one file at a time with a pause before each so the page still draws and
 * answers clicks between files.
 */
const reader = new Promise((resolve) => {
  let settled = false;
  const onMainThread = () => {
    if (settled) return;
    settled = true;
    document.querySelector("#main-thread").hidden = false;
    resolve(async (bytes) => {
      await pause();
      return readFile(await loadLibrary(), bytes);
    });
  };
  let worker;
  try {
    worker = startWorker();
  } catch {
    onMainThread();
    return;
  }
  const pending = new Map();
  let nextId = 0;
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    onMainThread();
  });
  worker.addEventListener("message", ({ data }) => {
    if (data.ready) {
      settled = true;
      resolve((bytes) => {
        const id = nextId++;
        return new Promise((done) => {
          pending.set(id, done);
          worker.postMessage({ id, bytes }, [bytes]);
        });
      });
      return;
    }
    pending.get(data.id)(data);
    pending.delete(data.id);
  });
});

const rows = []; // one per form: { file, form, messages }
const results = []; // one per file, as the library gave it: { file, forms, messages, error }
let sort = { column: -1, direction: 1 };
const tbody = document.querySelector("#forms tbody");
const status = document.querySelector("#status");
const progress = document.querySelector("#progress");
const onlyErrors = document.querySelector("#only-errors");
const messageList = document.querySelector("#messages");
const detailTitle = document.querySelector("#detail-title");
let selected; // the row whose messages and form are shown
let statusText = () => ""; // a function, so that it is written again in the other language
function setStatus(text) {
  statusText = text;
  status.textContent = text();
}

/** Writes every text of the page in the chosen language (the list and the shown form too). */
function applyLanguage() {
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  document.title = t().title;
  for (const element of document.querySelectorAll("[data-text]")) element.textContent = t()[element.dataset.text];
  for (const element of document.querySelectorAll("[data-placeholder]")) element.placeholder = t()[element.dataset.placeholder];
  nameKinds();
  document.querySelectorAll("#forms th").forEach((th, i) => (th.textContent = t().columns[i]));
  for (const button of document.querySelectorAll("#language button")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  status.textContent = statusText();
  renderSkipped();
  render();
  if (selected) show(selected);
}

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  return td;
}

function count(messages, severity) {
  return messages.filter((m) => m.severity === severity).length;
}

/** What a row shows in column `column`, for sorting: numbers as numbers. */
function sortValue(row, column) {
  const { form } = row;
  const values = [row.file, form?.attachment, form?.title, kindName(form?.kind), subjectName(form), form?.total?.score, count(row.messages, "error"), count(row.messages, "warning")];
  return values[column] ?? "";
}

function compare(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // 附件4-2 before 附件4-10: numbers inside the text compare as numbers.
  return String(a).localeCompare(String(b), "zh-CN", { numeric: true });
}

/** The table row of one form. */
function rowElement(row) {
  const errors = count(row.messages, "error");
  const tr = document.createElement("tr");
  if (errors > 0) tr.classList.add("has-errors");
  const { form } = row;
  // A target form has no 总分: its score cell stays empty.
  tr.append(cell(row.file), cell(form?.attachment), cell(form?.title), cell(kindName(form?.kind)), cell(subjectName(form)), cell(form?.total?.score ?? ""));
  const errorCell = cell(String(errors));
  errorCell.className = "errors";
  tr.append(errorCell, cell(String(count(row.messages, "warning"))));
  if (row === selected) tr.classList.add("selected");
  tr.addEventListener("click", () => {
    for (const other of tbody.querySelectorAll("tr.selected")) other.classList.remove("selected");
    tr.classList.add("selected");
    show(row);
  });
  return tr;
}

const kindFilter = document.querySelector("#kind-filter");
/** The filters: "only forms with errors", and one kind (a row of a file with no form has no kind). */
const shown = (row) => (!onlyErrors.checked || count(row.messages, "error") > 0) && (kindFilter.value === "" || row.form?.kind === kindFilter.value);
let drawn = 0; // how many of `rows` the list holds, while it is unsorted

/** Draws the whole list again (sorted, filtered). */
function render() {
  const list = sort.column < 0 ? rows : [...rows].sort((a, b) => sort.direction * compare(sortValue(a, sort.column), sortValue(b, sort.column)));
  const fragment = document.createDocumentFragment();
  for (const row of list) if (shown(row)) fragment.append(rowElement(row));
  tbody.replaceChildren(fragment);
  drawn = rows.length;
}

/**
 * While files are read: the new rows only, appended (redrawing thousands of rows per file would
 * cost more than reading them); a sorted list is drawn again, since new rows go anywhere in it.
 */
function renderNew() {
  if (sort.column >= 0) return render();
  const fragment = document.createDocumentFragment();
  for (const row of rows.slice(drawn)) if (shown(row)) fragment.append(rowElement(row));
  tbody.append(fragment);
  drawn = rows.length;
}

function show(row) {
  selected = row;
  detailTitle.hidden = false;
  detailTitle.textContent = t().messagesOf(row.file, row.form?.attachment ?? "");
  drawForm(row);
  document.querySelector("#prefill-form").hidden = !row.form;
  messageList.replaceChildren(
    ...row.messages.map((m) => {
      const li = document.createElement("li");
      li.className = m.severity;
      const place = m.cell ? t().place(m.cell.table + 1, m.cell.row + 1, m.cell.col + 1, m.cell.text) : "";
      li.textContent = t().codeAndMessage(m.code, messageText(m)) + place;
      return li;
    }),
  );
}

/**
 * The form's tables as on paper (merged cells kept), the cells the messages point at marked, and
 * their messages written beside them: in a last column, on the row of the marked cell.
 */
function drawForm(row) {
  const view = document.querySelector("#form-view");
  view.replaceChildren();
  // Above the tables, as the paper prints them: 附件, title, year (form data, in neither language's words but the form's).
  if (row.form) {
    const heading = view.appendChild(document.createElement("div"));
    heading.className = "paper-heading";
    const line = (tag, text) => text && heading.appendChild(Object.assign(document.createElement(tag), { textContent: text }));
    line("p", row.form.attachment);
    line("h3", row.form.title);
    line("p", Number.isInteger(row.form.year) ? `（${row.form.year}年度）` : "");
  }
  for (const index of row.form?.source?.tables ?? []) {
    const grid = row.tables?.[index];
    if (!grid) continue;
    const table = document.createElement("table");
    table.className = "paper";
    const trs = Array.from({ length: grid.rowCount }, () => table.appendChild(document.createElement("tr")));
    const notes = Array.from({ length: grid.rowCount }, () => []);
    for (const cell of grid.cells) {
      const td = document.createElement("td");
      td.textContent = cell.text;
      if (cell.rowSpan > 1) td.rowSpan = cell.rowSpan;
      if (cell.colSpan > 1) td.colSpan = cell.colSpan;
      const pointing = row.messages.filter((m) => m.cell && m.cell.table === index && m.cell.row === cell.row && m.cell.col === cell.col);
      if (pointing.length > 0) {
        td.classList.add("flagged", pointing.some((m) => m.severity === "error") ? "error" : "warning");
        td.title = pointing.map(messageText).join("\n");
        notes[cell.row].push(...pointing);
      }
      trs[cell.row].append(td);
    }
    notes.forEach((messages, r) => {
      if (messages.length === 0) return;
      const note = document.createElement("td");
      note.className = "note";
      for (const m of messages) {
        const p = note.appendChild(document.createElement("p"));
        p.className = m.severity;
        p.textContent = `← ${messageText(m)}`;
      }
      trs[r].append(note);
    });
    view.append(table);
  }
}

const skipped = []; // { file, reason }: files of a folder that are not read, listed under the table

/** Lists the skipped files with their reasons (in the page's language). */
function renderSkipped() {
  const box = document.querySelector("#skipped");
  box.hidden = skipped.length === 0;
  box.querySelector("summary").textContent = t().skippedTitle(skipped.length);
  box.querySelector("ul").replaceChildren(
    ...skipped.map(({ file, reason }) => {
      const li = document.createElement("li");
      li.textContent = t().codeAndMessage(file, t().skipReason[reason.kind](reason.detail));
      return li;
    }),
  );
}

let queue = Promise.resolve(); // files chosen while others are read wait their turn

/** Reads `files` (each `{ name, arrayBuffer() }`) one after another; `skip` lists what is left out. */
function read(files, skip = []) {
  queue = queue.then(() => readAll(files, skip));
  return queue;
}

async function readAll(files, skip) {
  skipped.push(...skip);
  renderSkipped();
  const parse = await reader;
  let done = 0;
  progress.max = files.length;
  progress.value = 0;
  progress.hidden = false;
  let drawnAt = performance.now();
  for (const file of files) {
    const n = done + 1;
    setStatus(() => t().reading(n, files.length, file.name));
    let bytes;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      bytes = error; // moved, deleted or refused by the browser since it was chosen
    }
    const result = bytes instanceof ArrayBuffer ? await parse(bytes) : { error: { code: "FILE_UNREADABLE", message: t().unreadable(bytes?.name ?? String(bytes)) } };
    results.push({ file: file.name, ...result });
    if (result.error) {
      rows.push({ file: file.name, form: undefined, messages: [{ code: result.error.code, severity: "error", message: result.error.message }] });
    } else {
      const { forms, messages } = result;
      forms.forEach((form, index) => rows.push({ file: file.name, form, messages: messages.filter((m) => m.form === index), tables: result.tables }));
      // What concerns the file rather than one form (no form found, a damaged part) gets a row of its own.
      const fileMessages = messages.filter((m) => m.form === undefined);
      if (forms.length === 0 || fileMessages.length > 0) rows.push({ file: file.name, form: undefined, messages: fileMessages });
    }
    done++;
    progress.value = done;
    // The list grows a few times a second, not per file.
    if (performance.now() - drawnAt > 250) {
      renderNew();
      drawnAt = performance.now();
    }
  }
  renderNew();
  const forms = rows.filter((r) => r.form).length;
  const fileCount = results.length;
  const skippedCount = skipped.length;
  setStatus(() => t().readAll(fileCount, forms, skippedCount));
  for (const button of document.querySelectorAll(".export")) button.disabled = results.length === 0;
}

function download(name, bytes, type) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * JSON Lines as the jixiao command writes them: one line per form with the messages about it
 * (those about the whole document on form 0's line), one line per file that could not be read.
 */
function jsonLines() {
  const lines = [];
  for (const { file, forms = [], messages = [], error } of results) {
    if (error) lines.push({ file, form: null, forms: 0, error, messages: [] });
    else forms.forEach((record, i) => lines.push({ file, form: i, forms: forms.length, record, messages: messages.filter((m) => m.form === i || (m.form === undefined && i === 0)) }));
  }
  return lines.map((line) => JSON.stringify(line) + "\n").join("");
}

document.querySelector("#export-jsonl").addEventListener("click", () => download("forms.jsonl", jsonLines(), "application/jsonl"));

/** What the library's exports take: one outcome per file read, a file that could not be read with its error. */
const outcomes = () => results.map(({ file, forms = [], messages = [], error }) => ({ file, forms, messages, error: error ?? null }));

// XLSX and CSV as the jixiao command writes them (the library's toXlsx and toCsv), headers in the page's language.
document.querySelector("#export-xlsx").addEventListener("click", async () => {
  const { toXlsx } = await loadLibrary();
  download("forms.xlsx", await toXlsx(outcomes(), { headers: lang }), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
});
document.querySelector("#export-csv").addEventListener("click", async () => {
  const { toCsv } = await loadLibrary();
  const table = document.querySelector("#csv-table").value;
  download(`forms-${table}.csv`, toCsv(outcomes(), { table, headers: lang }), "text/csv;charset=utf-8");
});

document.querySelectorAll("#forms th").forEach((th, column) => {
  th.addEventListener("click", () => {
    sort = { column, direction: sort.column === column ? -sort.direction : 1 };
    for (const other of document.querySelectorAll("#forms th")) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", sort.direction > 0 ? "ascending" : "descending");
    render();
  });
});

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Writes `records` as one .docx and offers it; what the writer refuses is said in the status line. */
async function downloadForms(name, records) {
  try {
    const { writeDocx } = await loadLibrary();
    download(name, await writeDocx(records), DOCX_TYPE);
  } catch (error) {
    setStatus(() => t().cannotWrite(error.message));
  }
}

// The generator uses the library on the main thread, and its writer (docx) is loaded only on the first click.
document.querySelector("#blank").addEventListener("submit", async (event) => {
  event.preventDefault();
  const fields = new FormData(event.target);
  const { blankForm } = await loadLibrary();
  const attachment = String(fields.get("attachment")).trim();
  const kind = String(fields.get("kind"));
  const options = { kind, level: String(fields.get("level")), year: Number(fields.get("year")), rows: Number(fields.get("rows")), ...(attachment ? { attachment } : {}) };
  let record;
  try {
    record = blankForm(options);
  } catch (error) {
    setStatus(() => t().cannotWrite(error.message));
    return;
  }
  // Named after the form's title, its kind's: 县级2024年度项目绩效目标表（空白）.docx.
  await downloadForms(`${options.level}${options.year}年度${record.title.slice(options.level.length)}（空白）.docx`, [record]);
});

/**
 * The records in a JSON or JSON Lines text as this page or the jixiao command export them: lines
 * `{ file, form, record, messages }` (a JSON array of them, or one per line), or records themselves.
 * The lines of files that could not be read hold no record and are left out.
 */
function recordsOf(text) {
  let values;
  try {
    const value = JSON.parse(text);
    values = Array.isArray(value) ? value : [value];
  } catch (whole) {
    const lines = text.split(/\r?\n/);
    if (lines.filter((line) => line.trim() !== "").length < 2) throw new Error(t().notJson(1, whole.message));
    values = [];
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        throw new Error(t().notJson(i + 1, error.message));
      }
    });
  }
  const records = values.filter((v) => !(v && typeof v === "object" && "error" in v && !("record" in v))).map((v) => (v && typeof v === "object" && "record" in v ? v.record : v));
  if (records.length === 0) throw new Error(t().noRecord);
  return records;
}

document.querySelector("#record").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  event.target.value = ""; // choosing the same file again (after fixing it) reads it again
  let records;
  try {
    records = recordsOf(await file.text());
  } catch (error) {
    setStatus(() => t().cannotWrite(error.message));
    return;
  }
  await downloadForms(`${file.name.replace(/\.(jsonl?|ndjson)$/i, "")}（预填）.docx`, records);
});

document.querySelector("#prefill-form").addEventListener("click", () => {
  if (!selected?.form) return;
  const stem = selected.file.replace(/^.*\//, "").replace(/\.\w+$/, "");
  downloadForms(`${stem} ${selected.form.attachment ?? ""}（预填）.docx`.replace(/ （/, "（"), [selected.form]);
});

document.querySelector("#files").addEventListener("change", (event) => read([...event.target.files]));

/** Extensions read in a folder (a file chosen or dropped by itself is read whatever its name, as by the jixiao command). */
const WORD_EXTENSIONS = [".docx", ".docm", ".doc", ".wps", ".rtf"];

/** Why a file of a folder is not read, or null when it is. */
function skipReason(name) {
  if (name.startsWith("~$")) return { kind: "lock" }; // Word's owner file beside an open document
  const extension = /\.[^.]*$/.exec(name)?.[0].toLowerCase() ?? "";
  return WORD_EXTENSIONS.includes(extension) ? null : { kind: "notWord", detail: extension };
}

const byPath = (a, b) => a.name.localeCompare(b.name, "zh-CN", { numeric: true });

/** A folder's files (a FileList of webkitdirectory, or entries of a dropped folder) → what to read and what is skipped. */
function fromFolder(files) {
  const taken = [];
  const skip = [];
  for (const { name, path, arrayBuffer } of files) {
    const reason = skipReason(name);
    if (reason) skip.push({ name: path, file: path, reason });
    else taken.push({ name: path, arrayBuffer });
  }
  return { read: taken.sort(byPath), skip: skip.sort(byPath) };
}

document.querySelector("#folder").addEventListener("change", (event) => {
  const { read: files, skip } = fromFolder([...event.target.files].map((f) => ({ name: f.name, path: f.webkitRelativePath || f.name, arrayBuffer: () => f.arrayBuffer() })));
  read(files, skip);
});

/**
 * Every file under a dropped folder (FileSystemDirectoryEntry), subfolders included. readEntries
 * gives a folder's entries in batches (Chromium: 100 at a time) until an empty one.
 */
async function walk(directory, out, unreadable) {
  const entries = directory.createReader();
  for (;;) {
    let batch;
    try {
      batch = await new Promise((resolve, reject) => entries.readEntries(resolve, reject));
    } catch (error) {
      unreadable.push({ name: directory.fullPath.slice(1), file: directory.fullPath.slice(1), reason: { kind: "unreadable", detail: error?.name ?? String(error) } });
      return;
    }
    if (batch.length === 0) return;
    for (const entry of batch) {
      if (entry.isDirectory) await walk(entry, out, unreadable);
      else out.push({ name: entry.name, path: entry.fullPath.slice(1), arrayBuffer: async () => (await new Promise((resolve, reject) => entry.file(resolve, reject))).arrayBuffer() });
    }
  }
}

onlyErrors.addEventListener("change", render);
kindFilter.addEventListener("change", render);

/** The kind filter's and the generator's options, named in the page's language. */
function nameKinds() {
  for (const option of kindFilter.querySelectorAll("option[value]:not([value=''])")) option.textContent = kindName(option.value);
  for (const option of document.querySelectorAll("#blank select[name=kind] option")) {
    option.textContent = lang === "zh" ? (blankTitles[option.value] ?? option.value) : t().kinds[option.value];
  }
}

loadLibrary().then(({ FORM_KINDS, blankForm }) => {
  kindsZh = Object.fromEntries(FORM_KINDS.map((k) => [k.key, k.zh]));
  kindFilter.append(...FORM_KINDS.map((k) => Object.assign(document.createElement("option"), { value: k.key })));
  // The generator names each kind by the title it prints (转移支付绩效目标自评表 rather than the kind's
  // short name 绩效目标自评表), as blankForm writes it after the level.
  const LEVEL = "县级";
  blankTitles = Object.fromEntries(BLANK_KINDS.map((kind) => [kind, blankForm({ kind, level: LEVEL, year: 2000, rows: 0 }).title.slice(LEVEL.length)]));
  nameKinds();
  render();
});
for (const button of document.querySelectorAll("#language button")) {
  button.addEventListener("click", () => {
    lang = button.dataset.lang;
    try {
      localStorage.setItem("jixiao-lang", lang);
    } catch {
      // Not remembered; the page still switches.
    }
    applyLanguage();
  });
}
if (lang !== "zh") applyLanguage();
const drop = document.querySelector("#drop");
drop.addEventListener("dragover", (event) => {
  event.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", async (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  // Taken now: the dropped items are gone once this handler returns (or awaits).
  const items = [...(event.dataTransfer.items ?? [])].filter((item) => item.kind === "file");
  const dropped = items.length > 0 ? items.map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() })) : [...event.dataTransfer.files].map((file) => ({ entry: null, file }));
  const files = [];
  const skip = [];
  for (const { entry, file } of dropped) {
    if (entry?.isDirectory) {
      const inside = [];
      await walk(entry, inside, skip);
      const folder = fromFolder(inside);
      files.push(...folder.read);
      skip.push(...folder.skip);
    } else if (file) {
      files.push({ name: file.name, arrayBuffer: () => file.arrayBuffer() });
    }
  }
  read(files, skip);
});
