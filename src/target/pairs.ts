/**
 * Which target form and which self-evaluation form of a run belong to one project: the same
 * project name (after normalization: whitespace, character width, brackets, quotation marks, a final
 * 项目), and, when several forms of either kind carry that name or a name is missing, the same
 * implementing unit; never two forms of different years. A pair
 * is made only when it is the one possible: two target forms of one project and unit with one
 * self-evaluation stay unpaired rather than be paired by a guess. Files of the run are one pool.
 */
import type { Message } from "../model/message";
import type { FormRecord, ProjectRecord, ProjectTargetRecord } from "../model/record";
import { compareTargetAndSelf } from "./compare";
import { compact, projectKey } from "./keys";

/** One file of a run: what parseFile gave, or what `jixiao parse` read from it. */
export interface FormsOfFile {
  file: string;
  forms: readonly FormRecord[];
}

/** A form and where it is: its file and its 0-based index among the file's forms. */
export interface FormAt<R> {
  file: string;
  form: number;
  record: R;
}

export interface TargetSelfPair {
  target: FormAt<ProjectTargetRecord>;
  self: FormAt<ProjectRecord>;
}

export interface Pairing {
  /** In the order of the target forms in the run. */
  pairs: TargetSelfPair[];
  /** Forms of either kind left without a partner: none of the project, or no single one. */
  unpaired: { targets: FormAt<ProjectTargetRecord>[]; selves: FormAt<ProjectRecord>[] };
}

interface Candidate<R> {
  at: FormAt<R>;
  name: string;
  unit: string;
  year: number | null;
  order: number;
}

function candidates<R extends FormRecord>(outcomes: readonly FormsOfFile[], kind: R["kind"]): Candidate<R>[] {
  const found: Candidate<R>[] = [];
  for (const { file, forms } of outcomes) {
    // forEach skips the holes of a sparse list (`jixiao parse --pairs` keeps only these two kinds).
    forms.forEach((record, form) => {
      if (record.kind !== kind) return;
      const project = (record as ProjectRecord | ProjectTargetRecord).project;
      found.push({
        at: { file, form, record: record as R }, name: projectKey(project.name), unit: compact(project.implementingUnit), year: record.year, order: found.length,
      });
    });
  }
  return found;
}

/** Pairs each target with the one self-evaluation `fits` allows, when that self-evaluation fits no other target. */
function pairUnique<T, S>(targets: Candidate<T>[], selves: Candidate<S>[], fits: (t: Candidate<T>, s: Candidate<S>) => boolean): [Candidate<T>, Candidate<S>][] {
  const found: [Candidate<T>, Candidate<S>][] = [];
  for (const t of targets) {
    const mine = selves.filter((s) => fits(t, s));
    if (mine.length !== 1) continue;
    if (targets.filter((other) => fits(other, mine[0])).length === 1) found.push([t, mine[0]]);
  }
  return found;
}

export function pairTargetsAndSelves(outcomes: readonly FormsOfFile[]): Pairing {
  let targets = candidates<ProjectTargetRecord>(outcomes, "project-target");
  let selves = candidates<ProjectRecord>(outcomes, "project-self-evaluation");
  const pairs: [Candidate<ProjectTargetRecord>, Candidate<ProjectRecord>][] = [];
  const take = (found: typeof pairs) => {
    pairs.push(...found);
    targets = targets.filter((t) => !found.some(([x]) => x === t));
    selves = selves.filter((s) => !found.some(([, y]) => y === s));
  };
  // Never two forms of different years (a run may hold several years of one project); then by name;
  // among forms of one name, by name and unit; a missing name by unit alone.
  const sameYear = (t: Candidate<unknown>, s: Candidate<unknown>) => t.year === null || s.year === null || t.year === s.year;
  const sameName = (t: Candidate<unknown>, s: Candidate<unknown>) => sameYear(t, s) && t.name !== "" && t.name === s.name;
  const sameUnit = (t: Candidate<unknown>, s: Candidate<unknown>) => t.unit !== "" && t.unit === s.unit;
  take(pairUnique(targets, selves, sameName));
  take(pairUnique(targets, selves, (t, s) => sameName(t, s) && sameUnit(t, s)));
  take(pairUnique(targets, selves, (t, s) => sameYear(t, s) && (t.name === "" || s.name === "") && sameUnit(t, s)));
  pairs.sort(([a], [b]) => a.order - b.order);
  return {
    pairs: pairs.map(([t, s]) => ({ target: t.at, self: s.at })),
    unpaired: { targets: targets.map((t) => t.at), selves: selves.map((s) => s.at) },
  };
}

/** The messages of one pair: about the self-evaluation form, each naming the target form's file, form and cell in `related`. */
export function comparePair(pair: TargetSelfPair): Message[] {
  return compareTargetAndSelf(pair.target.record, pair.self.record, { form: pair.self.form, related: { file: pair.target.file, form: pair.target.form } });
}

/** A pair and its messages, or a form left unpaired (the other side null, no messages). */
export interface ComparedPair {
  target: FormAt<ProjectTargetRecord> | null;
  self: FormAt<ProjectRecord> | null;
  messages: Message[];
}

/** Every target and self-evaluation form of a run, once: the pairs with their messages, then the unpaired target forms, then the unpaired self-evaluations. */
export function comparePairs(outcomes: readonly FormsOfFile[]): ComparedPair[] {
  const { pairs, unpaired } = pairTargetsAndSelves(outcomes);
  return [
    ...pairs.map((pair) => ({ ...pair, messages: comparePair(pair) })),
    ...unpaired.targets.map((target) => ({ target, self: null, messages: [] })),
    ...unpaired.selves.map((self) => ({ target: null, self, messages: [] })),
  ];
}
