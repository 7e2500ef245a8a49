"""jieba's dictionary segmentation (`lcut(text, HMM=False)`) over a compact copy of its dictionary.

Stock jieba holds its dictionary as a Python dict of every word and every word prefix (498k entries): about
60 MB in each worker process, for lookups only. Here the same words sit in a MARISA trie (≈ 1.3 MB) with their
frequencies and tags in arrays. `DictionaryTokenizer` is a `jieba.Tokenizer` whose `get_DAG` and `calc` read
the trie; everything else (block splitting, the route, runs of Latin letters) is jieba's own, so the cuts are
the same word for word (tests/test_segmenter.py compares them with stock jieba).

Building the trie means reading jieba's 349k dictionary lines (≈ 2 s, and freed memory the process keeps), so
it is built once per machine and user and cached (`~/.cache/jixiao`, or `$XDG_CACHE_HOME/jixiao`), keyed by the
dictionary's and the user words' content, as jieba caches its own dictionary in the temporary folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import struct
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from math import log
from pathlib import Path

import jieba
import marisa_trie

FORMAT = b"jixiao-jieba-trie-2\n"
_HEADER = struct.Struct("<32sQQQ")  # sha256 of what follows, total frequency, number of words, trie's length
ORGANISATION = 1  # a word tagged `nt` in jieba's dictionary or among the user words


@dataclass(frozen=True, slots=True)
class DictionaryEntry:
    word: str
    frequency: int
    tag: str | None = None


@dataclass(frozen=True, eq=False)
class CompactDictionary:
    """Words (with a trie id each), their frequencies and tag flags, indexed by that id; `total` as jieba sums it."""

    words: marisa_trie.Trie = field(repr=False)
    frequencies: array = field(repr=False)  # "I", by word id
    flags: bytes = field(repr=False)  # by word id
    total: int

    @classmethod
    def build(cls, entries: Iterable[DictionaryEntry]) -> CompactDictionary:
        """As jieba loads its dictionary and then `add_word`s: a repeated word keeps its last frequency, every
        occurrence counts in the total, and a word is an organisation if any of its occurrences is tagged `nt`."""
        frequency: dict[str, int] = {}
        organisations: set[str] = set()
        total = 0
        for entry in entries:
            frequency[entry.word] = entry.frequency
            total += entry.frequency
            if entry.tag == "nt":
                organisations.add(entry.word)
        words = marisa_trie.Trie(frequency)
        frequencies = array("I", bytes(array("I").itemsize * len(words)))
        flags = bytearray(len(words))
        for word, value in frequency.items():
            word_id = words[word]
            frequencies[word_id] = value
            flags[word_id] = ORGANISATION if word in organisations else 0
        return cls(words, frequencies, bytes(flags), total)

    def to_bytes(self) -> bytes:
        trie = self.words.tobytes()
        body = trie + self.frequencies.tobytes() + self.flags
        header = _HEADER.pack(hashlib.sha256(body).digest(), self.total, len(self.words), len(trie))
        return FORMAT + header + body

    @classmethod
    def from_bytes(cls, data: bytes) -> CompactDictionary:
        """Raises ValueError unless `data` is a whole, intact dictionary of this format (not a truncated, damaged or
        foreign file): the trie library is not asked to read bytes that the checksum does not vouch for."""
        if not data.startswith(FORMAT) or len(data) < len(FORMAT) + _HEADER.size:
            raise ValueError("not a compact jieba dictionary of this format")
        start = len(FORMAT) + _HEADER.size
        checksum, total, count, trie_length = _HEADER.unpack_from(data, len(FORMAT))
        if hashlib.sha256(data[start:]).digest() != checksum:
            raise ValueError("compact jieba dictionary damaged (checksum)")
        frequencies = array("I")
        frequencies_end = start + trie_length + count * frequencies.itemsize
        if len(data) != frequencies_end + count:
            raise ValueError(f"compact jieba dictionary of {len(data)} bytes, expected {frequencies_end + count}")
        words = marisa_trie.Trie().frombytes(data[start : start + trie_length])
        frequencies.frombytes(data[start + trie_length : frequencies_end])
        if len(words) != count:
            raise ValueError(f"compact jieba dictionary holds {len(words)} words, its header says {count}")
        return cls(words, frequencies, data[frequencies_end:], total)

    def word_id(self, word: str) -> int | None:
        return self.words.get(word)

    def is_organisation(self, word: str) -> bool:
        word_id = self.word_id(word)
        return word_id is not None and bool(self.flags[word_id] & ORGANISATION)


def jieba_dictionary_entries() -> Iterator[DictionaryEntry]:
    """jieba's shipped dictionary (`word freq [tag]` lines), read as `Tokenizer.gen_pfdict` reads it."""
    with jieba.Tokenizer().get_dict_file() as lines:
        for number, raw in enumerate(lines, 1):
            fields = raw.strip().decode("utf-8").split(" ")
            try:
                yield DictionaryEntry(fields[0], int(fields[1]), fields[2] if len(fields) > 2 else None)
            except (IndexError, ValueError) as error:
                raise ValueError(f"jieba's dictionary, line {number}: {raw!r}") from error


def _cache_key(user_entries: list[DictionaryEntry]) -> str:
    digest = hashlib.sha256(FORMAT)
    with jieba.Tokenizer().get_dict_file() as dictionary:
        digest.update(dictionary.read())
    for entry in user_entries:
        digest.update(f"\n{entry.word} {entry.frequency} {entry.tag}".encode())
    return digest.hexdigest()[:24]


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "jixiao"


def cached_dictionary(user_entries: Iterable[DictionaryEntry], folder: Path | None = None) -> CompactDictionary:
    """jieba's dictionary plus `user_entries` (as `add_word` would add them), from the cache file in `folder`
    (`cache_folder()` by default) or built and written there. An unreadable cache is rebuilt; a folder that
    cannot be written only costs the rebuild next time."""
    user_entries = list(user_entries)
    path = (folder or cache_folder()) / f"jieba-{_cache_key(user_entries)}.trie"
    with contextlib.suppress(OSError, ValueError):
        return CompactDictionary.from_bytes(path.read_bytes())
    dictionary = CompactDictionary.build(chain(jieba_dictionary_entries(), user_entries))
    partial: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a worker reading the cache never sees half a file.
        descriptor, partial = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".partial")
        with os.fdopen(descriptor, "wb") as file:
            file.write(dictionary.to_bytes())
        os.replace(partial, path)
    except OSError as error:
        logging.getLogger(__name__).warning("could not cache jieba's compact dictionary in %s: %s", path, error)
        if partial is not None:
            with contextlib.suppress(OSError):
                os.remove(partial)
    return dictionary


class FrequencyView:
    """jieba's `FREQ` lookups (`in`, `[]`, `get`) over the trie: a word's frequency, 0 for a prefix of a word."""

    def __init__(self, dictionary: CompactDictionary) -> None:
        self._dictionary = dictionary

    def get(self, word: str, default: int | None = None) -> int | None:
        word_id = self._dictionary.word_id(word)
        if word_id is not None:
            return int(self._dictionary.frequencies[word_id])
        return 0 if self._is_prefix(word) else default

    def __getitem__(self, word: str) -> int:
        frequency = self.get(word)
        if frequency is None:
            raise KeyError(word)
        return frequency

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._is_prefix(word)

    def _is_prefix(self, word: str) -> bool:
        """A word, or the start of one: jieba's FREQ holds every word's prefixes too."""
        return next(self._dictionary.words.iterkeys(word), None) is not None


class _ScoredDag(dict[int, list[int]]):
    """jieba's DAG (start → word ends) with each edge's log probability alongside, for `calc`."""

    scores: dict[int, list[float]]


class DictionaryTokenizer(jieba.Tokenizer):  # type: ignore[misc]
    """A `jieba.Tokenizer` on a `CompactDictionary`: identical cuts, ≈ 8 MB instead of ≈ 60 MB; read-only."""

    def __init__(self, dictionary: CompactDictionary) -> None:
        super().__init__()
        self.compact = dictionary  # not `dictionary`: jieba keeps its dictionary file's path there
        self.FREQ = FrequencyView(dictionary)
        self.total = dictionary.total
        log_total = log(dictionary.total)
        # jieba scores an edge as `log(FREQ.get(word) or 1) - logtotal`; the same expression, computed once.
        self._scores = array("d", (log(frequency or 1) - log_total for frequency in dictionary.frequencies))
        self._unknown_score = log(1) - log_total
        self.initialized = True

    def initialize(self, dictionary: str | None = None) -> None:
        if dictionary is not None:
            raise TypeError("DictionaryTokenizer keeps the CompactDictionary it was made with")

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        raise TypeError("a CompactDictionary is read-only: pass user words to cached_dictionary()")

    def get_DAG(self, sentence: str) -> _ScoredDag:
        words, scores_by_id, frequencies = self.compact.words, self._scores, self.compact.frequencies
        dag = _ScoredDag()
        dag.scores = {}
        for start in range(len(sentence)):
            ends, scores = [], []
            for word, word_id in words.iter_prefixes_with_ids(sentence[start:]):
                if frequencies[word_id]:  # jieba's prefixes-only entries (frequency 0) are not words
                    ends.append(start + len(word) - 1)
                    scores.append(scores_by_id[word_id])
            dag[start] = ends or [start]
            dag.scores[start] = scores or [self._unknown_score]
        return dag

    def calc(self, sentence: str, DAG: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
        scores = getattr(DAG, "scores", None)
        if scores is None:  # a DAG jieba built itself
            super().calc(sentence, DAG, route)
            return
        route[len(sentence)] = (0, 0)
        for start in range(len(sentence) - 1, -1, -1):
            route[start] = max(
                (score + route[end + 1][0], end) for end, score in zip(DAG[start], scores[start], strict=True)
            )
