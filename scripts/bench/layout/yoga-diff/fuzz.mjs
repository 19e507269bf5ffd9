// Differential test of Bridge.Layout against the reference Yoga (npm yoga-layout, wasm build of Yoga's C++).
// Generates random style trees in the format of tests/Bridge.Layout.Tests/Conformance/cases/README.md and fills in the layout
// Yoga computes, LTR and RTL; then `bridge layout cases.json --direction both` shows every difference.
//   npm install            (once; pins yoga-layout 3.2.1)
//   node fuzz.mjs SEED COUNT cases.json pct,auto,static,gap,aspect,display,boxsizing,dir,baseline,contents,measure
//   node fuzz.mjs oracle in.json out.json     (recompute the expected boxes of existing cases)
//   WEBFB=1 node fuzz.mjs ...                 (enable the WebFlexBasis experiment on both sides)
// Known, intended differences from yoga-layout 3.2.1 (both fixed upstream after that release, and this engine
// follows upstream): the fixed-size measuring shortcut needs both axes fixed (facebook/yoga#1823), and percent
// min/max of flex items resolve against the parent (errata FlexItemPercentMinMaxAgainstOwner restores the old way).
import Yoga, {ExperimentalFeature, Align, BoxSizing, Direction, Display, Edge, FlexDirection, Gutter, Justify, Overflow, PositionType, Wrap} from 'yoga-layout';
import fs from 'fs';
const seed0 = process.argv[2] === 'oracle' ? 0 : +(process.argv[2] ?? 1), count = +(process.argv[3] ?? 500), out = process.argv[4] ?? 'cases.json';
const feat = new Set((process.argv[5] ?? 'all').split(','));
let s = seed0 >>> 0;
const rnd = () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = a => a[Math.floor(rnd() * a.length)];
const chance = p => rnd() < p;
const len = (allowAuto, allowPct = true) => { const r = rnd(); if (allowAuto && r < 0.1) return 'auto'; if (allowPct && feat.has('pct') && r < 0.3) return ri(5, 90) + '%'; return ri(0, 120); };
function style(depth) {
  const st = {};
  if (chance(0.5)) st.width = len(true);
  if (chance(0.5)) st.height = len(true);
  if (chance(0.15)) st.minWidth = len(false);
  if (chance(0.15)) st.minHeight = len(false);
  if (chance(0.15)) st.maxWidth = len(false);
  if (chance(0.15)) st.maxHeight = len(false);
  if (chance(0.4)) st.flexDirection = pick(['row', 'column', 'row-reverse', 'column-reverse']);
  if (chance(0.3)) st.justifyContent = pick(['flex-start', 'center', 'flex-end', 'space-between', 'space-around', 'space-evenly']);
  if (chance(0.3)) st.alignItems = pick(['flex-start', 'center', 'flex-end', 'stretch', feat.has('baseline') ? 'baseline' : 'stretch']);
  if (chance(0.2)) st.alignSelf = pick(['auto', 'flex-start', 'center', 'flex-end', 'stretch', feat.has('baseline') ? 'baseline' : 'auto']);
  if (chance(0.2)) st.alignContent = pick(['flex-start', 'center', 'flex-end', 'stretch', 'space-between', 'space-around', 'space-evenly']);
  if (chance(0.25)) st.flexWrap = pick(['wrap', 'wrap-reverse', 'nowrap']);
  if (chance(0.35)) st.flexGrow = pick([0, 1, 2, 0.5]);
  if (chance(0.3)) st.flexShrink = pick([0, 1, 2]);
  if (chance(0.2)) st.flexBasis = len(true);
  for (const k of ['margin', 'padding', 'border']) {
    if (chance(0.25)) {
      const key = pick(['', 'Left', 'Top', 'Right', 'Bottom', 'Start', 'End', 'Horizontal', 'Vertical']);
      const name = k === 'border' ? `border${key}Width` : k + key;
      st[name] = k === 'border' ? ri(0, 10) : (k === 'margin' && feat.has('auto') && chance(0.2) ? 'auto' : (feat.has('pct') && chance(0.2) ? ri(1, 20) + '%' : ri(0, 15)));
    }
  }
  if (chance(0.25)) st.position = pick(['absolute', 'relative', feat.has('static') ? 'static' : 'relative']);
  for (const k of ['left', 'top', 'right', 'bottom', 'start', 'end']) if (chance(0.08)) st[k] = feat.has('pct') && chance(0.3) ? ri(1, 50) + '%' : ri(-10, 40);
  if (feat.has('gap') && chance(0.15)) st[pick(['gap', 'rowGap', 'columnGap'])] = feat.has('pct') && chance(0.2) ? ri(1, 20) + '%' : ri(0, 15);
  if (feat.has('aspect') && chance(0.1)) st.aspectRatio = pick([0.5, 1, 1.5, 2]);
  if (feat.has('display') && chance(0.06)) st.display = pick(['none', feat.has('contents') ? 'contents' : 'none']);
  if (chance(0.08)) st.overflow = pick(['hidden', 'scroll', 'visible']);
  if (feat.has('boxsizing') && chance(0.1)) st.boxSizing = 'content-box';
  if (feat.has('dir') && chance(0.05)) st.direction = pick(['ltr', 'rtl']);
  return st;
}
function tree(depth) {
  const n = { style: style(depth), children: [] };
  const kids = depth >= 3 ? 0 : ri(0, depth === 0 ? 5 : 3);
  if (feat.has('measure') && depth > 0 && (kids === 0 || chance(0.3)) && chance(0.6)) { n.measure = { chars: ri(0, 30), charWidth: 10, lineHeight: 20 }; return n; }
  for (let i = 0; i < kids; i++) n.children.push(tree(depth + 1));
  return n;
}
const E = { margin: Edge, padding: Edge, border: Edge };
const edgeOf = k => ({ '': Edge.All, Left: Edge.Left, Top: Edge.Top, Right: Edge.Right, Bottom: Edge.Bottom, Start: Edge.Start, End: Edge.End, Horizontal: Edge.Horizontal, Vertical: Edge.Vertical }[k]);
const enums = {
  flexDirection: { row: FlexDirection.Row, column: FlexDirection.Column, 'row-reverse': FlexDirection.RowReverse, 'column-reverse': FlexDirection.ColumnReverse },
  justifyContent: { 'flex-start': Justify.FlexStart, center: Justify.Center, 'flex-end': Justify.FlexEnd, 'space-between': Justify.SpaceBetween, 'space-around': Justify.SpaceAround, 'space-evenly': Justify.SpaceEvenly },
  align: { auto: Align.Auto, 'flex-start': Align.FlexStart, center: Align.Center, 'flex-end': Align.FlexEnd, stretch: Align.Stretch, baseline: Align.Baseline, 'space-between': Align.SpaceBetween, 'space-around': Align.SpaceAround, 'space-evenly': Align.SpaceEvenly },
  flexWrap: { wrap: Wrap.Wrap, 'wrap-reverse': Wrap.WrapReverse, nowrap: Wrap.NoWrap },
  position: { absolute: PositionType.Absolute, relative: PositionType.Relative, static: PositionType.Static },
  display: { none: Display.None, contents: Display.Contents, flex: Display.Flex },
  overflow: { hidden: Overflow.Hidden, scroll: Overflow.Scroll, visible: Overflow.Visible },
  direction: { ltr: Direction.LTR, rtl: Direction.RTL },
};
function build(t, config) {
  const n = Yoga.Node.create(config);
  for (const [k, v] of Object.entries(t.style)) {
    let m;
    if (k === 'width') n.setWidth(v); else if (k === 'height') n.setHeight(v);
    else if (k === 'minWidth') n.setMinWidth(v); else if (k === 'minHeight') n.setMinHeight(v);
    else if (k === 'maxWidth') n.setMaxWidth(v); else if (k === 'maxHeight') n.setMaxHeight(v);
    else if (k === 'flexBasis') n.setFlexBasis(v);
    else if (k === 'flexGrow') n.setFlexGrow(v); else if (k === 'flexShrink') n.setFlexShrink(v);
    else if (k === 'aspectRatio') n.setAspectRatio(v);
    else if (k === 'flexDirection') n.setFlexDirection(enums.flexDirection[v]);
    else if (k === 'justifyContent') n.setJustifyContent(enums.justifyContent[v]);
    else if (k === 'alignItems') n.setAlignItems(enums.align[v]);
    else if (k === 'alignSelf') n.setAlignSelf(enums.align[v]);
    else if (k === 'alignContent') n.setAlignContent(enums.align[v]);
    else if (k === 'flexWrap') n.setFlexWrap(enums.flexWrap[v]);
    else if (k === 'position') n.setPositionType(enums.position[v]);
    else if (k === 'display') n.setDisplay(enums.display[v]);
    else if (k === 'overflow') n.setOverflow(enums.overflow[v]);
    else if (k === 'boxSizing') n.setBoxSizing(BoxSizing.ContentBox);
    else if (k === 'direction') n.setDirection(enums.direction[v]);
    else if (k === 'gap') n.setGap(Gutter.All, v); else if (k === 'rowGap') n.setGap(Gutter.Row, v); else if (k === 'columnGap') n.setGap(Gutter.Column, v);
    else if ((m = k.match(/^(margin|padding)(.*)$/))) (m[1] === 'margin' ? n.setMargin : n.setPadding).call(n, edgeOf(m[2]), v);
    else if ((m = k.match(/^border(.*)Width$/))) n.setBorder(edgeOf(m[1]), v);
    else if (['left', 'top', 'right', 'bottom', 'start', 'end'].includes(k)) n.setPosition(edgeOf(k[0].toUpperCase() + k.slice(1)), v);
    else throw new Error('unknown ' + k);
  }
  if (t.measure) {
    const { chars, charWidth: cw, lineHeight: lh } = t.measure;
    n.setMeasureFunc((width, wm, height, hm) => {
      const natural = chars * cw;
      let w = wm === 0 ? natural : wm === 1 ? width : Math.min(natural, Math.max(cw, Math.floor(Math.fround(width / cw)) * cw));
      const perLine = Math.max(1, Math.floor(Math.fround(w / cw)));
      let h = lh * Math.ceil(chars / perLine);
      if (hm === 1) h = height; else if (hm === 2) h = Math.min(h, height);
      return { width: w, height: h };
    });
  }
  t.children.forEach((c, i) => n.insertChild(build(c, config), i));
  return n;
}
function read(n) {
  const l = n.getComputedLayout();
  const ch = [];
  for (let i = 0; i < n.getChildCount(); i++) ch.push(read(n.getChild(i)));
  return { left: l.left, top: l.top, width: l.width, height: l.height, children: ch };
}
const cases = [];
const oracle = process.argv[2] === 'oracle' ? JSON.parse(fs.readFileSync(process.argv[3])) : null;
const total = oracle ? oracle.length : count;
for (let i = 0; i < total; i++) {
  let t, aw, ah;
  if (oracle) { t = oracle[i].tree; aw = oracle[i].availableWidth; ah = oracle[i].availableHeight; }
  else {
  t = tree(0);
  if (chance(0.5)) t.style.position = 'absolute';
  aw = chance(0.5) ? ri(50, 400) : null; ah = chance(0.3) ? ri(50, 400) : null; }
  const res = {};
  for (const dir of ['ltr', 'rtl']) {
    const config = Yoga.Config.create();
    config.setPointScaleFactor(1);
    if (process.env.WEBFB) config.setExperimentalFeatureEnabled(ExperimentalFeature.WebFlexBasis, true);
    const root = build(t, config);
    root.calculateLayout(aw ?? undefined, ah ?? undefined, dir === 'rtl' ? Direction.RTL : Direction.LTR);
    res[dir] = read(root);
    root.freeRecursive();
  }
  cases.push({ name: oracle ? oracle[i].name : `fuzz_${seed0}_${i}`, file: 'fuzz', disabled: false,
    config: { useWebDefaults: false, pointScaleFactor: 1, errata: [], experimentalFeatures: process.env.WEBFB ? ['WebFlexBasis'] : [] },
    availableWidth: aw, availableHeight: ah, tags: [], tree: t, expected: res.ltr, expected_rtl: res.rtl });
}
fs.writeFileSync(out, JSON.stringify(cases));
console.log(`wrote ${cases.length} cases to ${out}`);
