/**
 * One canonical short string per reading, for reports and diffs: ">= 95 %",
 * "<= 2020-12-31", "≈ 30 次", "14 ~ 24 ℃", "好". Two cells that format the same
 * say the same thing, however they were typed (≧95% and 95%以上 both give ">= 95 %").
 */
import type { Reading } from "./reading";

function measure(percent: boolean, unit: string | null): string {
  if (percent) return " %";
  return unit === null ? "" : ` ${unit}`;
}

export function formatReading(r: Reading): string {
  switch (r.kind) {
    case "number": {
      const comparator = r.comparator ? `${r.comparator} ` : "";
      const approx = r.approx ? "≈ " : "";
      const per = r.per === undefined ? "" : `/${r.per}`;
      return `${comparator}${approx}${r.value}${measure(r.percent, r.unit)}${per}`;
    }
    case "range":
      return `${r.approx ? "≈ " : ""}${r.min} ~ ${r.max}${measure(r.percent, r.unit)}`;
    case "date":
      return r.comparator ? `${r.comparator} ${r.date}` : r.date;
    case "qualitative":
    case "text":
      return r.value;
    case "empty":
      return "";
  }
}
