/**
 * A tiny, deterministic distillation experiment for the simulator in the
 * distillation explainer. A fixed "teacher" sorts points of a square into
 * three classes; a "student" of the same shape (real students are smaller
 * than their teachers, so this one has it easy) learns only from the teacher's
 * answers to N random queries, either its hard labels (the top class) or its
 * soft targets at a temperature T (Hinton, Vinyals and Dean 2015). We then
 * count how often the student agrees with the teacher on held-out points.
 */

export const CLASSES = 3;
/** Query budgets shown on the chart: doubling steps, so the x-axis is logarithmic. */
export const BUDGETS = [4, 8, 16, 32, 64, 128, 256, 512] as const;
/** 0 stands for hard labels; the rest are softmax temperatures. */
export const TEMPERATURES = [0, 1, 2, 4, 8] as const;
export const HELD_OUT = 400;
export const DEFAULT_SEED = 2015;

type Point = readonly [number, number];
type Weights = number[][]; // CLASSES rows of [w1, w2, bias]

/** Mulberry32: a small seeded generator, so every reader sees the same experiment. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomPoints(count: number, random: () => number): Point[] {
  return Array.from({ length: count }, () => [random() * 2 - 1, random() * 2 - 1] as const);
}

/**
 * The teacher: three classes in the square [-1, 1]², with sharp (confident)
 * boundaries, as a well-trained model's would be. Its third class is a thin
 * wedge that a few hard labels easily miss.
 */
export const TEACHER: Weights = [
  [6, 2, 1],
  [-4, 5, 0],
  [-2, -7, 0.6],
];

function logits(w: Weights, p: Point): number[] {
  return w.map(([a, b, c]) => a! * p[0] + b! * p[1] + c!);
}


function softmax(z: number[], temperature: number): number[] {
  const scaled = z.map((v) => v / temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((v) => Math.exp(v - max));
  const sum = exps.reduce((s, v) => s + v, 0);
  return exps.map((v) => v / sum);
}

function argmax(values: number[]): number {
  return values.reduce((best, v, i) => (v > values[best]! ? i : best), 0);
}

/** What the teacher returns for a query: a one-hot hard label, or soft targets at temperature T. */
function teacherTargets(p: Point, temperature: number): number[] {
  const z = logits(TEACHER, p);
  if (temperature === 0) return z.map((_, i) => (i === argmax(z) ? 1 : 0));
  return softmax(z, temperature);
}

const STEPS = 200;
const LEARNING_RATE = 0.5;

/**
 * Trains a student from scratch by gradient descent on the cross-entropy with
 * the teacher's targets, the student softened by the same temperature (T = 1
 * for hard labels). The gradient is multiplied by T², as the paper advises, so
 * every temperature learns at a comparable pace.
 */
export function trainStudent(queries: Point[], temperature: number): Weights {
  const T = temperature === 0 ? 1 : temperature;
  const targets = queries.map((p) => teacherTargets(p, temperature));
  const w: Weights = Array.from({ length: CLASSES }, () => [0, 0, 0]);
  for (let step = 0; step < STEPS; step++) {
    const grad: Weights = Array.from({ length: CLASSES }, () => [0, 0, 0]);
    queries.forEach((p, n) => {
      const q = softmax(logits(w, p), T);
      for (let k = 0; k < CLASSES; k++) {
        // d(cross-entropy)/d(logit_k) = (q_k − target_k) / T; times T² gives (q_k − target_k) · T.
        const g = (q[k]! - targets[n]![k]!) * T;
        grad[k]![0]! += g * p[0];
        grad[k]![1]! += g * p[1];
        grad[k]![2]! += g;
      }
    });
    for (let k = 0; k < CLASSES; k++) {
      for (let j = 0; j < 3; j++) w[k]![j]! -= (LEARNING_RATE * grad[k]![j]!) / queries.length;
    }
  }
  return w;
}

/** Share of held-out points on which student and teacher pick the same class. */
export function agreement(student: Weights, heldOut: Point[]): number {
  const same = heldOut.filter((p) => argmax(logits(student, p)) === argmax(logits(TEACHER, p))).length;
  return same / heldOut.length;
}

export interface SimulationPoint {
  budget: number;
  agreement: number;
}

/**
 * Agreement at each query budget for one temperature. Budgets share a prefix
 * of the same query stream, as if the attacker kept asking.
 */
export function agreementCurve(temperature: number, seed = DEFAULT_SEED, budgets: readonly number[] = BUDGETS): SimulationPoint[] {
  const random = seededRandom(seed);
  const heldOut = randomPoints(HELD_OUT, random);
  const stream = randomPoints(Math.max(...budgets), random);
  return budgets.map((budget) => ({ budget, agreement: agreement(trainStudent(stream.slice(0, budget), temperature), heldOut) }));
}

export function temperatureLabel(temperature: number): string {
  return temperature === 0 ? 'hard labels' : `soft targets at temperature ${temperature}`;
}

export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** The sentence a screen reader hears after each change. */
export function summarise(temperature: number, budget: number, curve: SimulationPoint[], hardCurve: SimulationPoint[]): string {
  const at = curve.find((p) => p.budget === budget);
  const hard = hardCurve.find((p) => p.budget === budget);
  if (!at || !hard) return '';
  const base = `After ${budget} queries, a student trained on ${temperatureLabel(temperature)} agrees with the teacher on ${percent(at.agreement)} of ${HELD_OUT} new points.`;
  return temperature === 0 ? base : `${base} With hard labels it would agree on ${percent(hard.agreement)}.`;
}
