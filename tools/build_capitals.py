#!/usr/bin/env python3
"""Build retrieval/data/capitals.txt, every country's capital and the words news names the country by.

Source: the `countryinfo` package (MIT licence; not a runtime dependency of talksbot, installed for this
tool only: `.venv/bin/pip install countryinfo==1.0.1`, or the `tools` extra). Word frequencies come from
`wordfreq` (in the project's .venv).

    .venv/bin/python tools/build_capitals.py           # writes retrieval/data/capitals.txt

Output: comment lines starting with '#', then one line per capital:

    germany german: Berlin
    seychelles seychellois: Victoria | place only

The words before the colon are the country's one-word names and people-words, folded (multi-word names
such as "south korea" are left out: the engine reads one word before "capital"). "| place only" marks a
capital whose name is also an everyday word or a first name ("Male", "Victoria", "Sofia"): the engine
reads it for "in the Bulgarian capital" but never as a government ("did Sofia offer" asks about a person).

Which countries: every countryinfo entry with a one-city capital (not a list, not "A / B") and a demonym;
entries sharing an ISO code are merged (Burma and Myanmar); a word claimed by several entries goes to the
most populous one ("french": France, not Martinique). The overrides below are applied on top.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "retrieval" / "data" / "capitals.txt"

# countryinfo's capitals as English news writes them.
CAPITAL_OVERRIDES = {
    "united states": "Washington",  # countryinfo: "Washington D.C."; news: "Washington said"
    "india": "Delhi",  # "New Delhi": one word is what a question's doer ("did Delhi say") can name
    "kazakhstan": "Astana",  # countryinfo has "Nur-Sultan", the name from 2019 to 2022
    "ukraine": "Kyiv",  # news's spelling since 2019 (not "Kiev"), should countryinfo ever change
}
# Names news uses that countryinfo lacks (abbreviations, short names, current spellings), by country.
EXTRA_WORDS = {
    "united states": ("america", "us"),  # "usa" is rarer in news, and "U.S." is no single word
    "united kingdom": ("britain", "uk"),
    "czech republic": ("czechia",),  # the short name the country asks for
    "saudi arabia": ("saudi",),  # "the Saudi capital"; countryinfo's demonym is "Saudi Arabian"
    "united arab emirates": ("uae",),
    "turkey": ("turkiye",),  # the name the UN has used since 2022
    "kazakhstan": ("kazakh",),  # countryinfo: "Kazakhstani"
    "kyrgyzstan": ("kyrgyz",),  # countryinfo: "Kirghiz"
    "tajikistan": ("tajik",),  # countryinfo: "Tadzhik"
    "maldives": ("maldivian",),  # countryinfo: "Maldivan"
    "swaziland": ("eswatini",),  # renamed in 2018
}
# Entries left out: states that no longer exist, and Palestine, whose two entries name two cities
# (Ramallah, Jerusalem): no one answer is right.
DROPPED = frozenset({"antilles néerlandaises", "serbia and montenegro", "palestine", "palestine, state of"})
# First names that are capitals: "did Sofia offer" means a person more often than Bulgaria's government.
# Frequency cannot tell them (wordfreq counts "Sofia" the name and the city alike), so they are listed.
FIRST_NAMES = frozenset({"sofia", "victoria", "kingston", "santiago", "douglas", "hamilton", "stanley"})
# A capital whose name is this much more frequent (wordfreq Zipf) than every word of its country is
# mostly something else: "male" (4.9) against "maldives" (3.4), "victoria" (4.4) against "seychelles".
# 0.3 keeps "london" (5.3) against "uk" (5.2) and "washington" against "american"; it marks "male",
# "victoria", "stanley", "plymouth", "hamilton", "douglas" (chosen over this list of countryinfo 1.0.1).
WORD_MARGIN = 0.3
PLACE_ONLY = "place only"
WORD_RE = re.compile(r"^[a-z]+$")


def ascii_fold(name: str) -> str:
    """'Chișinău' -> 'Chisinau': English news mostly drops the marks, and questions are typed without."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def one_words(*names: str) -> list[str]:
    """The folded one-word names among `names` ("Antiguan,Barbudan" is two; "South Korean" none)."""
    words = (ascii_fold(part).strip().casefold() for name in names for part in re.split(r"[,/]", name))
    return [word for word in words if WORD_RE.match(word)]


@dataclass
class Country:
    """One capital and the words news names its country by."""

    capital: str
    population: int
    words: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # every name, multi-word too ("the bahamas"), folded


def countries(data: Mapping[str, Mapping[str, Any]]) -> dict[str, Country]:
    """ISO code (or name) -> Country, from countryinfo's entries; overrides applied."""
    out: dict[str, Country] = {}
    for key in sorted(data):
        entry = data[key]
        capital = CAPITAL_OVERRIDES.get(key, entry.get("capital"))
        if key in DROPPED or not isinstance(capital, str) or not capital.strip() or "/" in capital:
            continue
        words = one_words(key, entry.get("demonym") or "") + list(EXTRA_WORDS.get(key, ()))
        iso = (entry.get("ISO") or {}).get("alpha2") or key
        country = out.setdefault(iso, Country(ascii_fold(capital.strip()), int(entry.get("population") or 0)))
        country.words += [word for word in dict.fromkeys(words) if word not in country.words]
        country.names += [ascii_fold(name).casefold() for name in (key, entry.get("demonym") or "") if name]
    return out


def owned_words(table: Mapping[str, Country]) -> dict[str, list[str]]:
    """ISO code -> its words, each word kept only by the most populous country that claims it."""
    owner: dict[str, str] = {}
    for iso, country in sorted(table.items(), key=lambda item: (-item[1].population, item[0])):
        for word in country.words:
            owner.setdefault(word, iso)
    return {iso: [w for w in country.words if owner[w] == iso] for iso, country in table.items()}


def place_only(capital: str, names: Iterable[str]) -> bool:
    """The capital's name is a first name, or an everyday word far more common than its country's names."""
    folded = capital.casefold()
    if folded in FIRST_NAMES:
        return True
    if not WORD_RE.match(folded):
        return False  # "Abu Dhabi", "Port-au-Prince": no everyday word
    return zipf_frequency(folded, "en") > max(zipf_frequency(name, "en") for name in names) + WORD_MARGIN


def lines(table: Mapping[str, Country]) -> list[str]:
    out = []
    for iso, words in owned_words(table).items():
        if not words:
            continue
        capital = table[iso].capital
        mark = f" | {PLACE_ONLY}" if place_only(capital, [*words, *table[iso].names]) else ""
        out.append(f"{' '.join(words)}: {capital}{mark}")
    return sorted(out)


HEADER = """\
# A country's capital, named in news as "the German capital": the country's one-word names and people-words
# (folded), a colon, then the city as English news writes it. A question's "in the German capital" asks
# about what happened in Berlin, and a capital with no "the" is its government ("did Moscow offer").
# A line without the colon or the city is an error when the file is loaded.
# GENERATED by tools/build_capitals.py (see tools/README-capitals.md); do not edit by hand: change the
# tool's overrides and run it again.
# Source: countryinfo {version} (https://pypi.org/project/countryinfo/), MIT licence:
#   Copyright (c) 2018 Porimol Chandro
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
#   associated documentation files (the "Software"), to deal in the Software without restriction,
#   including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
#   and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
#   subject to the following conditions: The above copyright notice and this permission notice shall be
#   included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS",
#   WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
#   MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS
#   OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
#   CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR
#   OTHER DEALINGS IN THE SOFTWARE.
# Changed from the source: accents dropped ("Chisinau"); Washington, Delhi, Astana and Kyiv as news
# writes them; news's short names added (us, america, uk, britain, czechia, saudi, uae, turkiye...);
# defunct states and Palestine (two cities) left out; a people-word of several entries ("french",
# "chinese", "congolese") kept by the most populous one.
# "| place only": the city's name is a first name (listed in the tool: Sofia, Victoria, Kingston,
# Santiago, Douglas, Hamilton, Stanley) or an everyday word more common (wordfreq Zipf, by over
# {margin}) than every word of its country ("Male"): read for "in the Maldivian capital", never as a
# government, so "did Sofia offer" stays a question about a person.
# Names of two places: "georgia georgian" is the country (Tbilisi), not the US state: the file is read
# only for "the Georgian capital" (news's adjective for the country; the state's capital is written
# "Atlanta") and for a capital as its government ("Tbilisi said"), which a US state's capital never is.
# Seats of government elsewhere (The Hague for Amsterdam, La Paz for Sucre, Abidjan for Yamoussoukro)
# are left as countryinfo has them: "did Amsterdam offer" is rare enough to leave it the government.
"""


def write(table: Mapping[str, Country], path: Path) -> int:
    version = importlib.metadata.version("countryinfo")
    body = lines(table)
    text = HEADER.format(version=version, margin=WORD_MARGIN) + "\n".join(body) + "\n"
    path.write_text(text, encoding="utf-8", newline="\n")
    return len(body)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        countryinfo = importlib.import_module("countryinfo")
    except ImportError:
        print("countryinfo is not installed: .venv/bin/pip install countryinfo==1.0.1", file=sys.stderr)
        return 1
    count = write(countries(countryinfo.CountryInfo.all()), args.out)
    print(f"wrote {args.out}: {count} capitals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
