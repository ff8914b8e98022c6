"""str → Clean: ruby, spaces, chrome, t2s, and the offset map back to the original."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from parsers.cleaning import (
    Mapped, chrome_ranges, clean, detect_script, line_chrome_reason, normalise_spaces,
    strip_pinyin_ruby, t2s_same_length, to_simplified,
)

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("seeds").glob("*.txt"))


def _ruby(text: str) -> str:
    return strip_pinyin_ruby(Mapped.identity(text)).text


def _spaces(text: str) -> str:
    return normalise_spaces(Mapped.identity(text)).text


# --- ruby -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("打擊電信網(wǎng)絡(luò)詐騙", "打擊電信網絡詐騙"),
        ("團(tuán)伙71個(gè)", "團伙71個"),
        ("略(lüè)有", "略有"),
        ("挽回?fù)p失", "挽回失"),  # remnant of a lost char, its stray trail byte too
        ("科普?qǐng)圖說", "科普圖說"),
        ("中新網(wǎng)鄭州電(記者劉鵬)記者", "中新網鄭州電(記者劉鵬)記者"),
        ("(以下简称“反诈骗中心”)", "(以下简称“反诈骗中心”)"),
        ("措施(1)落实", "措施(1)落实"),
        ("上线(new)功能", "上线(new)功能"),
        ("Beijing(běi) 北京", "Beijing(běi) 北京"),  # not after a CJK char
        ("中心(abc)", "中心(abc)"),  # no tone mark: not pinyin ruby
        ("是?吗)", "是?吗)"),
        # toneless ruby with a space after it, on a page that has several (realseventysix BZ07)
        ("部署雲(yun) 南省公安機關(guan) 與(yu) 緬甸執法部門", "部署雲南省公安機關與緬甸執法部門"),
        ("累計5萬(wan) 餘(yu) 名嫌疑人被移交我(wo) 方", "累計5萬餘名嫌疑人被移交我方"),
        ("上线(new)功能、中心(abc)和群(qun) 众", "上线(new)功能、中心(abc)和群(qun) 众"),  # one alone: no ruby
    ],
)
def test_strip_pinyin_ruby(raw: str, expected: str) -> None:
    assert _ruby(raw) == expected


# --- spaces ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("挽回损失517.87 万元", "挽回损失517.87万元"),
        ("共1 000起", "共1000起"),
        ("资金12\u00a0345\u3000元", "资金12345元"),
        ("上升208.96 % 和303.08% 。", "上升208.96% 和303.08% 。"),
        ("2019-07-11 19:44", "2019-07-11 19:44"),  # a time is not a thousands group
        ("版权所有\u00a0\u00a0主办单位", "版权所有  主办单位"),
        ("\u3000\u3000今年以来", "  今年以来"),
        ("甲\u2002乙\u2009丙", "甲 乙 丙"),
        ("\ufeff标题\u200b", "标题"),
        ("破获案件１２３起，上升５％", "破获案件123起，上升5%"),
        ("第一行\n\n第二行", "第一行\n\n第二行"),
        ("共 12 起", "共12起"),
        ("累计抓获5﹒3万余名", "累计抓获5.3万余名"),  # a mirror's small full stop as the decimal point
        ("第一﹒第二", "第一﹒第二"),  # not between digits: left alone
        # realeightyfour CH08's first sight: a mirror that spaces its numbers out on both sides
        ("涉案总金额高达 6000 余万元", "涉案总金额高达6000余万元"),
        ("共抓获 74 名犯罪嫌疑人", "共抓获74名犯罪嫌疑人"),
        ("来源:新华网 2020-01-01 10:20", "来源:新华网 2020-01-01 10:20"),  # a date keeps its space
        ("发布于 2021年5月", "发布于 2021年5月"),
        ("紧急止付38万元 3名嫌疑人落网", "紧急止付38万元 3名嫌疑人落网"),  # two headline parts
        # realeightyeight CL03's first sight: a circle typed for the numeral zero
        ("二○一七年全市刑事拘留数", "二〇一七年全市刑事拘留数"),
        ("二◯二◯年", "二〇二〇年"),
        ("○ 选项一", "○ 选项一"),  # a circle as a bullet: left alone
    ],
)
def test_normalise_spaces(raw: str, expected: str) -> None:
    assert _spaces(raw) == expected


# --- chrome ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("当前位置: 首页 > 栏目导航 > 新闻资讯", "navigation"),
        ("您现在的位置：首页>>警务动态", "navigation"),
        ("首页 > 公安要闻 > 正文", "navigation"),
        ("当前位置: 首页 > 2021-11-21专题 > 正文", "navigation"),  # a date with no time of day: no dateline
        ("首页 新闻 河南", "navigation"),
        ("不信谣不传谣 讲文明树新风 网络安全", "navigation"),
        ("返回首页", "navigation"),
        ("【返回顶部】", "navigation"),
        ("友情链接:", "navigation"),
        ("【打印本页】【关闭窗口】", "navigation"),
        ("版权所有:某市公安局  主办单位:某市公安局  电话:2030110", "copyright"),
        ("豫ICP备12345678号  豫公网安备 41010502000123号", "copyright"),
        ("网站标识码:4101000001", "copyright"),
        ("Copyright © 2021 某某网 All Rights Reserved", "copyright"),
        ("责任编辑:宋东风", "editor"),
        ("责编:李悠扬", "editor"),
        ("（编辑：王五）", "editor"),
        ("发送短信 abc 10658300 即可订阅《某某手机报》,每天1毛钱", "advert"),
        ("下载 (1).jpg", "image"),
        ("微信图片_20200828.JPEG", "image"),
        ("戳图了解", "caption"),
        ("分享到:", "share"),
        ("微信 微博 QQ空间", "share"),
        ("点击次数:190", "counter"),
        ("主站蜘蛛池模板: 庆元县| 山阳县| 高唐县| 浙江省", "spam"),
        ("东城区| 西城区| 朝阳区| 海淀区| 丰台区| 石景山区|", "spam"),
    ],
)
def test_chrome_lines_are_recognised(line: str, reason: str) -> None:
    assert line_chrome_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "河南郑州半年打掉电信网络诈骗团伙71个",
        "2019-07-11 19:44来源:国家应急广播网综合",
        "2020-03-09 15:27来源:大河客户端 责任编辑:宋东风",  # dateline carrying an editor: kept
        "责任编辑:杨眉 2022-01-11 15:29:47 来源:中新社",  # an editor line carrying the dateline: kept
        "今年以来，全市共破获电信网络诈骗案件207起，抓获犯罪嫌疑人262名。",
        "多警联动 严打涉疫诈骗犯罪",
        "上下贯通 多警联动 新区公安局破获「5·03」集资认购充电宝电信网络诈骗案",
        "相关焦点",
        "• 1至7月 兰州市破获电诈案585起",
        "大河报·大河客户端记者 李联胜 通讯员 谷剑冰 陈彦利",
        "民警提醒：不要点击陌生链接，编辑短信时注意核实。",
        "某地 2020年 破案 120起 | 抓获 30人",
        "涉案金额>1万元的案件,受害人>10人的案件",
        "分享到: 发布时间:2020-7-17 09:40",  # a share bar holding the page's own date
        # realonehundrednine DH07's first sight: a breadcrumb holding the page's only dateline
        "当前位置:某某网>资讯 > 国内 > 正文  2021-11-21 16:49:27 来源:某某新闻客户端",
    ],
)
def test_content_lines_are_kept(line: str) -> None:
    assert line_chrome_reason(line) is None


PAGE = """首页 新闻 河南
某地警方破获电诈案件24起

2020-03-09 15:27 来源:某某客户端
发送短信 abc 10658300 即可订阅《某某手机报》,每天1毛钱。

正文第一段，共破获案件24起。

责任编辑:张三

查看心情排行你看到此篇文章的感受是:

  • 点赞

  • 高兴

  • 标题党

版权声明:

1.凡本网注明“来源:某某网”的所有作品,均为本网合法拥有版权。

某某报业集团法律顾问单位:某律师事务所

2.凡本网注明“来源:XXX”的作品,均转载自其他媒体。

返回首页
相关新闻
返回顶部
主站蜘蛛池模板: 庆元县| 山阳县| 高唐县| 浙江省| 蓝山县| 随州市|
"""


def test_chrome_regions_dropped_body_and_related_heading_kept() -> None:
    c = clean(PAGE)
    assert c.text.splitlines()[0] == "某地警方破获电诈案件24起"
    assert "2020-03-09 15:27来源:某某客户端" in c.text
    assert "正文第一段，共破获案件24起。" in c.text
    assert "相关新闻" in c.text.splitlines()
    for junk in ["首页", "订阅", "张三", "心情", "点赞", "标题党", "版权", "律师", "转载", "返回", "蜘蛛池", "庆元县"]:
        assert junk not in c.text, junk
    reasons = {r for _, _, r in c.dropped}
    assert {"navigation", "advert", "editor", "mood", "copyright", "spam"} <= reasons
    for start, end, _ in c.dropped:
        assert PAGE[start:end].strip()  # dropped ranges point at real original text


def test_mood_region_ends_at_long_line() -> None:
    text = "查看心情排行\n• 点赞\n• 高兴\n今年以来共破获案件12起，抓获嫌疑人5名。\n"
    kept = [text[s:e] for s, e, _ in chrome_ranges(text)]
    assert kept == ["查看心情排行\n", "• 点赞\n", "• 高兴\n"]


# --- Traditional → Simplified ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    ["蘭州警方破獲電詐現案585起", "網際網路 原始碼 著力 乾淨 後來 裡面", "臺灣 雲端 於是 併案", "鬱鬱蔥蔥 瞭解 髮型"],
)
def test_t2s_preserves_length(text: str) -> None:
    out = t2s_same_length(text)
    assert len(out) == len(text)
    assert to_simplified(Mapped.identity(text)).text == out


def test_t2s_converts() -> None:
    assert t2s_same_length("蘭州市公安局凍結資金") == "兰州市公安局冻结资金"


def test_t2s_maps_variants_opencc_leaves() -> None:
    # 陜 (U+965C) on gov.cn's Big5 gateway: OpenCC keeps it, and 陜西省 names no province
    assert t2s_same_length("陜西省出重拳打擊電信詐騙") == "陕西省出重拳打击电信诈骗"
    # 畱 (realfortyseven AW02): 61名詐騙犯罪嫌疑人被刑事拘畱
    assert t2s_same_length("61名詐騙犯罪嫌疑人被刑事拘畱") == "61名诈骗犯罪嫌疑人被刑事拘留"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("蘭州", "traditional"),
        ("國", "traditional"),
        ("兰州", "simplified"),
        ("", "simplified"),
        ("ABC 123", "simplified"),
        ("今年以来，全市公安机关共破获电信网络诈骗案件207起。" * 20, "simplified"),
        ("今年以來，全市公安機關共破獲電信網絡詐騙案件207起。" * 20, "traditional"),
        # Simplified article quoting one Traditional name stays simplified.
        ("今年以来，全市公安机关共破获电信网络诈骗案件207起，抓获嫌疑人262名。" * 10 + "臺灣", "simplified"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


# --- offset map -----------------------------------------------------------------------------

def _retransform(fragment: str) -> str:
    m = Mapped.identity(fragment)
    for step in (strip_pinyin_ruby, normalise_spaces, to_simplified):
        m = step(m)
    return m.text


def _check_map(c) -> None:
    assert len(c.to_original) == len(c.text) + 1
    assert c.to_original[-1] == len(c.original)
    assert all(a < b for a, b in zip(c.to_original, c.to_original[1:]))


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_offset_map_round_trips_on_seeds(seed: Path) -> None:
    original = seed.read_text(encoding="utf-8")
    c = clean(original)
    _check_map(c)
    rng = random.Random(seed.stem)
    lines = [m.span() for m in re.finditer(r"[^\n]+", c.text)]
    for _ in range(300):
        ls, le = rng.choice(lines)
        start = rng.randrange(ls, le)
        end = rng.randrange(start + 1, min(le, start + 40) + 1)
        s, e = c.original_span(start, end)
        # (spaces compared apart: a gap closed before a figure and its unit depends on the unit,
        # which a fragment may cut off — 案件 3|名)
        assert _unspaced(_retransform(original[s:e])) == _unspaced(c.text[start:end])


def _unspaced(text: str) -> str:
    return re.sub(r"\s+", "", text)


SYNTHETIC = [
    "網(wǎng)絡(luò)詐騙\r團(tuán)伙共計1 000個(gè)，涉案517.87 萬(wàn)元。",
    "首頁 新聞\n\n標題(記者劉鵬)\n\n責任編輯:某\n",
    "\ufeff\u3000\u3000正文（1）",
]


@pytest.mark.parametrize("text", SYNTHETIC)
def test_offset_map_every_char(text: str) -> None:
    c = clean(text)
    _check_map(c)
    for i, ch in enumerate(c.text):
        src = c.original[c.to_original[i]]
        assert _retransform(src) in (ch, "") or ch == " "
    assert c.original_span(0, 0) == (c.to_original[0], c.to_original[0])
    if c.text:
        s, e = c.original_span(0, len(c.text))
        assert e == c.to_original[len(c.text) - 1] + 1


def test_original_span_rejects_out_of_range() -> None:
    with pytest.raises(IndexError):
        clean("甲乙").original_span(1, 5)


# --- seeds and speed ------------------------------------------------------------------------

def test_clean_handles_a_large_file() -> None:
    # Behaviour only: how long it takes is measured by bench/clean_speed.py (CPU seconds
    # against a floor), never asserted here, because a busy CI machine is no slower in kind.
    chunk = "蘭州市公安局破獲電詐案件585起(qǐ)，凍結資金517.87 萬元。\n首頁 新聞 河南\n"
    big = chunk * (2_000_000 // len(chunk))
    c = clean(big)
    assert "首页" not in c.text and "兰州市公安局" in c.text
    assert len(c.to_original) == len(c.text) + 1 and c.to_original[-1] == len(big)
