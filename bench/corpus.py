"""A deterministic, news-like synthetic corpus of .txt articles, and questions drawn from its paragraphs."""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import newsroom
from retrieval.language import lexicon

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPORA = HERE / "corpora"
VERSION = 2  # bump when the generated text changes: cached corpora of another version are rebuilt
SEED = 20251126
QUESTIONS = 200
FILES_PER_FOLDER = 1000
# Rare proper names (villages, companies, clubs, prizes, storms) give the long tail a real vocabulary
# has: drawn by Zipf-Mandelbrot frequency, 1 / (rank + offset) ** exponent, so a few recur often and
# most appear a handful of times.
RARE_NAMES = 30_000
ZIPF_EXPONENT = 1.07
ZIPF_OFFSET = 30
_SYLLABLES = newsroom.words(
    "ka ve lo mir sha tor yan dro pe li vus ne gor ska zan ril bo ty chen ost ara vel hu mak"
)
_COMPANY = newsroom.words("Holdings Group Energy Logistics Foods Motors Bank Capital Steel Media Pharma")
_CLUB = newsroom.words("United Rovers Athletic Town City Wanderers Albion")
GENERAL_SHARE = 0.2  # sentences of an article drawn from the reactions and background any story has
# Outlets of the datelines: none of them an outlet of the evaluation articles.
WIRES = ("Kestrel News", "Bridgeport Wire", "Saltmarsh Press", "Eastgate Post")


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


class _Writer:
    """Draws articles from one seeded random generator: a story, its people and places, its sentences."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.names = _rare_names(self.rng, RARE_NAMES)
        self.names_cumulative = _zipf(len(self.names))
        rng = self.rng

        def number(low: int, high: int) -> Callable[[], str]:
            return lambda: str(rng.randint(low, high))

        def pick(options: tuple[str, ...]) -> Callable[[], str]:
            return lambda: rng.choice(options)

        # What each {slot} of a template is filled with: names, places, dates and numbers only.
        self.slots: dict[str, Callable[[], str]] = {
            "P": self._person,
            "day": pick(newsroom.DAYS),
            "month": pick(newsroom.MONTHS),
            "ordinal": pick(newsroom.ORDINALS),
            "country": pick(newsroom.COUNTRIES),
            "town": self._town,
            "town2": self._town,
            "village": self._rare,
            "rare": self._rare,
            "company": self._company,
            "company2": self._company,
            "club": self._club,
            "club2": self._club,
            "n": number(2, 40),
            "n2": number(2, 40),
            "small": number(2, 12),
            "cents": number(5, 95),
            "year": number(1995, 2024),
            "big": self._big,
            "big2": self._big,
            "pct": self._percent,
            "rate": lambda: f"{rng.randint(1, 9)}.{rng.randint(0, 9)}",
            "money": self._money,
            "score": lambda: f"{rng.randint(1, 5)}-{rng.randint(0, 3)}",
        }

    def article(self, paragraphs: int) -> tuple[str, list[str]]:
        """A headline (and sometimes a byline) and `paragraphs` paragraphs of one story."""
        story = self.rng.choice(newsroom.STORIES)
        # An article keeps to one place and one main person, as a report does.
        fixed = {"place": self.rng.choice(story.places), "P": self._person(), "town": self._town()}
        title = self._fill(self.rng.choice(story.headlines), fixed)
        byline = f"By {self._person()}\n\n" if self.rng.random() < 0.6 else ""
        decks = (_Deck(story.sentences, self.rng), _Deck(newsroom.GENERAL, self.rng))
        body = [self._paragraph(decks, fixed) for _ in range(paragraphs)]
        if self.rng.random() < 0.3:
            body[0] = f"{self._dateline(fixed['town'])} - {body[0]}"
        return f"{title}\n\n{byline}", body

    def _paragraph(self, decks: tuple[_Deck, _Deck], fixed: dict[str, str]) -> str:
        target = self.rng.randint(40, 80)
        sentences: list[str] = []
        count = 0
        while count < target:
            story, general = decks
            template = general.draw() if self.rng.random() < GENERAL_SHARE else story.draw()
            sentence = self._fill(template, fixed)
            count += sentence.count(" ") + 1
            sentences.append(sentence)
        return " ".join(sentences)

    def _fill(self, template: str, fixed: dict[str, str]) -> str:
        """The template with each slot drawn; the article's own place, person and town more often than not."""
        rng, slots = self.rng, self.slots

        def draw(match: re.Match[str]) -> str:
            slot = match.group(1)
            if slot in fixed and (slot == "place" or rng.random() < 0.6):
                return fixed[slot]
            return slots[slot]()

        return _SLOT.sub(draw, template)

    def _dateline(self, town: str) -> str:
        day = f"{self.rng.choice(newsroom.MONTHS)[:3]} {self.rng.randint(1, 28)}"
        return f"{town.upper()}, {day} ({self.rng.choice(WIRES)})"

    def _person(self) -> str:
        # One surname in five is rare: the long tail of names a real archive has.
        last = self._rare() if self.rng.random() < 0.2 else self.rng.choice(newsroom.LAST_NAMES)
        return f"{self.rng.choice(newsroom.FIRST_NAMES)} {last}"

    def _rare(self) -> str:
        return self.rng.choices(self.names, cum_weights=self.names_cumulative)[0]

    def _town(self) -> str:
        return self.rng.choice(newsroom.TOWNS) if self.rng.random() < 0.7 else self._rare()

    def _company(self) -> str:
        return f"{self._rare()} {self.rng.choice(_COMPANY)}"

    def _club(self) -> str:
        return f"{self._town()} {self.rng.choice(_CLUB)}"

    def _big(self) -> str:
        return f"{self.rng.randint(100, 90_000):,}"

    def _percent(self) -> str:
        value = self.rng.randint(1, 40)
        return f"{value}%" if self.rng.random() < 0.5 else f"{value} percent"

    def _money(self) -> str:
        amount = f"{self.rng.randint(1, 99)}.{self.rng.randint(1, 9)}"
        return self.rng.choice((f"{amount} million euros", f"${amount} million", f"£{amount}m"))


class _Deck:
    """Templates dealt in a shuffled order, so an article repeats none until it has used them all."""

    def __init__(self, templates: tuple[str, ...], rng: random.Random) -> None:
        self._templates = templates
        self._rng = rng
        self._left: list[str] = []

    def draw(self) -> str:
        if not self._left:
            self._left = list(self._templates)
            self._rng.shuffle(self._left)
        return self._left.pop()


_SLOT = re.compile(r"\{(\w+)\}")


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
