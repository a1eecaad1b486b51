// The page: every file is read here, in the browser, with the library's browser build (in worker.js);
// nothing is sent anywhere.
import { TEXTS } from "./texts.js";

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
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const pending = new Map();
let nextId = 0;
worker.addEventListener("message", ({ data }) => {
  pending.get(data.id)(data);
  pending.delete(data.id);
});

/** parseDocx in the worker; the bytes are transferred, not copied. */
function parseInWorker(bytes) {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ id, bytes }, [bytes]);
  });
}

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
  document.querySelectorAll("#forms th").forEach((th, i) => (th.textContent = t().columns[i]));
  for (const button of document.querySelectorAll("#language button")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  status.textContent = statusText();
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
  const values = [row.file, form?.attachment, form?.title, form?.project?.name, form?.total?.score, count(row.messages, "error"), count(row.messages, "warning")];
  return values[column] ?? "";
}

function compare(a, b) {
  if (typeof a === "number" && typeof b === "number") return a - b;
  // 附件4-2 before 附件4-10: numbers inside the text compare as numbers.
  return String(a).localeCompare(String(b), "zh-CN", { numeric: true });
}

function render() {
  tbody.replaceChildren();
  const shown = sort.column < 0 ? rows : [...rows].sort((a, b) => sort.direction * compare(sortValue(a, sort.column), sortValue(b, sort.column)));
  for (const row of shown) {
    const errors = count(row.messages, "error");
    if (onlyErrors.checked && errors === 0) continue;
    const tr = document.createElement("tr");
    if (errors > 0) tr.classList.add("has-errors");
    const { form } = row;
    tr.append(cell(row.file), cell(form?.attachment), cell(form?.title), cell(form?.project?.name), cell(form?.total?.score ?? ""));
    const errorCell = cell(String(errors));
    errorCell.className = "errors";
    tr.append(errorCell, cell(String(count(row.messages, "warning"))));
    if (row === selected) tr.classList.add("selected");
    tr.addEventListener("click", () => {
      for (const other of tbody.querySelectorAll("tr.selected")) other.classList.remove("selected");
      tr.classList.add("selected");
      show(row);
    });
    tbody.append(tr);
  }
}

function show(row) {
  selected = row;
  detailTitle.hidden = false;
  detailTitle.textContent = t().messagesOf(row.file, row.form?.attachment ?? "");
  drawForm(row);
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

async function read(files) {
  let done = 0;
  progress.max = files.length;
  progress.value = 0;
  progress.hidden = false;
  for (const file of files) {
    const n = done + 1;
    setStatus(() => t().reading(n, files.length, file.name));
    const result = await parseInWorker(await file.arrayBuffer());
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
    // Redrawing the whole list per file would cost more than reading it once there are thousands of rows.
    if (done === files.length || done % 20 === 0) render();
  }
  const forms = rows.filter((r) => r.form).length;
  setStatus(() => t().readAll(done, forms));
  document.querySelector("#export-jsonl").disabled = false;
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

document.querySelectorAll("#forms th").forEach((th, column) => {
  th.addEventListener("click", () => {
    sort = { column, direction: sort.column === column ? -sort.direction : 1 };
    for (const other of document.querySelectorAll("#forms th")) other.removeAttribute("aria-sort");
    th.setAttribute("aria-sort", sort.direction > 0 ? "ascending" : "descending");
    render();
  });
});

// The generator loads the library on the main thread, and its writer (docx) only on the first click.
document.querySelector("#blank").addEventListener("submit", async (event) => {
  event.preventDefault();
  const fields = new FormData(event.target);
  const { blankForm, writeDocx } = await import("../../dist/browser/index.js");
  const attachment = String(fields.get("attachment")).trim();
  const options = { level: String(fields.get("level")), year: Number(fields.get("year")), rows: Number(fields.get("rows")), ...(attachment ? { attachment } : {}) };
  try {
    download(`${options.level}${options.year}年度绩效自评表（空白）.docx`, await writeDocx(blankForm(options)), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  } catch (error) {
    setStatus(() => t().cannotWrite(error.message));
  }
});

document.querySelector("#files").addEventListener("change", (event) => read([...event.target.files]));

/** The Word files of a chosen folder, by name (the format is then told by the bytes), in path order. */
const WORD_FILE = /\.(docx|docm|doc|wps|rtf)$/i;
document.querySelector("#folder").addEventListener("change", (event) => {
  const files = [...event.target.files].filter((f) => WORD_FILE.test(f.name));
  files.sort((a, b) => a.webkitRelativePath.localeCompare(b.webkitRelativePath, "zh-CN", { numeric: true }));
  read(files.map((f) => ({ name: f.webkitRelativePath || f.name, arrayBuffer: () => f.arrayBuffer() })));
});
onlyErrors.addEventListener("change", render);
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
drop.addEventListener("drop", (event) => {
  event.preventDefault();
  drop.classList.remove("over");
  read([...event.dataTransfer.files]);
});
