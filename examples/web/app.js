// The page: every file is read here, in the browser, with the library's browser build (in worker.js);
// nothing is sent anywhere.
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
const tbody = document.querySelector("#forms tbody");
const status = document.querySelector("#status");
const progress = document.querySelector("#progress");
const onlyErrors = document.querySelector("#only-errors");
const messageList = document.querySelector("#messages");
const detailTitle = document.querySelector("#detail-title");

function cell(text) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  return td;
}

function count(messages, severity) {
  return messages.filter((m) => m.severity === severity).length;
}

function render() {
  tbody.replaceChildren();
  for (const row of rows) {
    const errors = count(row.messages, "error");
    if (onlyErrors.checked && errors === 0) continue;
    const tr = document.createElement("tr");
    if (errors > 0) tr.classList.add("has-errors");
    const { form } = row;
    tr.append(cell(row.file), cell(form?.attachment), cell(form?.title), cell(form?.project?.name), cell(form?.total?.score ?? ""));
    const errorCell = cell(String(errors));
    errorCell.className = "errors";
    tr.append(errorCell, cell(String(count(row.messages, "warning"))));
    tr.addEventListener("click", () => show(row, tr));
    tbody.append(tr);
  }
}

function show(row, tr) {
  for (const selected of tbody.querySelectorAll("tr.selected")) selected.classList.remove("selected");
  tr.classList.add("selected");
  detailTitle.hidden = false;
  detailTitle.textContent = `校验消息：${row.file} ${row.form?.attachment ?? ""}`;
  messageList.replaceChildren(
    ...row.messages.map((m) => {
      const li = document.createElement("li");
      li.className = m.severity;
      const place = m.cell ? `（表 ${m.cell.table + 1}，行 ${m.cell.row + 1}，列 ${m.cell.col + 1}：「${m.cell.text}」）` : "";
      li.textContent = `${m.code}：${m.messageZh ?? m.message}${place}`;
      return li;
    }),
  );
}

async function read(files) {
  let done = 0;
  progress.max = files.length;
  progress.value = 0;
  progress.hidden = false;
  for (const file of files) {
    status.textContent = `正在读取 ${done + 1} / ${files.length}：${file.name}`;
    const result = await parseInWorker(await file.arrayBuffer());
    if (result.error) {
      rows.push({ file: file.name, form: undefined, messages: [{ code: result.error.code, severity: "error", message: result.error.message }] });
    } else {
      const { forms, messages } = result;
      forms.forEach((form, index) => rows.push({ file: file.name, form, messages: messages.filter((m) => m.form === index) }));
      // What concerns the file rather than one form (no form found, a damaged part) gets a row of its own.
      const fileMessages = messages.filter((m) => m.form === undefined);
      if (forms.length === 0 || fileMessages.length > 0) rows.push({ file: file.name, form: undefined, messages: fileMessages });
    }
    done++;
    progress.value = done;
    // Redrawing the whole list per file would cost more than reading it once there are thousands of rows.
    if (done === files.length || done % 20 === 0) render();
  }
  status.textContent = `已读取 ${done} 个文件，共 ${rows.filter((r) => r.form).length} 张表。`;
}

document.querySelector("#files").addEventListener("change", (event) => read([...event.target.files]));
onlyErrors.addEventListener("change", render);
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
