"""The page list, in one place so other editions can extend it.

Public pages come from PUBLIC_PAGES; another module (briefing screen, internal edition) adds
its own PageSpecs under a section name: build_navigation(lang, {"内部": [PageSpec(...)]}).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import streamlit as st

from dashboard.i18n import t


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to app.py
    url_path: str
    title_key: str  # i18n key, or a literal title when the key is unknown
    # Material icons would also become the favicon, which Streamlit fetches from
    # fonts.gstatic.com; the app must not touch the network, so pages have none by default.
    icon: str | None = None
    default: bool = False


PUBLIC_PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard/pages/overview.py", "overview", "page_overview", default=True),
    PageSpec("dashboard/pages/map.py", "map", "page_map"),
    PageSpec("dashboard/pages/money.py", "money", "page_money"),
    PageSpec("dashboard/pages/campaigns.py", "campaigns", "page_campaigns"),
    PageSpec("dashboard/pages/evidence.py", "evidence", "page_evidence"),
)


def to_page(spec: PageSpec, lang: str) -> st.Page:
    return st.Page(spec.path, title=t(spec.title_key, lang), icon=spec.icon,
                   url_path=spec.url_path, default=spec.default)


def build_navigation(
    lang: str,
    extra_sections: Mapping[str, Sequence[PageSpec]] | None = None,
    public: Sequence[PageSpec] = PUBLIC_PAGES,
) -> list[st.Page] | dict[str, list[st.Page]]:
    """What st.navigation takes: a flat list, or sections when other editions add pages."""
    pages = [to_page(spec, lang) for spec in public]
    if not extra_sections:
        return pages
    sections = {t("app_title", lang): pages}
    for name, specs in extra_sections.items():
        sections[name] = [to_page(spec, lang) for spec in specs]
    return sections
