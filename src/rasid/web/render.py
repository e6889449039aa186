"""Server-side rendering helpers: an article's clean text with its annotations highlighted, and
inline SVG charts.

Highlights follow displaCy's look: a tinted, rounded box around each entity with a small label
badge at its end. Quotations are the outer layer (a tinted band with the speaker named at its end),
speaker mentions the middle one, entities, dates and cues the inner one. Everything that comes from
the article is escaped here with :func:`markupsafe.escape`; nothing else builds HTML from its text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from rasid.model import Article

ENTITY_LABELS: dict[str, str] = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
QUOTE_KINDS: dict[str, str] = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}
EVENT_TYPES: dict[str, str] = {
    "talks": "محادثات",
    "meeting": "اجتماع",
    "call": "اتصال",
    "visit": "زيارة",
    "agreement": "اتفاق",
    "announcement": "إعلان",
}
SPEAKER_TYPES: dict[str, str] = {"person": "شخص", "organization": "جهة", "group": "جماعة", "unnamed": "مجهول"}

# Layers, outermost first: a mark of a lower layer encloses those of higher layers when they nest.
QUOTE_LAYER, SPEAKER_LAYER, INNER_LAYER = 0, 1, 2

# Runs of Latin script (with digits and the punctuation that joins words) to isolate in RTL text.
_LATIN_RUN = re.compile(
    r"[A-Za-z\u00C0-\u024F](?:[\w\u00C0-\u024F'’&.\-/@ ]*[A-Za-z0-9\u00C0-\u024F])?", re.ASCII
)


def link(prefix: str, ident: str) -> str:
    """The URL of one page: ``prefix`` (``/entities``) plus the id, percent-encoded as one segment."""
    return f"{prefix}/{url_quote(ident, safe='')}"


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an absolute http(s) address, else ``None`` (no ``javascript:`` links from
    article metadata)."""
    if not url:
        return None
    scheme = url.split(":", 1)[0].strip().lower()
    return url if scheme in ("http", "https") and url[len(scheme) :].startswith("://") else None


def isolate_latin(text: str) -> Markup:
    """``text`` escaped, with each run of Latin script wrapped in ``<bdi>`` so it keeps its order
    inside right-to-left text."""
    out: list[str] = []
    pos = 0
    for match in _LATIN_RUN.finditer(text):
        out.append(str(escape(text[pos : match.start()])))
        out.append(f'<bdi dir="ltr">{escape(match.group())}</bdi>')
        pos = match.end()
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted stretch ``[start, end)`` of the clean text and how to draw it."""

    start: int
    end: int
    layer: int
    tag: str  # "span" or "a"
    css: str
    title: str = ""
    href: str | None = None
    badge: str = ""  # label shown at the end of the mark (already plain text)
    badge_href: str | None = None
    data: tuple[tuple[str, str], ...] = ()
    badge_ltr: bool = False  # an ISO date or other left-to-right value

    def open_tag(self, continued: bool = False) -> str:
        attrs = [f'class="{escape(self.css)}{" cont" if continued else ""}"']
        if self.href and self.tag == "a":
            attrs.append(f'href="{escape(self.href)}"')
        if self.title:
            attrs.append(f'title="{escape(self.title)}"')
        attrs.extend(f'data-{key}="{escape(value)}"' for key, value in self.data)
        return f"<{self.tag} {' '.join(attrs)}>"

    def close_tag(self, final: bool) -> str:
        badge = ""
        if final and self.badge:
            label = (
                f'<bdi dir="ltr">{escape(self.badge)}</bdi>' if self.badge_ltr else isolate_latin(self.badge)
            )
            if self.badge_href:
                badge = f'<a class="badge" href="{escape(self.badge_href)}">{label}</a>'
            else:
                badge = f'<span class="badge">{label}</span>'
        return f"{badge}</{self.tag}>"


def article_marks(
    article: Article,
    quote_ids: Mapping[int, str] | None = None,
    entity_links: Mapping[int, int] | None = None,
    speaker_links: Mapping[int, int] | None = None,
) -> list[Mark]:
    """Every highlight of ``article``: quotes, speaker mentions, cues, entities and dates.

    The maps take an index into ``article.quotes`` / ``article.entities`` to a store id: a quote's
    badge links to ``/quotes/{id}``, an entity to ``/entities/{id}``, a speaker to ``/speakers/{id}``.
    """
    quote_ids = quote_ids or {}
    entity_links = entity_links or {}
    speaker_links = speaker_links or {}
    marks: list[Mark] = []
    for index, q in enumerate(article.quotes):
        speaker = q.speaker
        name = speaker.name if speaker else "غير معروف"
        kind = QUOTE_KINDS.get(q.kind, q.kind)
        quote_id = quote_ids.get(index)
        badge_href = link("/quotes", quote_id) if quote_id else None
        if badge_href is None and index in speaker_links:
            badge_href = link("/speakers", str(speaker_links[index]))
        marks.append(
            Mark(
                q.start,
                q.end,
                QUOTE_LAYER,
                "span",
                f"quote quote-{q.kind}",
                title=f"{name} — {kind}، فعل القول: {q.cue.text}",
                badge=f"— {name}",
                badge_href=badge_href,
                data=(("kind", q.kind), ("speaker", name)),
            )
        )
        marks.append(Mark(q.cue.start, q.cue.end, INNER_LAYER, "span", "cue", title="فعل القول"))
        if speaker and speaker.mention and speaker.mention.end > speaker.mention.start:
            m = speaker.mention
            marks.append(Mark(m.start, m.end, SPEAKER_LAYER, "span", "speaker", title=f"المتحدث: {name}"))
    for index, e in enumerate(article.entities):
        label = ENTITY_LABELS.get(e.label, e.label)
        store_id = entity_links.get(index)
        details = [e.canonical or e.text, e.kind or "", e.role or "", e.nationality or ""]
        marks.append(
            Mark(
                e.start,
                e.end,
                INNER_LAYER,
                "a" if store_id is not None else "span",
                f"ent ent-{e.label}",
                title=" · ".join(d for d in details if d),
                href=link("/entities", str(store_id)) if store_id is not None else None,
                badge=label,
                data=(("label", e.label),),
            )
        )
    for d in article.dates:
        marks.append(
            Mark(
                d.start,
                d.end,
                INNER_LAYER,
                "span",
                "date",
                title=f"{d.value or '؟'} ({d.granularity})" + (f" — {d.hijri} هـ" if d.hijri else ""),
                badge=d.value or "تاريخ",
                badge_ltr=bool(d.value),
                data=(("value", d.value or ""),),
            )
        )
    return _drop_overlaps(marks)


def _drop_overlaps(marks: Iterable[Mark]) -> list[Mark]:
    """Within one layer marks must not overlap: keep the earliest, then the longest."""
    kept: list[Mark] = []
    last_end: dict[int, int] = {}
    for mark in sorted(marks, key=lambda m: (m.layer, m.start, -m.end)):
        if mark.end <= mark.start or mark.start < last_end.get(mark.layer, -1):
            continue
        kept.append(mark)
        last_end[mark.layer] = mark.end
    return sorted(kept, key=lambda m: (m.start, -m.end, m.layer))


def render_span(text: str, start: int, end: int, marks: Sequence[Mark]) -> Markup:
    """The HTML of ``text[start:end]`` with ``marks`` (sorted by start) clipped to it and nested;
    a mark crossing another is closed and reopened so the HTML stays well formed."""
    inside = [m for m in marks if m.start < end and m.end > start]
    boundaries = sorted(
        {start, end, *(max(m.start, start) for m in inside), *(min(m.end, end) for m in inside)}
    )
    out: list[str] = []
    stack: list[Mark] = []
    pending = sorted(inside, key=lambda m: (max(m.start, start), -m.end, m.layer))
    next_mark = 0
    for i, pos in enumerate(boundaries):
        # close what ends here, reopening anything above it that goes on
        if any(min(m.end, end) == pos for m in stack):
            reopen: list[Mark] = []
            while stack and any(min(m.end, end) == pos for m in stack):
                top = stack.pop()
                if min(top.end, end) == pos:
                    out.append(top.close_tag(final=top.end == pos))
                else:
                    out.append(top.close_tag(final=False))
                    reopen.append(top)
            for mark in reversed(reopen):
                out.append(mark.open_tag(continued=True))
                stack.append(mark)
        while next_mark < len(pending) and max(pending[next_mark].start, start) == pos:
            mark = pending[next_mark]
            next_mark += 1
            out.append(mark.open_tag(continued=mark.start < start))
            stack.append(mark)
        if i + 1 < len(boundaries):
            out.append(str(isolate_latin(text[pos : boundaries[i + 1]])))
    while stack:
        top = stack.pop()
        out.append(top.close_tag(final=top.end == end))
    return Markup("".join(out))


@dataclass(frozen=True, slots=True)
class RenderedBlock:
    """One paragraph or heading of an article, as safe HTML."""

    kind: str
    html: Markup


def render_article(
    article: Article,
    quote_ids: Mapping[int, str] | None = None,
    entity_links: Mapping[int, int] | None = None,
    speaker_links: Mapping[int, int] | None = None,
) -> list[RenderedBlock]:
    """The article's clean text, paragraph by paragraph, with every highlight drawn (the maps are
    those of :func:`article_marks`)."""
    marks = article_marks(article, quote_ids, entity_links, speaker_links)
    blocks = [(p.start, p.end, p.kind) for p in article.paragraphs]
    if not blocks:
        blocks = [(m.start(), m.end(), "paragraph") for m in re.finditer(r"[^\n]+", article.text)]
    rendered = []
    for start, end, kind in blocks:
        if article.text[start:end].strip():
            rendered.append(RenderedBlock(kind, render_span(article.text, start, end, marks)))
    return rendered


def render_snippet(text: str, terms: Sequence[tuple[int, int]]) -> Markup:
    """``text`` escaped with the ``[start, end)`` stretches in ``terms`` wrapped in ``<mark>``."""
    marks = [Mark(s, e, INNER_LAYER, "mark", "hit") for s, e in terms if 0 <= s < e <= len(text)]
    return render_span(text, 0, len(text), _drop_overlaps(marks))


def bar_chart(
    series: Sequence[tuple[str, int]],
    *,
    width: int = 640,
    height: int = 160,
    label: Callable[[str], str] = str,
    title: str = "",
) -> Markup:
    """An inline SVG bar chart of ``(period, count)`` pairs, oldest first, drawn left to right with
    the first, middle and last periods labelled; each bar carries a ``<title>`` tooltip."""
    if not series:
        return Markup('<p class="muted">لا بيانات بعد.</p>')
    top = max(count for _, count in series) or 1
    pad_x, pad_top, pad_bottom = 8, 18, 22
    plot_w, plot_h = width - 2 * pad_x, height - pad_top - pad_bottom
    step = plot_w / len(series)
    bar_w = max(1.0, step * 0.8)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" direction="ltr" '
        f'preserveAspectRatio="none" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">'
    ]
    if title:
        parts.append(f"<title>{escape(title)}</title>")
    parts.append(
        f'<line x1="{pad_x}" y1="{pad_top + plot_h}" x2="{width - pad_x}" '
        f'y2="{pad_top + plot_h}" class="axis"/>'
    )
    for i, (period, count) in enumerate(series):
        h = plot_h * count / top
        x = pad_x + i * step + (step - bar_w) / 2
        y = pad_top + plot_h - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" class="bar">'
            f"<title>{escape(label(period))}: {count}</title></rect>"
        )
    shown = sorted({0, len(series) // 2, len(series) - 1})
    for i in shown:
        x = pad_x + i * step + step / 2
        anchor = "start" if i == 0 and len(series) > 1 else "end" if i == len(series) - 1 else "middle"
        if len(series) == 1:
            anchor = "middle"
        parts.append(
            f'<text x="{x:.1f}" y="{height - 6}" text-anchor="{anchor}" class="tick">'
            f"{escape(label(series[i][0]))}</text>"
        )
    parts.append(f'<text x="{width - pad_x}" y="12" text-anchor="end" class="tick">الأعلى: {top}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
