/** What `jixiao --help` and `jixiao <command> --help` print. */

export const MAIN_HELP = `jixiao — read, check and write 项目支出绩效自评表 (project expenditure performance self-evaluation forms)

Usage: jixiao <command> [options]

Commands:
  parse     Read forms from Word files into JSON Lines, JSON, CSV or XLSX
  validate  Check forms and print each problem on one line, like a compiler
  generate  Write records (JSON or JSONL) to a .docx of forms
  blank     Write an empty form with the standard indicators
  prefill   Write the 项目支出绩效自评表 prefilled from each 项目支出绩效目标表 in the files
  serve     Serve the web page that reads and checks forms in the browser, on 127.0.0.1

Examples:
  jixiao parse 自评表/ -o forms.jsonl               every Word file under 自评表/, one line per form
  jixiao parse "archive/**/*.doc*" -o forms.csv     a glob (quoted), CSV with Chinese headers
  jixiao parse a.docx b.doc --format json           JSON on stdout (.doc is read natively)
  jixiao parse big/ -o all.jsonl --jobs 4 --resume  continue an interrupted run
  jixiao validate a.docx                            a.docx:附件4-7:total.score error TOTAL_SCORE_MISMATCH …
  jixiao generate forms.json -o copy.docx           records (e.g. from parse --format json) to Word
  jixiao blank --year 2021 --level 县级 -o blank.docx
  jixiao prefill 目标表.docx -o 自评表.docx          the year-end forms, targets copied from the declared ones

Run "jixiao <command> --help" for the options of a command.
Exit codes: 0 success, 1 failed files or problems (see --fail-on), 2 bad usage.
`;

const INPUTS = `Inputs: files, directories (walked recursively, in name order) and glob patterns (* and ? within
a name, ** for any depth; quote them so the shell leaves them alone). Directories and globs take
.docx .docm .doc .wps .rtf, whatever the case of the extension; other files are listed as
skipped, and a glob or folder that gives no file is named. A file named on the command line is
read whatever its extension. .doc, .wps and .rtf are read natively; LibreOffice converts only what
the native readers refuse, such as Word 6.0/95 files (soffice on PATH; Debian/Ubuntu: apt-get
install libreoffice-writer-nogui).`;

const READING = `  -j, --jobs N           parse on N worker threads (default: one per CPU); output order never changes
      --reader NAME      direct (default) or mammoth
      --soffice PATH     the LibreOffice program (default: soffice on PATH)
      --timeout SECONDS  stop a LibreOffice conversion after this long (default 120)
      --convert WHEN     fallback (default): LibreOffice converts only what the native readers
                         refuse; always: it converts every .doc, .wps and .rtf
      --file-timeout SECONDS
                         stop reading a file after this long and report FILE_TIMEOUT (default 300,
                         0 = none); needs a worker: applies with --jobs 2 or more, and with --jobs 1
                         only when given (the file is then read on one worker)
  -q, --quiet            no progress and no summary`;

export const COMMAND_HELP: Record<string, string> = {
  parse: `Usage: jixiao parse <files | directories | globs>… [options]

Reads every 项目支出绩效自评表 in the files and writes one record per form.

${INPUTS}

Options:
  -o, --output FILE      write to FILE (default: stdout), through FILE.partial renamed at the end;
                         never one of the inputs nor a Word file (.docx, .doc …)
  -f, --format FORMAT    jsonl (default), json, csv or xlsx; taken from -o's extension when not given
                         (an -o extension naming another format is refused)
      --headers LANG     CSV/XLSX column headers: zh (default, 中文) or en
      --csv-table TABLE  the table a CSV holds: indicators (default), forms or messages
      --resume           skip files already complete in the -o JSONL file (or in FILE.partial, left
                         by an interrupted run) and add the rest
      --overview         print one line per form on stdout (附件, 总分, project, its errors and
                         warnings in Chinese) while the records go to -o
      --pairs            pair each 项目支出绩效目标表 with the self-evaluation form of its project (by
                         name, then 实施单位) across the files, and report what changed: INDICATOR_DROPPED,
                         INDICATOR_ADDED, TARGET_CHANGED, WEIGHT_CHANGED, BUDGET_CHANGED (JSON Lines,
                         JSON or XLSX; not with CSV or --resume)
      --fail-on LEVEL    exit 1 when: failed (default) a file gave no form; error also on error
                         messages; warning also on warnings; never
      --no-validate      do not run the form checks (their messages are left out)
${READING}

JSON Lines (one object per line, in input order; form is the 0-based index within the file):
  {"file":"a.docx","form":0,"forms":11,"record":{…},"messages":[…]}
  {"file":"bad.docx","form":null,"forms":0,"error":{"code":"BAD_ZIP","message":"…"},"messages":[]}
--format json writes the same objects as one JSON array. XLSX (needs: npm install exceljs) has the
sheets 汇总 one row per form (file, form, kind, title, name, message counts), one sheet per kind the
run has (项目支出自评, 部门整体自评, 转移支付自评, 其他指标表: that kind's columns), 指标 one row per
indicator, 校验 one row per check message with its cell (table, row, col from 1); cells that messages
point at are filled. CSV (UTF-8 with BOM, for Excel) holds one table: forms (every kind, all columns),
indicators or messages.
A failed file gets a row with its error in 汇总, 指标, 校验 and each CSV table.
With --pairs, JSON Lines and JSON end with one object per target or project self-evaluation form,
its pair or itself alone (the other side null), and the comparison's messages (warnings):
  {"pair":{"target":{"file":"a.docx","form":0},"self":{"file":"b.docx","form":2}},"project":"…","messages":[…]}
and XLSX gets a last sheet, 目标对比 (both forms, the indicator, what changed, both values and cells).

Progress goes to stderr (a bar on a terminal, a line every 5 s otherwise), then a summary:
files, forms, failed, errors, warnings, skipped, time.

Examples:
  jixiao parse 自评表/ -o forms.jsonl
  jixiao parse "2021/**/*.docx" -o 2021.xlsx --headers en
  jixiao parse scans/ --jobs 2 --fail-on never > forms.jsonl
  jixiao parse 附件4-7.docx -o forms.json --overview     the forms at a glance, the records in forms.json
`,
  validate: `Usage: jixiao validate <files | directories | globs>… [options]

Reads the forms and runs the checks (sums, weights, score ranges, funds rate and score, deviations),
printing on stdout, per file, a line naming the kind of each form, then one line per message:
  FILE form 1: department-self-evaluation; forms 2-3: project-self-evaluation
  FILE[:FORM][:PATH] SEVERITY CODE message [table T, row R, col C]
Everything counts from 1, as Word shows it: FORM is the form's 附件 number, or "form N" (form 1 is
the first form); PATH is the record field, with positions from 1 (indicators#8 is the 8th
indicator); table, row and column as in Word. The JSON output of parse counts from 0.
A file of JSON records (what parse writes, an array of records, or one record) is checked too.

${INPUTS}

Options:
      --lang LANG        language of the lines and the summary: en (default) or zh (中文)
      --fail-on LEVEL    exit 1 on: error (default), warning, failed (only files that gave no form), never
${READING}

Examples:
  jixiao validate 附件4-7.docx
  jixiao validate 自评表/ --lang zh --fail-on warning
  jixiao validate forms.jsonl                       records written by parse, checked again
`,
  generate: `Usage: jixiao generate <records.json | records.jsonl> -o FILE.docx

Writes the records as forms in one .docx, each form on a new page. Takes the output of
"jixiao parse" (--format json or jsonl; failed files are skipped), { "forms": [...] }, an array of
records or one record. Every record is checked against the schema before anything is written.

Options:
  -o, --output FILE      the .docx to write (- for stdout)
  -q, --quiet            no messages

Examples:
  jixiao parse 附件4-1.docx --format json -o forms.json && jixiao generate forms.json -o copy.docx
`,
  blank: `Usage: jixiao blank --year YEAR --level LEVEL -o FILE.docx [options]

Writes an empty form with the standard indicator structure (产出/效益/满意度指标).

Options:
      --kind KIND        project (default, 项目支出绩效自评表), department (部门整体支出绩效自评表),
                         transfer (转移支付绩效目标自评表) or target (项目绩效目标表: both
                         长期 and 年度 indicator sets get the rows)
      --year YEAR        the 年度, e.g. 2021 (required)
      --level LEVEL      printed before the title: 县级, 州级, 省级 … (required)
      --rows N           indicator rows under each 二级指标 (default 1), or per 二级指标:
                         --rows 数量指标=3,质量指标=2 (the others get 1; 0 leaves one out)
      --attachment TEXT  e.g. 附件1
      --project NAME     项目支出名称;  --department NAME 主管部门;  --unit NAME 实施单位
                         (department: --department NAME 部门; transfer: --project NAME
                         转移支付（项目）名称, --unit NAME 资金使用单位; target: --unit NAME 项目单位)
  -o, --output FILE      the .docx to write (- for stdout)
  -q, --quiet            no messages

Examples:
  jixiao blank --year 2021 --level 县级 -o blank.docx
  jixiao blank --year 2022 --level 州级 --rows 数量指标=3 --attachment 附件1 -o 附件1.docx
  jixiao blank --kind department --year 2021 --level 县级 --department 县林业局 -o 部门整体.docx
  jixiao blank --kind target --year 2022 --level 县级 --project 农村公路养护 -o 目标表.docx
`,
  prefill: `Usage: jixiao prefill <target forms>… -o FILE.docx [options]

Reads every 项目支出绩效目标表 (绩效目标申报表) in the files (Word and the other formats parse
reads, or target records as JSON / JSON Lines, as generate takes them) and writes, for each,
the year-end 项目支出绩效自评表 prefilled from it: project, declared budget as 年初预算数 and
全年预算数, the annual goal, and the annual indicators with their 指标值 (and 分值 when the target
form has them; the standard weights otherwise). Actual values, 执行数 and scores are left to fill in. A file
holding no target form is an error (exit 1), and nothing is written.

Options:
  -o, --output FILE      the .docx to write (- for stdout), or FILE.json for the records
  -f, --format FORMAT    docx (default) or json (the records; on stdout without -o)
      --year YEAR        the 年度 of the self-evaluation (default: the target form's year)
      --level LEVEL      printed before the title: 县级, 州级 … (default: the target form's)
  -q, --quiet            no messages

Examples:
  jixiao prefill 目标表.docx -o 自评表.docx
  jixiao prefill 目标表.docx --year 2024 --format json > 自评表.json
  jixiao prefill target.json -o 自评表.docx
`,
  serve: `Usage: jixiao serve [--port PORT]

Serves the web page that reads, checks and exports forms in the browser (the files are read on
this computer, never uploaded) at http://127.0.0.1:PORT/, reachable from this computer only.
Prints the address on stdout; Ctrl-C stops it.

Options:
  -p, --port PORT        the port (default 5173; 0 picks a free one, and the address printed says
                         which); a port in use is a usage error (exit 2)
  -q, --quiet            print only the address
`,
};
