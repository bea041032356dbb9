"""Deterministic benchmark data for namecheck: a synthetic glossary, look-up queries, a news corpus.

Everything is drawn from a seeded ``random.Random``, so the same arguments give the same bytes.
Data goes to ``benchmarks/out/`` (git-ignored), created at run time.

    python benchmarks/make_data.py                  # glossary (10,000 entries) + queries
    python benchmarks/make_data.py --corpus --mb 5  # ... and a 5 MB news-like corpus

The benchmarks import this module (``lookup_speed.py``, ``check_speed.py``).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
SEED = 20240807

# --- name material -------------------------------------------------------------------------
# Given names: (Belarusian, Russian). Real pairs.
MALE_GIVEN = [
    ("Аляксандр", "Александр"), ("Сяргей", "Сергей"), ("Мікалай", "Николай"),
    ("Уладзімір", "Владимир"), ("Ігар", "Игорь"), ("Андрэй", "Андрей"), ("Дзмітрый", "Дмитрий"),
    ("Аляксей", "Алексей"), ("Павел", "Павел"), ("Віктар", "Виктор"), ("Юрый", "Юрий"),
    ("Міхаіл", "Михаил"), ("Васіль", "Василий"), ("Пятро", "Пётр"), ("Іван", "Иван"),
    ("Анатоль", "Анатолий"), ("Валерый", "Валерий"), ("Віталь", "Виталий"), ("Яўген", "Евгений"),
    ("Алег", "Олег"), ("Максім", "Максим"), ("Раман", "Роман"), ("Вадзім", "Вадим"),
    ("Канстанцін", "Константин"), ("Леанід", "Леонид"), ("Генадзь", "Геннадий"),
    ("Уладзіслаў", "Владислав"), ("Станіслаў", "Станислав"), ("Арцём", "Артём"), ("Антон", "Антон"),
    ("Дзяніс", "Денис"), ("Рыгор", "Григорий"), ("Фёдар", "Фёдор"), ("Мікіта", "Никита"),
    ("Ілля", "Илья"), ("Эдуард", "Эдуард"), ("Барыс", "Борис"), ("Кірыл", "Кирилл"),
    ("Ягор", "Егор"), ("Яраслаў", "Ярослав"), ("Тарас", "Тарас"), ("Зміцер", "Змитер"),
    ("Алесь", "Алесь"), ("Лявон", "Леон"), ("Янка", "Янка"),
]
FEMALE_GIVEN = [
    ("Наталля", "Наталья"), ("Святлана", "Светлана"), ("Марыя", "Мария"), ("Вольга", "Ольга"),
    ("Алена", "Елена"), ("Ганна", "Анна"), ("Таццяна", "Татьяна"), ("Ірына", "Ирина"),
    ("Людміла", "Людмила"), ("Вераніка", "Вероника"), ("Ксенія", "Ксения"), ("Марына", "Марина"),
    ("Юлія", "Юлия"), ("Кацярына", "Екатерина"), ("Надзея", "Надежда"), ("Ала", "Алла"),
    ("Валянціна", "Валентина"), ("Лілія", "Лилия"), ("Дар'я", "Дарья"), ("Анастасія", "Анастасия"),
    ("Яўгенія", "Евгения"), ("Алеся", "Олеся"), ("Галіна", "Галина"), ("Лідзія", "Лидия"),
    ("Ніна", "Нина"), ("Зінаіда", "Зинаида"), ("Тамара", "Тамара"), ("Вікторыя", "Виктория"),
    ("Любоў", "Любовь"), ("Аксана", "Оксана"), ("Паліна", "Полина"), ("Вера", "Вера"), ("Жанна", "Жанна"),
]
# Patronymics: (be male, be female, ru male, ru female).
PATRONYMICS = [
    ("Аляксандравіч", "Аляксандраўна", "Александрович", "Александровна"),
    ("Сяргеевіч", "Сяргееўна", "Сергеевич", "Сергеевна"),
    ("Мікалаевіч", "Мікалаеўна", "Николаевич", "Николаевна"),
    ("Уладзіміравіч", "Уладзіміраўна", "Владимирович", "Владимировна"),
    ("Ігаравіч", "Ігараўна", "Игоревич", "Игоревна"),
    ("Андрэевіч", "Андрэеўна", "Андреевич", "Андреевна"),
    ("Віктаравіч", "Віктараўна", "Викторович", "Викторовна"),
    ("Міхайлавіч", "Міхайлаўна", "Михайлович", "Михайловна"),
    ("Іванавіч", "Іванаўна", "Иванович", "Ивановна"),
    ("Пятровіч", "Пятроўна", "Петрович", "Петровна"),
    ("Васілевіч", "Васілеўна", "Васильевич", "Васильевна"),
    ("Анатольевіч", "Анатольеўна", "Анатольевич", "Анатольевна"),
    ("Юр'евіч", "Юр'еўна", "Юрьевич", "Юрьевна"),
    ("Паўлавіч", "Паўлаўна", "Павлович", "Павловна"),
    ("Генадзьевіч", "Генадзьеўна", "Геннадьевич", "Геннадьевна"),
    ("Леанідавіч", "Леанідаўна", "Леонидович", "Леонидовна"),
    ("Фёдаравіч", "Фёдараўна", "Фёдорович", "Фёдоровна"),
    ("Рыгоравіч", "Рыгораўна", "Григорьевич", "Григорьевна"),
    ("Канстанцінавіч", "Канстанцінаўна", "Константинович", "Константиновна"),
    ("Барысавіч", "Барысаўна", "Борисович", "Борисовна"),
    ("Валер'евіч", "Валер'еўна", "Валерьевич", "Валерьевна"),
    ("Алегавіч", "Алегаўна", "Олегович", "Олеговна"),
    ("Аляксеевіч", "Аляксееўна", "Алексеевич", "Алексеевна"),
    ("Дзмітрыевіч", "Дзмітрыеўна", "Дмитриевич", "Дмитриевна"),
]

# Family names: stem pairs (Belarusian stem, Russian stem) for each kind of ending.
# Endings: (be male, be female, ru male, ru female).
FAMILY = {
    # -енка / -енко
    ("енка", "енка", "енко", "енко"): [
        ("Мароз", "Мороз"), ("Кірыл", "Кирилл"), ("Тарас", "Тарас"), ("Гаўрыл", "Гаврил"),
        ("Мацві", "Матви"), ("Дзяніс", "Денис"), ("Іван", "Иван"), ("Раман", "Роман"),
        ("Сцяп", "Степ"), ("Андры", "Андри"), ("Карп", "Карп"), ("Васіл", "Васил"),
        ("Мартын", "Мартын"), ("Якім", "Яким"), ("Давыд", "Давыд"), ("Кузьм", "Кузьм"),
    ],
    # after a hard ш ж ч р the Belarusian writes -энка
    ("энка", "энка", "енко", "енко"): [
        ("Лукаш", "Лукаш"), ("Пятр", "Петр"), ("Шаўч", "Шевч"), ("Несцяр", "Нестер"),
        ("Сідар", "Сидор"), ("Грыш", "Гриш"), ("Ляўч", "Левч"), ("Юрч", "Юрч"),
        ("Пашч", "Пащ"), ("Радч", "Радч"), ("Зінч", "Зинч"), ("Кавальч", "Ковальч"),
        ("Марч", "Марч"), ("Дзямч", "Демч"), ("Юшч", "Ющ"),
    ],
    # -скі / -ский, -цкі / -цкий
    ("кі", "кая", "кий", "кая"): [
        ("Тарайкоўс", "Тарайковс"), ("Бяляц", "Беляц"), ("Ясінс", "Ясинс"), ("Садоўс", "Садовс"),
        ("Кавальс", "Ковальс"), ("Пятроўс", "Петровс"), ("Дубоўс", "Дубовс"), ("Навіц", "Новиц"),
        ("Сакалоўс", "Соколовс"), ("Ракіц", "Ракиц"), ("Беразоўс", "Березовс"),
        ("Жукоўс", "Жуковс"), ("Вішнеўс", "Вишневс"), ("Глінс", "Глинс"), ("Лукомс", "Лукомс"),
        ("Астроўс", "Островс"), ("Бараноўс", "Барановс"), ("Ляшчынс", "Лещинс"),
        ("Грабоўс", "Грабовс"), ("Стралец", "Стрелец"), ("Савіц", "Савиц"), ("Зяленец", "Зеленец"),
        ("Мураўс", "Муравс"), ("Крупс", "Крупс"), ("Ліцвінс", "Литвинс"), ("Падгайс", "Подгайс"),
    ],
    # -оў / -ов (a stressed ending)
    ("оў", "ова", "ов", "ова"): [
        ("Карпянк", "Карпенк"), ("Барсук", "Барсук"), ("Смірн", "Смирн"), ("Кузняц", "Кузнец"),
        ("Казл", "Козл"), ("Мяснік", "Мясник"), ("Пятр", "Петр"), ("Баран", "Баран"),
        ("Лазар", "Лазар"), ("Шыпіл", "Шипил"), ("Будак", "Будак"), ("Дзеншчык", "Денщик"),
        ("Гарбун", "Горбун"), ("Сакал", "Сокол"), ("Шчарбак", "Щербак"), ("Жук", "Жук"),
    ],
    # -аў / -ов (an unstressed ending: the Belarusian writes what it hears)
    ("аў", "ава", "ов", "ова"): [
        ("Азар", "Азар"), ("Сідар", "Сидор"), ("Міхайл", "Михайл"), ("Фядот", "Федот"),
        ("Навік", "Новик"), ("Макар", "Макар"), ("Іван", "Иван"), ("Панамар", "Пономар"),
        ("Антон", "Антон"), ("Тарас", "Тарас"), ("Кірыл", "Кирилл"), ("Ягад", "Ягод"),
        ("Карнаух", "Корнаух"), ("Шапавал", "Шаповал"), ("Мельнік", "Мельник"), ("Фомін", "Фомин"),
    ],
    # -еў / -ев
    ("еў", "ева", "ев", "ева"): [
        ("Мядзведз", "Медвед"), ("Лебедз", "Лебед"), ("Васіль", "Василь"), ("Андрэ", "Андре"),
        ("Сярге", "Серге"), ("Мікала", "Никола"), ("Гус", "Гус"), ("Юр'", "Юрь"),
        ("Зу", "Зу"), ("Дзмітры", "Дмитри"), ("Аляксе", "Алексе"), ("Мацве", "Матве"),
    ],
    # -віч / -вич
    ("віч", "віч", "вич", "вич"): [
        ("Мацке", "Мацке"), ("Шушке", "Шушке"), ("Міцке", "Мицке"), ("Ярашэ", "Яроше"),
        ("Сянке", "Сенке"), ("Станке", "Станке"), ("Янушке", "Янушке"), ("Пашке", "Пашке"),
        ("Юрке", "Юрке"), ("Лукашэ", "Лукаше"), ("Пятро", "Петро"), ("Адамо", "Адамо"),
        ("Ермало", "Ермоло"), ("Бабро", "Бобро"), ("Карпо", "Карпо"), ("Дашке", "Дашке"),
        ("Марке", "Марке"), ("Ільке", "Ильке"), ("Ваське", "Ваське"), ("Рудке", "Рудке"),
        ("Рамано", "Романо"), ("Шыло", "Шило"), ("Гарано", "Горано"),
    ],
    # -юк, -чук
    ("юк", "юк", "юк", "юк"): [
        ("Даніл", "Данил"), ("Кавал", "Ковал"), ("Мартын", "Мартын"), ("Паўл", "Павл"),
        ("Васіл", "Васил"), ("Гаўрыл", "Гаврил"), ("Кірыл", "Кирил"), ("Ігнац", "Игнат"),
    ],
    ("чук", "чук", "чук", "чук"): [
        ("Саў", "Сав"), ("Краў", "Крав"), ("Раман", "Роман"), ("Даніль", "Даниль"),
        ("Мар", "Мар"), ("Каваль", "Коваль"), ("Сцяпан", "Степан"),
    ],
    # -чык / -чик
    ("чык", "чык", "чик", "чик"): [
        ("Паль", "Паль"), ("Каваль", "Коваль"), ("Зай", "Зай"), ("Міхаль", "Михаль"),
        ("Круп", "Круп"), ("Дудар", "Дудар"),
    ],
    # -ёнак / -ёнок
    ("ёнак", "ёнак", "ёнок", "ёнок"): [
        ("Кавал", "Ковал"), ("Сакал", "Сокол"), ("Казл", "Козл"), ("Мядзвядз", "Медвед"),
        ("Дзятл", "Дятл"),
    ],
}

# Places: (Belarusian stem, Russian stem) x suffix (be, ru); family-name stems make more of them
# (Azarava, Karpiankouka, Matskevichy), as villages named after families do.
PLACE_SUFFIXES = {
    ("ічы", "ичи"): [
        ("Асіпов", "Осипов"), ("Івацэв", "Ивацев"), ("Ганцэв", "Ганцев"), ("Пятров", "Петров"),
        ("Баранав", "Баранов"), ("Смілав", "Смилов"), ("Ляхав", "Ляхов"), ("Карэл", "Корел"),
        ("Юрэв", "Юрев"), ("Рудзев", "Рудев"), ("Давыдав", "Давыдов"), ("Бабров", "Бобров"),
    ],
    ("оўка", "овка"): [
        ("Сасн", "Сосн"), ("Дуб", "Дуб"), ("Бяроз", "Берез"), ("Ліп", "Лип"), ("Вольх", "Ольх"),
        ("Малін", "Малин"), ("Крын", "Крын"), ("Ракіт", "Ракит"), ("Ягад", "Ягод"),
        ("Пятр", "Петр"), ("Іван", "Иван"), ("Сцяпан", "Степан"),
    ],
    ("ава", "ово"): [("Бор", "Бор"), ("Дуб", "Дуб"), ("Крыв", "Крив"), ("Сасн", "Сосн")],
    ("оўшчына", "овщина"): [
        ("Пятр", "Петр"), ("Сідар", "Сидор"), ("Іван", "Иван"), ("Міхайл", "Михайл"),
        ("Барыс", "Борис"), ("Лукаш", "Лукаш"),
    ],
    ("ск", "ск"): [("Бабруй", "Бобруй"), ("Лагой", "Логой"), ("Дуброў", "Дубров"),
                   ("Бярэзін", "Березин"), ("Зарэч", "Зареч")],
}
# family-name endings whose stems also make village names, and the suffixes they take
PLACE_FROM_FAMILY = {
    ("оў", "ова", "ов", "ова"): [("ава", "ово"), ("оўка", "овка")],
    ("аў", "ава", "ов", "ова"): [("ава", "ово"), ("оўка", "овка")],
    ("віч", "віч", "вич", "вич"): [("вічы", "вичи")],
}
PLACE_PREFIX = {("ічы", "ичи"): ("Новыя", "Новые"), ("вічы", "вичи"): ("Новыя", "Новые"),
                ("оўка", "овка"): ("Новая", "Новая"), ("ава", "ово"): ("Новае", "Новое"),
                ("ск", "ск"): ("Новы", "Новый")}

# English given names and invented family names: queries for people who are not in the glossary.
OTHER_GIVEN = ["John", "Michael", "Peter", "Maria", "Anna", "Thomas", "Sarah", "David", "Laura",
               "James", "Emma", "Oliver", "Sophie", "Daniel", "Helen", "Mark", "Julia", "Paul"]
OTHER_FAMILY = ["Thornbury", "Whitcombe", "Hargreaves", "Blackwood", "Fairweather", "Kensington",
                "Abernathy", "Lockhart", "Pemberton", "Castellano", "Vandermeer", "Okonkwo",
                "Lindqvist", "Haraldsen", "Moreau", "Rossellini", "Yamamoto", "Dubois", "Novak",
                "Schneider", "Kowalczyk", "Horvath", "Fitzgerald", "McAllister", "Delacroix"]
SYLLABLES = ["bra", "dor", "kel", "mun", "tos", "vir", "gal", "pen", "rud", "sol", "tem", "fin",
             "quor", "zeb", "wal", "hom", "lis", "dra", "ner", "bol", "ux", "eth", "ard", "ilm"]


def slug(text: str) -> str:
    """An id from a Latin name: lowercase ASCII letters and digits joined by hyphens."""
    import unicodedata

    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-") or "x"


# --- glossary ------------------------------------------------------------------------------
# Syllables (Belarusian, Russian) for more family-name stems: a real register of 10,000
# people holds thousands of different family names, not a few hundred. Belarusian akanye
# writes an unstressed о as а; the stems below follow that one correspondence.
STEM_FIRST = [("Ба", "Бо"), ("Ка", "Ко"), ("Ма", "Мо"), ("Ра", "Ро"), ("Са", "Со"), ("Та", "То"),
              ("Ла", "Ло"), ("На", "Но"), ("Да", "До"), ("Га", "Го"), ("Ва", "Во"), ("Жу", "Жу"),
              ("Ку", "Ку"), ("Ду", "Ду"), ("Бу", "Бу"), ("Лі", "Ли"), ("Мі", "Ми"), ("Бы", "Бы"),
              ("Шы", "Ши"), ("Ся", "Се"), ("Ля", "Ле"), ("Ня", "Не"), ("Вя", "Ве"), ("Пя", "Пе"),
              ("Гры", "Гри"), ("Кра", "Кро"), ("Пра", "Про"), ("Сты", "Сты"), ("Хва", "Хво")]
STEM_MIDDLE = [("ра", "ро"), ("ла", "ло"), ("на", "но"), ("ка", "ко"), ("ба", "бо"), ("да", "до"),
               ("лі", "ли"), ("ры", "ры"), ("ну", "ну"), ("ма", "мо"), ("ту", "ту"), ("жа", "жо")]
STEM_LAST = [("к", "к"), ("л", "л"), ("н", "н"), ("б", "б"), ("д", "д"), ("т", "т"), ("м", "м"),
             ("в", "в"), ("с", "с"), ("з", "з"), ("р", "р"), ("п", "п")]
GENERATED_ENDINGS = [("енка", "енка", "енко", "енко"), ("оў", "ова", "ов", "ова"),
                     ("аў", "ава", "ов", "ова"), ("скі", "ская", "ский", "ская"),
                     ("чык", "чык", "чик", "чик"), ("юк", "юк", "юк", "юк"),
                     ("ін", "іна", "ин", "ина"), ("ёнак", "ёнак", "ёнок", "ёнок")]


def _generated_family_names() -> list[tuple[str, str, str, str]]:
    """Family names from syllables: (be male, be female, ru male, ru female)."""
    out = []
    for fb, fr in STEM_FIRST:
        for mb, mr in STEM_MIDDLE:
            for lb, lr in STEM_LAST:
                for i, (bm, bf, rm, rf) in enumerate(GENERATED_ENDINGS):
                    # one ending per stem, spread evenly, so stems are not reused
                    if (len(out) + i) % len(GENERATED_ENDINGS):
                        continue
                    be, ru = fb + mb + lb, fr + mr + lr
                    if bm == "ін":  # і after a hard consonant is ы in Belarusian
                        bm, bf = "ын", "ына"
                    out.append((be + bm, be + bf, ru + rm, ru + rf))
    return out


def _family_names():
    """Every family name: (be male, be female, ru male, ru female), in a fixed order."""
    out = []
    for (bm, bf, rm, rf), stems in FAMILY.items():
        for be, ru in stems:
            out.append((be + bm, be + bf, ru + rm, ru + rf))
    out.extend(_generated_family_names())
    seen, unique = set(), []
    for f in out:
        if f[0] not in seen:
            seen.add(f[0])
            unique.append(f)
    return unique


def _places():
    """Every place: (be, ru), in a fixed order, unique."""
    out = []

    def add(be_stem: str, ru_stem: str, sb: str, sr: str) -> None:
        be, ru = be_stem + sb, ru_stem + sr
        out.append((be, ru))
        if (sb, sr) in PLACE_PREFIX:
            pb, pr = PLACE_PREFIX[(sb, sr)]
            out.append((f"{pb} {be}", f"{pr} {ru}"))

    for (sb, sr), stems in PLACE_SUFFIXES.items():
        for be, ru in stems:
            add(be, ru, sb, sr)
    for ending, suffixes in PLACE_FROM_FAMILY.items():
        for be, ru in FAMILY[ending]:
            for sb, sr in suffixes:
                add(be, ru, sb, sr)
    seen, unique = set(), []
    for p in out:
        if p[0] not in seen:
            seen.add(p[0])
            unique.append(p)
    return unique


def make_glossary(n: int = 10_000, seed: int = SEED) -> list[dict]:
    """`n` entries (persons and places), as glossary-format-v1 mappings sorted by id."""
    from checker.translit import transliterate

    rng = random.Random(seed)
    families = _family_names()
    places = _places()
    n_places = min(len(places), max(1, n // 20))
    n_persons = n - n_places
    combos = [("male", g, f) for g in range(len(MALE_GIVEN)) for f in range(len(families))]
    combos += [("female", g, f) for g in range(len(FEMALE_GIVEN)) for f in range(len(families))]
    rng.shuffle(combos)
    entries: list[dict] = []
    ids: set[str] = set()
    used_full: set[str] = set()
    i = 0
    while len(entries) < n_persons:
        # first pass: distinct (given, family) pairs; after that, namesakes told apart by the
        # patronymic, as in real registers
        gender, g, f = combos[i % len(combos)]
        namesake = i >= len(combos)
        i += 1
        given = (MALE_GIVEN if gender == "male" else FEMALE_GIVEN)[g]
        fam = families[f]
        fam_be, fam_ru = (fam[0], fam[2]) if gender == "male" else (fam[1], fam[3])
        with_patronymic = namesake or rng.random() < 0.25
        pat = rng.choice(PATRONYMICS) if with_patronymic else None
        be, ru = f"{given[0]} {fam_be}", f"{given[1]} {fam_ru}"
        if pat:
            # the main form first (given + family), then the full form with the patronymic
            pat_be, pat_ru = (pat[0], pat[2]) if gender == "male" else (pat[1], pat[3])
            be_full = f"{given[0]} {pat_be} {fam_be}"
            ru_full = f"{given[1]} {pat_ru} {fam_ru}"
            key = be_full
        else:
            key = be
        if key in used_full:
            continue
        canonical = f"{transliterate(given[0], 'be-press')} {transliterate(fam_be, 'be-press')}"
        ident = slug(transliterate(be_full, "be-press") if namesake else canonical)
        if ident in ids:
            continue
        used_full.add(key)
        ids.add(ident)
        e: dict = {"id": ident, "kind": "person", "be": [be, be_full] if pat else be,
                   "ru": [ru, ru_full] if pat else ru}
        if rng.random() < 0.5:  # explicit canonical; else derived from `be` by the loader
            e["canonical"] = canonical
        variants = []
        ru_short = f"{given[1]} {fam_ru}"
        for sid in ("ru-press", "ru-wikipedia", "ru-german", "ru-french", "be-national-2000"):
            if sid == "ru-press" or rng.random() < 0.2:
                src = ru_short if sid.startswith("ru-") else f"{given[0]} {fam_be}"
                v = transliterate(src, sid)
                if v != canonical and v not in variants:
                    variants.append(v)
        if variants:
            e["variants"] = variants
        e["gender"] = gender
        if rng.random() < 0.1:
            e["note"] = rng.choice(["Opposition activist.", "Judge of a district court.",
                                    "Journalist.", "Deputy minister.", "Political prisoner.",
                                    "Member of the Coordination Council."])
        entries.append(e)
    for be, ru in places[:n_places]:
        ident = slug(transliterate(be, "be-press"))
        if ident in ids:
            ident = f"{ident}-place"
        ids.add(ident)
        e = {"id": ident, "kind": "place", "be": be, "ru": ru}
        v = transliterate(ru, "ru-press")
        if v != transliterate(be, "be-press"):
            e["variants"] = [v]
        entries.append(e)
    entries.sort(key=lambda e: e["id"])
    return entries


def write_glossary(entries: list[dict], path: Path) -> None:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.parent.mkdir(parents=True, exist_ok=True)
    head = ("# Synthetic benchmark glossary (benchmarks/make_data.py); format: "
            "docs/glossary-format.md\n")
    body = yaml.dump({"version": 1, "entries": entries}, Dumper=dumper, allow_unicode=True,
                     sort_keys=False, width=200)
    path.write_text(head + body, encoding="utf-8")


# --- spellings -----------------------------------------------------------------------------
def _scheme_ids():
    from checker.translit import scheme_ids

    return scheme_ids()


def forms(entry: dict, lang: str) -> tuple[str, ...]:
    """An entry's Cyrillic forms in one language ('be'/'ru'), the main form first."""
    v = entry.get(lang, ())
    return (v,) if isinstance(v, str) else tuple(v)


class Spellings:
    """Latin spellings of entries, made once: canonical, variants, every scheme's output."""

    def __init__(self, entries: list[dict]):
        from checker.glossary.loader import derive_canonical

        self.entries = entries
        self.by_id = {e["id"]: e for e in entries}
        self._canon = {e["id"]: e.get("canonical") or derive_canonical(forms(e, "be"), forms(e, "ru"))
                       for e in entries}
        self._schemes: dict[str, list[str]] = {}
        self.be_ids = [s for s in _scheme_ids() if s.startswith("be-")]
        self.ru_ids = [s for s in _scheme_ids() if s.startswith("ru-")]

    def canonical(self, eid: str) -> str:
        return self._canon[eid]

    def variants(self, eid: str) -> list[str]:
        return list(self.by_id[eid].get("variants", ()))

    def scheme(self, eid: str, sid: str, full: bool = False) -> str:
        """The entry's Belarusian (be-* schemes) or Russian (ru-*) form under one scheme."""
        from checker.translit import transliterate

        e = self.by_id[eid]
        fs = forms(e, "be" if sid.startswith("be-") else "ru")
        return transliterate(fs[-1] if full else fs[0], sid)

    def schemes(self, eid: str) -> list[str]:
        """Distinct outputs of every scheme for the entry (given + family for persons)."""
        got = self._schemes.get(eid)
        if got is None:
            seen: dict[str, None] = {}
            for sid in self.be_ids + self.ru_ids:
                seen.setdefault(self.scheme(eid, sid), None)
            got = self._schemes[eid] = list(seen)
        return got


# --- queries -------------------------------------------------------------------------------
def _typo(rng: random.Random, text: str) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w.strip(",")) >= 5]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    core, tail = (w[:-1], ",") if w.endswith(",") else (w, "")
    p = rng.randrange(1, len(core) - 1)
    op = rng.randrange(4)
    if op == 0:      # a letter dropped
        core = core[:p] + core[p + 1:]
    elif op == 1:    # two letters swapped
        core = core[:p] + core[p + 1] + core[p] + core[p + 2:]
    elif op == 2:    # a vowel for another
        vowels = "aeiouy"
        j = next((k for k in range(p, len(core)) if core[k].lower() in vowels), None)
        if j is not None:
            v = rng.choice([c for c in vowels if c != core[j].lower()])
            core = core[:j] + (v.upper() if core[j].isupper() else v) + core[j + 1:]
    else:            # a letter doubled
        core = core[:p] + core[p] + core[p:]
    words[i] = core + tail
    return " ".join(words)


def _order(rng: random.Random, name: str, person: bool) -> str:
    """A person's 'Given Family' as written in lists and press: several orders and cases."""
    words = name.split()
    if not person or len(words) < 2:
        return name.upper() if rng.random() < 0.1 else name
    given, family = " ".join(words[:-1]), words[-1]
    r = rng.random()
    if r < 0.30:
        return f"{family.upper()}, {given}"
    if r < 0.55:
        return f"{given} {family.upper()}"
    if r < 0.65:
        return f"{family} {given}"
    if r < 0.75:
        return f"{given[0]}. {family}"
    return f"{given} {family}"


def make_queries(entries: list[dict], n: int = 25_000, seed: int = SEED) -> list[dict]:
    """`n` look-up queries: {query, expected (entry id or null), kind}."""
    rng = random.Random(seed + 1)
    sp = Spellings(entries)
    scheme_ids = sp.be_ids + sp.ru_ids
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.08:  # not in the glossary
            if rng.random() < 0.5:
                q = f"{rng.choice(OTHER_GIVEN)} {rng.choice(OTHER_FAMILY)}"
            else:
                fam = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                q = f"{rng.choice(OTHER_GIVEN)} {fam}"
            out.append({"query": _order(rng, q, True), "expected": None, "kind": "unknown"})
            continue
        e = rng.choice(entries)
        eid, person = e["id"], e["kind"] == "person"
        if r < 0.13:
            q, kind = rng.choice(forms(e, "be") + forms(e, "ru")), "cyrillic"
        elif r < 0.25:
            q, kind = sp.canonical(eid), "canonical"
        elif r < 0.35 and e.get("variants"):
            q, kind = rng.choice(e["variants"]), "variant"
        else:
            sid = rng.choice(scheme_ids)
            q, kind = sp.scheme(eid, sid, full=rng.random() < 0.1), "scheme:" + sid
        if kind != "cyrillic":
            q = _order(rng, q, person)
        if rng.random() < 0.10 and kind != "cyrillic":
            q, kind = _typo(rng, q), "typo"
        out.append({"query": q, "expected": eid, "kind": kind})
    return out


# --- corpus --------------------------------------------------------------------------------
# {p}: a person's full name, {ps}: the same with a possessive, {f}: the family name alone of
# someone already named, {pl}: a place, {n}, {y}, {m}: numbers, a year, a month.
TEMPLATES = [
    "{p} was sentenced to {n} years in a penal colony by a court in {pl}.",
    "A district court in {pl} on {m} {d} found {p} guilty of organising mass riots.",
    "{ps} lawyer said the verdict would be appealed to the Supreme Court.",
    "Police detained {p} and {p} outside the regional executive committee in {pl}.",
    "According to the human rights centre Viasna, {p} has been held in pre-trial detention since {m} {y}.",
    "{p}, a former teacher from {pl}, told reporters that the charges were fabricated.",
    "The prosecutor asked for {n} years of imprisonment for {p}, citing Article 342 of the Criminal Code.",
    "\"We will not give up,\" {p} said in a statement published on Telegram.",
    "{ps} wife said she had not been allowed to see him for {n} months.",
    "Judge {p} read out the verdict behind closed doors.",
    "In {pl}, several hundred people gathered on Sunday to support {p}.",
    "{p} and {p} were among those who signed the open letter.",
    "The Interior Ministry said {p} had been fined for taking part in an unauthorised event.",
    "Reporters were not admitted to the hearing of {p} in {pl} on {m} {d}.",
    "{f} denied all the charges and called the case political.",
    "Earlier this year, {f} was transferred to a prison in {pl}.",
    "The opposition politician {p} left the country for Vilnius in {y}.",
    "Lawmakers in the European Parliament called for the release of {p}.",
    "{ps} trial, which began in {m}, is expected to last several weeks.",
    "State television described {p} as an extremist.",
    "On {m} {d}, {y}, riot police dispersed a march in {pl} and detained {n} people.",
    "{p}, who heads the local election commission in {pl}, declined to comment.",
    "The KGB added {p} to its list of persons involved in terrorist activity.",
    "According to the court press service, {f} pleaded not guilty.",
    "A court in {pl} sentenced {p} to {n} days of administrative arrest.",
    "{p} spent {n} days in a detention centre on Akrestsin Street in Minsk.",
    "In a letter from prison, {f} thanked everyone who had written to her or him.",
    "The investigators accused {p} of insulting the president.",
    "{ps} relatives said they learned about the search only the next day.",
    "The Belarusian Association of Journalists said {p} was the {n}th media worker detained this year.",
    "Prosecutors in {pl} opened a criminal case against {p} and {p}.",
    "{p} was released on {m} {d} after serving the full term.",
    "Witnesses at the trial of {p} said they had not seen any violence.",
    "The appeal of {p} was rejected by the regional court in {pl}.",
    "Supporters of {f} held flowers and white-red-white ribbons outside the courthouse.",
    "{p}, the deputy head of the district administration in {pl}, signed the order.",
    "A spokesperson for {p} said the meeting in {pl} had been postponed.",
    "The name of {p} was included in the register of political prisoners in {y}.",
    "{f} told the court that the confession had been given under pressure.",
    "Observers noted that {p} looked tired and had lost weight.",
]
HEADINGS = [
    "{p} sentenced in {pl}", "Court hearings in {pl}", "Detentions continue in {pl}",
    "The case of {p}", "{ps} appeal rejected", "Protests in {pl}", "Political prisoners: an update",
    "Statement by {p}", "Trial of {p} and others", "News from {pl}",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class _FileWriter:
    """The prose of one news file: a cast of people and places, each spelled in its own ways."""

    def __init__(self, rng: random.Random, sp: Spellings, persons: list[str], places: list[str]):
        self.rng, self.sp = rng, sp
        k = rng.randint(4, 16)
        self.cast = rng.sample(persons, k)
        self.towns = rng.sample(places, rng.randint(2, 6))
        self.habit: dict[str, str] = {}   # the file's usual spelling of each entry
        self.named: list[str] = []

    def _spelling(self, eid: str) -> str:
        rng, sp = self.rng, self.sp
        if eid in self.habit and rng.random() < 0.6:
            return self.habit[eid]
        r = rng.random()
        if r < 0.35:
            s = sp.canonical(eid)
        elif r < 0.55 and sp.variants(eid):
            s = rng.choice(sp.variants(eid))
        else:
            s = rng.choice(sp.schemes(eid))
        self.habit.setdefault(eid, s)
        return s

    def person(self) -> str:
        eid = self.rng.choice(self.cast)
        s = self._spelling(eid)
        r = self.rng.random()
        if r < 0.06:
            s = s.upper()
        elif r < 0.12:
            w = s.split()
            s = " ".join(w[:-1] + [w[-1].upper()])
        self.named.append(eid)
        return s

    def family(self) -> str:
        eid = self.rng.choice(self.named) if self.named else self.rng.choice(self.cast)
        w = self._spelling(eid).split()
        title = {"male": "Mr ", "female": "Ms "}.get(self.sp.by_id[eid].get("gender"), "")
        return (self.rng.choice([title, ""]) if len(w) > 1 else "") + w[-1]

    def place(self) -> str:
        return self._spelling(self.rng.choice(self.towns))

    def fill(self, template: str) -> str:
        rng = self.rng
        out = []
        for lit, field in _split_template(template):
            out.append(lit)
            if field == "p":
                out.append(self.person())
            elif field == "ps":
                out.append(self.person() + rng.choice(["'s", "'s", "’s"]))
            elif field == "f":
                out.append(self.family())
            elif field == "pl":
                out.append(self.place())
            elif field == "n":
                out.append(str(rng.randint(2, 25)))
            elif field == "d":
                out.append(str(rng.randint(1, 28)))
            elif field == "m":
                out.append(rng.choice(MONTHS))
            elif field == "y":
                out.append(str(rng.randint(2017, 2024)))
        text = "".join(out)
        return text[0].upper() + text[1:]


_TEMPLATE_CACHE: dict[str, list[tuple[str, str | None]]] = {}


def _split_template(t: str) -> list[tuple[str, str | None]]:
    got = _TEMPLATE_CACHE.get(t)
    if got is None:
        parts = re.split(r"\{(\w+)\}", t)
        got = [(parts[i], parts[i + 1] if i + 1 < len(parts) else None)
               for i in range(0, len(parts), 2)]
        _TEMPLATE_CACHE[t] = got
    return got


def news_text(rng: random.Random, sp: Spellings, persons: list[str], places: list[str],
              size: int) -> str:
    """About `size` characters of Markdown news: a title, sections, paragraphs of sentences."""
    w = _FileWriter(rng, sp, persons, places)
    parts = [f"# {w.fill(rng.choice(HEADINGS))}\n\n"]
    total = len(parts[0])
    since_heading = 0
    while total < size:
        if since_heading >= rng.randint(4, 9):
            h = f"## {w.fill(rng.choice(HEADINGS))}\n\n"
            parts.append(h)
            total += len(h)
            since_heading = 0
        para = " ".join(w.fill(rng.choice(TEMPLATES)) for _ in range(rng.randint(3, 7))) + "\n\n"
        parts.append(para)
        total += len(para)
        since_heading += 1
    return "".join(parts)


def make_corpus(entries: list[dict], out_dir: Path, mb: float = 50.0, seed: int = SEED,
                min_kb: int = 20, max_kb: int = 200) -> dict:
    """Write about `mb` MB of Markdown news files (20-200 KB each) to out_dir; return a summary."""
    rng = random.Random(seed + 2)
    target = int(mb * 1_000_000)
    return _write_articles(
        entries, out_dir, target, rng, news_text,
        lambda written: min(rng.randint(min_kb * 1000, max_kb * 1000),
                            max(target - written, min_kb * 1000)),
        lambda year, files: Path(str(year), f"news-{files:04d}.md"))


def _write_articles(entries: list[dict], out_dir: Path, target: int, rng: random.Random,
                    text: Callable[..., str], size_of: Callable[[int], int],
                    path_of: Callable[[int, int], Path]) -> dict:
    """Write articles made by `text` to out_dir (emptied first) until `target` bytes; each
    article's size and path come from `size_of(bytes written)` and `path_of(year, number)`."""
    sp = Spellings(entries)
    persons = [e["id"] for e in entries if e["kind"] == "person"]
    places = [e["id"] for e in entries if e["kind"] == "place"]
    if out_dir.exists():
        shutil.rmtree(out_dir)
    written = files = 0
    while written < target:
        size = size_of(written)
        year = rng.choice(range(2019, 2025))
        path = out_dir / path_of(year, files)
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text(rng, sp, persons, places, size).encode("utf-8")
        path.write_bytes(data)
        written += len(data)
        files += 1
    return {"files": files, "bytes": written}


# --- news-like corpus: names as rare as in real news ----------------------------------------
# Sentences of our own with no glossary name in them, but with the capitalised words news has:
# sentence openers, days, months, institutions, countries, organisations.
FILLER = [
    "The government said on Monday that the new rules would come into force next month.",
    "According to the National Statistical Committee, prices rose by 1.2 per cent in March.",
    "Officials at the Ministry of Economy declined to comment on the figures.",
    "The European Union extended its sanctions for another six months.",
    "Several hundred people gathered in the central square despite the rain.",
    "In a statement, the Supreme Court said the appeal would be heard in the spring.",
    "Independent journalists have been working from abroad since the summer of 2020.",
    "The United Nations Human Rights Council adopted a resolution on Thursday.",
    "Analysts expect the central bank to keep its key rate unchanged.",
    "Police detained at least a dozen people, the human rights centre reported.",
    "The Ministry of Internal Affairs did not respond to a request for comment.",
    "Exports of potash fell sharply after the railway transit through Lithuania stopped.",
    "On Friday the parliament approved amendments to the Criminal Code.",
    "The International Monetary Fund revised its growth forecast downwards.",
    "Teachers and doctors were among those who signed the open letter.",
    "Most of the defendants pleaded not guilty, their lawyers said.",
    "The hearing was closed to the public and to the press.",
    "In Poland and Lithuania, diaspora organisations held rallies on Saturday.",
    "The State Security Committee added the website to its list of extremist materials.",
    "A spokesperson for the Foreign Ministry called the statement interference in internal affairs.",
    "Inflation slowed in the second quarter, the National Bank said.",
    "The Olympic Committee said the athletes would not travel to the games.",
    "Road repairs on the ring road are expected to last until October.",
    "Farmers complained that fuel prices had doubled since January.",
    "The Council of Europe and the OSCE called for the release of political prisoners.",
    "Residents of the district said the new factory had polluted the river.",
    "The court fined the newspaper and ordered it to stop publishing.",
    "Belarusian universities cancelled exchange programmes with several European partners.",
    "Amnesty International described the sentences as unjust.",
    "The Investigative Committee opened a criminal case on charges of insulting officials.",
    "Public transport fares will rise from the first of April.",
    "The Red Cross delivered food and medicine to the border area.",
    "Election observers from the OSCE were not invited this year.",
    "The Academy of Sciences announced a new programme for young researchers.",
    "After the verdict, relatives waited outside the courthouse for several hours.",
    "The World Bank estimated that the economy shrank by almost five per cent.",
    "The Orthodox Church and the Catholic Church held joint prayers for peace.",
    "Online media remain blocked, although many readers use a VPN.",
    "Trade with China grew by a third, customs data showed.",
    "The opposition's coordination council met in Vilnius on Sunday.",
]
NEWS_NAMED = [
    "{p} said the decision had been taken without consultation.",
    "The court in {pl} sentenced {p} to three years in prison.",
    "{p} was detained in {pl} on Tuesday, according to relatives.",
    "Speaking in {pl}, {p} called for new talks.",
    "A letter signed by {p} was published on Wednesday.",
    "The case of {p} was sent back for further investigation.",
]


def _news_spelling(rng: random.Random, sp: Spellings, eid: str, variant_share: float) -> str:
    if rng.random() >= variant_share:
        return sp.canonical(eid)
    if sp.variants(eid) and rng.random() < 0.5:
        return rng.choice(sp.variants(eid))
    return rng.choice(sp.schemes(eid))


def news_like_text(rng: random.Random, sp: Spellings, persons: list[str], places: list[str],
                   size: int, variant_share: float = 0.04) -> str:
    """About `size` characters of plain-text news with a glossary name every 1-2 KB."""
    parts: list[str] = []
    total = 0
    next_name = rng.randint(1000, 2000)
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            if total >= next_name:
                fields = {"p": _news_spelling(rng, sp, rng.choice(persons), variant_share),
                          "pl": _news_spelling(rng, sp, rng.choice(places), variant_share)}
                template = rng.choice(NEWS_NAMED)
                if "{pl}" not in template:
                    fields["pl"] = ""
                s = template.format(**fields)
                next_name = total + rng.randint(1000, 2000)
            else:
                s = rng.choice(FILLER)
            sentences.append(s)
            total += len(s) + 1
        para = " ".join(sentences) + "\n\n"
        parts.append(para)
        total += 1
    return "".join(parts)


def make_news_corpus(entries: list[dict], out_dir: Path, mb: float = 50.0, seed: int = SEED,
                     min_kb: int = 2, max_kb: int = 20) -> dict:
    """Write about `mb` MB of plain-text news articles (2-20 KB each) to out_dir; return a summary."""
    rng = random.Random(seed + 3)
    return _write_articles(
        entries, out_dir, int(mb * 1_000_000), rng, news_like_text,
        lambda written: rng.randint(min_kb * 1000, max_kb * 1000),
        lambda year, files: Path(str(year), f"{files // 1000:03d}", f"article-{files:05d}.txt"))


# --- the out/ folder, reused when the arguments match -------------------------------------------
def _manifest(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def ensure_glossary(n: int = 10_000, seed: int = SEED, out: Path = OUT) -> tuple[Path, list[dict], bool]:
    """out/glossary.yaml with `n` entries (made, or reused when made with the same arguments)."""
    path = out / "glossary.yaml"
    man_path = out / "glossary.manifest.json"
    want = {"entries": n, "seed": seed, "generator": _generator_digest()}
    entries = make_glossary(n, seed)
    if path.exists() and _manifest(man_path) == want:
        return path, entries, False
    write_glossary(entries, path)
    man_path.write_text(json.dumps(want), encoding="utf-8")
    return path, entries, True


def ensure_queries(entries: list[dict], n: int = 25_000, seed: int = SEED,
                   out: Path = OUT) -> tuple[Path, list[dict]]:
    """out/queries.txt (one a line) and out/queries.jsonl (with the expected entry)."""
    qs = make_queries(entries, n, seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "queries.txt").write_text("".join(q["query"] + "\n" for q in qs), encoding="utf-8")
    (out / "queries.jsonl").write_text(
        "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    return out / "queries.txt", qs


def ensure_corpus(entries: list[dict], mb: float = 50.0, seed: int = SEED, out: Path = OUT,
                  n_entries: int = 10_000) -> tuple[Path, dict, bool]:
    """out/corpus/ of about `mb` MB (made, or reused when made with the same arguments)."""
    return _ensure_made(out / "corpus", make_corpus, entries, mb, seed, n_entries)


def ensure_news_corpus(entries: list[dict], mb: float = 50.0, seed: int = SEED, out: Path = OUT,
                       n_entries: int = 10_000) -> tuple[Path, dict, bool]:
    """out/news/ of about `mb` MB of news-like text (made, or reused when made with the same arguments)."""
    return _ensure_made(out / "news", make_news_corpus, entries, mb, seed, n_entries)


def _ensure_made(corpus: Path, make: Callable[[list[dict], Path, float, int], dict],
                 entries: list[dict], mb: float, seed: int, n_entries: int) -> tuple[Path, dict, bool]:
    """The corpus folder `make` writes, reused when its manifest (beside it) names the same
    arguments and generator; whether it was made anew."""
    man_path = corpus.with_name(corpus.name + ".manifest.json")
    want = {"mb": mb, "seed": seed, "entries": n_entries, "generator": _generator_digest()}
    man = _manifest(man_path)
    if corpus.is_dir() and {k: man.get(k) for k in want} == want:
        return corpus, man, False
    man_path.unlink(missing_ok=True)
    summary = make(entries, corpus, mb, seed)
    man = {**want, **summary}
    man_path.write_text(json.dumps(man), encoding="utf-8")
    return corpus, man, True


def print_table(title: str, rows: list[tuple[str, str]], rule: int) -> None:
    """A benchmark's figures: a title, a rule, then one `name  value` row a line."""
    width = max(len(r[0]) for r in rows)
    print()
    print(title)
    print("-" * (width + rule))
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    print()


def short_paths(text: str) -> str:
    """Profile output without this machine's folders (repository, standard library, packages)."""
    import os
    import sysconfig

    paths = sysconfig.get_paths()
    for folder, label in ((str(Path(__file__).resolve().parent.parent), ""),
                          (paths["purelib"], "<site-packages>"), (paths["stdlib"], "<stdlib>")):
        text = text.replace(folder + os.sep, label + ("/" if label else ""))
    return text


def checker_digest() -> str:
    """A short digest of the installed namecheck sources (code and data), to tell runs apart."""
    import hashlib

    import checker

    root = Path(checker.__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in (".py", ".yaml", ".json", ".md") and "__pycache__" not in p.parts:
            h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def _generator_digest() -> str:
    import hashlib

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000, help="glossary entries (default 10000)")
    ap.add_argument("--queries", type=int, default=25_000, help="look-up queries (default 25000)")
    ap.add_argument("--corpus", action="store_true", help="also make the name-dense news corpus")
    ap.add_argument("--news", action="store_true",
                    help="also make the news-like corpus (a name every 1-2 KB, mostly canonical)")
    ap.add_argument("--mb", type=float, default=50.0, help="corpus size in MB (default 50)")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    path, entries, made = ensure_glossary(args.entries, args.seed)
    kinds = {k: sum(e["kind"] == k for e in entries) for k in ("person", "place")}
    print(f"glossary: {path.relative_to(HERE.parent)} ({len(entries)} entries: {kinds}; "
          f"{'made' if made else 'reused'})")
    qpath, qs = ensure_queries(entries, args.queries, args.seed)
    print(f"queries: {qpath.relative_to(HERE.parent)} ({len(qs)})")
    if args.corpus:
        corpus, man, made = ensure_corpus(entries, args.mb, args.seed, n_entries=args.entries)
        print(f"corpus: {corpus.relative_to(HERE.parent)} ({man['files']} files, "
              f"{man['bytes'] / 1e6:.1f} MB; {'made' if made else 'reused'})")
    if args.news:
        corpus, man, made = ensure_news_corpus(entries, args.mb, args.seed, n_entries=args.entries)
        print(f"news: {corpus.relative_to(HERE.parent)} ({man['files']} files, "
              f"{man['bytes'] / 1e6:.1f} MB; {'made' if made else 'reused'})")
    print(f"done in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
