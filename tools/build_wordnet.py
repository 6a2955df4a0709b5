#!/usr/bin/env python3
"""Build retrieval/data/wordnet.tsv, a compact related-words table taken from WordNet 3.0.

Source: the WordNet 3.0 database files of Debian's `wordnet-base` package
(`apt-get install wordnet-base`; files under /usr/share/wordnet). Word frequencies
come from the `wordfreq` package (installed in the project's .venv).

    .venv/bin/python tools/build_wordnet.py            # writes retrieval/data/wordnet.tsv
    .venv/bin/python tools/build_wordnet.py --show quit lend talks

Output: comment lines starting with '#', then one line per headword:

    word<TAB>related1<TAB>related2<TAB>...

Related items are separated by TABs because some of them are phrases written with
spaces ("armed forces", "step down"). They are ordered best first.

Which words and relations:
* headwords: single lower-case alphabetic WordNet lemmas (nouns, verbs, adjectives)
  with wordfreq zipf >= --min-zipf (2.5), and phrasal verbs (a verb and a particle:
  "pull out", "step down") whose words have zipf >= --phrase-zipf;
* for each sense of the headword, weighted by how often WordNet's tagged corpus
  (cntlist.rev) uses that sense: the synset's other lemmas (synonyms), the
  derivationally related forms of that very word (resign <-> resignation), the
  lemmas of the direct hypernym (nouns and verbs), verb causes and entailments
  (kill -> die), noun part/member holonyms (army -> armed forces), noun/adjective
  attributes, adjective pertainyms and similar-to heads;
* related single words must also have zipf >= --min-zipf; phrases of 2-3 words are
  kept when every word is alphabetic with zipf >= --phrase-zipf (3.0);
* each candidate gets score = sum over senses of (sense share x relation weight),
  plus a small frequency bonus; candidates under --min-score are dropped, at most
  --max-related (12) are kept, best score first.

Stdlib only, plus wordfreq.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency

WORDNET_DIR = Path(os.environ.get("WORDNET_DIR", "/usr/share/wordnet"))
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "retrieval" / "data" / "wordnet.tsv"
SOURCE_NAME = "Princeton WordNet 3.0, from Debian package wordnet-base"

# The particles of phrasal verbs kept as headwords of their own ("step down", "give up", "call off").
PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "over", "apart", "through", "forward"})
POS_FILES = {"n": "noun", "v": "verb", "a": "adj"}  # headword parts of speech
DATA_FILES = {**POS_FILES, "r": "adv"}  # pointers may lead to adverbs too
SS_TYPE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}  # sense-key ss_type -> index file

# relation weights (pointer symbol -> weight), per part of speech of the source synset
SYNONYM_WEIGHT = 1.0
LEXICAL_POINTERS = {"+": 0.9, "\\": 0.6}  # derivation, pertainym (only from the word itself)
SEMANTIC_POINTERS = {
    "n": {"@": 0.5, "#p": 0.45, "#m": 0.45, "=": 0.5, ";c": 0.3},
    "v": {"@": 0.5, ">": 0.7, "*": 0.6, ";c": 0.3},
    "a": {"&": 0.5, "=": 0.5},
}
HYPERNYM_MAX_HYPONYMS = int(
    os.environ.get("HYPERNYM_MAX_HYPONYMS", "50")
)  # skip broad hypernyms: "person", "change"
PHRASE_PENALTY = 0.7  # phrases count a little less than single words
IDIOM_WORDS = {"the", "a", "an", "it", "its", "one", "oneself", "someone", "something", "somebody"}
RELATIVE_FLOOR = float(
    os.environ.get("RELATIVE_FLOOR", "0.07")
)  # keep items scoring >= this share of the best one
MAX_SENSES = 6  # senses per part of speech that are looked at, most common first
SENSE_PRIOR = float(os.environ.get("SENSE_PRIOR", "1.5"))  # pseudo-count of sense N is SENSE_PRIOR / N
# how much a related lemma's own use of the synset matters ("go" is rarely "die"): share ** exponent;
# milder for synonyms and derivations, whose links WordNet makes word by word
REVERSE_EXPONENT = float(os.environ.get("REVERSE_EXPONENT", "0.5"))
REVERSE_EXPONENT_LEXICAL = float(os.environ.get("REVERSE_EXPONENT_LEXICAL", "0.25"))

WORD_RE = re.compile(r"^[a-z]+$")
# two-letter lemmas are mostly symbols and abbreviations ("in" = inch/indium, "at" = astatine)
SHORT_WORDS = {"ad", "ax", "go", "ok", "ox", "tv"}


# one WordNet pointer: (symbol, target offset, target pos, source word number, target word number)
Pointer = tuple[str, str, str, int, int]
Synset = tuple[list[str], list[Pointer]]  # (lemmas, pointers)
Sense = tuple[str, str]  # (pos, synset offset)
# one candidate of a sense: (lemma, its pos, its synset offset, relation weight, reverse exponent)
Link = tuple[str, str, str, float, float]


def wordnet_version() -> str:
    """Version of the installed wordnet-base package, for the header."""
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "wordnet-base"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return out or "unknown"


def clean_lemma(raw: str) -> str:
    # adjective lemmas may carry a syntactic marker: "galore(ip)"
    return re.sub(r"\([a-z]+\)$", "", raw)


def read_data(pos: str) -> dict[str, Synset]:
    """offset -> (lemmas, pointers) for one data.POS file (satellites read as 'a')."""
    synsets: dict[str, Synset] = {}
    with open(WORDNET_DIR / f"data.{DATA_FILES[pos]}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split(" | ", 1)[0].split()
            offset = fields[0]
            w_cnt = int(fields[3], 16)
            lemmas = [clean_lemma(fields[4 + 2 * i]) for i in range(w_cnt)]
            i = 4 + 2 * w_cnt
            p_cnt = int(fields[i])
            i += 1
            pointers: list[Pointer] = []
            for _ in range(p_cnt):
                sym, target, tpos, srctgt = fields[i : i + 4]
                i += 4
                tpos = "a" if tpos == "s" else tpos
                pointers.append((sym, target, tpos, int(srctgt[:2], 16), int(srctgt[2:], 16)))
            synsets[offset] = (lemmas, pointers)
    return synsets


def read_index(pos: str) -> dict[str, list[str]]:
    """lemma -> ordered list of synset offsets (most frequent sense first)."""
    index: dict[str, list[str]] = {}
    with open(WORDNET_DIR / f"index.{DATA_FILES[pos]}", encoding="latin-1") as fh:
        for line in fh:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
            offsets = fields[4 + p_cnt + 2 :]
            index[lemma] = offsets[:synset_cnt]
    return index


def read_counts() -> dict[tuple[str, str, int], int]:
    """(lemma, pos, sense_number) -> tagged count from cntlist.rev."""
    counts: dict[tuple[str, str, int], int] = {}
    with open(WORDNET_DIR / "cntlist.rev", encoding="latin-1") as fh:
        for line in fh:
            key, sense_number, count = line.split()
            lemma, rest = key.split("%", 1)
            pos = SS_TYPE_POS.get(rest[0])
            if pos:
                counts[(lemma, pos, int(sense_number))] = int(count)
    return counts


@dataclass
class WordNet:
    """The parts of the WordNet database the table is built from."""

    data: dict[str, dict[str, Synset]]  # pos -> offset -> synset
    index: dict[str, dict[str, list[str]]]  # pos -> lemma -> offsets, most frequent sense first
    counts: dict[tuple[str, str, int], int]  # (lemma, pos, sense number) -> tagged count

    @classmethod
    def read(cls) -> WordNet:
        return cls(
            data={pos: read_data(pos) for pos in DATA_FILES},
            index={pos: read_index(pos) for pos in DATA_FILES},
            counts=read_counts(),
        )


@dataclass
class TableBuilder:
    """Scores the related words of each headword; caches word frequencies and sense shares."""

    wn: WordNet
    min_zipf: float
    phrase_zipf: float
    known: set[str] = field(init=False)  # every lemma of every part of speech
    tagged: dict[str, int] = field(init=False)  # lemma -> tagged uses over all its senses
    hyponyms: dict[Sense, int] = field(init=False)  # synset -> number of hyponyms
    _zipf: dict[str, float] = field(init=False, default_factory=dict)
    _shares: dict[str, dict[Sense, float]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.known = {w for pos in DATA_FILES for w in self.wn.index[pos]}
        tagged: defaultdict[str, int] = defaultdict(int)
        for (lemma, _pos, _rank), count in self.wn.counts.items():
            tagged[lemma] += count
        self.tagged = dict(tagged)
        self.hyponyms = {
            (pos, off): sum(1 for p in ptrs if p[0] in ("~", "~i"))
            for pos in DATA_FILES
            for off, (_, ptrs) in self.wn.data[pos].items()
        }

    def zipf(self, word: str) -> float:
        if word not in self._zipf:
            self._zipf[word] = zipf_frequency(word, "en")
        return self._zipf[word]

    def display(self, raw: str) -> str | None:
        """WordNet lemma -> the form written in the table, or None when it is not usable."""
        if "-" in raw and "_" not in raw:
            return self._display_hyphenated(raw)
        parts = raw.split("_")
        if len(parts) == 1:
            return self._display_word(raw)
        return self._display_phrase(raw, parts)

    def _display_hyphenated(self, raw: str) -> str | None:
        joined = raw.replace("-", "")  # cease-fire -> ceasefire, when that is a common word
        if WORD_RE.match(joined) and self.zipf(joined) >= self.min_zipf and joined not in self.known:
            return joined
        return None

    def _display_word(self, raw: str) -> str | None:
        if len(raw) < 3 and raw not in SHORT_WORDS:
            return None
        return raw if WORD_RE.match(raw) and self.zipf(raw) >= self.min_zipf else None

    def _display_phrase(self, raw: str, parts: list[str]) -> str | None:
        if not (
            2 <= len(parts) <= 3 and all(WORD_RE.match(p) and self.zipf(p) >= self.phrase_zipf for p in parts)
        ):
            return None
        # "kick the bucket", "snuff it": idioms unless WordNet's tagged corpus shows the phrase in use
        if IDIOM_WORDS.intersection(parts) and not self.tagged.get(raw.lower()):
            return None
        return " ".join(parts)

    def shares(self, raw: str) -> dict[Sense, float]:
        """(pos, offset) -> share of that sense among all senses of the lemma (tagged counts, smoothed)."""
        key = raw.lower()
        if key not in self._shares:
            senses: list[tuple[Sense, float]] = []
            for pos in DATA_FILES:
                for rank, offset in enumerate(self.wn.index[pos].get(key, []), start=1):
                    senses.append(
                        ((pos, offset), self.wn.counts.get((key, pos, rank), 0) + SENSE_PRIOR / rank)
                    )
            total = sum(c for _, c in senses) or 1.0
            self._shares[key] = {sense: c / total for sense, c in senses}
        return self._shares[key]

    def reverse_factor(self, raw: str, pos: str, offset: str, exponent: float) -> float:
        # how central this synset is for the related lemma: "go" is only rarely "die"
        # (annotated: typeshed types float ** float as Any, since a negative base gives a complex)
        factor: float = max(self.shares(raw).get((pos, offset), 0.0), 0.01) ** exponent
        return factor

    def sense_links(self, raw_word: str, pos: str, offset: str) -> Iterator[Link]:
        """Candidates from one sense of raw_word: synonyms, then what its pointers lead to."""
        lemmas, pointers = self.wn.data[pos][offset]
        word_nums = [i + 1 for i, lemma in enumerate(lemmas) if lemma == raw_word]
        if not word_nums:  # only a capitalised (proper-noun) sense: "Washington"
            return
        for lemma in lemmas:
            yield lemma, pos, offset, SYNONYM_WEIGHT, REVERSE_EXPONENT_LEXICAL
        for sym, target, tpos, src, tgt in pointers:
            if src:  # lexical pointer: only from this very word
                if src in word_nums and sym in LEXICAL_POINTERS:
                    lemma = self.wn.data[tpos][target][0][tgt - 1]
                    yield lemma, tpos, target, LEXICAL_POINTERS[sym], REVERSE_EXPONENT_LEXICAL
                continue
            weight = SEMANTIC_POINTERS[pos].get(sym)
            if sym == "@" and self.hyponyms[(tpos, target)] > HYPERNYM_MAX_HYPONYMS:
                continue
            if weight:
                for lemma in self.wn.data[tpos][target][0]:
                    yield lemma, tpos, target, weight, REVERSE_EXPONENT

    def related_scores(self, raw_word: str, word: str) -> dict[str, float]:
        """Related item -> score = sum over senses of (sense share x relation weight x reverse factor)."""
        word_shares = self.shares(raw_word)
        scores: defaultdict[str, float] = defaultdict(float)
        for pos in POS_FILES:
            for offset in self.wn.index[pos].get(raw_word, [])[:MAX_SENSES]:
                share = word_shares[(pos, offset)]
                for raw, tpos, target, weight, exponent in self.sense_links(raw_word, pos, offset):
                    item = self.display(raw)
                    if item is None or item == word or raw.lower() == raw_word:
                        continue
                    penalty = PHRASE_PENALTY if " " in item else 1.0
                    scores[item] += (
                        share * weight * penalty * self.reverse_factor(raw, tpos, target, exponent)
                    )
        return scores

    def rank(self, scores: Mapping[str, float], min_score: float, max_related: int) -> list[str]:
        """Best items first, with a small frequency bonus; the long tail of weak links dropped."""
        if not scores:
            return []
        ranked = sorted(
            ((s + 0.005 * self.zipf(item), item) for item, s in scores.items()),
            key=lambda t: (-t[0], t[1]),
        )
        floor = max(min_score, RELATIVE_FLOOR * ranked[0][0])
        return [item for s, item in ranked if s >= floor][:max_related]


def build(min_zipf: float, phrase_zipf: float, max_related: int, min_score: float) -> dict[str, list[str]]:
    builder = TableBuilder(WordNet.read(), min_zipf, phrase_zipf)
    table: dict[str, list[str]] = {}
    for raw_word in sorted(w for pos in POS_FILES for w in builder.wn.index[pos]):
        word = builder.display(raw_word)
        if word is None or word in table or (" " in word and not phrasal_verb(builder, raw_word)):
            continue
        kept = builder.rank(builder.related_scores(raw_word, word), min_score, max_related)
        if kept:
            table[word] = kept
    return table


def phrasal_verb(builder: TableBuilder, raw_word: str) -> bool:
    """A verb and its particle ("pull_out", "step_down"): a question's "pulling out" means "withdraw",
    which the verb alone ("pull": "draw", "drag") does not say."""
    parts = raw_word.split("_")
    return len(parts) == 2 and parts[1] in PARTICLES and raw_word in builder.wn.index["v"]


def write(table: Mapping[str, Sequence[str]], path: Path, min_zipf: float) -> None:
    version = wordnet_version()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(
            f"# source: {SOURCE_NAME} {version}; licence: WordNet 3.0 licence (Princeton University, "
            f"permissive, BSD-like), see WORDNET-LICENSE.txt; built by tools/build_wordnet.py\n"
        )
        fh.write(
            f"# format: word<TAB>related<TAB>related... (best first; phrases contain spaces); "
            f"{len(table)} headwords with wordfreq zipf >= {min_zipf}\n"
        )
        for word in sorted(table):
            fh.write(word + "\t" + "\t".join(table[word]) + "\n")


def load(path: Path) -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            word, *related = line.rstrip("\n").split("\t")
            table[word] = related
    return table


# morphy's detachment rules: (suffix, replacement)
MORPHY_RULES = [
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("er", "e"),
    ("est", "e"),
]


def base_forms(word: str) -> Iterator[str]:
    """WordNet's morphy detachment rules plus its exception lists, for --show."""
    yield word
    for name in ("noun", "verb", "adj"):
        exc = WORDNET_DIR / f"{name}.exc"
        if exc.exists():
            with open(exc, encoding="latin-1") as fh:
                for line in fh:
                    parts = line.split()
                    if parts and parts[0] == word:
                        yield from parts[1:]
    for suffix, repl in MORPHY_RULES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            yield word[: -len(suffix)] + repl


def show(table: Mapping[str, Sequence[str]], words: Iterable[str]) -> None:
    for word in words:
        for form in base_forms(word):
            if form in table:
                label = word if form == word else f"{word} (-> {form})"
                print(f"{label}: {', '.join(table[form])}")
                break
        else:
            print(f"{word}: -")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-zipf", type=float, default=2.5)
    ap.add_argument("--phrase-zipf", type=float, default=3.0)
    ap.add_argument("--max-related", type=int, default=12)
    ap.add_argument("--min-score", type=float, default=0.035)
    ap.add_argument("--show", nargs="+", metavar="WORD", help="print entries of an existing file and exit")
    args = ap.parse_args(argv)
    if args.show:
        show(load(args.out), args.show)
        return 0
    if not (WORDNET_DIR / "data.noun").exists():
        print(f"no WordNet database in {WORDNET_DIR}: apt-get install wordnet-base", file=sys.stderr)
        return 1
    table = build(args.min_zipf, args.phrase_zipf, args.max_related, args.min_score)
    write(table, args.out, args.min_zipf)
    size = args.out.stat().st_size
    print(f"wrote {args.out}: {len(table)} entries, {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
