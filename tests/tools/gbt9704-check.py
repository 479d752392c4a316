#!/usr/bin/env python3
# The GB/T 9704-2012 layout check the report tests run on every .docx the program writes
# (tests/unit/report-partial-ledgers.test.ts). It opens the package with the standard library
# alone, resolves each paragraph's and run's formatting the way Word does (document defaults,
# style chains, direct formatting, theme fonts) and checks the page (A4, margins), the fonts and
# sizes of title, headings and body, the two-character first-line indent, 22 lines of 28
# characters, and the page numbers (— 1 — in 四号 宋体, odd pages right, even pages left).
# FAIL on any rule makes the exit status 1; --json prints one result object per file.
# Needs only python3 (CI's .ci/run installs it with apt-get when it is missing).
"""gbt9704-check.py - check a .docx against the layout rules of GB/T 9704-2012 (党政机关公文格式).

Python 3 standard library only (zipfile + xml.etree).  Usage:

    python3 gbt9704-check.py [options] FILE.docx [FILE2.docx ...]

    --tol-mm N       tolerance for page size / margins in mm        (default 1.0, as the standard's ±1 mm)
    --tol-pt N       tolerance for font sizes / indents in points     (default 0.5)
    --json           print one JSON object per file instead of the report
    --verbose        list every paragraph with its role and resolved formatting

Exit status: 0 = no FAIL, 1 = at least one FAIL, 2 = file unreadable / not a .docx, 3 = internal error.

What is resolved (the way Word resolves it):
  run properties   : docDefaults/rPrDefault -> paragraph style (basedOn chain, root first)
                     -> character style (rStyle, basedOn chain) -> direct w:rPr
  paragraph props  : docDefaults/pPrDefault -> paragraph style chain (or the default paragraph
                     style, w:default="1", when a paragraph has no w:pStyle) -> direct w:pPr
  every attribute (w:spacing/@line, w:ind/@firstLineChars, w:rFonts/@eastAsia ...) is inherited
  on its own; theme fonts (w:eastAsiaTheme) are looked up in word/theme; sections and their
  footers (with inheritance of footerReference between sections) are all checked.

Paragraph roles: title (style Title/标题, else the first non-empty paragraph if centred or larger
than the body), level-1 heading (outline level 0 / "heading 1" / text "一、"), level-2 heading
(outline level 1 / "heading 2" / text "（一）"), addressee (text ends in "：" before the first
heading/body paragraph), body (everything else outside tables).  Paragraphs in tables are only
counted.  Only CJK characters are used to judge the East Asian font (w:eastAsia).
"""
import json
import unicodedata
import re
import sys
import zipfile
import posixpath
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict

# ----------------------------------------------------------------------------- XML helpers
NS_PREFIX = {
    'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
    'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',                       # strict OOXML
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
    'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
    'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
    'http://purl.oclc.org/ooxml/drawingml/main': 'a',
    'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
    'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
}


def _short(name):
    if name.startswith('{'):
        uri, local = name[1:].split('}', 1)
        p = NS_PREFIX.get(uri)
        return f'{p}:{local}' if p else local
    return name


class E(ET.Element):
    """Element whose find/findall take plain 'w:pPr/w:spacing' paths (ElementPath would read 'w:' as a prefix)."""

    def findall(self, path, namespaces=None):
        if path.startswith('.//'):
            parts = path[3:].split('/')
            cands = [e for e in self.iter(parts[0]) if e is not self]
        else:
            parts = path.split('/')
            cands = [c for c in self if c.tag == parts[0]]
        for part in parts[1:]:
            cands = [c for e in cands for c in e if c.tag == part]
        return cands

    def find(self, path, namespaces=None):
        r = self.findall(path)
        return r[0] if r else None


def parse_xml(data):
    """Parse and rename every tag/attribute to 'w:xxx', 'r:id', 'a:ea' ... (namespace-agnostic)."""
    parser = ET.XMLParser(target=ET.TreeBuilder(element_factory=E))
    parser.feed(data)
    root = parser.close()
    for el in root.iter():
        el.tag = _short(el.tag)
        if el.attrib:
            el.attrib = {_short(k): v for k, v in el.attrib.items()}
    return root


def wval(el, attr='w:val'):
    return None if el is None else el.get(attr)


def on_off(el):
    """ST_OnOff: element present with no val => true."""
    if el is None:
        return None
    v = el.get('w:val')
    return v is None or v.lower() in ('1', 'true', 'on')


TWIP_PER_MM = 1440 / 25.4
CJK_RE = re.compile('[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]')


def mm(twips):
    return twips / TWIP_PER_MM


def pt(twips):
    return twips / 20.0


def num(v, default=None):
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


# ----------------------------------------------------------------------------- font families
def _fam(*needles):
    return lambda name: bool(name) and any(n in name.lower() for n in needles)


IS_XBS = _fam('小标宋', 'xiaobiaosong', 'xbs')                            # 方正小标宋简体 / _GBK
IS_FANGSONG = _fam('仿宋', 'fangsong', 'fang song')                        # 仿宋_GB2312, 仿宋, FangSong
IS_HEITI = _fam('黑体', 'simhei', 'heiti')                                 # 黑体, SimHei, 方正黑体_GBK
IS_KAITI = _fam('楷体', 'kaiti', 'kai ti')                                  # 楷体_GB2312, 楷体, KaiTi


def IS_SONGTI(name):                                                       # 宋体 / SimSun, but not 仿宋体 / 小标宋
    return bool(name) and not IS_FANGSONG(name) and not IS_XBS(name) and \
        any(n in name.lower() for n in ('宋体', 'simsun', '书宋', 'shusong', 'songti'))


# ----------------------------------------------------------------------------- the package
class Docx:
    def __init__(self, path):
        self.path = path
        self.z = zipfile.ZipFile(path)
        self.names = set(self.z.namelist())
        self.main = self._main_part()
        self.doc = parse_xml(self.z.read(self.main))
        self.rels = self._rels(self.main)
        self.styles_root = self._part_by_type('styles')
        self.settings_root = self._part_by_type('settings')
        self.theme_fonts = self._theme_fonts()
        self.styles = {}
        self.default_pstyle = None
        self.default_cstyle = None
        self.doc_rpr = None
        self.doc_ppr = None
        self._load_styles()

    def _main_part(self):
        if '[Content_Types].xml' in self.names:
            ct = parse_xml(self.z.read('[Content_Types].xml'))
            for o in ct:
                if o.tag.endswith('Override') and 'wordprocessingml.document.main' in (o.get('ContentType') or ''):
                    return o.get('PartName').lstrip('/')
        if 'word/document.xml' in self.names:
            return 'word/document.xml'
        raise ValueError('no main document part (is this a .docx?)')

    def _rels(self, part):
        d, b = posixpath.split(part)
        rp = posixpath.join(d, '_rels', b + '.rels')
        out = {}
        if rp in self.names:
            for r in parse_xml(self.z.read(rp)):
                tgt = r.get('Target') or ''
                if r.get('TargetMode') == 'External':
                    continue
                full = tgt.lstrip('/') if tgt.startswith('/') else posixpath.normpath(posixpath.join(d, tgt))
                out[r.get('Id')] = (r.get('Type', '').rsplit('/', 1)[-1], full)
        return out

    def _part_by_type(self, kind):
        for typ, target in self.rels.values():
            if typ == kind and target in self.names:
                return parse_xml(self.z.read(target))
        return None

    def part_by_rid(self, rid):
        typ, target = self.rels.get(rid, (None, None))
        if target and target in self.names:
            return parse_xml(self.z.read(target))
        return None

    def _theme_fonts(self):
        out = {}
        theme = self._part_by_type('theme')
        if theme is None:
            return out
        for major in ('major', 'minor'):
            f = theme.find(f'.//a:{major}Font')
            if f is None:
                continue
            ea = f.find('a:ea')
            name = ea.get('typeface') if ea is not None else ''
            if not name:
                for s in f.findall('a:font'):
                    if s.get('script') == 'Hans':
                        name = s.get('typeface')
            out[f'{major}EastAsia'] = name or None
            lat = f.find('a:latin')
            out[f'{major}HAnsi'] = out[f'{major}Ascii'] = lat.get('typeface') if lat is not None else None
        return out

    def _load_styles(self):
        root = self.styles_root
        if root is None:
            return
        dd = root.find('w:docDefaults')
        if dd is not None:
            self.doc_rpr = dd.find('w:rPrDefault/w:rPr')
            self.doc_ppr = dd.find('w:pPrDefault/w:pPr')
        for s in root.findall('w:style'):
            sid = s.get('w:styleId')
            typ = s.get('w:type', 'paragraph')
            self.styles[sid] = s
            if s.get('w:default') in ('1', 'true', 'on'):
                if typ == 'paragraph':
                    self.default_pstyle = sid
                elif typ == 'character':
                    self.default_cstyle = sid

    def style_name(self, sid):
        s = self.styles.get(sid)
        n = s.find('w:name') if s is not None else None
        return (wval(n) or sid) if sid else None

    def chain(self, sid):
        """[root ... sid] following basedOn, cycle-safe."""
        out, seen = [], set()
        while sid and sid in self.styles and sid not in seen:
            seen.add(sid)
            out.append(sid)
            sid = wval(self.styles[sid].find('w:basedOn'))
        return list(reversed(out))

    def setting(self, tag):
        return None if self.settings_root is None else self.settings_root.find(tag)


# ----------------------------------------------------------------------------- property resolution
class Props:
    """Resolved properties: name -> (value, source)."""

    def __init__(self):
        self.v = {}

    def set(self, k, val, src):
        if val is not None:
            self.v[k] = (val, src)

    def get(self, k, default=None):
        return self.v.get(k, (default, None))[0]

    def src(self, k):
        return self.v.get(k, (None, None))[1]


def apply_ppr(props, ppr, src):
    if ppr is None:
        return
    jc = ppr.find('w:jc')
    props.set('jc', wval(jc), src)
    sp = ppr.find('w:spacing')
    if sp is not None:
        for a in ('line', 'lineRule', 'before', 'after', 'beforeLines', 'afterLines'):
            props.set('sp.' + a, sp.get('w:' + a), src)
        if sp.get('w:line') is not None and sp.get('w:lineRule') is None:
            props.set('sp.lineRule', 'auto', src)                 # default of ST_LineSpacingRule
    ind = ppr.find('w:ind')
    if ind is not None:
        for a in ('firstLine', 'firstLineChars', 'hanging', 'hangingChars', 'left', 'start', 'leftChars',
                  'startChars', 'right', 'end', 'rightChars', 'endChars'):
            props.set('ind.' + a, ind.get('w:' + a), src)
        # hanging and firstLine exclude each other: a level that sets one cancels the other
        if ind.get('w:hanging') is not None or ind.get('w:hangingChars') is not None:
            if ind.get('w:firstLine') is None:
                props.set('ind.firstLine', '0', src)
            if ind.get('w:firstLineChars') is None:
                props.set('ind.firstLineChars', '0', src)
        elif ind.get('w:firstLine') is not None or ind.get('w:firstLineChars') is not None:
            props.set('ind.hanging', '0', src)
            props.set('ind.hangingChars', '0', src)
    ol = ppr.find('w:outlineLvl')
    props.set('outlineLvl', wval(ol), src)
    stg = ppr.find('w:snapToGrid')
    if stg is not None:
        props.set('snapToGrid', on_off(stg), src)
    fp = ppr.find('w:framePr')
    if fp is not None:
        props.set('frame.xAlign', fp.get('w:xAlign'), src)


def apply_rpr(props, rpr, src, theme):
    if rpr is None:
        return
    rf = rpr.find('w:rFonts')
    if rf is not None:
        for slot in ('eastAsia', 'ascii', 'hAnsi'):
            th = rf.get(f'w:{slot}Theme')
            if th:
                name = theme.get(th) or (theme.get(th.replace('HAnsi', 'Ascii')) if 'HAnsi' in th else None)
                props.set('font.' + slot, name or f'<theme {th}>', src + f' (theme {th})')
            else:
                props.set('font.' + slot, rf.get('w:' + slot), src)
    props.set('sz', num(wval(rpr.find('w:sz'))), src)
    props.set('charSpacing', num(wval(rpr.find('w:spacing'))), src)
    b = rpr.find('w:b')
    if b is not None:
        props.set('b', on_off(b), src)


def resolve_para(d, p):
    """Return (ppr Props, base rpr Props for runs, style id)."""
    ppr = p.find('w:pPr')
    sid = wval(ppr.find('w:pStyle')) if ppr is not None else None
    if sid not in d.styles:
        sid = d.default_pstyle
    pp, rp = Props(), Props()
    apply_ppr(pp, d.doc_ppr, 'docDefaults')
    apply_rpr(rp, d.doc_rpr, 'docDefaults', d.theme_fonts)
    for s in d.chain(sid):
        name = f"style '{d.style_name(s)}'"
        apply_ppr(pp, d.styles[s].find('w:pPr'), name)
        apply_rpr(rp, d.styles[s].find('w:rPr'), name, d.theme_fonts)
    apply_ppr(pp, ppr, 'direct')
    return pp, rp, sid


def resolve_run(d, base, r):
    rp = Props()
    rp.v = dict(base.v)
    rpr = r.find('w:rPr')
    cs = wval(rpr.find('w:rStyle')) if rpr is not None else None
    for s in d.chain(cs):
        apply_rpr(rp, d.styles[s].find('w:rPr'), f"char style '{d.style_name(s)}'", d.theme_fonts)
    apply_rpr(rp, rpr, 'direct run', d.theme_fonts)
    return rp


# ----------------------------------------------------------------------------- walking content
SKIP = {'w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:sdtPr'}


def iter_runs(p):
    """w:r elements of paragraph p (through hyperlinks, ins, sdt, smartTag, fldSimple), not nested p."""
    stack = list(reversed(list(p)))
    while stack:
        el = stack.pop()
        if el.tag == 'w:r':
            yield el
        elif el.tag in SKIP or el.tag == 'w:p':
            continue
        else:
            stack.extend(reversed(list(el)))


def iter_paragraphs(container, in_table=False):
    for el in container:
        if el.tag == 'w:p':
            yield el, in_table
        elif el.tag == 'w:tbl':
            for tc in el.iter('w:tc'):
                for p in tc.findall('w:p'):
                    yield p, True
        elif el.tag in ('w:sdt', 'w:customXml', 'w:sdtContent', 'w:ins'):
            yield from iter_paragraphs(el, in_table)


def run_text(r, field_state):
    """Text of a run; complex fields are shown as {INSTR} and their cached result is dropped."""
    out = []
    for c in r:
        if c.tag == 'w:fldChar':
            t = c.get('w:fldCharType')
            if t == 'begin':
                field_state.append({'instr': '', 'in_result': False})
            elif t == 'separate' and field_state:
                field_state[-1]['in_result'] = True
                out.append('{' + field_state[-1]['instr'].strip().split(' ')[0].upper() + '}')
            elif t == 'end' and field_state:
                f = field_state.pop()
                if not f['in_result']:
                    out.append('{' + f['instr'].strip().split(' ')[0].upper() + '}')
        elif c.tag == 'w:instrText' and field_state:
            field_state[-1]['instr'] += c.text or ''
        elif field_state and field_state[-1]['in_result']:
            continue
        elif c.tag == 'w:t':
            out.append(c.text or '')
        elif c.tag == 'w:tab':
            out.append('\t')
        elif c.tag in ('w:br', 'w:cr'):
            out.append('\n')
        elif c.tag == 'w:noBreakHyphen':
            out.append('-')
    return ''.join(out)


def para_text_runs(d, p, base):
    """[(text, run Props)] including w:fldSimple as {INSTR}."""
    out, fs = [], []
    for r in iter_runs(p):
        t = run_text(r, fs)
        if t:
            out.append((t, resolve_run(d, base, r)))
    for f in p.iter('w:fldSimple'):
        instr = (f.get('w:instr') or '').strip().split(' ')[0].upper()
        out.append(('{' + instr + '}', base))
    return out


# ----------------------------------------------------------------------------- checks
class Report:
    def __init__(self, path):
        self.path = path
        self.items = []           # (group, status, rule, detail)
        self.groups = OrderedDict()

    def add(self, group, status, rule, detail):
        self.items.append((group, status, rule, detail))
        self.groups.setdefault(group, []).append((status, rule, detail))

    def counts(self):
        return Counter(s for _, s, _, _ in self.items)


def near(a, b, tol):
    return a is not None and abs(a - b) <= tol + 1e-9


def fmt(x, nd=2):
    return '—' if x is None else (f'{x:.{nd}f}'.rstrip('0').rstrip('.') if isinstance(x, float) else str(x))


def sections_of(d):
    body = d.doc.find('w:body')
    secs = [p.find('w:pPr/w:sectPr') for p in body.iter('w:p') if p.find('w:pPr/w:sectPr') is not None]
    last = body.find('w:sectPr')
    if last is not None:
        secs.append(last)
    return secs


def classify(d, paras):
    """Give each non-empty body paragraph a role."""
    infos = []
    for idx, (p, in_table) in enumerate(paras, 1):
        pp, base, sid = resolve_para(d, p)
        runs = para_text_runs(d, p, base)
        text = ''.join(t for t, _ in runs)
        if not text.strip():
            continue
        infos.append(dict(idx=idx, p=p, pp=pp, base=base, sid=sid, runs=runs, text=text.strip(),
                          in_table=in_table, sname=(d.style_name(sid) or '').lower()))
    out = [i for i in infos if not i['in_table']]
    sizes = Counter()
    for i in out:
        for t, rp in i['runs']:
            sizes[rp.get('sz')] += len(CJK_RE.findall(t))
    common_sz = sizes.most_common(1)[0][0] if sizes else None
    seen_content = False
    title_done = False
    for n, i in enumerate(out):
        lvl = i['pp'].get('outlineLvl')
        sname, text = i['sname'], i['text']
        isz = max((rp.get('sz') or 0 for t, rp in i['runs'] if CJK_RE.search(t)), default=0)
        is_title_style = sname in ('title', '标题')
        if is_title_style or (not title_done and n == 0 and
                              (i['pp'].get('jc') == 'center' or (common_sz and isz > common_sz))):
            i['role'] = 'title'
            title_done = True
            continue
        if title_done and not seen_content and out[n - 1].get('role') == 'title' and i['pp'].get('jc') == 'center' \
                and common_sz and isz > common_sz:
            i['role'] = 'title'                 # a title set as several centred paragraphs
            continue
        if lvl == '0' or sname in ('heading 1', '标题 1') or re.match(r'^[一二三四五六七八九十百]+、', text):
            i['role'] = 'h1'
        elif lvl == '1' or sname in ('heading 2', '标题 2') or re.match(r'^[（(][一二三四五六七八九十百]+[）)]', text):
            i['role'] = 'h2'
        elif not seen_content and re.search(r'[：:]$', text):
            i['role'] = 'addressee'
        else:
            i['role'] = 'body'
        seen_content = True
    return infos, common_sz


def font_stats(infos, slot='font.eastAsia'):
    fonts, sizes, total = Counter(), Counter(), 0
    for i in infos:
        for t, rp in i['runs']:
            k = len(CJK_RE.findall(t))
            if not k:
                continue
            total += k
            fonts[rp.get(slot) or '(not set)'] += k
            sizes[rp.get('sz')] += k
    return fonts, sizes, total


def describe(counter, total, f=lambda k: k):
    return ', '.join(f'{f(k)} {100 * v / total:.0f}%' for k, v in counter.most_common(4)) if total else 'no CJK text'


def size_str(hp):
    return '(not set: app default 10 pt)' if hp is None else f'{hp / 2:g} pt'


def check_fonts(rep, group, infos, want, want_label, want_size_pt, tol_pt):
    fonts, sizes, total = font_stats(infos)
    if not total:
        rep.add(group, 'FAIL', 'font (w:eastAsia)', 'no CJK text found in these paragraphs')
        return
    bad = sum(v for k, v in fonts.items() if not want(k))
    srcs = Counter(rp.src('font.eastAsia') or '-' for i in infos for t, rp in i['runs'] if CJK_RE.search(t))
    rep.add(group, 'PASS' if bad == 0 else 'FAIL', 'font (w:eastAsia)',
            f"{describe(fonts, total)}; want {want_label} [set by {', '.join(s if s != '-' else 'nothing' for s, _ in srcs.most_common(2))}]")
    bad_sz = sum(v for k, v in sizes.items() if not near((k or 20) / 2, want_size_pt, tol_pt))
    rep.add(group, 'PASS' if bad_sz == 0 else 'FAIL', 'font size',
            f"{describe(sizes, total, size_str)}; want {want_size_pt:g} pt ±{tol_pt:g}")


def effective_first_line(pp, font_pt):
    """First-line indent in points (negative = hanging) and how it was given."""
    flc, fl = num(pp.get('ind.firstLineChars')), num(pp.get('ind.firstLine'))
    hc, h = num(pp.get('ind.hangingChars')), num(pp.get('ind.hanging'))
    if hc:                                  # *Chars wins over twips when given (ECMA-376 17.3.1.12)
        return -hc / 100 * font_pt, f'hangingChars={hc:g}'
    if h:
        return -pt(h), f'hanging={h:g}tw'
    if flc:
        return flc / 100 * font_pt, f'firstLineChars={flc:g}'
    return pt(fl or 0), f'firstLine={fl or 0:g}tw'


def check_file(path, tol_mm=1.0, tol_pt=0.5, verbose=False):
    rep = Report(path)
    d = Docx(path)
    body = d.doc.find('w:body')
    if body is None:
        raise ValueError('document has no w:body')

    # ---------------- page setup
    secs = sections_of(d)
    geos = OrderedDict()          # distinct text-block geometries -> sections using them
    for n, s in enumerate(secs, 1):
        g = f'Page setup (section {n} of {len(secs)})'
        pg, mar = s.find('w:pgSz'), s.find('w:pgMar')
        W, H = num(wval(pg, 'w:w'), 11906), num(wval(pg, 'w:h'), 16838)
        m = {k: abs(num(wval(mar, 'w:' + k), 0)) for k in ('top', 'bottom', 'left', 'right', 'gutter', 'footer', 'header')}
        ok = near(mm(W), 210, tol_mm) and near(mm(H), 297, tol_mm)
        rep.add(g, 'PASS' if ok else 'FAIL', 'page size', f'{mm(W):.1f} × {mm(H):.1f} mm; want A4 210 × 297 ±{tol_mm:g}'
                + ('' if pg is not None else ' (no w:pgSz: app default)'))
        for k, want in (('top', 37), ('bottom', 35), ('left', 28), ('right', 26)):
            rep.add(g, 'PASS' if near(mm(m[k]), want, tol_mm) else 'FAIL', f'{k} margin', f'{mm(m[k]):.1f} mm; want {want} ±{tol_mm:g}')
        tw, th = W - m['left'] - m['right'] - m['gutter'], H - m['top'] - m['bottom']
        rep.add(g, 'PASS' if near(mm(tw), 156, tol_mm) and near(mm(th), 225, tol_mm) else 'FAIL', 'text block (版心)',
                f'{mm(tw):.1f} × {mm(th):.1f} mm; want 156 × 225 ±{tol_mm:g}' + (f' (gutter {mm(m["gutter"]):.1f} mm)' if m['gutter'] else ''))
        grid = s.find('w:docGrid')
        gtype = wval(grid, 'w:type') or 'default'
        rep.add(g, 'INFO', 'document grid', f"w:docGrid type={gtype} linePitch={wval(grid, 'w:linePitch')} charSpace={wval(grid, 'w:charSpace')}"
                if grid is not None else 'no w:docGrid')
        rep.add(g, 'INFO', 'footer distance', f"{mm(m['footer']):.1f} mm from page bottom (GB/T: 一字线 7 mm below the text block)")
        key = (round(tw), round(th), gtype, wval(grid, 'w:linePitch'), wval(grid, 'w:charSpace'))
        if key not in geos:
            geos[key] = dict(tw=tw, th=th, grid=grid, gtype=gtype, secs=[])
        geos[key]['secs'].append(n)

    # ---------------- paragraphs
    paras = list(iter_paragraphs(body))
    infos, _ = classify(d, paras)
    by = lambda role: [i for i in infos if i.get('role') == role]
    ntab = sum(1 for i in infos if i['in_table'])

    if verbose:
        print(f'Paragraphs of {path} (role, style, alignment, line/rule, first-line indent, eastAsia font, size in half-points):')
        for i in infos:
            r0 = i['runs'][0][1] if i['runs'] else Props()
            print(f"  #{i['idx']:<4}{i.get('role', 'table'):9s} style={d.style_name(i['sid'])!s:14.14s} jc={i['pp'].get('jc')!s:7s} "
                  f"line={i['pp'].get('sp.line')}/{i['pp'].get('sp.lineRule')} ind={effective_first_line(i['pp'], (r0.get('sz') or 20) / 2)[1]:22s} "
                  f"ea={r0.get('font.eastAsia')} sz={r0.get('sz')}  {i['text'][:24]}")

    # title
    titles = by('title')
    g = 'Title (标题)'
    if not titles:
        rep.add(g, 'FAIL', 'title paragraph', 'not found (no style Title and first paragraph not centred/larger)')
    else:
        t = titles[0]
        rep.add(g, 'INFO', 'paragraph', f"#{t['idx']} “{t['text'][:30]}” style '{d.style_name(t['sid'])}'"
                + (f' (+{len(titles) - 1} more centred title paragraph(s))' if len(titles) > 1 else ''))
        check_fonts(rep, g, titles, IS_XBS, '方正小标宋简体 (二号)', 22, tol_pt)
        jc = t['pp'].get('jc') or 'left'
        rep.add(g, 'PASS' if jc == 'center' else 'FAIL', 'alignment', f"{jc} [{t['pp'].src('jc') or 'default'}]; want center")

    # headings
    for role, label, want, wl in (('h1', 'Level-1 headings (一、)', IS_HEITI, '黑体'), ('h2', 'Level-2 headings （一）', IS_KAITI, '楷体_GB2312')):
        hs = by(role)
        if not hs:
            rep.add(label, 'WARN', 'present', 'none found')
            continue
        rep.add(label, 'INFO', 'count', f"{len(hs)}: " + '; '.join(f"“{h['text'][:12]}”" for h in hs[:3]) + (' …' if len(hs) > 3 else ''))
        check_fonts(rep, label, hs, want, wl + ' (三号)', 16, tol_pt)

    # body
    body_p = by('body')
    g = 'Body (正文)'
    if not body_p:
        rep.add(g, 'FAIL', 'body paragraphs', 'none found')
        return rep, d
    rep.add(g, 'INFO', 'paragraphs', f"{len(body_p)} body, {len(by('addressee'))} addressee, {ntab} in tables (not checked)")
    check_fonts(rep, g, body_p + by('addressee'), IS_FANGSONG, '仿宋_GB2312 (三号)', 16, tol_pt)

    # first-line indent on left/justified body paragraphs
    ind_ok, ind_bad, samples, srcs = 0, 0, [], Counter()
    for i in body_p:
        jc = i['pp'].get('jc') or 'left'
        if jc not in ('left', 'start', 'both', 'distribute', 'justify'):
            continue
        fsz = Counter(rp.get('sz') for t, rp in i['runs'] if CJK_RE.search(t)).most_common(1)
        fpt = ((fsz[0][0] if fsz else None) or 20) / 2
        ind_pt, how = effective_first_line(i['pp'], fpt)
        srcs[i['pp'].src('ind.firstLineChars') or i['pp'].src('ind.firstLine') or 'not set'] += 1
        if near(ind_pt, 2 * fpt, tol_pt):
            ind_ok += 1
        else:
            ind_bad += 1
            if len(samples) < 3:
                samples.append(f"#{i['idx']} {ind_pt:.1f} pt ({how})")
    rep.add(g, 'PASS' if ind_bad == 0 and ind_ok else 'FAIL', 'first-line indent',
            f"2 characters in {ind_ok}/{ind_ok + ind_bad} left/justified paragraphs [{', '.join(srcs)}]" + ('; e.g. ' + '; '.join(samples) if samples else ''))

    # line spacing
    rules = Counter()
    for i in body_p:
        pp = i['pp']
        rules[(pp.get('sp.lineRule'), pp.get('sp.line'), pp.src('sp.line'))] += 1
    (rule, line, src), n = rules.most_common(1)[0]
    line_v = num(line)
    rdesc = ', '.join(f"{r or 'unset'} {num(l) / 20 if r in ('exact', 'atLeast') and l else (num(l) / 240 if l else 1):g}{'pt' if r in ('exact', 'atLeast') else '×'}"
                      f" [{s or 'default'}] ×{c}" for (r, l, s), c in rules.most_common(3))
    sz_c = Counter(rp.get('sz') for i in body_p for t, rp in i['runs'] if CJK_RE.search(t)).most_common(1)
    for gi, geo in enumerate(geos.values()):
        sfx = f" (section {', '.join(map(str, geo['secs']))})" if len(geos) > 1 else ''
        grid, gtype = geo['grid'], geo['gtype']
        pitch, how = None, ''
        if rule not in (None, 'auto', 'exact', 'atLeast'):
            gi or rep.add(g, 'FAIL', 'line spacing rule', f"w:lineRule=“{rule}” is not a valid ST_LineSpacingRule (exact|atLeast|auto): Word ignores it "
                    "(docx's LineRuleType.EXACTLY writes this; use LineRuleType.EXACT)")
        elif rule == 'exact':
            pitch, how = pt(line_v), f'exact {pt(line_v):g} pt'
        elif rule == 'atLeast':
            pitch, how = pt(line_v), f'at least {pt(line_v):g} pt (taller glyphs may push lines apart)'
        elif gtype in ('lines', 'linesAndChars', 'snapToChars') and num(wval(grid, 'w:linePitch')):
            lp = pt(num(wval(grid, 'w:linePitch')))
            mult = (line_v or 240) / 240
            pitch, how = lp * mult, f'auto {mult:g}× on a {gtype} grid of {lp:g} pt (approximate: depends on snapping)'
        if rule in (None, 'auto', 'exact', 'atLeast'):
            status = 'PASS' if rule == 'exact' else ('WARN' if pitch else 'FAIL')
            gi or rep.add(g, status, 'line spacing', f"{rdesc}" + ('' if pitch else '; auto spacing without a line grid depends on font metrics: use exact 28.95 pt (579 twips)'))
        if pitch:
            lines = int((pt(geo['th']) + 0.01) // pitch)
            rep.add(g, 'PASS' if lines == 22 else 'FAIL', 'lines per page' + sfx, f"{lines} = ⌊{mm(geo['th']):.1f} mm / {pitch:.2f} pt⌋ ({how}); want 22 (pitch 27.73–28.99 pt)")
        else:
            rep.add(g, 'FAIL', 'lines per page' + sfx, 'cannot be determined (no exact spacing, no line grid); want 22')

        # characters per line
        fpt = ((sz_c[0][0] if sz_c else None) or 20) / 2
        csp_c = Counter(rp.get('charSpacing') for i in body_p for t, rp in i['runs'] if CJK_RE.search(t)).most_common(1)
        csp = pt(csp_c[0][0] or 0) if csp_c else 0.0
        tw_pt = pt(geo['tw'])
        if gtype in ('linesAndChars', 'snapToChars') and wval(grid, 'w:charSpace') is not None:
            normal = Props()
            apply_rpr(normal, d.doc_rpr, 'docDefaults', d.theme_fonts)
            for s in d.chain(d.default_pstyle):
                apply_rpr(normal, d.styles[s].find('w:rPr'), 's', d.theme_fonts)
            npt = (normal.get('sz') or 20) / 2
            cpitch = npt + num(wval(grid, 'w:charSpace')) / 4096
            chars = int((tw_pt + 0.01) // cpitch)
            rep.add(g, 'PASS' if chars == 28 else 'FAIL', 'chars per line' + sfx,
                    f"{chars} = ⌊{mm(geo['tw']):.1f} mm / {cpitch:.3f} pt⌋ (Word {gtype} grid: Normal {npt:g} pt + charSpace {wval(grid, 'w:charSpace')}/4096); want 28")
            if cpitch < fpt - 0.01:
                rep.add(g, 'WARN', 'grid vs. LibreOffice' + sfx, f'grid pitch {cpitch:.2f} pt < body font {fpt:g} pt: LibreOffice (snap to characters) gives each '
                        f'character two cells (≈{int(tw_pt // (2 * cpitch))} chars/line); Word/WPS squeeze to one. For renderer-independent '
                        '28 chars use no char grid and w:spacing w:val="-5" (−0.25 pt) on the runs')
        else:
            cpitch = fpt + csp
            chars = int((tw_pt + 0.01) // cpitch)
            rep.add(g, 'PASS' if chars == 28 else 'FAIL', 'chars per line' + sfx,
                    f"{chars} = ⌊{mm(geo['tw']):.1f} mm / {cpitch:.2f} pt⌋ (font {fpt:g} pt{f' {csp:+g} pt character spacing' if csp else ''}, no character grid); want 28")

    # ---------------- page numbers
    check_footers(rep, d, secs, tol_pt)
    return rep, d


PAGE_RE = re.compile(r'^\s*(?P<l>[—–\-－─━])\s*\{PAGE\}\s*(?P<r>[—–\-－─━])\s*$')


def footer_info(d, rid):
    root = d.part_by_rid(rid)
    if root is None:
        return None
    paras = list(iter_paragraphs(root))
    best = None
    for p, _ in paras:
        pp, base, sid = resolve_para(d, p)
        runs = para_text_runs(d, p, base)
        text = ''.join(t for t, _ in runs).strip()
        if text and (best is None or '{PAGE}' in text):
            best = dict(text=text, pp=pp, runs=runs, sid=sid)
    return best or dict(text='', pp=Props(), runs=[], sid=None)


def check_footers(rep, d, secs, tol_pt):
    g = 'Page numbers (页码)'
    eo = on_off(d.setting('w:evenAndOddHeaders'))
    rep.add(g, 'PASS' if eo else 'FAIL', 'even/odd footers on', 'w:evenAndOddHeaders in settings.xml' if eo else
            'w:evenAndOddHeaders missing in settings.xml (odd and even pages share one footer)')
    inherited = {}
    for n, s in enumerate(secs, 1):
        refs = dict(inherited)
        for fr in s.findall('w:footerReference'):
            refs[fr.get('w:type', 'default')] = fr.get('r:id')
        inherited = refs
        sfx = f' (section {n})' if len(secs) > 1 else ''
        for kind, side, want_jc, ind_key in (('default', 'odd pages', 'right', 'ind.right'), ('even', 'even pages', 'left', 'ind.left')):
            rid = refs.get(kind)
            f = footer_info(d, rid) if rid else None
            rule = f'{side} footer{sfx}'
            if f is None:
                rep.add(g, 'FAIL', rule, f'no w:footerReference w:type="{kind}"')
                continue
            text = f['text']
            m = PAGE_RE.match(text)
            if '{PAGE}' not in text:
                rep.add(g, 'FAIL', rule + ' text', f'“{text}” has no PAGE field')
            elif m and m.group('l') == m.group('r') == '—':
                rep.add(g, 'PASS', rule + ' text', f'“{text}”')
            elif m:
                rep.add(g, 'WARN', rule + ' text', f'“{text}”: dashes should be 一字线 “—” (U+2014)')
            else:
                rep.add(g, 'FAIL', rule + ' text', f'“{text}”; want “— {{PAGE}} —”')
            jc = f['pp'].get('jc') or 'left'
            xa = f['pp'].get('frame.xAlign')
            eff = {'outside': want_jc, 'inside': 'left' if want_jc == 'right' else 'right'}.get(xa, xa) or jc
            eff = {'start': 'left', 'end': 'right'}.get(eff, eff)
            rep.add(g, 'PASS' if eff == want_jc else 'FAIL', rule + ' alignment',
                    f"{eff}" + (f' (frame xAlign={xa})' if xa else f" [{f['pp'].src('jc') or 'default'}]") + f'; want {want_jc}')
            ind = num(f['pp'].get(ind_key)) or num(f['pp'].get(ind_key.replace('left', 'start').replace('right', 'end'))) or 0
            rep.add(g, 'PASS' if near(pt(ind), 14, tol_pt + 1) else 'WARN', rule + ' 空一字',
                    f"{ind_key.split('.')[1]} indent {pt(ind):g} pt; want one 四号 character ≈14 pt")
            rps = [rp for t, rp in f['runs'] if '{PAGE}' in t or t.strip()]
            if rps:
                szs = {rp.get('sz') for rp in rps}
                ok_sz = all(near((s or 20) / 2, 14, tol_pt) for s in szs)
                rep.add(g, 'PASS' if ok_sz else 'FAIL', rule + ' size', f"{', '.join(size_str(s) for s in szs)}; want 四号 14 pt")
                fonts = {(rp.get('font.eastAsia'), rp.get('font.ascii')) for rp in rps}
                ok_f = all(IS_SONGTI(ea) or IS_SONGTI(asc) for ea, asc in fonts)
                rep.add(g, 'PASS' if ok_f else 'FAIL', rule + ' font',
                        '; '.join(f'eastAsia={ea} ascii={asc}' for ea, asc in fonts) + '; want 宋体 (digits are ASCII: w:ascii or w:eastAsia)')


# ----------------------------------------------------------------------------- output
def pad(text, width):
    """Left-justify counting CJK (wide) characters as two columns."""
    w = sum(2 if unicodedata.east_asian_width(ch) in 'WF' else 1 for ch in text)
    return text + ' ' * max(0, width - w)


def print_report(rep, d):
    c = rep.counts()
    print(f'GB/T 9704-2012 layout check: {rep.path}')
    print(f"  styles.xml: {'yes' if d.styles_root is not None else 'NO'}, {len(d.styles)} styles, default paragraph style "
          f"'{d.style_name(d.default_pstyle)}'; theme East Asian fonts: {d.theme_fonts.get('minorEastAsia')}/{d.theme_fonts.get('majorEastAsia')}")
    for g, items in rep.groups.items():
        print(f'\n{g}')
        for st, rule, det in items:
            print(f'  {st:4s}  {pad(rule, 30)} {det}')
    print(f"\nSummary: {c['PASS']} PASS, {c['FAIL']} FAIL, {c['WARN']} WARN  ->  {'FAIL' if c['FAIL'] else 'PASS'}")


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description='Check a .docx against GB/T 9704-2012 layout rules.')
    ap.add_argument('files', nargs='+')
    ap.add_argument('--tol-mm', type=float, default=1.0)
    ap.add_argument('--tol-pt', type=float, default=0.5)
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--verbose', action='store_true')
    a = ap.parse_args(argv)
    rc = 0
    for n, f in enumerate(a.files):
        try:
            rep, d = check_file(f, a.tol_mm, a.tol_pt, a.verbose)
        except (zipfile.BadZipFile, KeyError, ValueError, ET.ParseError, FileNotFoundError, IsADirectoryError) as e:
            print(json.dumps({'file': f, 'error': str(e)}, ensure_ascii=False) if a.json else f'ERROR {f}: {e}')
            rc = 2
            continue
        except Exception as e:                      # a bug in this checker: say so, don't pass as FAIL
            import traceback
            traceback.print_exc()
            print(json.dumps({'file': f, 'error': f'internal error: {e!r}'}, ensure_ascii=False) if a.json else f'ERROR {f}: internal error {e!r}')
            rc = 3
            continue
        if a.json:
            c = rep.counts()
            print(json.dumps({'file': f, 'result': 'FAIL' if c['FAIL'] else 'PASS', 'counts': dict(c),
                              'checks': [dict(group=g, status=s, rule=r, detail=x) for g, s, r, x in rep.items]}, ensure_ascii=False))
        else:
            if n:
                print('\n' + '=' * 100)
            print_report(rep, d)
        if rep.counts()['FAIL'] and rc == 0:
            rc = 1
    return rc


if __name__ == '__main__':
    import signal
    if hasattr(signal, 'SIGPIPE'):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet exit when piped into head
    sys.exit(main(sys.argv[1:]))
