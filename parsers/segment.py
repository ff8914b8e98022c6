"""Word segmentation with a private jieba tokenizer that knows fraud-policing vocabulary.

The tokenizer is private (not jieba's global one) so that adding place names and domain terms
here never changes segmentation elsewhere in the process, and vice versa.

HMM is OFF. jieba's HMM guesses new words from runs of single characters; that guess is
what glues a short place name to its neighbour (石首两 / 尉氏等) or splits an unknown outlet
name into a place plus a character. With HMM off segmentation comes only from dictionaries
we control (jieba's, parsers/data/domain_dict.txt, the lexicon's words and the gazetteer's names), so it is
deterministic and a name is a token exactly when the dictionary says it can be one.

Dictionary state: parsers.gazetteer adds every division name when it loads; call
parsers.gazetteer.load_gazetteer() first if place-aware tokens matter to you.
"""
from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import marshal
import re
import threading
import zlib
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import accumulate
from math import log
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from parsers import lexicon, localcache

if TYPE_CHECKING:
    import jieba

DOMAIN_DICT = "domain_dict.txt"
USE_HMM = False

_lock = threading.RLock()
# The private dictionary: a _Dictionary read from the state cache, or a jieba.Tokenizer
# (built, or asked for by _get_tokenizer). jieba itself (~0.1 s to import, with
# pkg_resources) is imported only when the dictionary is built or changed.
_tokenizer: _Dictionary | jieba.Tokenizer | None = None
# add_words calls made before the tokenizer was needed: the dictionary is built (or read
# from the state cache) when the first text is cut, with all of them in it. The lexicon's
# verbs and objects come first, so that each (制止支付, 全额止付, 捣破, 起获 …) is one token
# and the metric rules, which match whole tokens, see it.
_pending: list[tuple[str, ...]] = [lexicon.DOMAIN_WORDS]

# The state cache (a file in parsers.localcache's folder): the private dictionary as it
# stands when the first text is cut (jieba's words + domain_dict.txt + the words of every
# add_words call made before: the place names), so a fresh process reads one file instead of loading jieba's cache and adding ~5,000
# words. The file's name and its contents carry a key over everything the dictionary is
# made from; a file that is missing, damaged or for another key is rebuilt and rewritten.
# Format 2 holds the dictionary as a _FrozenFreq table, looked up where it lies: format 1's
# marshalled dict of ~500,000 words took ~0.25 s CPU to read back in every process, and a
# run of 1,000 bulletins looks up only ~31,000 fragments in it (the cut's trie learns each once).
STATE_FORMAT = 2
_STATE_PREFIX = "tokenizer-"
_STATE_KEEP = 4  # state files of other keys kept (tests and the app may add other words)


def _cache_folder() -> Path | None:
    return localcache.folder()


def _cache_file() -> str:
    """jieba's own cache (its dictionary only), named by that dictionary's content; "" when
    there is no folder (jieba then fails to dump it, logs (silenced) and carries on)."""
    folder = _cache_folder()
    return str(folder / f"jieba-{_jieba_hash()[:16]}.cache") if folder else ""


class _Dictionary:
    """The dictionary as read from the state cache: all a cut needs (jieba's FREQ and total)."""

    def __init__(self, freq: Mapping[str, int], total: int) -> None:
        self.FREQ, self.total = freq, total


class _FrozenFreq(Mapping[str, int]):
    """jieba's FREQ (word → frequency, 0 for a prefix that is no word) as an open-addressing
    hash table over flat arrays: reading it back is a few memory copies instead of making
    half a million str objects and dict entries. A lookup costs 1-4 us (a dict's is ~0.1 us),
    which the cut pays once per fragment it learns: ~0.1 s in a run of 1,000 bulletins,
    against ~0.21 s saved at every start.

    table: (words, offsets, freqs, slots) — every word joined into one str, word i being
    words[offsets[i]:offsets[i + 1]]; its frequency freqs[i]; slots (a power of two long,
    at most half full) holds i + 1 at the first free place from crc32(word) onwards, 0 where
    empty. The hash is crc32 of the UTF-8 bytes, not hash(): that one differs per process."""

    def __init__(self, table: tuple[str, bytes, bytes, bytes]) -> None:
        words, offsets, freqs, slots = table
        self._words = words
        self._offsets, self._freqs, self._slots = array("I"), array("q"), array("I")
        self._offsets.frombytes(offsets)
        self._freqs.frombytes(freqs)
        self._slots.frombytes(slots)
        self._mask = len(self._slots) - 1
        n = len(self._freqs)
        if (len(self._offsets) != n + 1 or self._offsets[-1] != len(words) or len(self._slots) < 2 * n
                or len(self._slots) & self._mask):
            raise ValueError("inconsistent frequency table")

    @staticmethod
    def table(freq: Mapping[str, int]) -> tuple[str, bytes, bytes, bytes]:
        """The (words, offsets, freqs, slots) of a word → frequency mapping."""
        words = list(freq)
        offsets, freqs = array("I", [0]), array("q")
        for word in words:
            offsets.append(offsets[-1] + len(word))
            freqs.append(freq[word])
        size = 2
        while size < 2 * len(words):
            size *= 2
        mask, slots = size - 1, array("I", bytes(4 * size))
        for i, word in enumerate(words):
            h = zlib.crc32(word.encode("utf-8", "surrogatepass")) & mask
            while slots[h]:
                h = (h + 1) & mask
            slots[h] = i + 1
        return "".join(words), offsets.tobytes(), freqs.tobytes(), slots.tobytes()

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        slots, offsets, mask = self._slots, self._offsets, self._mask
        h = zlib.crc32(word.encode("utf-8", "surrogatepass")) & mask
        while i := slots[h]:
            if self._words[offsets[i - 1]:offsets[i]] == word:
                return self._freqs[i - 1]
            h = (h + 1) & mask
        return default

    def __getitem__(self, word: str) -> int:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self._freqs)

    def __iter__(self) -> Iterator[str]:
        words, offsets = self._words, self._offsets
        return (words[offsets[i]:offsets[i + 1]] for i in range(len(self._freqs)))

    def items(self) -> Iterator[tuple[str, int]]:  # type: ignore[override]
        return zip(self, self._freqs)  # in table order, without a lookup per word


def _jieba() -> ModuleType:
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)  # silence "Building prefix dict…"
    return jieba


def _jieba_folder() -> Path:
    """jieba's package folder, found without importing it."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("jieba is not installed")
    return Path(list(spec.submodule_search_locations)[0])


@functools.lru_cache(maxsize=1)
def _jieba_hash() -> str:
    """jieba's code (its __init__.py: __version__, the dictionary loading, add_word and
    suggest_freq) and its dictionary's bytes."""
    folder = _jieba_folder()
    digest = hashlib.sha256((folder / "__init__.py").read_bytes())
    digest.update(b"\0" + (folder / "dict.txt").read_bytes())
    return digest.hexdigest()


def _state_key(pending: list[tuple[str, ...]]) -> str:
    """Hash of what the dictionary is made from: the state format, jieba's version (its code)
    and its dictionary's bytes, domain_dict.txt's bytes and the words of each add_words call."""
    digest = hashlib.sha256()
    for part in (f"format {STATE_FORMAT}", _jieba_hash()):
        digest.update(part.encode() + b"\0")
    digest.update((Path(__file__).parent / "data" / DOMAIN_DICT).read_bytes() + b"\0")
    for words in pending:
        digest.update(b"\1" + "\0".join(words).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _state_path(folder: Path, key: str) -> Path:
    return folder / f"{_STATE_PREFIX}{key[:32]}.marshal"


def _load_state(path: Path, key: str) -> tuple[Mapping[str, int], int] | None:
    """(FREQ, total) from a state file written for `key`; None when it is missing, damaged
    or for another key."""
    raw = localcache.read(path)
    try:
        data = marshal.loads(raw) if raw else None  # loads(bytes): marshal.load(file) is 3x slower
    except (EOFError, ValueError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 4 and data[0] == STATE_FORMAT and data[1] == key
            and isinstance(data[2], tuple) and len(data[2]) == 4 and isinstance(data[2][0], str)
            and all(isinstance(part, bytes) for part in data[2][1:])
            and isinstance(data[3], int) and data[3] > 0):
        return None
    try:
        return _FrozenFreq(data[2]), data[3]
    except ValueError:  # arrays of the wrong size or length
        return None


def _save_state(folder: Path, key: str, freq: Mapping[str, int], total: int) -> None:
    """Write atomically and keep only the few newest states of other keys."""
    data = (STATE_FORMAT, key, _FrozenFreq.table(freq), total)
    localcache.write(_state_path(folder, key), marshal.dumps(data), _STATE_KEEP)


def _read_domain_dict() -> list[tuple[str, int | None, str | None]]:
    """Parse domain_dict.txt ("word [freq] [tag]", '#' comments allowed)."""
    text = (Path(__file__).parent / "data" / DOMAIN_DICT).read_text(encoding="utf-8")
    entries: list[tuple[str, int | None, str | None]] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        freq = int(parts[1]) if len(parts) > 1 else None
        tag = parts[2] if len(parts) > 2 else None
        entries.append((parts[0], freq, tag))
    return entries


def _add_to(tokenizer: jieba.Tokenizer, words: Iterable[str]) -> bool:
    added = False
    for word in words:
        if word and tokenizer.FREQ.get(word, 0) <= 0:
            tokenizer.add_word(word)
            added = True
    return added


def _build_tokenizer(pending: list[tuple[str, ...]]) -> jieba.Tokenizer:
    """jieba's dictionary, then domain_dict.txt, then the words of each add_words call."""
    tokenizer = _jieba().Tokenizer()
    tokenizer.cache_file = _cache_file() or None
    tokenizer.initialize()
    for word, freq, tag in _read_domain_dict():
        tokenizer.add_word(word, freq, tag)
    for words in pending:
        _add_to(tokenizer, words)
    return tokenizer


def _dictionary() -> _Dictionary | jieba.Tokenizer:
    """The private dictionary, made (from the state cache when it can) at the first call."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            folder, key = _cache_folder(), _state_key(_pending)
            state = _load_state(_state_path(folder, key), key) if folder else None
            if state is not None:
                _tokenizer = _Dictionary(*state)
            else:
                tokenizer = _build_tokenizer(_pending)
                if folder:
                    _save_state(folder, key, tokenizer.FREQ, tokenizer.total)
                _tokenizer = tokenizer
            _pending.clear()
        return _tokenizer


def _get_tokenizer() -> jieba.Tokenizer:
    """The private dictionary as a jieba.Tokenizer (needed to add words; tests cut with it)."""
    global _tokenizer
    with _lock:
        dictionary = _dictionary()
        if isinstance(dictionary, _Dictionary):
            tokenizer = _jieba().Tokenizer()
            tokenizer.FREQ, tokenizer.total = dict(dictionary.FREQ.items()), dictionary.total  # jieba adds to it
            tokenizer.initialized = True
            _tokenizer = tokenizer
        return _tokenizer  # type: ignore[return-value]


def add_words(words: Iterable[str]) -> None:
    """Add words to the private dictionary. Each gets the smallest frequency that still makes
    it win over its own split (jieba's suggest_freq), so a name is cut out as one token
    without stealing characters from more common neighbouring words (合作市场 → 合作/市场)."""
    with _lock:
        if _tokenizer is None:
            _pending.append(tuple(words))  # added in this order when the dictionary is made
            return
        words = [w for w in words if w and _tokenizer.FREQ.get(w, 0) <= 0]
        if words and _add_to(_get_tokenizer(), words):
            _tokenize_cached.cache_clear()
            _reset_trie()


def load_dictionary() -> None:
    """Make the dictionary now (from the state cache when it can) rather than at the first cut."""
    _dictionary()


# jieba's own block and space patterns (jieba.re_han_default, re_skip_default, re_eng, as
# in jieba 0.42.1; tests/test_segment_cache.py checks they are still jieba's), so blocks are
# cut exactly where jieba cuts them without importing jieba
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)
_RE_ENG = re.compile("[a-zA-Z0-9]", re.U)
_ENG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # what _RE_ENG matches


# What the cut knows of the dictionary, learnt as fragments are met: a trie keyed by one
# character at a time. An entry is (score, children): score = log(freq) - logtotal for a
# word, None for a prefix of words only; _ABSENT (children None) for neither. Walking it
# looks up single characters (each hashed once per block) instead of slicing and hashing
# every fragment, and the hot loop calls no log().
_ABSENT: tuple[None, None] = (None, None)
# the score of a prefix that is no word: NaN, so that lp + score[i + 1] >= best is never
# true for it and the hot loop needs no test of its own (see _cut_block)
_PREFIX_ONLY = float("nan")
_NO_SCORE = float("-inf")
_TRIE: dict[str, tuple[float | None, dict | None]] = {}
_TRIE_SIZE = 1 << 18  # entries learnt before the trie is dropped (~30 MB); 1000 bulletins learn ~30k
_trie_state = [0.0, 0]  # the dictionary total the trie was learnt under, entries learnt


def _learn(node: dict, char: str, frag: str, freq: dict[str, int], logtotal: float) -> tuple:
    f = freq.get(frag)
    entry = _ABSENT if f is None else (log(f) - logtotal if f else _PREFIX_ONLY, {})
    node[char] = entry
    _trie_state[1] += 1
    return entry


# char → log(freq or 1) - logtotal: the score of a character that starts no word of the
# dictionary (digits, most Latin letters and symbols), learnt with the trie and dropped with it
_LONE: dict[str, float] = {}


def _reset_trie(total: float = 0.0) -> None:
    _TRIE.clear()
    _LONE.clear()
    _BLOCK_WORDS.clear()
    _trie_state[0], _trie_state[1] = total, 0


# block → its words: a sentence's blocks are cut when the gazetteer looks for names (only
# the blocks that hold one) and again when the metric rules read all its words; jieba cuts
# every block on its own, so a block's words can be kept and the second reading costs a
# lookup. Dropped with the trie (words added) and when full.
# (Tuples: the garbage collector stops tracking a tuple of strings, not a list.)
_BLOCK_WORDS: dict[str, tuple[str, ...]] = {}
_BLOCK_WORDS_SIZE = 1 << 14


def _block_words(block: str, freq: Mapping[str, int], logtotal: float) -> tuple[str, ...]:
    """_cut_block(block), remembered (see _BLOCK_WORDS)."""
    words = _BLOCK_WORDS.get(block)
    if words is None:
        if len(_BLOCK_WORDS) >= _BLOCK_WORDS_SIZE:
            _BLOCK_WORDS.clear()
        words = _BLOCK_WORDS[block] = tuple(_cut_block(block, freq, logtotal))
    return words


def _cut_block(block: str, freq: dict[str, int], logtotal: float) -> list[str]:
    """jieba's __cut_DAG_NO_HMM for one block, in one right-to-left pass.

    Same arithmetic and tie-break as jieba's get_DAG + calc (score of a word ending at x is
    (log(freq) - logtotal) + score[x + 1], ties go to the longer word), so the route is the
    same; it only skips building the DAG dict, the route dict and a generator per character,
    which is where jieba spends its time on short blocks."""
    n = len(block)
    chars = list(block)
    score = [0.0] * (n + 1)
    nxt = [0] * n
    root = _TRIE
    for k in range(n - 1, -1, -1):
        best = _NO_SCORE  # every word's score is finite: the first word found beats it
        best_x = k
        char = chars[k]
        entry = root.get(char)
        if entry is None:
            entry = _learn(root, char, char, freq, logtotal)
        lp, node = entry
        i = k
        while node is not None:  # every prefix of a word is in FREQ (0 when only a prefix)
            s = lp + score[i + 1]  # NaN for a prefix that is no word: never >= best
            if s >= best:  # equal score: jieba's max picks the larger x
                best, best_x = s, i
            i += 1
            if i == n:
                break
            entry = node.get(chars[i])
            if entry is None:
                entry = _learn(node, chars[i], block[k:i + 1], freq, logtotal)
            lp, node = entry
        if best == _NO_SCORE:
            lone = _LONE.get(chars[k])
            if lone is None:
                lone = _LONE[chars[k]] = log(freq.get(chars[k]) or 1) - logtotal
            best = lone + score[k + 1]
        score[k] = best
        nxt[k] = best_x
    words: list[str] = []
    x = 0
    buf = ""
    while x < n:
        y = nxt[x] + 1
        word = block[x:y]
        if y - x == 1 and word in _ENG_CHARS:  # _RE_ENG.match(word), without a regex call
            buf += word  # jieba glues single ASCII letters and digits back together
        else:
            if buf:
                words.append(buf)
                buf = ""
            words.append(word)
        x = y
    if buf:
        words.append(buf)
    return words


def _cut(text: str) -> list[str]:
    """jieba.Tokenizer.cut(text, HMM=False) of the private tokenizer, word for word."""
    tokenizer = _dictionary()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    if _trie_state[0] != tokenizer.total or _trie_state[1] >= _TRIE_SIZE:
        _reset_trie(tokenizer.total)  # words were added (the scores are stale), or it is full
    words: list[str] = []
    # split() on a pattern with one group alternates text between matches (even indices)
    # and matches (odd): the parity says what jieba's re.match on each piece would say
    for i, block in enumerate(_RE_HAN.split(text)):
        if not block:
            continue
        if i & 1:
            words.extend(_block_words(block, freq, logtotal))
        elif len(block) == 1:
            words.append(block)  # one character: itself whether blank or not
        else:
            for j, piece in enumerate(_RE_SKIP.split(block)):
                if j & 1:
                    words.append(piece)
                else:
                    words.extend(piece)
    return words


def tokenize_blocks(text: str, wanted: Callable[[str], bool]) -> list[tuple[str, int, int]]:
    """The tokens tokenize(text) gives inside each block (run of _RE_HAN characters) for
    which wanted(block) is true, and none elsewhere. jieba cuts every block on its own, so a
    block's tokens do not depend on the text around it: a caller that looks for words made
    of block characters only (the gazetteer's place names) need not cut the other blocks."""
    tokenizer = _dictionary()
    freq, logtotal = tokenizer.FREQ, log(tokenizer.total)
    if _trie_state[0] != tokenizer.total or _trie_state[1] >= _TRIE_SIZE:
        _reset_trie(tokenizer.total)  # as in _cut
    out: list[tuple[str, int, int]] = []
    for m in _RE_HAN.finditer(text):  # the blocks: the odd pieces of _cut's split()
        block = m.group()
        if wanted(block):
            pos = m.start()
            for word in _block_words(block, freq, logtotal):
                out.append((word, pos, pos + len(word)))
                pos += len(word)
    return out


@functools.lru_cache(maxsize=4096)
def _tokenize_cached(text: str) -> tuple[tuple[str, int, int], ...]:
    if USE_HMM:
        return tuple(_get_tokenizer().tokenize(text, HMM=True))
    words = _cut(text)
    ends = list(accumulate(map(len, words)))
    return tuple(zip(words, [0, *ends[:-1]], ends))


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) for every token; text[start:end] == word, tokens cover the text."""
    return list(_tokenize_cached(text))


def words(text: str) -> list[str]:
    """The words of tokenize(text), in order (they cover the text, so each one's offsets are
    the sum of the lengths before it): for a caller that builds its own token records, without
    a (word, start, end) tuple per token made and kept first. Not memoised as a whole: the
    blocks' cuts are (_BLOCK_WORDS), and a sentence with figures is rarely read twice."""
    if USE_HMM:
        return [word for word, _, _ in _tokenize_cached(text)]
    return _cut(text)
