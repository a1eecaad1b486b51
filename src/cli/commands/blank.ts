/** `jixiao blank --year 2021 --level 县级 -o blank.docx`: an empty form with the standard indicators. */
import { blankForm, writeDocx } from "../../write";
import { parseCommandArgs, UsageError, wholeNumber } from "../args";
import { requireOutput, writeDocxFile } from "../output/docx";

const OPTIONS = {
  output: { type: "string", short: "o" },
  year: { type: "string" },
  level: { type: "string" },
  rows: { type: "string" },
  attachment: { type: "string" },
  project: { type: "string" },
  department: { type: "string" },
  unit: { type: "string" },
  kind: { type: "string" },
  quiet: { type: "boolean", short: "q" },
} as const;

/** --rows 2, or per 二级指标: --rows 数量指标=3,质量指标=2 (the others get 1). */
function rowsOption(value: string | undefined): number | Record<string, number> | undefined {
  if (value === undefined || /^\d+$/.test(value)) return wholeNumber("blank", "rows", value, 0);
  const entries = value.split(/[,，]/).map((part) => {
    const [name, count] = part.split(/[=＝]/).map((s) => s.trim());
    const n = Number(count);
    if (!name || !Number.isInteger(n) || n < 0) throw new UsageError(`--rows: expected N or 二级指标=N,… (got "${part}").`, "blank");
    return [name, n] as const;
  });
  return Object.fromEntries(entries);
}

const KINDS = {
  project: "project-self-evaluation",
  department: "department-self-evaluation",
  transfer: "transfer-self-evaluation",
  target: "project-target",
} as const;

/** --kind project|department|transfer|target (or the record's kind name); the name and unit options fill that kind's rows. */
function kindRows(values: { kind?: string; project?: string; department?: string; unit?: string }) {
  const given = values.kind ?? "project";
  const entry = Object.entries(KINDS).find(([short, kind]) => given === short || given === kind);
  if (!entry) throw new UsageError(`--kind: expected project, department, transfer or target (got "${given}").`, "blank");
  const kind = entry[1];
  const refuse = (option: string) => {
    if (values[option as "project"] !== undefined) throw new UsageError(`--${option} does not apply to a ${entry[0]} form.`, "blank");
  };
  if (kind === "department-self-evaluation") {
    refuse("project");
    refuse("unit");
    return { kind, department: { name: values.department } };
  }
  if (kind === "transfer-self-evaluation") {
    refuse("department");
    return { kind, fund: { name: values.project, unit: values.unit } };
  }
  // The target form's rows are the project form's: 项目名称, 主管部门, 项目单位.
  return { kind, project: { name: values.project, department: values.department, implementingUnit: values.unit } };
}

export async function blankCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("blank", argv, OPTIONS);
  if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`, "blank");
  const year = wholeNumber("blank", "year", values.year, 1900);
  if (year === undefined) throw new UsageError("--year is required, e.g. --year 2021.", "blank");
  if (!values.level) throw new UsageError("--level is required, e.g. --level 县级 (州级, 省级, 市级 …).", "blank");
  const rows = kindRows(values);
  const output = await requireOutput("blank", values.output);
  const record = blankForm({
    year,
    level: values.level,
    rows: rowsOption(values.rows),
    ...(values.attachment ? { attachment: values.attachment } : {}),
    ...rows,
  });
  await writeDocxFile(output, await writeDocx(record));
  // A target form has two indicator sets (长期, 年度): their rows together.
  const indicators = record.kind === "project-target" ? record.indicatorSets.longTerm.length + record.indicatorSets.annual.length : record.indicators.length;
  if (!values.quiet && output !== "-") process.stderr.write(`jixiao blank: ${indicators}-indicator ${record.title} (${year}) written to ${output}\n`);
  return 0;
}
