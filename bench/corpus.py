"""A deterministic, news-like synthetic corpus of .txt articles, and questions drawn from its paragraphs."""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from retrieval.language import lexicon

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = HERE / "corpora"
WORDS = HERE / "words.txt"
# Real article text, so the vocabulary includes the words the bot is actually asked about.
TEXT_SOURCES = (ROOT / "tests" / "fixtures" / "eval", ROOT / "seeds")
VERSION = 1  # bump when the generated text changes: cached corpora of another version are rebuilt
SEED = 20251126
QUESTIONS = 200
FILES_PER_FOLDER = 1000
# Zipf-Mandelbrot, 1 / (rank + offset) ** exponent: the offset stands for the stop words the tokeniser
# drops, so the commonest content word is in about a tenth of paragraphs, as in real news.
ZIPF_EXPONENT = 1.07
ZIPF_OFFSET = 30


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


# Rare proper names (villages, surnames, companies) give the long tail a real vocabulary has.
RARE_NAMES = 30_000
_SYLLABLES = _split("ka ve lo mir sha tor yan dro pe li vus ne gor ska zan ril bo ty chen ost ara vel hu mak")

FUNCTION_WORDS = ("the", "of", "and", "to", "in", "a", "on", "for", "that", "with", "by", "was", "is", "at")
FIRST_NAMES = _split(
    "Olena Andriy Iryna Taras Mykola Oksana Dmytro Yulia Serhiy Natalia Marco Keir Emmanuel Ursula "
    "Karoline Rustem Kaja Friedrich Mark Antonio Petra Jonas Ingrid Lars Amira Hassan"
)
LAST_NAMES = _split(
    "Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Kravchenko Rubio Starmer Macron Whitcombe Birchall "
    "Leavitt Umerov Kallas Merz Rutte Costa Novak Lindqvist Haddad Brennan Okafor Moreau Vasquez"
)


@dataclass(frozen=True)
class Topic:
    """A recurring story: where it happens and the words it is told in."""

    name: str
    places: tuple[str, ...]
    words: tuple[str, ...]


TOPICS = (
    Topic(
        "peace talks",
        ("Geneva", "Abu Dhabi", "Istanbul", "Riyadh", "Miami", "Moscow"),
        _split("negotiators framework ceasefire delegation envoy draft points guarantees memorandum"),
    ),
    Topic(
        "energy",
        ("Zaporizhzhia", "Kharkiv", "Enerhodar", "Dnipro", "Kyiv"),
        _split("reactor substation blackout grid turbines outage generators heating repairs"),
    ),
    Topic(
        "front line",
        ("Donetsk", "Pokrovsk", "Kupiansk", "Huliaipole", "Kostiantynivka", "Siversk"),
        _split("brigade artillery drones trenches assault counteroffensive positions shelling"),
    ),
    Topic(
        "frozen assets",
        ("Brussels", "London", "Washington", "Frankfurt", "Luxembourg"),
        _split("reparations loan euroclear bonds immobilised liquidity tranche collateral"),
    ),
    Topic(
        "prisoners",
        ("Kyiv", "Chernihiv", "Sumy", "Doha", "Ankara"),
        _split("exchange captives repatriated bodies detainees swap mediation ombudsman"),
    ),
    Topic(
        "grain ports",
        ("Odesa", "Izmail", "Mykolaiv", "Pivdennyi", "Constanta"),
        _split("shipping corridor freighters cargo wheat insurers tonnes harbour"),
    ),
    Topic(
        "town council",
        ("Brindlemoor", "Ashcombe", "Fernhollow", "Kettleby", "Marlow Cross"),
        _split("parking councillors bylaw residents permits roadworks consultation levy"),
    ),
)


@dataclass(frozen=True)
class Corpus:
    """A generated folder of articles and the questions asked about it."""

    folder: Path
    questions: tuple[str, ...]
    paragraphs: int
    files: int


def parse_size(text: str) -> int:
    """`1000`, `10k` or `1M` as a number of paragraphs."""
    match = re.fullmatch(r"\s*(\d+)\s*([kKmM]?)\s*", text)
    if not match:
        raise ValueError(f"not a size: {text!r} (use 1000, 10k or 1M)")
    return int(match.group(1)) * {"": 1, "k": 1000, "m": 1_000_000}[match.group(2).lower()]


def ensure(size: int, root: Path = CORPORA, seed: int = SEED) -> Corpus:
    """The corpus of `size` paragraphs under `root/size`, generated unless a complete one is there."""
    target = root / str(size)
    expected = {"version": VERSION, "seed": seed, "paragraphs": size}
    loaded = _load(target, expected)
    if loaded is not None:
        return loaded
    if target.exists():
        shutil.rmtree(target)
    docs = target / "docs"
    docs.mkdir(parents=True)
    files, questions = _generate(docs, size, seed)
    (target / "questions.json").write_text(json.dumps(questions, indent=1), encoding="utf-8")
    # Written last: a corpus without it was interrupted and is generated again.
    manifest = {**expected, "files": files}
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return Corpus(docs, tuple(questions), size, files)


def _load(target: Path, expected: dict[str, int]) -> Corpus | None:
    try:
        manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
        questions = json.loads((target / "questions.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if any(manifest.get(key) != value for key, value in expected.items()):
        return None
    return Corpus(target / "docs", tuple(questions), expected["paragraphs"], int(manifest["files"]))


def vocabulary() -> list[str]:
    """English words from words.txt and the real articles, in a fixed order."""
    lines = WORDS.read_text(encoding="utf-8").splitlines()
    words = {line.strip().lower() for line in lines if line.strip() and not line.startswith("#")}
    for folder in TEXT_SOURCES:
        for path in sorted(folder.glob("*")):
            words.update(w.lower() for w in re.findall(r"\b[A-Za-z]{3,}\b", path.read_text(encoding="utf-8")))
    # Stop words come from FUNCTION_WORDS at their own rate; in the Zipf list they would crowd the top.
    return sorted(w for w in words if w not in lexicon.STOP_WORDS and w not in FUNCTION_WORDS)


class _Writer:
    """Draws words, sentences, paragraphs and articles from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words = vocabulary()
        self.rng.shuffle(words)  # which words are common is part of the seed, not the alphabet
        self.words = words
        self.cumulative = _zipf(len(words))
        self.names = _rare_names(self.rng, RARE_NAMES)
        self.names_cumulative = _zipf(len(self.names))

    def article(self, paragraphs: int) -> tuple[str, list[str]]:
        topic = self.rng.choice(TOPICS)
        place = self.rng.choice(topic.places)
        title = f"{place}: {self._title_words(topic)}"
        byline = f"By {self._person()}\n\n" if self.rng.random() < 0.6 else ""
        body = [self._paragraph(topic) for _ in range(paragraphs)]
        return f"{title}\n\n{byline}", body

    def _title_words(self, topic: Topic) -> str:
        common = self.rng.choices(self.words, cum_weights=self.cumulative, k=4)
        words = [self.rng.choice(topic.words), *common]
        return " ".join(words).capitalize()

    def _person(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    def _paragraph(self, topic: Topic) -> str:
        target = self.rng.randint(40, 80)
        sentences: list[str] = []
        count = 0
        while count < target:
            length = min(self.rng.randint(8, 18), max(target - count, 5))
            sentence = self._sentence(topic, length)
            count += len(sentence.split())
            sentences.append(sentence)
        return " ".join(sentences)

    def _sentence(self, topic: Topic, length: int) -> str:
        rng = self.rng
        common = iter(rng.choices(self.words, cum_weights=self.cumulative, k=length))
        out: list[str] = []
        while len(out) < length:
            roll = rng.random()
            if roll < 0.30:
                out.append(rng.choice(FUNCTION_WORDS))
            elif roll < 0.44:
                out.append(rng.choice(topic.words))
            elif roll < 0.48:
                out.append(rng.choice(topic.places))
            elif roll < 0.51:
                out.append(self._person())
            elif roll < 0.54:
                out.append(self._number())
            elif roll < 0.58:
                out.append(rng.choices(self.names, cum_weights=self.names_cumulative)[0])
            else:
                out.append(next(common, "said"))
        text = " ".join(out)
        if rng.random() < 0.2:
            text = f"{text}, {self._person()} said"
        return text[0].upper() + text[1:] + "."

    def _number(self) -> str:
        roll = self.rng.random()
        if roll < 0.4:
            return str(self.rng.randint(2, 950))
        if roll < 0.7:
            return f"{self.rng.randint(1, 99)} percent"
        return str(self.rng.randint(1991, 2025))


def _zipf(n: int) -> list[float]:
    return list(itertools.accumulate(1 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(1, n + 1)))


def _rare_names(rng: random.Random, n: int) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < n:
        name = "".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4)))
        names[name.capitalize()] = None
    return list(names)


def _generate(docs: Path, size: int, seed: int) -> tuple[int, list[str]]:
    """Write articles until `size` paragraphs exist; ask about paragraphs picked in advance."""
    writer = _Writer(seed)
    asker = random.Random(seed + 1)
    chosen = set(asker.sample(range(size), min(QUESTIONS, size)))
    questions: list[str] = []
    written = files = 0
    while written < size:
        count = min(writer.rng.randint(5, 15), size - written)
        head, body = writer.article(count)
        questions.extend(_question(asker, p) for i, p in enumerate(body, written) if i in chosen)
        path = docs / f"s{files // FILES_PER_FOLDER:04d}" / f"a{files:07d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(head + "\n\n".join(body) + "\n", encoding="utf-8")
        written += count
        files += 1
    return files, questions


def _question(rng: random.Random, paragraph: str) -> str:
    """A few content words of the paragraph, in one of the ways people ask."""
    words = list(dict.fromkeys(w for w in re.findall(r"[A-Za-z]+", paragraph) if _content(w)))
    picked = rng.sample(words, min(len(words), rng.randint(2, 4)))
    roll = rng.random()
    if roll < 0.1 and picked:
        picked[0] = _typo(rng, picked[0])
    if roll < 0.4:
        return " ".join(picked).lower()
    if roll < 0.7:
        return f"What about {' '.join(picked)}?"
    if roll < 0.85:
        return f"What happened with {' and '.join(picked)}?"
    return f"Tell me about {', '.join(picked)}"


def _content(word: str) -> bool:
    folded = word.lower()
    return len(word) >= 4 and folded not in lexicon.STOP_WORDS and folded not in lexicon.QUESTION_WORDS


def _typo(rng: random.Random, word: str) -> str:
    """Two neighbouring letters swapped: one edit that spelling correction should undo."""
    if len(word) < 6:
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
