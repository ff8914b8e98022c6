"""The real pages shipped with the app (corpus/) reach the dataset with their addresses."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

from dashboard import data
from parsers.cache import build_cache

REPO = Path(__file__).resolve().parent.parent


def test_corpus_folders_are_part_of_the_default_dataset() -> None:
    dirs = data.corpus_dirs()
    assert [d.parent.name for d in dirs] == ["realblind", "realdev", "realeight", "realeighteen", "realeighty", "realeightyeight", "realeightyfive", "realeightyfour", "realeightynine", "realeightyone", "realeightyseven", "realeightysix", "realeightythree", "realeightytwo", "realeleven", "realfifteen", "realfifty", "realfiftyeight", "realfiftyfive", "realfiftyfour", "realfiftynine", "realfiftyone", "realfiftyseven", "realfiftysix", "realfiftythree", "realfiftytwo", "realfive", "realforty", "realfortyeight", "realfortyfive", "realfortyfour", "realfortynine", "realfortyone", "realfortyseven", "realfortysix", "realfortythree", "realfortytwo", "realfour", "realfourteen", "realnine", "realnineteen", "realninety", "realninetyeight", "realninetyfive", "realninetyfour", "realninetynine", "realninetyone", "realninetyseven", "realninetysix", "realninetythree", "realninetytwo", "realonehundred", "realonehundredeight", "realonehundredeleven", "realonehundredfive", "realonehundredfour", "realonehundrednine", "realonehundredone", "realonehundredseven", "realonehundredsix", "realonehundredten", "realonehundredthree", "realonehundredtwo", "realset", "realseven", "realseventeen", "realseventy", "realseventyeight", "realseventyfive", "realseventyfour", "realseventynine", "realseventyone", "realseventyseven", "realseventysix", "realseventythree", "realseventytwo", "realsix", "realsixteen", "realsixty", "realsixtyeight", "realsixtyfive", "realsixtyfour", "realsixtynine", "realsixtyone", "realsixtyseven", "realsixtysix", "realsixtythree", "realsixtytwo", "realten", "realthirteen", "realthirty", "realthirtyeight", "realthirtyfive", "realthirtyfour", "realthirtynine", "realthirtyone", "realthirtyseven", "realthirtysix", "realthirtythree", "realthirtytwo", "realtwelve", "realtwenty", "realtwentyeight", "realtwentyfive", "realtwentyfour", "realtwentynine", "realtwentyone", "realtwentyseven", "realtwentysix", "realtwentythree", "realtwentytwo"]
    assert sum(1 for d in dirs for _ in d.glob("*.txt")) == 1540


def test_cached_documents_carry_their_page_address(tmp_path) -> None:
    source = REPO / "corpus" / "realdev"
    texts = tmp_path / "realdev" / "texts"
    texts.mkdir(parents=True)
    for name in ("A01.txt", "B03.txt"):
        shutil.copy(source / "texts" / name, texts / name)
    shutil.copy(source / "sources.tsv", tmp_path / "realdev" / "sources.tsv")
    build_cache([texts], tmp_path / "cache")
    docs = data.load(tmp_path / "cache").documents.set_index("doc_id")
    with open(source / "sources.tsv", encoding="utf-8") as fh:
        expected = {row["file"][:-4]: row["url"] for row in csv.DictReader(fh, delimiter="\t")}
    assert docs.loc["A01", "url"] == expected["A01"]
    assert docs.loc["B03", "url"] == expected["B03"]
