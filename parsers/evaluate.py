"""Score parser output against a gold file and count the errors by kind.

    python -m parsers evaluate GOLD.json TEXTS_DIR [--verbose]   (or python -m parsers.evaluate …)

GOLD.json has the shape of ``corpus/realdev/gold.json`` (``{"docs": [{"doc_id", "published",
"facts": [...], "campaigns": [...]}]}``); TEXTS_DIR holds ``<doc_id>.txt``. Each text is parsed
in this process (``pipeline.parse_path``) and scored with the same matching rule as the shared
scorer: a predicted fact matches a gold fact of the same document when metric, province and city
are equal and the value is within 0.5 %; predictions are first de-duplicated on
(metric, value, province, city, county); ``other`` facts are not scored.

Errors are counted by kind, so a change can be judged by what it fixes and what it breaks:

- ``region_wrong``   a prediction and a gold fact agree on metric and value, not on region;
- ``metric_wrong``   they agree on value and region, not on metric;
- ``missed``         any other gold fact with no prediction;
- ``spurious``       any other prediction with no gold fact;
- ``period_missing`` a matched fact whose gold has a period and whose prediction has none;
- ``period_wrong``   a matched fact whose predicted period differs from a gold period.

The result (``Score``) keeps P/R/F1, period and campaign accuracy, published-date accuracy,
bad evidence spans and the error lines, each naming the document.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from parsers.records import METRICS

_CORE = frozenset(m for m in METRICS if m != "other")
_CASE_DOTS = str.maketrans({".": "·", "．": "·", "・": "·", "•": "·"})


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    period_n: int = 0
    period_ok: int = 0
    campaign_tp: int = 0
    campaign_fp: int = 0
    campaign_fn: int = 0
    published_n: int = 0
    published_ok: int = 0
    span_bad: int = 0
    kinds: Counter = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def facts(self) -> tuple[float, float, float]:
        return self._f1(self.tp, self.fp, self.fn)

    @property
    def campaigns(self) -> tuple[float, float, float]:
        return self._f1(self.campaign_tp, self.campaign_fp, self.campaign_fn)

    @property
    def period_acc(self) -> float:
        return self.period_ok / self.period_n if self.period_n else 1.0

    @property
    def published_acc(self) -> float:
        return self.published_ok / self.published_n if self.published_n else 1.0

    def report(self) -> str:
        p, r, f = self.facts
        cp, cr, cf = self.campaigns
        out = [f"facts: precision {p:.3f} recall {r:.3f} F1 {f:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})",
               f"periods right on matched facts: {self.period_acc:.3f} ({self.period_ok}/{self.period_n})",
               f"campaigns: precision {cp:.3f} recall {cr:.3f} F1 {cf:.3f}",
               f"published dates right: {self.published_acc:.3f} ({self.published_ok}/{self.published_n})",
               f"evidence spans that do not match the text: {self.span_bad}",
               "errors by kind:"]
        for kind in ("region_wrong", "metric_wrong", "missed", "spurious", "period_missing", "period_wrong"):
            out.append(f"  {kind:<15}{self.kinds.get(kind, 0):>4}")
        return "\n".join(out)


def _close(a, b) -> bool:
    if a is None or b is None:
        return False
    return abs(float(a) - float(b)) <= 0.005 * max(abs(float(b)), 1.0)


def _norm_campaign(name: str | None) -> str:
    keep = "".join(ch for ch in (name or "") if ch not in " \t\n“”\"'‘’「」『』《》()（）【】")
    return "".join(ch.translate(_CASE_DOTS) if 0 < i < len(keep) - 1 and keep[i - 1].isdigit()
                   and keep[i + 1].isdigit() else ch for i, ch in enumerate(keep))


def _region(f: dict) -> str:
    return f"{f.get('province')}/{f.get('city')}"


def score_doc(gold: dict, pred: dict, original: str | None, out: Score) -> None:
    """Add one document's comparison to ``out`` (same rules as the shared scorer)."""
    did = gold["doc_id"]
    if "published" in gold:
        out.published_n += 1
        if pred.get("published") == gold["published"]:
            out.published_ok += 1
        else:
            out.lines.append(f"[{did}] PUBLISHED got {pred.get('published')} want {gold['published']}")
    for f in pred.get("facts") or []:
        s, e = f.get("span") or (0, 0)
        if original is None or original[s:e] != f.get("evidence"):
            out.span_bad += 1
            out.lines.append(f"[{did}] SPAN {f.get('metric')} {s}:{e}")
    seen, preds = set(), []
    for f in pred.get("facts") or []:
        if f.get("metric") not in _CORE:
            continue
        key = (f["metric"], round(float(f.get("value") or 0), 2), f.get("province"), f.get("city"),
               f.get("county"))
        if key not in seen:
            seen.add(key)
            preds.append(f)
    gold_left = list(gold.get("facts") or [])
    unmatched = []
    for f in preds:
        hit = next((g for g in gold_left if g["metric"] == f["metric"] and _close(f.get("value"), g["value"])
                    and g.get("province") == f.get("province") and g.get("city") == f.get("city")), None)
        if hit is None:
            unmatched.append(f)
            continue
        gold_left.remove(hit)
        out.tp += 1
        if hit.get("period_start") or hit.get("period_end"):
            out.period_n += 1
            if (f.get("period_start"), f.get("period_end")) == (hit.get("period_start"), hit.get("period_end")):
                out.period_ok += 1
            else:
                kind = "period_missing" if not (f.get("period_start") or f.get("period_end")) else "period_wrong"
                out.kinds[kind] += 1
                out.lines.append(f"[{did}] {kind.upper()} {f['metric']} {f.get('value')}: got "
                                 f"{f.get('period_start')}..{f.get('period_end')} want "
                                 f"{hit.get('period_start')}..{hit.get('period_end')}  «{hit.get('evidence', '')[:50]}»")
    out.fp += len(unmatched)
    out.fn += len(gold_left)
    for f in unmatched:
        same_value = [g for g in gold_left if _close(f.get("value"), g["value"])]
        region = next((g for g in same_value if g["metric"] == f["metric"]), None)
        metric = next((g for g in same_value if _region(g) == _region(f)), None)
        if region is not None:
            gold_left.remove(region)
            out.kinds["region_wrong"] += 1
            out.lines.append(f"[{did}] REGION {f['metric']} {f.get('value')}: got {_region(f)} want "
                             f"{_region(region)}  «{(f.get('evidence') or '')[:50]}»")
        elif metric is not None:
            gold_left.remove(metric)
            out.kinds["metric_wrong"] += 1
            out.lines.append(f"[{did}] METRIC {f.get('value')} {_region(f)}: got {f['metric']} want "
                             f"{metric['metric']}  «{(f.get('evidence') or '')[:50]}»")
        else:
            out.kinds["spurious"] += 1
            out.lines.append(f"[{did}] SPURIOUS {f['metric']} {f.get('value')} {_region(f)}  "
                             f"«{(f.get('evidence') or '')[:50]}»")
    for g in gold_left:
        out.kinds["missed"] += 1
        out.lines.append(f"[{did}] MISSED {g['metric']} {g['value']} {_region(g)}  «{g.get('evidence', '')[:50]}»")
    gold_names = {_norm_campaign(c["name"]) for c in gold.get("campaigns") or []}
    pred_names = {_norm_campaign(c.get("name")) for c in pred.get("campaigns") or []}

    def found(name: str, pool: set[str]) -> bool:
        return any(name == o or (len(o) >= 2 and (o in name or name in o)) for o in pool)

    for name in pred_names:
        if any(name == g or (len(g) >= 2 and (g in name or name in g)) for g in gold_names):
            out.campaign_tp += 1
        else:
            out.campaign_fp += 1
            out.lines.append(f"[{did}] CAMPAIGN spurious {name}")
    for name in gold_names:
        if not found(name, pred_names):
            out.campaign_fn += 1
            out.lines.append(f"[{did}] CAMPAIGN missed {name}")


def evaluate(gold_path: Path, texts_dir: Path) -> Score:
    """Parse every gold document's text and score it. Raises OSError for an unreadable gold file."""
    from parsers.pipeline import parse_path

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    out = Score()
    for g in gold["docs"]:
        path = Path(texts_dir) / f"{g['doc_id']}.txt"
        if not path.exists():
            out.lines.append(f"[{g['doc_id']}] text missing: {path.name}")
            score_doc(g, {}, None, out)
            continue
        doc = parse_path(path)
        original = doc.original_text
        score_doc(g, doc.to_json(), original, out)
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    result = evaluate(Path(args[0]), Path(args[1]))
    if "--verbose" in argv:
        print("\n".join(result.lines))
    print(result.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
