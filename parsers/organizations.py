"""Organisation names in running text, segmented with jieba and a shipped dictionary of department names.

Without the dictionary jieba splits `中共湖州市委组织部` into four words; with it (POS tag `nt`) each department
stays one token, and adjacent tokens are merged up to an organisation suffix (局, 委, 所, 中心, …) so that
unknown names such as `市文物保护管理所` come out whole.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache

from parsers.departments import shipped_vocabulary

ORG_SUFFIX = re.compile(r"(?:局|委员会|委|办公室|办|所|院|馆|站|中心|部|厅|会|队|处|室|社|团|校|园|联)$")
REGION_PREFIXES = ("市", "县", "区")
_lock = threading.Lock()


def user_dictionary_lines(base_names: list[str]) -> list[str]:
    """jieba user-dictionary lines (`name freq nt`) for each base name and its region-prefixed forms.

    `委组织部` stands only after a region (`市委组织部`), so its bare form is left out.
    """
    lines: list[str] = []
    for name in base_names:
        variants = [prefix + name for prefix in REGION_PREFIXES]
        if not name.startswith("委"):
            variants.insert(0, name)
        lines.extend(f"{variant} 2000 nt" for variant in variants)
    return lines


@cache
def _tokenizer():  # type: ignore[no-untyped-def]
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    with _lock:
        tokenizer.initialize()
        for line in user_dictionary_lines(shipped_vocabulary().names):
            word, freq, tag = line.split()
            tokenizer.add_word(word, int(freq), tag)
    return tokenizer


def segment(text: str) -> list[str]:
    return _tokenizer().lcut(text, HMM=False)


@cache
def _organisation_words() -> frozenset[str]:
    """Every word tagged `nt` (organisation) in jieba's dictionary, plus the shipped department names.

    This is all of jieba.posseg a cut without HMM uses (a dictionary word's tag), at a fraction of its memory
    (posseg loads every word's tag and its HMM tables: about 100 MB per process) and of its time.
    """
    tokenizer = _tokenizer()
    words = set()
    with tokenizer.get_dict_file() as dictionary:
        for raw in dictionary:
            fields = raw.decode("utf-8").split()
            if len(fields) == 3 and fields[2] == "nt":
                words.add(fields[0])
    words.update(line.split()[0] for line in user_dictionary_lines(shipped_vocabulary().names))
    return frozenset(words)


def organisation_words(text: str) -> list[tuple[str, int]]:
    """Department names in running text (words jieba's dictionary or ours tags `nt`), with their offsets."""
    found: list[tuple[str, int]] = []
    offset = 0
    organisations = _organisation_words()
    with _lock:  # jieba's tokenizers are not thread-safe
        words = _tokenizer().lcut(text, HMM=False)
    for word in words:
        if word in organisations:
            found.append((word, offset))
        offset += len(word)
    return found


def split_organizations(text: str) -> list[str]:
    """`市文化广电旅游局市文物保护管理所` → ["市文化广电旅游局", "市文物保护管理所"]."""
    names: list[str] = []
    current = ""
    for token in segment(text):
        if re.fullmatch(r"[\s，,、；;。]+", token):
            current = ""
            continue
        current += token
        if ORG_SUFFIX.search(token):
            names.append(current)
            current = ""
    return names
