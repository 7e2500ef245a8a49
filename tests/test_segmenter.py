"""The compact jieba dictionary (parsers/segmenter.py): the same cuts as stock jieba, and a cache that survives
bad files and read-only folders."""

from __future__ import annotations

import logging
from pathlib import Path
from random import Random

import jieba
import pytest
from jixiao.extractors import extract_document
from jixiao.parsers.departments import shipped_vocabulary
from jixiao.parsers.organizations import user_dictionary_entries
from jixiao.parsers.segmenter import (
    CompactDictionary,
    DictionaryEntry,
    DictionaryTokenizer,
    FrequencyView,
    cached_dictionary,
    jieba_dictionary_entries,
)

from tests.conftest import ROOT, SAMPLE_TEXT

CORPUS = ROOT / "tests" / "fixtures" / "corpus"

TRICKY = [
    "",
    "市财政局",
    "中共湖州市委组织部、市文化广电旅游局市文物保护管理所",
    "2023年度PDF报告v2.1第3页：A级（优）95.5分，金额1,234.56万元。",
    "abc def 123 ＡＢＣ１２３ 全角",
    "与市纪委共同组织开展了对环保局、科技局、教育局等部门相关项目的监督评价工作",
    "长江大桥南京市长江大桥研究生命起源",
    "\n\t  ",
]


@pytest.fixture(scope="module")
def stock() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for entry in user_dictionary_entries(shipped_vocabulary().names):
        tokenizer.add_word(entry.word, entry.frequency, entry.tag)
    return tokenizer


@pytest.fixture(scope="module")
def compact(tmp_path_factory: pytest.TempPathFactory) -> DictionaryTokenizer:
    entries = user_dictionary_entries(shipped_vocabulary().names)
    return DictionaryTokenizer(cached_dictionary(entries, tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def texts(sample_document) -> list[str]:  # type: ignore[no-untyped-def]
    """Tricky strings, the Huzhou sample (its text and its paragraphs) and every fixture report's paragraphs and
    table cells."""
    lines = SAMPLE_TEXT.read_text(encoding="utf-8").splitlines()
    documents = [sample_document, *(extract_document(path.read_bytes()) for path in sorted(CORPUS.glob("*.pdf")))]
    paragraphs = [paragraph.text for document in documents for paragraph in document.paragraphs]
    cells = [cell for document in documents for table in document.tables for row in table.rows for cell in row]
    return [*TRICKY, *lines, *paragraphs, *(cell for cell in cells if cell)]


def test_cuts_are_stock_jiebas_word_for_word(
    stock: jieba.Tokenizer, compact: DictionaryTokenizer, texts: list[str]
) -> None:
    assert sum(len(text) for text in texts) > 8_000
    different = [text for text in texts if compact.lcut(text, HMM=False) != stock.lcut(text, HMM=False)]
    assert different == []


def test_cuts_of_random_word_salad_are_stock_jiebas(
    stock: jieba.Tokenizer, compact: DictionaryTokenizer, texts: list[str]
) -> None:
    """Strings glued from dictionary words, their pieces, the fixtures' characters, digits and punctuation
    (seeded): many overlapping candidate words per position, where a wrong edge or score would show."""
    random = Random(20261127)
    words = [entry.word for entry in jieba_dictionary_entries() if random.random() < 0.01]
    words += [entry.word for entry in user_dictionary_entries(shipped_vocabulary().names)]
    characters = sorted(set("".join(texts)))
    pieces = [*words, *(word[: random.randint(1, len(word))] for word in words), *characters, "2023", "v2", "，"]
    salads = ["".join(random.choices(pieces, k=random.randint(1, 12))) for _ in range(3_000)]
    different = [text for text in salads if compact.lcut(text, HMM=False) != stock.lcut(text, HMM=False)]
    assert different == []


def test_jiebas_other_modes_read_the_trie_through_freq(
    stock: jieba.Tokenizer, compact: DictionaryTokenizer, texts: list[str]
) -> None:
    sample = texts[:200]
    assert [compact.lcut(text) for text in sample] == [stock.lcut(text) for text in sample]
    assert [compact.lcut_for_search(text) for text in sample] == [stock.lcut_for_search(text) for text in sample]
    assert [compact.lcut(text, cut_all=True) for text in sample] == [stock.lcut(text, cut_all=True) for text in sample]


def test_frequencies_total_and_prefixes_are_jiebas(stock: jieba.Tokenizer, compact: DictionaryTokenizer) -> None:
    assert compact.total == stock.total
    for word in ["财政局", "财政", "财", "湖州市财政局", "不在词典里的词", "市委组织部", "长江大", "x"]:
        assert (word in compact.FREQ) == (word in stock.FREQ), word
        assert compact.FREQ.get(word) == stock.FREQ.get(word), word


def test_organisations_are_the_words_tagged_nt(compact: DictionaryTokenizer) -> None:
    tagged = {entry.word for entry in jieba_dictionary_entries() if entry.tag == "nt"}
    tagged |= {entry.word for entry in user_dictionary_entries(shipped_vocabulary().names)}
    words = compact.compact.words
    flagged = {word for word in words.iterkeys() if compact.compact.is_organisation(word)}
    assert len(tagged) > 1_000
    assert flagged == tagged
    assert not compact.compact.is_organisation("财政")


def test_a_repeated_word_keeps_its_last_frequency_and_counts_twice_in_the_total() -> None:
    dictionary = CompactDictionary.build(
        [DictionaryEntry("财政局", 5, "nt"), DictionaryEntry("财政", 3), DictionaryEntry("财政局", 7)]
    )
    view = FrequencyView(dictionary)
    assert dictionary.total == 15
    assert view["财政局"] == 7 and view["财政"] == 3 and view["财"] == 0
    assert "财政局" in view and "财" in view and "局" not in view
    assert view.get("局") is None
    with pytest.raises(KeyError):
        view["局"]
    assert dictionary.is_organisation("财政局") and not dictionary.is_organisation("财政")
    again = CompactDictionary.from_bytes(dictionary.to_bytes())
    assert (again.total, list(again.frequencies), again.flags) == (15, list(dictionary.frequencies), dictionary.flags)


def test_a_small_dictionary_with_a_zero_frequency_word_cuts_as_jieba_with_that_file(tmp_path: Path) -> None:
    """jieba keeps a word of frequency 0 as a prefix only (never a DAG edge); repeated words as above."""
    lines = ["财政 30", "财政局 50 nt", "政局 0", "局 10", "市 40", "市财政 5", "财政局 20 nt", "湖州 60 ns"]
    (tmp_path / "dict.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    stock = jieba.Tokenizer(str(tmp_path / "dict.txt"))
    stock.tmp_dir = str(tmp_path)
    compact = DictionaryTokenizer(
        CompactDictionary.build(DictionaryEntry(word, int(frequency)) for word, frequency, *_ in map(str.split, lines))
    )
    for text in ["湖州市财政局", "市财政政局局", "政局", "财政局财政市", "x湖州y"]:
        assert compact.lcut(text, HMM=False) == stock.lcut(text, HMM=False), text
    assert compact.total == stock.total == 215


def test_the_dictionary_is_read_only(compact: DictionaryTokenizer) -> None:
    with pytest.raises(TypeError):
        compact.add_word("新词", 10)


def test_the_cache_is_read_back_and_a_broken_one_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = [DictionaryEntry("市大数据发展管理局", 2000, "nt")]
    first = cached_dictionary(user, tmp_path)
    [cache] = list(tmp_path.iterdir())
    assert cache.suffix == ".trie"

    def no_build(*_: object) -> CompactDictionary:
        raise AssertionError("built again although the cache is whole")

    with monkeypatch.context() as patch:
        patch.setattr(CompactDictionary, "build", no_build)
        second = cached_dictionary(user, tmp_path)
    assert second.total == first.total and second.is_organisation("市大数据发展管理局")

    cache.write_bytes(cache.read_bytes()[:-100])  # a truncated file
    third = cached_dictionary(user, tmp_path)
    assert third.total == first.total
    assert CompactDictionary.from_bytes(cache.read_bytes()).total == first.total  # and rewritten whole

    other = cached_dictionary([DictionaryEntry("市大数据发展管理局", 1000, "nt")], tmp_path)
    assert other.total == first.total - 1000  # other user words: another cache file, not the first one's
    assert len(list(tmp_path.iterdir())) == 2


def test_a_folder_that_cannot_be_written_costs_only_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    dictionary = cached_dictionary([], blocked / "cache")
    assert DictionaryTokenizer(dictionary).lcut("湖州市财政局", HMM=False)
    assert [path.name for path in tmp_path.iterdir()] == ["a file, not a folder"]


WHOLE = CompactDictionary.build([DictionaryEntry("词", 1), DictionaryEntry("词典", 2)]).to_bytes()


@pytest.mark.parametrize(
    "data",
    [b"", b"not ours", WHOLE[:-1], WHOLE[:-40] + bytes(40), WHOLE[:-3] + bytes([WHOLE[-3] ^ 1]) + WHOLE[-2:]],
    ids=["empty", "foreign", "truncated", "zeroed tail", "one bit flipped"],
)
def test_a_foreign_or_truncated_file_is_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        CompactDictionary.from_bytes(data)
