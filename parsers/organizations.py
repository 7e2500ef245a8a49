"""Organisation names in running text, segmented with jieba and a shipped dictionary of department names.

Without the dictionary jieba splits `中共湖州市委组织部` into four words; with it (POS tag `nt`) each department
stays one token, and adjacent tokens are merged up to an organisation suffix (局, 委, 所, 中心, …) so that
unknown names such as `市文物保护管理所` come out whole.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from jixiao.parsers.departments import Vocabulary, shipped_vocabulary
from jixiao.parsers.lexicon.organisations import DEPARTMENT_SUFFIX

if TYPE_CHECKING:  # jieba (≈ 9 MB in a worker, with its HMM tables) loads with the first cut: a loader never cuts
    from jixiao.parsers.segmenter import DictionaryEntry, DictionaryTokenizer

ORG_SUFFIX = re.compile(DEPARTMENT_SUFFIX + "$")
REGION_PREFIXES = ("市", "县", "区")
_lock = threading.Lock()  # one dictionary per process, even if threads ask for it at once


def user_dictionary_entries(base_names: Sequence[str]) -> list[DictionaryEntry]:
    """jieba user words (frequency 2000, tag `nt`) for each base name and its region-prefixed forms.

    `委组织部` stands only after a region (`市委组织部`), so its bare form is left out.
    """
    from jixiao.parsers.segmenter import DictionaryEntry

    entries: list[DictionaryEntry] = []
    for name in base_names:
        variants = [prefix + name for prefix in REGION_PREFIXES]
        if not name.startswith("委"):
            variants.insert(0, name)
        entries.extend(DictionaryEntry(variant, 2000, "nt") for variant in variants)
    return entries


def tokenizer_for(vocabulary: Vocabulary | None = None) -> DictionaryTokenizer:
    """jieba with the vocabulary's department names (the shipped ones by default) as user words tagged `nt`.
    Ask once per document, not per sentence: finding it sorts the vocabulary's names (≈ 4 % of a sentence's cut)."""
    with _lock:
        return _load_tokenizer(tuple((vocabulary or shipped_vocabulary()).names))


@lru_cache(maxsize=4)  # a process sees one vocabulary: the shipped one, or merged with the user's file
def _load_tokenizer(base_names: tuple[str, ...]) -> DictionaryTokenizer:
    from jixiao.parsers.segmenter import DictionaryTokenizer, cached_dictionary

    return DictionaryTokenizer(cached_dictionary(user_dictionary_entries(base_names)))


def segment(text: str, tokenizer: DictionaryTokenizer | None = None) -> list[str]:
    return (tokenizer or tokenizer_for()).lcut(text, HMM=False)


def organisation_words(text: str, tokenizer: DictionaryTokenizer | None = None) -> list[tuple[str, int]]:
    """Department names in running text (words jieba's dictionary or the vocabulary tags `nt`), with offsets.

    A dictionary word's tag is all of jieba.posseg a cut without HMM uses, at a fraction of its memory (posseg
    loads every word's tag and its HMM tables: about 100 MB per process) and of its time.
    """
    tokenizer = tokenizer or tokenizer_for()
    found: list[tuple[str, int]] = []
    offset = 0
    for word in tokenizer.lcut(text, HMM=False):
        if tokenizer.compact.is_organisation(word):
            found.append((word, offset))
        offset += len(word)
    return found


def split_organizations(text: str, tokenizer: DictionaryTokenizer | None = None) -> list[str]:
    """`市文化广电旅游局市文物保护管理所` → ["市文化广电旅游局", "市文物保护管理所"]."""
    names: list[str] = []
    current = ""
    for token in segment(text, tokenizer):
        if re.fullmatch(r"[\s，,、；;。]+", token):
            current = ""
            continue
        current += token
        if ORG_SUFFIX.search(token):
            names.append(current)
            current = ""
    return names
