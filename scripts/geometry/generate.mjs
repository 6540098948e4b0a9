// Generates src/data/region-geometry.ts: the body map's figure (front and back view) and the
// shape of every region, from the parametric description below. Plain Node ESM; run with
// `npm run geometry` (add `--shots` to also render bench/shots/body-*.png for review, or
// `--check` to only verify that the committed file is up to date).
//
// How it works (see README.md next to this file):
//   1. Body parts (head, ears, neck, torso, arms, hands, legs, feet) are smooth closed outlines
//      from control points (d3-shape curves sampled into polygons). Limbs are "tubes": a smooth
//      centre line through the joints plus a lateral / medial width profile.
//   2. The silhouette is the union of the parts (polygon-clipping).
//   3. Every region has a cell (a polygon in figure coordinates, often built in a limb's own
//      frame: distance along the limb x offset across it). Cells are taken in priority order:
//      region = silhouette ∩ cell − everything taken before, so regions tile the silhouette.
//   4. Shared borders are simplified once (Douglas-Peucker) so neighbours stay seamless, then
//      everything is checked (coverage, overlaps, anchors, sides) and written out.
//
// Coordinates: one view box 0 0 200 440, figure centred on x = 100, crown at y = 8, soles at
// y ≈ 430 (7.5 head units of 56). Everything is described for the right half of the picture
// (dx = x − 100 ≥ 0) and mirrored; in the front view the right half of the picture is the
// person's LEFT side, in the back view it is the person's RIGHT side.

import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import pc from 'polygon-clipping';
import { line, curveCatmullRom, curveCatmullRomClosed, curveMonotoneX } from 'd3-shape';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dataDir = path.join(root, 'src', 'data');
const OUT = path.join(dataDir, 'region-geometry.ts');

const W = 200;
const H = 440;
const CX = W / 2;
const HU = 56; // one head unit
const TOP = 8; // crown
const SIMPLIFY = 0.6; // Douglas-Peucker tolerance in view units
// Smallest hit area of a region, in view units: 24 × 24 CSS px (WCAG 2.2 target size, 2.5.8)
// wherever a figure is drawn at least 343 px wide (200 units → 1.71 px a unit): a 375 px
// phone less a 16 px margin each side, where a map shows one view at a time.
const HIT_MIN = 14;

// ---------------------------------------------------------------------------------------------
// Curves and polygons

/** Sample a d3-shape curve through `pts` into a polyline (closed curves: ring without repeat). */
function flatten(curve, pts, step = 0.8) {
  const out = [];
  let cur = [0, 0];
  const push = (x, y) => {
    const last = out[out.length - 1];
    if (!last || Math.hypot(last[0] - x, last[1] - y) > 1e-9) out.push([x, y]);
    cur = [x, y];
  };
  const ctx = {
    moveTo: push,
    lineTo: push,
    closePath() {},
    bezierCurveTo(x1, y1, x2, y2, x, y) {
      const [x0, y0] = cur;
      const len = Math.hypot(x1 - x0, y1 - y0) + Math.hypot(x2 - x1, y2 - y1) + Math.hypot(x - x2, y - y2);
      const n = Math.max(2, Math.ceil(len / step));
      for (let i = 1; i <= n; i++) {
        const t = i / n;
        const u = 1 - t;
        push(u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x, u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y);
      }
    },
  };
  line().curve(curve).context(ctx)(pts);
  const f = out[0];
  const l = out[out.length - 1];
  if (out.length > 2 && Math.hypot(f[0] - l[0], f[1] - l[1]) < 1e-9) out.pop();
  return out;
}
const smoothOpen = (pts) => flatten(curveCatmullRom.alpha(0.5), pts);
const smoothClosed = (pts) => flatten(curveCatmullRomClosed.alpha(0.5), pts);

/** A function s -> value through [s, value] control points (monotone cubic, clamped ends). */
function profile(ctrl) {
  const pts = flatten(curveMonotoneX, ctrl, 0.5);
  return (s) => {
    if (s <= pts[0][0]) return pts[0][1];
    if (s >= pts[pts.length - 1][0]) return pts[pts.length - 1][1];
    let lo = 0;
    let hi = pts.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (pts[mid][0] <= s) lo = mid;
      else hi = mid;
    }
    const [s0, v0] = pts[lo];
    const [s1, v1] = pts[hi];
    return v0 + ((v1 - v0) * (s - s0)) / (s1 - s0 || 1);
  };
}

const P = (dx, y) => [CX + dx, y];
const ringOf = (pts) => {
  const r = pts.map((p) => [p[0], p[1]]);
  r.push([r[0][0], r[0][1]]);
  return r;
};
/** polygon-clipping Polygon from an open ring given in (dx, y). */
const polyD = (pts) => [ringOf(pts.map(([dx, y]) => P(dx, y)))];
const poly = (pts) => [ringOf(pts)];
const smoothPolyD = (pts) => [ringOf(smoothClosed(pts.map(([dx, y]) => P(dx, y))))];
const rectD = (x0, y0, x1, y1) => polyD([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]);
/** Mirror a (multi)polygon across the figure's centre line. */
function mirror(geom) {
  const m = (ring) => ring.map(([x, y]) => [2 * CX - x, y]).reverse();
  if (typeof geom[0][0][0] === 'number') return geom.map(m);
  return geom.map((p) => p.map(m));
}
/** Snap a (multi)polygon to a 1e-6 grid (keeps polygon-clipping away from near-degenerate input). */
const snap = (g) => asMulti(g).map((p) => p.map((r) => r.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6])));
const asMulti = (g) => (g.length && typeof g[0][0][0] === 'number' ? [g] : g);

/**
 * A polygon-clipping operation that retries with the input nudged by 1e-5 when the library
 * fails on near-coincident edges ("Unable to complete output ring"), a known robustness gap.
 */
function robust(op, ...geoms) {
  try {
    return op(...geoms);
  } catch {
    return op(...geoms.map((g, k) => asMulti(g).map((p) => p.map((r) => r.map(([x, y]) => [x + (k + 1) * 1e-5, y + (k + 1) * 7e-6])))));
  }
}

function ringArea(r) {
  let a = 0;
  for (let i = 0, n = r.length; i < n; i++) {
    const [x0, y0] = r[i];
    const [x1, y1] = r[(i + 1) % n];
    a += x0 * y1 - x1 * y0;
  }
  return a / 2;
}
function area(mp) {
  let a = 0;
  for (const p of asMulti(mp)) p.forEach((r, i) => (a += i === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r))));
  return a;
}
function pointInRing([x, y], r) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
const pointInPoly = (p, poly1) => pointInRing(p, poly1[0]) && !poly1.slice(1).some((h) => pointInRing(p, h));
const pointInMulti = (p, mp) => asMulti(mp).some((q) => pointInPoly(p, q));
function segDist([x, y], [x0, y0], [x1, y1]) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((x - x0) * dx + (y - y0) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy));
}
function boundaryDist(p, mp) {
  let d = Infinity;
  for (const q of asMulti(mp)) for (const r of q) for (let i = 0; i < r.length; i++) d = Math.min(d, segDist(p, r[i], r[(i + 1) % r.length]));
  return d;
}
function bbox(mp) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const q of asMulti(mp)) for (const [x, y] of q[0]) (x0 = Math.min(x0, x)), (y0 = Math.min(y0, y)), (x1 = Math.max(x1, x)), (y1 = Math.max(y1, y));
  return [x0, y0, x1, y1];
}
/** Pole of inaccessibility (grid search with refinement): the inside point farthest from the edge. */
function pole(mp) {
  const [x0, y0, x1, y1] = bbox(mp);
  let h = Math.max(0.2, Math.min(x1 - x0, y1 - y0) / 12);
  let best = null;
  let bestD = -Infinity;
  const tryP = (p) => {
    if (!pointInMulti(p, mp)) return;
    const d = boundaryDist(p, mp);
    if (d > bestD) (bestD = d), (best = p);
  };
  for (let x = x0 + h / 2; x < x1; x += h) for (let y = y0 + h / 2; y < y1; y += h) tryP([x, y]);
  for (let k = 0; k < 5 && best; k++) {
    const [bx, by] = best;
    h /= 3;
    for (let i = -4; i <= 4; i++) for (let j = -4; j <= 4; j++) tryP([bx + i * h, by + j * h]);
  }
  return best;
}
function centroid(ring) {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % n];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return a ? [cx / (3 * a), cy / (3 * a)] : ring[0];
}

// ---------------------------------------------------------------------------------------------
// Tubes: limbs, fingers

/**
 * A limb along a smooth centre line through `ctrl` (dx, y), with half widths from `prof`
 * ([s, lateral, medial] at arc length s from the first control point). `lateral` is towards
 * the outside of the picture (+dx for the right half).
 */
function tube(ctrl, prof, { capStart = false, capEnd = false, bow = 0 } = {}) {
  const dense = smoothOpen(ctrl.map(([dx, y]) => P(dx, y)));
  const cum = [0];
  for (let i = 1; i < dense.length; i++) cum.push(cum[i - 1] + Math.hypot(dense[i][0] - dense[i - 1][0], dense[i][1] - dense[i - 1][1]));
  const L = cum[cum.length - 1];
  const lat = profile(prof.map(([s, l]) => [s, l]));
  const med = profile(prof.map(([s, , m]) => [s, m]));
  const tangentAt = (i) => {
    const a = dense[Math.max(0, i - 2)];
    const b = dense[Math.min(dense.length - 1, i + 2)];
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return [(b[0] - a[0]) / l, (b[1] - a[1]) / l];
  };
  const t0 = tangentAt(0);
  const tL = tangentAt(dense.length - 1);
  function at(s) {
    if (s <= 0) return { p: [dense[0][0] + t0[0] * s, dense[0][1] + t0[1] * s], t: t0 };
    if (s >= L) return { p: [dense.at(-1)[0] + tL[0] * (s - L), dense.at(-1)[1] + tL[1] * (s - L)], t: tL };
    let lo = 0;
    let hi = cum.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] <= s) lo = mid;
      else hi = mid;
    }
    const f = (s - cum[lo]) / (cum[hi] - cum[lo]);
    const p = [dense[lo][0] + f * (dense[hi][0] - dense[lo][0]), dense[lo][1] + f * (dense[hi][1] - dense[lo][1])];
    const ta = tangentAt(lo);
    const tb = tangentAt(hi);
    const t = [ta[0] + f * (tb[0] - ta[0]), ta[1] + f * (tb[1] - ta[1])];
    const l = Math.hypot(t[0], t[1]);
    return { p, t: [t[0] / l, t[1] / l] };
  }
  /** Point at arc length s, offset `off` across (positive = lateral). */
  function pt(s, off) {
    const { p, t } = at(s);
    return [p[0] + t[1] * off, p[1] - t[0] * off];
  }
  const steps = (a, b, step = 0.8) => {
    const n = Math.max(1, Math.ceil(Math.abs(b - a) / step));
    return Array.from({ length: n + 1 }, (_, i) => a + ((b - a) * i) / n);
  };
  const cap = (s, dir) => {
    // half ellipse around the end at s: from lateral to medial (dir = +1 end, -1 start)
    const out = [];
    const l = lat(s);
    const m = med(s);
    const r = (l + m) / 2;
    const n = 16;
    for (let i = 1; i < n; i++) {
      const a = (Math.PI * i) / n;
      const c = Math.cos(a);
      out.push(pt(s + dir * Math.sin(a) * r, c >= 0 ? c * l : c * m));
    }
    return dir > 0 ? out : out.reverse();
  };
  const ring = [
    ...steps(0, L).map((s) => pt(s, lat(s))),
    ...(capEnd ? cap(L, 1) : []),
    ...steps(L, 0).map((s) => pt(s, -med(s))),
    ...(capStart ? cap(0, -1) : []),
  ];
  const fn = (o) => (typeof o === 'function' ? o : () => o);
  return {
    L,
    lat,
    med,
    pt,
    at,
    shape: [ringOf(ring)],
    /**
     * Cell between arc lengths s0..s1 and offsets o0..o1 (numbers or functions of s). The cuts
     * across the limb bow towards its end by `bow` at the centre line, nothing at its edges, as
     * a ring around a cylinder looks from the front: no rectangular bands. Neighbouring bands
     * share a cut (the bow depends only on s and the offset), so they still tile.
     */
    band(s0, s1, o0, o1) {
      const f0 = fn(o0);
      const f1 = fn(o1);
      const cut = (s, from, to) => {
        const n = Math.max(2, Math.ceil(Math.abs(to - from) / 0.8));
        return Array.from({ length: n + 1 }, (_, i) => {
          const off = from + ((to - from) * i) / n;
          const w = off >= 0 ? lat(s) : med(s);
          return pt(s + bow * Math.max(0, 1 - (off / w) ** 2), off);
        });
      };
      const along = (a, b, f) => steps(a, b).slice(1, -1).map((s) => pt(s, f(s)));
      return [ringOf([...cut(s0, f0(s0), f1(s0)), ...along(s0, s1, f1), ...cut(s1, f1(s1), f0(s1)), ...along(s1, s0, f0)])];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The figure (right half of the picture; mirrored for the left)

function figure() {
  // Head: crown y 8, chin y 64; widest at the temples, eyes at half height.
  const head = smoothPolyD([
    [0, 8], [10.6, 9.7], [17.4, 14.8], [20.6, 23], [21.1, 32], [20.3, 40.5], [18.7, 47.6],
    [16.3, 54.2], [12.6, 59.8], [6.8, 63.4], [0, 64.2],
    [-6.8, 63.4], [-12.6, 59.8], [-16.3, 54.2], [-18.7, 47.6], [-20.3, 40.5], [-21.1, 32], [-20.6, 23], [-17.4, 14.8], [-10.6, 9.7],
  ]);
  const ear = smoothPolyD([[19.2, 29.6], [21.4, 30.8], [23.3, 32.4], [24.4, 35.2], [24.2, 39.2], [23.2, 44], [21.6, 47.6], [19.6, 48.8], [18.2, 46]]);
  // Neck: slightly waisted, flaring into the trapezius.
  const neck = polyD([
    ...smoothOpen([[11.2, 44], [11.5, 58], [12.1, 65.5], [13.6, 70.6], [17, 75], [22, 79]]),
    [0, 88],
    ...smoothOpen([[-22, 79], [-17, 75], [-13.6, 70.6], [-12.1, 65.5], [-11.5, 58], [-11.2, 44]]),
  ]);
  // Arm: shoulder joint, elbow (with the carrying angle), wrist; round cap = deltoid.
  const arm = tube(
    [[42.6, 98], [50.2, 132.5], [57.5, 167], [64.5, 196], [71.5, 223]],
    [
      [0, 11.6, 11.2], [8, 11.8, 11], [20, 11.2, 10.6], [34, 10.3, 10.3], [48, 9.9, 10], [58, 9.6, 9.3], [68, 10, 9.6],
      [80, 10.6, 10.1], [92, 9.9, 9.1], [105, 8.6, 7.8], [118, 7.5, 7], [130, 7.3, 6.9],
    ],
    { capStart: true },
  );
  // Torso: trapezius slope, chest, waist, hips; bottom hidden in the thighs.
  const torsoHalf = smoothOpen([
    [0, 68], [12.6, 68.4], [14.6, 71.8], [18, 75.2], [22.6, 78.1], [28, 80.7], [33, 82.6], [38, 84.1], [42, 85.6], [45.5, 87.5], [44, 94], [41, 103],
    [35.8, 112], [36.2, 122], [36.1, 134], [34.8, 146], [33.2, 157], [32.4, 167], [33, 178], [35, 188],
    [37.6, 198], [39.6, 207], [40.7, 215], [40.9, 222], [40.3, 230], [38, 238], [24, 238], [6, 229], [0, 227],
  ]);
  const torso = polyD([...torsoHalf, ...torsoHalf.slice(1, -1).reverse().map(([dx, y]) => [-dx, y])]);
  // Leg: hip joint, knee, ankle.
  const leg = tube(
    [[20.4, 204], [18.6, 258], [15.8, 316], [14.6, 360], [13.8, 410]],
    [
      [0, 18.4, 20.4], [10, 19.6, 20.3], [20, 20.3, 19.8], [30, 20.3, 17.8], [50, 18.8, 15.8], [70, 16.5, 14.6], [88, 13.8, 13.9],
      [100, 12.3, 12.2], [110, 12.3, 12.5], [120, 12.1, 12.2], [133, 13.2, 13.8], [145, 12.6, 14.4], [160, 10.2, 11.2],
      [176, 8.1, 8.4], [190, 7.3, 7.4], [200, 8.2, 8.3], [207, 8.4, 8],
    ],
    {},
  );
  // Hand, in the wrist's frame: u lateral (thumb side, palms forward), v along the hand.
  const wristS = arm.L;
  const { p: wp, t: wt0 } = arm.at(wristS);
  const turn = (-4 * Math.PI) / 180; // hand hangs a little straighter than the forearm
  const wt = [wt0[0] * Math.cos(turn) - wt0[1] * Math.sin(turn), wt0[0] * Math.sin(turn) + wt0[1] * Math.cos(turn)];
  const H2 = (u, v) => [wp[0] + wt[1] * u + wt[0] * v, wp[1] - wt[0] * u + wt[1] * v];
  const handTube = (ctrl, prof, opts) => tube(ctrl.map(([u, v]) => { const [x, y] = H2(u, v); return [x - CX, y]; }), prof, opts);
  const palm = poly(smoothClosed([
    [-6.6, -3], [7.1, -3], [8.4, 3.5], [10.2, 9.5], [10, 16], [9.2, 21.5], [6.5, 24], [0, 24.6], [-6, 24], [-8.8, 21],
    [-9.3, 14], [-8.5, 7], [-7.2, 2],
  ].map(([u, v]) => H2(u, v))));
  const fingerSpec = [
    // [base u, tip u, tip v, radius at base, at tip]
    [6.1, 7.1, 39.2, 2.3, 2.0],
    [1.9, 2.2, 42, 2.4, 2.1],
    [-2.4, -2.8, 40.6, 2.3, 2.0],
    [-6.4, -7.5, 36.2, 2.05, 1.8],
  ];
  const fingers = fingerSpec.map(([u0, u1, v1, r0, r1]) => {
    const len = v1 - r1 - 19;
    return handTube([[u0, 19], [(u0 + u1) / 2, 19 + len / 2], [u1, v1 - r1]], [[0, r0, r0], [len, r1, r1]], { capEnd: true });
  });
  const thumb = handTube([[5.8, 4], [9.4, 13], [11.2, 21.5], [11.6, 25.5]], [[0, 3.9, 3.9], [10, 3.5, 3.4], [24, 2.8, 2.7]], { capEnd: true, capStart: true });
  // Foot: front view shows the instep and toes; the back view the heel.
  // Foot, seen from the front (instep, toes) and from behind (heel): one outline for both views.
  const foot = smoothPolyD([
    [8, 384], [6.8, 395], [6.1, 402], [6.1, 407.5], [5.5, 413], [4.8, 419], [4.4, 423.5], [4.8, 427.2], [6.6, 429.4], [9.6, 430], [12, 429.6],
    [13.2, 429.2], [15.8, 429.5], [18.6, 428.9], [21.4, 427.6], [23.8, 425.6], [25.5, 423], [25.9, 420.2], [25, 417], [23.4, 413], [22.5, 407],
    [21.9, 400], [20.8, 392], [19.4, 384],
  ]);
  // Muscle-contour hints: a few soft curves (start, a point on the curve, end) for the right
  // half of the picture, mirrored when drawn. Face: brow, side of the nose, half the mouth.
  const A = (s, off) => arm.pt(s, off);
  const Lg = (s, off) => leg.pt(s, off);
  const contours = {
    front: [
      [P(4.5, 31.9), P(9, 30.7), P(13.6, 31.5)],
      [P(1.7, 40.5), P(2.5, 45.6), P(0.8, 47.4)],
      [P(0, 54.6), P(3.4, 54.1), P(6.4, 54.7)],
      [P(7, 87.6), P(20, 86), P(34, 89.4)],
      [P(3, 117), P(17, 125.4), P(33, 113)],
      [P(29, 186), P(23, 200), P(13, 211)],
      [A(30, 3.5), A(44, 2.5), A(57, 0.5)],
      [Lg(22, 3), Lg(50, 1.5), Lg(84, -2)],
      [Lg(74, -11), Lg(89, -8.5), Lg(97, -3.5)],
      [Lg(101, -5), Lg(98.6, 0), Lg(101, 5)],
      [Lg(131, -2.2), Lg(158, -1.6), Lg(184, -1)],
    ],
    back: [
      [P(2.5, 119), P(15, 103), P(38, 90.5)],
      [P(4, 206), P(15, 213), P(30, 210)],
      [A(30, -2.5), A(44, -1.5), A(57, 0)],
      [Lg(32, -1), Lg(60, -1), Lg(90, -2.5)],
      [Lg(128, -9), Lg(143, -3), Lg(160, -0.6)],
      [Lg(128, 9), Lg(143, 3), Lg(160, 0.6)],
      [Lg(174, -1.6), Lg(184, -1.2), Lg(194, -1.2)],
    ],
  };
  const handParts = [palm, ...fingers.map((f) => f.shape), thumb.shape];
  const right = { ear, arm: arm.shape, hand: pc.union(...handParts), leg: leg.shape, foot };
  return { head, neck, torso, right, contours, frames: { arm, leg, H2, fingers, thumb, palm } };
}

// ---------------------------------------------------------------------------------------------
// Regions

/**
 * Region definitions per view, in priority order. `cell` is in absolute coordinates for the
 * right half of the picture (it is clipped to x ≥ 100 and mirrored for the left half); a region
 * with `center: true` has one symmetric cell. `within` limits the region to one body part.
 */
function regionDefs(view, fig) {
  const { arm, leg, H2, fingers, thumb } = fig.frames;
  const armMed = (s) => -(arm.med(s) + 0.25);
  const handD = (pts) => poly(pts.map(([u, v]) => H2(u, v)));
  const headOnly = pc.union(fig.head, fig.right.ear, mirror(fig.right.ear));
  const fingerZone = pc.intersection(pc.union(...fingers.map((f) => f.shape)), handD([[-30, 20.5], [30, 22.5], [30, 70], [-30, 70]]));
  const thumbZone = pc.difference(thumb.shape, fig.frames.palm);
  // Shared
  const crown = (y0, y1) => smoothPolyD([[-34, 30], [-21, y1], [-11, y0 + 1.2], [0, y0], [11, y0 + 1.2], [21, y1], [34, 30], [34, -20], [-34, -20]]);
  const shoulderTop = polyD([[5, 60], [42, 60], [42.5, 88], [39, 91], [30, 88.6], [19, 86], [9, 85]]);
  const delt = polyD([[31, 88.5], [39, 88], [39, 117], [36, 117], [33, 101]]);
  const outerShoulder = arm.band(-30, 26, 3.2, 30);
  const frontShoulder = pc.union(arm.band(-30, 26, armMed, 3.2), delt);
  const armBand = (s0, s1) => arm.band(s0, s1, s0 < 70 ? armMed : -25, 25);
  const wristCell = arm.band(arm.L - 12, arm.L + 3.6, -22, 22);
  const handRest = handD([[-30, -10], [30, -10], [30, 60], [-30, 60]]);
  const legBand = (s0, s1, o0, o1) => leg.band(s0, s1, o0, o1);
  const ankle = rectD(0, 300, 40, 411);

  if (view === 'front') {
    return [
      { id: 'eye', cell: smoothPolyD([[3.9, 36.3], [6.1, 34.3], [9.1, 33.5], [12.3, 34.5], [14.1, 36.1], [11.9, 37.7], [8.7, 38.3], [5.7, 37.7]]) },
      { id: 'ear', cell: polyD([[19.4, 30], [30, 30], [30, 51], [19.4, 51]]), within: headOnly },
      { id: 'top-of-head', center: true, cell: crown(16.4, 21.4), within: headOnly },
      { id: 'temple', cell: polyD([[13.2, 0], [40, 0], [40, 39], [16.2, 38.2], [14.4, 33], [13.6, 26]]), within: headOnly },
      { id: 'forehead', center: true, cell: polyD([[-30, 0], [30, 0], [30, 32.6], [15, 32.6], [15, 36.2], [3.6, 36.2], [3.6, 38.8], [-3.6, 38.8], [-3.6, 36.2], [-15, 36.2], [-15, 32.6], [-30, 32.6]]), within: headOnly },
      { id: 'cheek', cell: polyD([[0, 0], [40, 0], [40, 48], [19, 48.6], [10, 51.5], [0, 52.4]]), within: headOnly },
      { id: 'jaw', cell: rectD(0, 0, 40, 80), within: headOnly },
      { id: 'front-of-neck', center: true, cell: polyD([[-6, 40], [6, 40], [6.4, 70], [7.8, 80], [8.6, 84], [0, 86], [-8.6, 84], [-7.8, 80], [-6.4, 70]]) },
      { id: 'side-of-neck', cell: polyD([[0, 40], [20, 40], [20, 71.5], [15.4, 75], [9.2, 84.4], [0, 84.4]]) },
      { id: 'top-of-shoulder', cell: shoulderTop },
      { id: 'outer-shoulder', cell: outerShoulder },
      { id: 'front-of-shoulder', cell: frontShoulder },
      { id: 'upper-arm-front', cell: armBand(26, 61) },
      { id: 'inner-elbow', cell: armBand(61, 80) },
      { id: 'forearm-front', cell: armBand(80, arm.L - 12) },
      { id: 'wrist', cell: wristCell },
      { id: 'thumb', cell: thumbZone },
      { id: 'fingers', cell: fingerZone },
      { id: 'palm', cell: handRest },
      { id: 'upper-chest', cell: polyD([[0, 70], [40, 70], [40, 106.5], [28, 103.2], [15, 101.8], [0, 102.3]]) },
      { id: 'chest', cell: polyD([[0, 90], [40, 90], [40, 117], [32.5, 126.5], [24, 131.2], [12, 131], [0, 128.6]]) },
      { id: 'upper-abdomen', cell: polyD([[0, 120], [26.5, 120], [25.4, 150], [25, 174], [0, 174]]) },
      { id: 'flank', cell: polyD([[20, 118], [60, 118], [60, 196], [31.4, 196], [26.4, 186], [25, 174]]) },
      { id: 'lower-abdomen', cell: polyD([[0, 170], [25.5, 170], [26.4, 186], [31.4, 196], [19, 206], [5, 216], [0, 217]]) },
      { id: 'hip-side', cell: polyD([[31.4, 196], [60, 196], [60, 240], [35.4, 240], [31.6, 222], [30.4, 204]]) },
      { id: 'groin', cell: polyD([[0, 210], [32, 194], [33, 214], [29, 225], [17, 232], [3, 237], [0, 237]]) },
      { id: 'inner-thigh', cell: legBand(-10, 97, -40, -6.8) },
      { id: 'outer-thigh', cell: legBand(-10, 97, 8.6, 40) },
      { id: 'front-of-thigh', cell: legBand(-10, 97, -6.8, 8.6) },
      { id: 'knee-front', cell: legBand(97, 125, -6.3, 6.3) },
      { id: 'inner-knee', cell: legBand(97, 125, -40, -6.3) },
      { id: 'outer-knee', cell: legBand(97, 125, 6.3, 40) },
      { id: 'outer-lower-leg', cell: legBand(125, 188, 3.2, 40) },
      { id: 'shin', cell: legBand(125, 188, -40, 3.2) },
      { id: 'ankle', cell: ankle },
      { id: 'top-of-foot', cell: polyD([[0, 300], [40, 300], [40, 416], [28, 417.4], [22, 420.8], [16, 423], [9, 423.3], [0, 421]]) },
      { id: 'toes', cell: rectD(0, 300, 40, 460) },
    ];
  }
  return [
    { id: 'top-of-head', center: true, cell: crown(19, 24), within: headOnly },
    { id: 'back-of-head', cell: rectD(0, 0, 40, 80), within: headOnly },
    { id: 'back-of-neck', cell: polyD([[0, 40], [5.8, 40], [6.4, 70], [8.6, 85.4], [0, 86]]) },
    { id: 'side-of-neck', cell: polyD([[0, 40], [20, 40], [20, 71.5], [15.4, 75], [9.6, 85.6], [0, 85.6]]) },
    { id: 'top-of-shoulder', cell: shoulderTop },
    { id: 'outer-shoulder', cell: outerShoulder },
    { id: 'back-of-shoulder', cell: frontShoulder },
    { id: 'upper-arm-back', cell: armBand(26, 61) },
    { id: 'outer-elbow', cell: armBand(61, 80) },
    { id: 'forearm-back', cell: armBand(80, arm.L - 12) },
    { id: 'wrist', cell: wristCell },
    { id: 'fingers', cell: fingerZone },
    { id: 'back-of-hand', cell: handRest },
    { id: 'upper-back', cell: polyD([[0, 80], [33, 80], [33.5, 99.5], [22, 99.2], [12.6, 100.6], [0, 100.4]]) },
    { id: 'shoulder-blade', cell: smoothPolyD([[12.6, 100.6], [22, 99.2], [33, 98.6], [44, 104], [44, 121], [30.5, 132.5], [23.6, 142.4], [18.6, 136], [14.6, 118]]) },
    { id: 'between-shoulder-blades', cell: polyD([[0, 98], [13.4, 98], [14.4, 118], [18.4, 135.5], [21.2, 142.8], [0, 142.8]]) },
    { id: 'mid-back', cell: polyD([[0, 100], [50, 100], [50, 175], [0, 175]]) },
    { id: 'sacrum', center: true, cell: smoothPolyD([[-11.6, 194.2], [0, 193.2], [11.6, 194.2], [8.4, 204.6], [3.6, 214.6], [0, 220.6], [-3.6, 214.6], [-8.4, 204.6]]) },
    { id: 'low-back', cell: polyD([[0, 170], [50, 170], [50, 198], [32.5, 198], [12, 195.2], [0, 193.6]]) },
    { id: 'hip-side', cell: polyD([[32, 196], [60, 196], [60, 240], [35.6, 240], [32.4, 222], [31.6, 204]]) },
    { id: 'buttock', cell: smoothPolyD([[0, 186], [40, 186], [40, 240], [34, 243], [26, 245], [17, 244.6], [8, 241.6], [0, 236]]) },
    { id: 'outer-thigh', cell: legBand(-10, 97, 8.6, 40) },
    { id: 'back-of-thigh', cell: legBand(-10, 97, -40, 8.6) },
    { id: 'outer-knee', cell: legBand(97, 125, 6.3, 40) },
    { id: 'back-of-knee', cell: legBand(97, 125, -40, 6.3) },
    { id: 'calf', cell: legBand(125, 188, -40, 40) },
    { id: 'ankle', cell: ankle },
    { id: 'heel', cell: polyD([[0, 300], [40, 300], [40, 421], [26, 421.4], [20, 423.6], [14, 424.4], [8, 423.6], [0, 421]]) },
    { id: 'sole', cell: rectD(0, 300, 40, 460) },
  ];
}

// ---------------------------------------------------------------------------------------------
// Building one view

function silhouette(fig) {
  const r = fig.right;
  const parts = [fig.head, fig.neck, fig.torso];
  for (const g of [r.ear, r.arm, r.hand, r.leg, r.foot]) parts.push(g, mirror(g));
  const sil = snap(pc.union(...parts.map(snap)));
  const [x0, y0, x1, y1] = bbox(sil);
  assert(Math.abs(y0 - TOP) < 0.5 && Math.abs((y1 - y0) / HU - 7.5) < 0.15, `figure should be 7.5 heads tall from y ${TOP} (is ${((y1 - y0) / HU).toFixed(2)})`);
  assert(x0 > 4 && x1 < W - 4 && y1 < H - 4, 'figure must fit the view box with a margin');
  if (sil.length === 1) for (const h of sil[0].slice(1)) console.warn("hole", centroid(h).map((v) => v.toFixed(1)).join(","), Math.abs(ringArea(h)).toFixed(3));
  if (sil.length !== 1 || sil[0].length !== 1) throw new Error(`silhouette must be one polygon without holes (got ${sil.length} pieces, ${sil[0].length - 1} holes)`);
  return sil;
}

function buildView(view, regionList) {
  const fig = figure();
  const sil = silhouette(fig);
  const silArea = area(sil);
  const rightHalf = poly([[CX, -50], [W + 100, -50], [W + 100, H + 50], [CX, H + 50]]);
  const leftHalf = mirror(rightHalf);
  const rightIsLeft = view === 'front'; // picture's right half = the person's left (front view)
  const defs = regionDefs(view, fig);
  const regions = new Map();
  let taken = [];
  // `taken` is the union of the earlier cells (clipped to their half / part), not of the earlier
  // regions: the same area within the silhouette, with far fewer tiny edges for polygon-clipping.
  const take = (id, cell, half, within) => {
    assert(!regions.has(id), `${view}: ${id} is defined twice`);
    const c = snap(pc.intersection(cell, ...(half ? [half] : []), ...(within ? [within] : [])));
    let g = pc.intersection(sil, c);
    if (taken.length) g = pc.difference(g, taken);
    regions.set(id, g);
    taken = snap(pc.union(taken, c));
  };
  for (const d of defs) {
    if (d.center) take(d.id, d.cell, null, d.within);
    else {
      const within = d.within;
      take(`${d.id}-${rightIsLeft ? 'left' : 'right'}`, d.cell, rightHalf, within);
      take(`${d.id}-${rightIsLeft ? 'right' : 'left'}`, mirror(d.cell), leftHalf, within);
    }
  }
  // Leftovers and stray fragments go to the nearest region on the same side of the midline.
  const strays = [];
  const left = pc.difference(sil, taken);
  for (const p of left) strays.push({ p, from: null });
  for (const [id, g] of regions) {
    if (g.length <= 1) continue;
    const sorted = [...g].sort((a, b) => area([b]) - area([a]));
    regions.set(id, [sorted[0]]);
    for (const p of sorted.slice(1)) strays.push({ p, from: id });
  }
  let strayArea = 0;
  for (const { p, from } of strays) {
    const a = area([p]);
    if (a < 1e-9) continue;
    strayArea += a;
    const c = centroid(p[0]);
    let best = null;
    let bestD = Infinity;
    for (const [id, g] of regions) {
      if (id === from || !g.length) continue;
      const d = boundaryDist(c, g);
      if (d < bestD) (bestD = d), (best = id);
    }
    if (a > 2) console.warn(`  ${view}: stray piece of ${a.toFixed(2)} u² (${from ?? 'uncovered'}) at ${c.map((v) => v.toFixed(1))} -> ${best}`);
    regions.set(best, pc.union(regions.get(best), [p]));
  }
  for (const [id, g] of regions) if (g.length > 1) regions.set(id, [...g].sort((a, b) => area([b]) - area([a])).slice(0, 1));

  // Contract: exactly the regions of this view.
  const expected = regionList.filter((r) => r.views.includes(view)).map((r) => r.id);
  const got = [...regions.keys()];
  const missing = expected.filter((id) => !regions.has(id));
  const extra = got.filter((id) => !expected.includes(id));
  if (missing.length || extra.length) throw new Error(`${view}: missing ${missing.join(', ') || '-'}; unexpected ${extra.join(', ') || '-'}`);
  return { sil, silArea, regions, expected, strayArea };
}

// ---------------------------------------------------------------------------------------------
// Topology-preserving simplification: every border between two regions (or a region and the
// outside) is simplified once, so neighbours keep sharing exactly the same vertices.

function simplifyAll(ringsIn, tol) {
  const q = 1e4;
  const key = (p) => `${Math.round(p[0] * q)},${Math.round(p[1] * q)}`;
  const rings = ringsIn.map((r) => {
    const pts = r.slice(0, r.length - 1).map(([x, y]) => [Math.round(x * q) / q, Math.round(y * q) / q]);
    return pts.filter((p, i) => key(p) !== key(pts[(i + pts.length - 1) % pts.length]));
  });
  // Insert vertices lying on other rings' edges (T-junctions), using a coarse grid.
  const G = 2;
  const grid = new Map();
  for (const r of rings) for (const p of r) {
    const k = `${Math.floor(p[0] / G)},${Math.floor(p[1] / G)}`;
    if (!grid.has(k)) grid.set(k, new Map());
    grid.get(k).set(key(p), p);
  }
  for (let ri = 0; ri < rings.length; ri++) {
    const r = rings[ri];
    const out = [];
    for (let i = 0; i < r.length; i++) {
      const a = r[i];
      const b = r[(i + 1) % r.length];
      out.push(a);
      const found = [];
      const [gx0, gx1] = [Math.floor(Math.min(a[0], b[0]) / G), Math.floor(Math.max(a[0], b[0]) / G)];
      const [gy0, gy1] = [Math.floor(Math.min(a[1], b[1]) / G), Math.floor(Math.max(a[1], b[1]) / G)];
      const l2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2;
      for (let gx = gx0; gx <= gx1; gx++) for (let gy = gy0; gy <= gy1; gy++) {
        const cell = grid.get(`${gx},${gy}`);
        if (!cell) continue;
        for (const p of cell.values()) {
          const t = ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / l2;
          if (t <= 1e-6 || t >= 1 - 1e-6) continue;
          if (segDist(p, a, b) < 2e-4) found.push([t, p]);
        }
      }
      found.sort((x, y) => x[0] - y[0]).forEach(([, p]) => out.push(p));
    }
    rings[ri] = out.filter((p, i) => key(p) !== key(out[(i + out.length - 1) % out.length]));
  }
  // Which rings use each edge; junctions are vertices where that set changes.
  const ekey = (a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  const edgeOwners = new Map();
  rings.forEach((r, ri) => r.forEach((p, i) => {
    const k = ekey(p, r[(i + 1) % r.length]);
    if (!edgeOwners.has(k)) edgeOwners.set(k, new Set());
    edgeOwners.get(k).add(ri);
  }));
  const sig = (a, b) => [...edgeOwners.get(ekey(a, b))].sort().join(',');
  const junction = new Set();
  for (const r of rings) r.forEach((p, i) => {
    if (sig(r[(i + r.length - 1) % r.length], p) !== sig(p, r[(i + 1) % r.length])) junction.add(key(p));
  });
  const cache = new Map();
  const dp = (pts) => {
    if (pts.length <= 2) return pts;
    const keep = new Array(pts.length).fill(false);
    keep[0] = keep[pts.length - 1] = true;
    const stack = [[0, pts.length - 1]];
    while (stack.length) {
      const [i, j] = stack.pop();
      let md = -1;
      let mi = -1;
      for (let k = i + 1; k < j; k++) {
        const d = segDist(pts[k], pts[i], pts[j]);
        if (d > md) (md = d), (mi = k);
      }
      if (md > tol) {
        keep[mi] = true;
        stack.push([i, mi], [mi, j]);
      }
    }
    return pts.filter((_, k) => keep[k]);
  };
  const simplifyChain = (chain) => {
    const ka = key(chain[0]);
    const kb = key(chain[chain.length - 1]);
    const fwd = ka < kb || (ka === kb && key(chain[1]) < key(chain[chain.length - 2]));
    const c = fwd ? chain : [...chain].reverse();
    const ck = c.map(key).join(';');
    if (!cache.has(ck)) cache.set(ck, dp(c));
    const s = cache.get(ck);
    return fwd ? s : [...s].reverse();
  };
  return rings.map((r) => {
    let starts = r.map((p, i) => (junction.has(key(p)) ? i : -1)).filter((i) => i >= 0);
    if (starts.length === 0) {
      // a closed loop with one neighbour: fix the smallest-key vertex and the one farthest from it
      let i0 = 0;
      r.forEach((p, i) => key(p) < key(r[i0]) && (i0 = i));
      let i1 = 0;
      r.forEach((p, i) => Math.hypot(p[0] - r[i0][0], p[1] - r[i0][1]) > Math.hypot(r[i1][0] - r[i0][0], r[i1][1] - r[i0][1]) && (i1 = i));
      starts = [i0, i1].sort((a, b) => a - b);
    }
    if (starts.length === 1) starts.push((starts[0] + Math.floor(r.length / 2)) % r.length);
    starts.sort((a, b) => a - b);
    const out = [];
    for (let k = 0; k < starts.length; k++) {
      const i = starts[k];
      const j = starts[(k + 1) % starts.length];
      const chain = [];
      for (let m = i; ; m = (m + 1) % r.length) {
        chain.push(r[m]);
        if (m === j && chain.length > 1) break;
      }
      out.push(...simplifyChain(chain).slice(0, -1));
    }
    return out;
  });
}

const fmt = (v) => {
  const s = (Math.round(v * 10) / 10).toFixed(1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
};
function roundRing(r) {
  const out = [];
  for (const [x, y] of r) {
    const p = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  while (out.length > 1 && out[0][0] === out.at(-1)[0] && out[0][1] === out.at(-1)[1]) out.pop();
  // drop exactly collinear points
  return out.filter((p, i) => {
    const a = out[(i + out.length - 1) % out.length];
    const b = out[(i + 1) % out.length];
    return Math.abs((p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0])) > 1e-9;
  });
}
/**
 * A (multi)polygon as compact path data: each ring's first point absolute, the rest relative
 * (`l`, implicit repeats), in tenths of a unit. Deltas are taken between the rounded absolute
 * points, so neighbours still share exactly the same vertices.
 */
const pathOf = (mp) =>
  mp
    .map((p) =>
      p
        .map((r) => {
          const t = r.map(([x, y]) => [Math.round(x * 10), Math.round(y * 10)]);
          const rel = t.slice(1).flatMap(([x, y], i) => [(x - t[i][0]) / 10, (y - t[i][1]) / 10]);
          return `M${fmt(t[0][0] / 10)} ${fmt(t[0][1] / 10)}l${numbers(rel)}z`;
        })
        .join(''),
    )
    .join('');

/** Numbers as path data writes them shortest: no leading zero, a space only where a sign or a second dot cannot separate. */
function numbers(values) {
  let out = '';
  let previous = '';
  for (const v of values) {
    let t = fmt(v).replace(/^(-?)0\./, '$1.');
    if (previous && !t.startsWith('-') && !(t.startsWith('.') && previous.includes('.'))) t = ` ${t}`;
    out += t;
    previous = t.trim();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * Invisible hit areas for the regions too small to hit (narrower or shorter than HIT_MIN): a
 * HIT_MIN-sized rectangle (or the region's own extent where larger) around the region, slid
 * to cover as little of the other regions as it can (outside the silhouette nothing is hit).
 * Smaller regions are placed first and drawn last, on top.
 */
function hitAreas(view, ids, shapes) {
  const small = ids
    .map((id) => ({ id, box: bbox(shapes[id].g) }))
    .filter(({ box: [x0, y0, x1, y1] }) => x1 - x0 < HIT_MIN || y1 - y0 < HIT_MIN)
    .sort((a, b) => shapes[a.id].area - shapes[b.id].area);
  const placed = [];
  const hits = {};
  for (const { id, box } of small) {
    const [x0, y0, x1, y1] = box;
    const w = Math.max(x1 - x0, HIT_MIN);
    const h = Math.max(y1 - y0, HIT_MIN);
    const others = ids.filter((o) => o !== id).map((o) => shapes[o].g);
    let best = null;
    let bestCost = Infinity;
    const N = 8;
    for (let i = 0; i <= N; i++) {
      for (let j = 0; j <= N; j++) {
        // Slide from "ends at the region's far side" to "starts at its near side", in both axes.
        const rx = x1 - w + ((x0 - (x1 - w)) * i) / N;
        const ry = y1 - h + ((y0 - (y1 - h)) * j) / N;
        const rect = [[[rx, ry], [rx + w, ry], [rx + w, ry + h], [rx, ry + h], [rx, ry]]];
        if (rx < 0.5 || ry < 0.5 || rx + w > W - 0.5 || ry + h > H - 0.5) continue;
        let cost = 0;
        for (const g of others) cost += area(pc.intersection(rect, g));
        for (const p of placed) cost += 4 * area(pc.intersection(rect, p));
        // Prefer the centred placement when costs tie.
        cost += 1e-3 * Math.abs(i - N / 2) + 1e-3 * Math.abs(j - N / 2);
        if (cost < bestCost) (bestCost = cost), (best = rect);
      }
    }
    assert(best, `${view}/${id}: no room for a hit area`);
    placed.push(best);
    const [[[bx, by], [bx1], [, by1]]] = best;
    const size = [bx1 - bx, by1 - by].map((v) => Math.round(v * 10) / 10);
    hits[id] = [bx, by].map((v) => Math.round(v * 10) / 10).concat(size[0] === HIT_MIN && size[1] === HIT_MIN ? [] : size);
  }
  return hits;
}

async function loadRegionList() {
  const res = await build({ entryPoints: [path.join(dataDir, 'region-list.ts')], write: false, format: 'esm', bundle: false, platform: 'neutral', logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(res.outputFiles[0].text).toString('base64')}`);
  return mod.REGIONS;
}

function assert(cond, msg) {
  if (!cond) throw new Error(`geometry check failed: ${msg}`);
}

async function main() {
  const regionList = await loadRegionList();
  assert(regionList.length === 108, `expected 108 regions, got ${regionList.length}`);
  const built = { front: buildView('front', regionList), back: buildView('back', regionList) };
  // The silhouette is the same in both views: simplify it and both views' regions together so
  // every shared border (and the one outline) gets exactly the same vertices.
  assert(area(pc.xor(built.front.sil, built.back.sil)) < 1e-6, 'both views must share one silhouette');
  const ringRefs = [];
  const rings = [];
  built.front.sil.forEach((p, pi) => p.forEach((r, ri) => (ringRefs.push(['', '#outline', pi, ri]), rings.push(r))));
  for (const view of ['front', 'back'])
    for (const id of built[view].expected) built[view].regions.get(id).forEach((p, pi) => p.forEach((r, ri) => (ringRefs.push([view, id, pi, ri]), rings.push(r))));
  const simple = simplifyAll(rings, SIMPLIFY).map(roundRing);
  const out = new Map();
  ringRefs.forEach(([view, id, pi, ri], k) => {
    const key = `${view}/${id}`;
    if (!out.has(key)) out.set(key, []);
    const g = out.get(key);
    (g[pi] ??= [])[ri] = simple[k];
  });
  const outline = out.get('/#outline');
  const views = {};
  for (const view of ['front', 'back']) {
    const v = built[view];
    const ids = v.expected;
    const shapes = {};
    for (const id of ids) {
      const g = (out.get(`${view}/${id}`) ?? []).map((p) => p.filter((r) => r.length >= 3)).filter((p) => p.length);
      assert(g.length > 0, `${view}/${id} is empty (its cell gets nothing, or it vanished when simplified)`);
      const a = area(g);
      assert(a > 0.5, `${view}/${id} has no visible area (${a.toFixed(2)} u²)`);
      const closed = g.map((p) => p.map(ringOf));
      let anchor = pole(closed);
      anchor = [Math.round(anchor[0] * 10) / 10, Math.round(anchor[1] * 10) / 10];
      assert(pointInMulti(anchor, closed), `${view}/${id} anchor outside its region`);
      shapes[id] = { g: closed, d: pathOf(g), x: anchor[0], y: anchor[1], area: a };
    }
    // Checks on the final (simplified, rounded) shapes.
    const outlineClosed = outline.map((p) => p.map(ringOf));
    const outlineArea = area(outlineClosed);
    const sum = ids.reduce((s, id) => s + shapes[id].area, 0);
    assert(Math.abs(sum - outlineArea) / outlineArea < 0.01, `${view}: regions cover ${sum.toFixed(1)} u² of a ${outlineArea.toFixed(1)} u² silhouette`);
    const covered = pc.union(...ids.map((id) => shapes[id].g));
    const gaps = area(pc.difference(outlineClosed, covered));
    assert(gaps / outlineArea < 0.01, `${view}: ${gaps.toFixed(1)} u² of the silhouette uncovered`);
    let maxOverlap = 0;
    const boxes = Object.fromEntries(ids.map((id) => [id, bbox(shapes[id].g)]));
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [boxes[ids[i]], boxes[ids[j]]];
      if (a[2] < b[0] || b[2] < a[0] || a[3] < b[1] || b[3] < a[1]) continue;
      const o = area(robust(pc.intersection, shapes[ids[i]].g, shapes[ids[j]].g));
      maxOverlap = Math.max(maxOverlap, o);
      assert(o < 0.5, `${view}: ${ids[i]} and ${ids[j]} overlap by ${o.toFixed(2)} u²`);
    }
    for (const id of ids) {
      const side = regionList.find((r) => r.id === id).side;
      if (!side) continue;
      const onRight = shapes[id].x > CX; // right half of the picture
      const want = view === 'front' ? side === 'left' : side === 'right';
      assert(onRight === want, `${view}/${id} is on the wrong half (x = ${shapes[id].x})`);
      // every vertex too, not just the anchor
      for (const p of shapes[id].g) for (const [x] of p[0]) assert(want ? x >= CX - 0.05 : x <= CX + 0.05, `${view}/${id} crosses the midline`);
    }
    const smallest = ids.reduce((m, id) => (shapes[id].area < shapes[m].area ? id : m), ids[0]);
    console.log(
      `${view}: ${ids.length} regions, silhouette ${outlineArea.toFixed(0)} u², regions ${sum.toFixed(0)} u² (${(((sum - outlineArea) / outlineArea) * 100).toFixed(2)}%), ` +
        `uncovered ${gaps.toFixed(2)} u², max overlap ${maxOverlap.toFixed(3)} u², strays ${v.strayArea.toFixed(2)} u², smallest ${smallest} ${shapes[smallest].area.toFixed(1)} u²`,
    );
    const hits = hitAreas(view, ids, shapes);
    console.log(`${view}: hit areas for ${Object.keys(hits).join(', ')}`);
    views[view] = { ids, shapes, hits, outline: pathOf(outline) };
  }

  // Each contour as one quadratic curve through its middle point, relative, in tenths.
  const { contours } = figure();
  const contourPath = (view) =>
    contours[view]
      .map(([a, m, b]) => {
        const c = [2 * m[0] - (a[0] + b[0]) / 2, 2 * m[1] - (a[1] + b[1]) / 2];
        const r = (v) => Math.round(v * 10) / 10;
        return `M${fmt(a[0])} ${fmt(a[1])}q${numbers([r(c[0] - a[0]), r(c[1] - a[1]), r(b[0] - a[0]), r(b[1] - a[1])])}`;
      })
      .join('');
  const hitLines = (view) => Object.entries(views[view].hits).map(([id, box]) => `    '${id}':[${box.map(fmt).join(',')}],`).join('\n');
  const shapeLines = (view) => views[view].ids.map((id) => `    '${id}':{d:'${views[view].shapes[id].d}',x:${views[view].shapes[id].x},y:${views[view].shapes[id].y}},`).join('\n');
  const ts = `// Generated by scripts/geometry/generate.mjs (npm run geometry); do not edit.
import type { RegionId, View } from './region-list.js';

/** An SVG path (absolute commands, 1 decimal) and an anchor point inside the region (for labels, markers, keyboard neighbours). */
export interface RegionShape {
  d: string;
  x: number;
  y: number;
}

/** One view box \`0 0 VIEW_WIDTH VIEW_HEIGHT\`, the same for both views. */
export const VIEW_WIDTH = ${W};
export const VIEW_HEIGHT = ${H};

/** The figure's silhouette per view (drawn under the regions); the same outline in both views. */
const SILHOUETTE = '${views.front.outline}';
export const OUTLINE: Record<View, string> = { front: SILHOUETTE, back: SILHOUETTE };

/** Region shapes per view. Front: the person's left is on the viewer's right; back: on the viewer's left. */
export const SHAPES: Record<View, Partial<Record<RegionId, RegionShape>>> = {
  front: {
${shapeLines('front')}
  },
  back: {
${shapeLines('back')}
  },
};

/** Muscle-contour hints per view, for the right half of the picture (drawn again mirrored for the left). */
export const CONTOURS: Record<View, string> = {
  front: '${contourPath('front')}',
  back: '${contourPath('back')}',
};

/** The side of a hit area unless given: 24 CSS px wherever a figure is drawn at least ${Math.round((W * 24) / HIT_MIN)} px wide. */
export const HIT_SIZE = ${HIT_MIN};

/**
 * Invisible hit areas (rectangles drawn over the regions) for the regions narrower or
 * shorter than HIT_SIZE: \`[x, y]\` of the top left corner, then width and height when not
 * HIT_SIZE.
 */
export const HITS: Record<View, Partial<Record<RegionId, readonly number[]>>> = {
  front: {
${hitLines('front')}
  },
  back: {
${hitLines('back')}
  },
};
`;
  if (process.argv.includes('--check')) {
    // `npm run geometry -- --check`: the committed file is what this generator writes.
    if (readFileSync(OUT, 'utf8') !== ts) throw new Error(`${path.relative(root, OUT)} is stale: run npm run geometry`);
    console.log(`${path.relative(root, OUT)} is up to date`);
    return;
  }
  writeFileSync(OUT, ts);
  const raw = Buffer.byteLength(ts);
  console.log(`wrote ${path.relative(root, OUT)}: ${raw} B raw, ${gzipSync(ts, { level: 9 }).length} B gzip`);

  if (process.argv.includes('--shots')) await shots(views);
}

// ---------------------------------------------------------------------------------------------
// Review screenshots (npm run geometry -- --shots)

async function shots(views) {
  const { chromium } = await import('playwright-core');
  const dir = path.join(root, 'bench', 'shots');
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const view of ['front', 'back']) {
      for (const width of [800, 320]) {
        const { ids, shapes, outline } = views[view];
        const fills = ids.map((id, i) => `hsl(${(i * 137.508) % 360} 55% ${width === 800 ? 72 : 68}%)`);
        const labels = width === 800
          ? ids.map((id) => `<text x="${shapes[id].x}" y="${shapes[id].y}">${id.replace(/-(left|right)$/, (m, s) => (s === 'left' ? ' L' : ' R'))}</text>`).join('')
          : '';
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${width}" height="${(width * H) / W}">
<rect width="${W}" height="${H}" fill="#fff"/>
<path d="${outline}" fill="#ccc" stroke="#555" stroke-width="0.6"/>
${ids.map((id, i) => `<path d="${shapes[id].d}" fill="${fills[i]}" stroke="#fff" stroke-width="0.3"/>`).join('\n')}
<g font-family="sans-serif" font-size="2.3" text-anchor="middle" dominant-baseline="middle" fill="#222">${labels}</g>
${ids.map((id) => `<circle cx="${shapes[id].x}" cy="${shapes[id].y}" r="${width === 800 ? 0.35 : 0.7}" fill="#000"/>`).join('')}
${Object.values(views[view].hits).map(([x, y, w = HIT_MIN, h = HIT_MIN]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="none" stroke="#c026d3" stroke-width="0.3" stroke-dasharray="1 1"/>`).join('')}
<g font-family="sans-serif" font-size="7" text-anchor="middle" fill="#333"><text x="${view === 'front' ? 180 : 20}" y="436">Your left</text><text x="${view === 'front' ? 20 : 180}" y="436">Your right</text><text x="100" y="6" font-size="5">${view}</text></g>
</svg>`;
        const page = await browser.newPage({ viewport: { width, height: Math.ceil((width * H) / W) } });
        if (process.env.OUTLINE_SHOTS && width === 800) {
          const bare = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${width}" height="${(width * H) / W}"><rect width="${W}" height="${H}" fill="#fff"/><path d="${outline}" fill="#e9d8c8" stroke="#555" stroke-width="0.5"/>${ids.map((id) => `<path d="${shapes[id].d}" fill="none" stroke="#b9a493" stroke-width="0.25"/>`).join('')}</svg>`;
          await page.setContent(`<!doctype html><html><body style="margin:0">${bare}</body></html>`);
          await page.screenshot({ path: path.join(process.env.OUTLINE_SHOTS, `outline-${view}.png`), fullPage: true });
        }
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        const file = path.join(dir, `body-${view}${width === 320 ? '-320' : ''}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.close();
        console.log(`shot ${path.relative(root, file)}`);
      }
    }
  } finally {
    await browser.close();
  }
}

await main();
