#!/usr/bin/env python3
"""A perturbation suite: controlled single edits of development-data sentences.

  perturb.py [OUT] [--data DIR] [--wordnet DIR] [--per-kind N]

Writes OUT (default .build/perturbations.tsv; the suite is regenerated on the fly and not
committed) with one row per (kind, base sentence) and the columns

  id, kind, meaning (changed|kept), source (bible|stsb|mqm),
  reference, original, edited, edited_original

Base sentences, from the development data only (../shared/data/dev, or $DRIFT_DEV_DATA) (nothing published as a challenge set):
  bible  every verse of Ruth twice: the KJV verse as reference with the WEB verse as its
         paraphrase partner, and the WEB verse with the KJV verse as partner (gold.tsv offsets);
  stsb   every distinct sentence of paraphrase/stsb_dev.tsv; its partner is the other sentence
         of its best-scored pair if that pair scores >= 4, else none;
  mqm    every distinct English source of mqm/ted_ende.tsv, without a partner.
PAWS (paraphrase/paws_dev.tsv) is read for word counts only (is a made-up inflection or a typo
a real word? is a capitalised word a name?), never as a base.

Two views of every edit:
  (a) `edited` = edit(reference): compare drift(reference, edited) with the edit's meaning;
  (b) `edited_original` = the same kind of edit applied to the partner (empty when there is no
      partner or the edit does not apply to it): a metric notices a meaning edit when
      drift(reference, edited_original) > drift(reference, original).
`decimal_moved` may rewrite the base itself: when a sentence has no decimal, an integer such as
"14" becomes "1.4" in the reference (and in the partner when it holds the same integer, else the
partner is dropped), so that `reference` and `original` of such a row differ from the data and
`edited` moves the point ("14" or "0.14").

The kinds (meaning changed): number_changed (a digit or number word to another value),
decimal_moved (4.2 -> 42 or 0.42), name_replaced (a person or place name by another of the same
WordNet kind from the data), name_removed (Obama's plan -> the plan; ... in Syria. -> ...;
leader Rouhani -> leader; X and Y -> X), verb_removed (is playing a guitar -> is a guitar; has
won the -> has the), noun_removed (a final "in the park" or "and onions"), subject_removed,
adjective_removed (attributive), word_added (an adjective before a noun, an adverb before -ing),
antonym (WordNet `!` pointer of the word's first sense), noun_replaced (a common noun by another
hyponym of its first sense's hypernym: guitar -> violin), negation_added, negation_removed,
modality (is -> may be, was -> might have been, will -> may, says -> could say, may -> will),
gender_pronoun (one he/she/his/her/him), tense (was <-> is, said -> will say or says,
says -> said), statement_to_question, roles_swapped (A dog chases a man. -> A man chases a dog.),
foreign_word (one word from a German/French list of about 120). Meaning kept: case,
punctuation (final stop, a comma, straight/curly quotes), tokenisation (space before punctuation,
do n't, close - up, $ 10), typo (swap, double or drop a letter of a common word of six or more
letters, giving a non-word), synonym (WordNet first-sense synonyms, only pairs in a hand-vetted
list), quantity_rewritten (2 <-> two, 50 percent <-> 50%, 1,000 <-> 1000, 2.5 million ->
2,500,000, $5 -> 5 dollars), clause_moved (a leading phrase or clause to the end, or a final
place/time phrase of a simple clause to the front).

Every edit is applied only where a pattern says it is well defined (closed word lists, WordNet
3.0 parts of speech, SemCor sense counts, antonym pointers, inflections checked against
verb.exc and the data's own words); a sentence where the pattern is ambiguous is skipped.
The random choices (which position, which replacement, which rows when a kind has more than
--per-kind) use a fixed seed, so the suite is the same on every run.
"""
import argparse
import collections
import difflib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tsv import read_tsv  # noqa: E402

SEED = 20240611
DEFAULT_DATA = os.environ.get("DRIFT_DEV_DATA", os.path.join(os.path.dirname(HERE), "..", "shared", "data", "dev"))
DEFAULT_WORDNET = "/usr/share/wordnet"
DEFAULT_OUT = ".build/perturbations.tsv"
PER_KIND = 420
COLUMNS = ["id", "kind", "meaning", "source", "reference", "original", "edited", "edited_original"]

# ---------------------------------------------------------------------------------------------
# Closed word classes

DETS = set("a an the this that these those my your his her its our their some any every each no "
           "another either neither all both thy thine".split())
SUBJ_PRONOUNS = set("i you he she it we they".split())
OBJ_PRONOUNS = set("me you him her it us them".split())
PREPS = set("about above across after against along among around at before behind below beneath "
            "beside besides between beyond by down during except for from in inside into like near "
            "of off on onto out outside over past since through throughout to toward towards under "
            "underneath until unto up upon with within without via per".split())
CONJS = set("and or but nor so yet".split())
SUBORDINATORS = set("when while if because although though after before since once until unless "
                    "as whereas whenever".split())
BE = {"am": "am", "is": "is", "are": "are", "was": "was", "were": "were"}
BE_ALL = set("am is are was were be been being".split())
HAVE = set("has have had".split())
DO = set("do does did".split())
MODALS = set("will would can could may might shall should must".split())
NEGATIONS = set("not n't never".split())
WH = set("what who whom whose which where why how".split())
OTHER_FUNCTION = set("there here very also just then than too so not n't never only even still "
                     "already again ever now well much many more most less least few little "
                     "such same other own several enough lot lots one ones something nothing "
                     "anything everything someone anyone everyone nobody somebody anybody "
                     "myself yourself himself herself itself ourselves themselves mine yours hers "
                     "ours theirs whether what who whom whose which where why how yes no oh "
                     "thee thou ye hath doth art shalt wilt unto".split())
FUNCTION = (DETS | SUBJ_PRONOUNS | OBJ_PRONOUNS | PREPS | CONJS | SUBORDINATORS | BE_ALL | HAVE
            | DO | MODALS | NEGATIONS | WH | OTHER_FUNCTION | {"to", "'s", "'re", "'ve", "'ll", "'d", "'m"})
TITLES = set("Mr Mrs Ms Dr President Senator Sen Gov Governor Minister Judge King Queen Prince "
             "Princess Pope Rep Gen General Secretary Chancellor Premier Sir Lord Lady Saint St "
             "Captain Coach Professor Prof".split())
MONTHS = set("January February March April May June July August September October November "
             "December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
DAYS = set("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
NOT_NAMES = MONTHS | DAYS | set("God LORD Lord I English French German Christian Muslim "
                                "Internet Web TV OK".split())

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
                "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                "eighty": 80, "ninety": 90}
WORD_OF_NUMBER = {v: k for k, v in NUMBER_WORDS.items()}
SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}

IRREGULAR_VERBS = """
arise arose arisen; awake awoke awoken; be was been; bear bore borne; beat beat beaten;
become became become; begin began begun; bend bent bent; bet bet bet; bind bound bound;
bite bit bitten; bleed bled bled; blow blew blown; break broke broken; breed bred bred;
bring brought brought; build built built; burst burst burst; buy bought bought; cast cast cast;
catch caught caught; choose chose chosen; cling clung clung; come came come; cost cost cost;
creep crept crept; cut cut cut; deal dealt dealt; dig dug dug; do did done; draw drew drawn;
drink drank drunk; drive drove driven; eat ate eaten; fall fell fallen; feed fed fed;
feel felt felt; fight fought fought; find found found; flee fled fled; fling flung flung;
fly flew flown; forbid forbade forbidden; forget forgot forgotten; forgive forgave forgiven;
freeze froze frozen; get got gotten; give gave given; go went gone; grind ground ground;
grow grew grown; hang hung hung; have had had; hear heard heard; hide hid hidden; hit hit hit;
hold held held; hurt hurt hurt; keep kept kept; kneel knelt knelt; know knew known;
lay laid laid; lead led led; leave left left; lend lent lent; let let let; lie lay lain;
light lit lit; lose lost lost; make made made; mean meant meant; meet met met; pay paid paid;
put put put; quit quit quit; read read read; ride rode ridden; ring rang rung; rise rose risen;
run ran run; say said said; see saw seen; seek sought sought; sell sold sold; send sent sent;
set set set; shake shook shaken; shed shed shed; shine shone shone; shoot shot shot;
show showed shown; shrink shrank shrunk; shut shut shut; sing sang sung; sink sank sunk;
sit sat sat; sleep slept slept; slide slid slid; speak spoke spoken; spend spent spent;
spin spun spun; split split split; spread spread spread; spring sprang sprung;
stand stood stood; steal stole stolen; stick stuck stuck; sting stung stung;
strike struck struck; swear swore sworn; sweep swept swept; swim swam swum; swing swung swung;
take took taken; teach taught taught; tear tore torn; tell told told; think thought thought;
throw threw thrown; understand understood understood; wake woke woken; wear wore worn;
weep wept wept; win won won; wind wound wound; write wrote written; withdraw withdrew withdrawn;
overcome overcame overcome; undergo underwent undergone; undertake undertook undertaken;
upset upset upset; broadcast broadcast broadcast; forecast forecast forecast;
mislead misled misled; overtake overtook overtaken; rebuild rebuilt rebuilt; slay slew slain
"""
PAST, PARTICIPLE = {}, {}
for _entry in IRREGULAR_VERBS.replace("\n", " ").split(";"):
    if _entry.strip():
        _lemma, _past, _part = _entry.split()
        PAST[_lemma], PARTICIPLE[_lemma] = _past, _part
LEMMA_OF_PAST = collections.defaultdict(set)
for _lemma, _past in PAST.items():
    LEMMA_OF_PAST[_past].add(_lemma)

# A small bilingual list for `foreign_word`: English noun or adjective -> (German, French).
FOREIGN = {
    "house": ("Haus", "maison"), "city": ("Stadt", "ville"), "man": ("Mann", "homme"),
    "woman": ("Frau", "femme"), "child": ("Kind", "enfant"), "dog": ("Hund", "chien"),
    "cat": ("Katze", "chat"), "horse": ("Pferd", "cheval"), "bird": ("Vogel", "oiseau"),
    "fish": ("Fisch", "poisson"), "water": ("Wasser", "eau"), "tree": ("Baum", "arbre"),
    "car": ("Auto", "voiture"), "street": ("Straße", "rue"), "road": ("Straße", "route"),
    "book": ("Buch", "livre"), "table": ("Tisch", "table"), "chair": ("Stuhl", "chaise"),
    "door": ("Tür", "porte"), "window": ("Fenster", "fenêtre"), "school": ("Schule", "école"),
    "church": ("Kirche", "église"), "country": ("Land", "pays"), "world": ("Welt", "monde"),
    "day": ("Tag", "jour"), "night": ("Nacht", "nuit"), "year": ("Jahr", "an"),
    "week": ("Woche", "semaine"), "time": ("Zeit", "temps"), "money": ("Geld", "argent"),
    "bread": ("Brot", "pain"), "food": ("Essen", "nourriture"), "meat": ("Fleisch", "viande"),
    "guitar": ("Gitarre", "guitare"), "piano": ("Klavier", "piano"), "ball": ("Ball", "balle"),
    "boy": ("Junge", "garçon"), "girl": ("Mädchen", "fille"), "people": ("Leute", "gens"),
    "friend": ("Freund", "ami"), "mother": ("Mutter", "mère"), "father": ("Vater", "père"),
    "son": ("Sohn", "fils"), "daughter": ("Tochter", "fille"), "husband": ("Ehemann", "mari"),
    "wife": ("Ehefrau", "épouse"), "brother": ("Bruder", "frère"), "sister": ("Schwester", "sœur"),
    "king": ("König", "roi"), "land": ("Land", "terre"), "field": ("Feld", "champ"),
    "war": ("Krieg", "guerre"), "police": ("Polizei", "police"), "government": ("Regierung", "gouvernement"),
    "president": ("Präsident", "président"), "market": ("Markt", "marché"), "price": ("Preis", "prix"),
    "company": ("Firma", "entreprise"), "bank": ("Bank", "banque"), "life": ("Leben", "vie"),
    "death": ("Tod", "mort"), "love": ("Liebe", "amour"), "light": ("Licht", "lumière"),
    "sun": ("Sonne", "soleil"), "moon": ("Mond", "lune"), "sea": ("Meer", "mer"),
    "river": ("Fluss", "rivière"), "mountain": ("Berg", "montagne"), "snow": ("Schnee", "neige"),
    "rain": ("Regen", "pluie"), "fire": ("Feuer", "feu"), "kitchen": ("Küche", "cuisine"),
    "room": ("Zimmer", "chambre"), "bed": ("Bett", "lit"), "phone": ("Telefon", "téléphone"),
    "computer": ("Computer", "ordinateur"), "music": ("Musik", "musique"), "song": ("Lied", "chanson"),
    "game": ("Spiel", "jeu"), "team": ("Mannschaft", "équipe"), "student": ("Student", "étudiant"),
    "teacher": ("Lehrer", "professeur"), "doctor": ("Arzt", "médecin"), "hospital": ("Krankenhaus", "hôpital"),
    "question": ("Frage", "question"), "answer": ("Antwort", "réponse"), "idea": ("Idee", "idée"),
    "story": ("Geschichte", "histoire"), "language": ("Sprache", "langue"), "word": ("Wort", "mot"),
    "problem": ("Problem", "problème"), "job": ("Arbeit", "travail"), "work": ("Arbeit", "travail"),
    "plane": ("Flugzeug", "avion"), "train": ("Zug", "train"), "boat": ("Boot", "bateau"),
    "bike": ("Fahrrad", "vélo"), "shirt": ("Hemd", "chemise"), "hat": ("Hut", "chapeau"),
    "egg": ("Ei", "œuf"), "apple": ("Apfel", "pomme"), "potato": ("Kartoffel", "pomme de terre"),
    "onion": ("Zwiebel", "oignon"), "tomato": ("Tomate", "tomate"), "cheese": ("Käse", "fromage"),
    "grain": ("Getreide", "grain"), "famine": ("Hungersnot", "famine"), "brain": ("Gehirn", "cerveau"),
    "universe": ("Universum", "univers"), "space": ("Raum", "espace"), "earth": ("Erde", "terre"),
    "old": ("alt", "vieux"), "young": ("jung", "jeune"), "big": ("groß", "grand"),
    "small": ("klein", "petit"), "new": ("neu", "nouveau"), "red": ("rot", "rouge"),
    "black": ("schwarz", "noir"), "white": ("weiß", "blanc"), "green": ("grün", "vert"),
    "happy": ("glücklich", "heureux"), "beautiful": ("schön", "beau"), "large": ("groß", "grand"),
}

# Adjectives that `word_added` inserts, by the WordNet lexicographer file of the noun.
ADDED_ADJECTIVES = {
    "noun.person": "old young tall angry famous elderly tired wealthy".split(),
    "noun.animal": "small large black white brown wild hungry young".split(),
    "noun.artifact": "old new red broken large small expensive".split(),
    "noun.food": "fresh raw cold hot".split(),
    "noun.plant": "tall green dry young".split(),
}
ADDED_ADVERBS = "slowly quickly quietly carefully loudly happily secretly suddenly".split()
ADJ_STOP = set("few little lot many much more most such several less least enough other same own "
               "only next last first second third such certain whole main various former latter "
               "very total sure able due".split())

# ---------------------------------------------------------------------------------------------
# WordNet 3.0 from its database files


class WordNet:
    FILES = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
    RULES = {
        "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
              ("men", "man"), ("ies", "y")],
        "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
              ("ing", "")],
        "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
        "r": [],
    }
    LEXFILES = ("adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
                "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food "
                "noun.group noun.location noun.motive noun.object noun.person noun.phenomenon "
                "noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape "
                "noun.state noun.substance noun.time verb.body verb.change verb.cognition "
                "verb.communication verb.competition verb.consumption verb.contact verb.creation "
                "verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative "
                "verb.weather adj.ppl").split()

    def __init__(self, root):
        self.index = {p: {} for p in self.FILES}
        self.raw = {p: {} for p in self.FILES}
        self.exc = {p: collections.defaultdict(list) for p in self.FILES}
        self.exc_forms = collections.defaultdict(set)  # verb lemma -> inflected forms in verb.exc
        self.count = collections.Counter()  # (lemma, pos) -> SemCor tag count
        self._synsets = {}
        for pos, name in self.FILES.items():
            with open(os.path.join(root, "index." + name), encoding="latin-1") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    fields = line.split()
                    n_synsets, n_pointers = int(fields[2]), int(fields[3])
                    self.index[pos][fields[0]] = fields[6 + n_pointers:6 + n_pointers + n_synsets]
            with open(os.path.join(root, "data." + name), encoding="latin-1") as f:
                for line in f:
                    if not line.startswith(" "):
                        self.raw[pos][line[:8]] = line
            with open(os.path.join(root, name + ".exc"), encoding="latin-1") as f:
                for line in f:
                    fields = line.split()
                    if len(fields) >= 2:
                        self.exc[pos][fields[0]].extend(fields[1:])
                        if pos == "v":
                            for lemma in fields[1:]:
                                self.exc_forms[lemma].add(fields[0])
        with open(os.path.join(root, "cntlist.rev"), encoding="latin-1") as f:
            for line in f:
                key, _, count = line.split()
                lemma, rest = key.split("%")
                pos = "nvaar"[int(rest[0]) - 1]
                self.count[(lemma, pos)] += int(count)

    def synset(self, pos, offset):
        """(words, pointers, lexfile) of a synset; pointers are (symbol, offset, pos, source, target)."""
        key = (pos, offset)
        if key not in self._synsets:
            fields = self.raw[pos][offset].split(" | ")[0].split()
            n = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(n)]
            i = 4 + 2 * n
            pointers = []
            for k in range(int(fields[i])):
                symbol, target, tpos, st = fields[i + 1 + 4 * k:i + 5 + 4 * k]
                pointers.append((symbol, target, "a" if tpos == "s" else tpos, int(st[:2], 16), int(st[2:], 16)))
            self._synsets[key] = (words, pointers, self.LEXFILES[int(fields[1])])
        return self._synsets[key]

    def lemmas(self, word, pos):
        """WordNet's morphy: the base forms of `word` as `pos`, exceptions first."""
        w = word.lower()
        index = self.index[pos]
        out = []
        for lemma in self.exc[pos].get(w, []):
            if lemma in index and lemma not in out:
                out.append(lemma)
        if w in index and w not in out:
            out.append(w)
        for suffix, repl in self.RULES[pos]:
            if w.endswith(suffix) and len(w) > len(suffix) + 1:
                lemma = w[:-len(suffix)] + repl
                if lemma in index and lemma not in out:
                    out.append(lemma)
        return out

    def weight(self, word, pos):
        """How often `word` is `pos` in SemCor (a small floor for a form WordNet knows)."""
        lemmas = self.lemmas(word, pos)
        return sum(self.count[(lemma, pos)] for lemma in lemmas) + (0.5 if lemmas else 0)

    def share(self, word, pos):
        weights = {p: self.weight(word, p) for p in self.FILES}
        total = sum(weights.values())
        return weights[pos] / total if total else 0.0

    def senses(self, lemma, pos):
        return self.index[pos].get(lemma, [])

    def antonym(self, lemma, pos):
        """The direct antonym of `lemma` in its first sense, or None."""
        senses = self.senses(lemma, pos)
        if not senses:
            return None
        words, pointers, _ = self.synset(pos, senses[0])
        lower = [w.lower() for w in words]
        if lemma not in lower:
            return None
        number = lower.index(lemma) + 1
        for symbol, target, tpos, source, tnum in pointers:
            if symbol == "!" and source == number:
                return self.synset(tpos, target)[0][tnum - 1].lower()
        return None

    def synonyms(self, lemma, pos):
        """Single-word synonyms in the first sense whose own first sense it is too."""
        senses = self.senses(lemma, pos)
        if not senses:
            return []
        words = self.synset(pos, senses[0])[0]
        out = []
        for w in words:
            w = w.lower()
            if w == lemma or not w.isalpha() or self.senses(w, pos)[:1] != senses[:1]:
                continue
            out.append(w)
        return out

    def lexfile(self, lemma, pos):
        senses = self.senses(lemma, pos)
        return self.synset(pos, senses[0])[2] if senses else None

    CATEGORIES = [("person", ["00007846"]), ("city", ["08524735", "08665504"]),
                  ("state", ["08655464", "08654360"]), ("country", ["08544813", "08168978"]),
                  ("place", ["00027167"])]

    def name_kind(self, word):
        """person, city, state, country or place when every instance `word` names in WordNet is
        of that kind (Paris, a city and a Trojan, is neither)."""
        kinds = set()
        for offset in self.senses(word.lower(), "n"):
            words, pointers, _ = self.synset("n", offset)
            if word in words and any(p[0] == "@i" for p in pointers):
                kinds.add(self._instance_kind(offset))
        kinds.discard(None)
        if len(kinds) > 1:
            kinds.discard("place")  # Egypt: a country and the ancient land
        return kinds.pop() if len(kinds) == 1 else None

    def _instance_kind(self, offset):
        seen, frontier = set(), [offset]
        while frontier:
            nxt = []
            for o in frontier:
                for p in self.synset("n", o)[1]:
                    if p[0] in ("@", "@i") and p[1] not in seen:
                        seen.add(p[1])
                        nxt.append(p[1])
            frontier = nxt
        for kind, roots in self.CATEGORIES:
            if any(r in seen for r in roots):
                return kind
        return None


# ---------------------------------------------------------------------------------------------
# Tokens and a small rule-based tagger

TOKEN_RE = re.compile(r"""
    (?P<num>\d+(?:[.,]\d+)*)
  | (?P<word>[A-Za-z]+(?=n['’]t\b) | n['’]t\b | ['’](?:s|re|ve|ll|d|m)\b
      | [A-Za-z]+(?:-[A-Za-z]+|['’](?!(?:s|re|ve|ll|d|m|t)\b)[A-Za-z]+)*)
  | (?P<punct>\S)
""", re.X)
FINAL = set(".!?")


class Tok:
    __slots__ = ("text", "s", "e", "low", "kind", "tag", "start", "i")

    def __init__(self, m, i):
        self.text, self.s, self.e, self.i = m.group(), m.start(), m.end(), i
        self.low = self.text.lower().replace("’", "'")
        self.kind = m.lastgroup
        self.tag = None
        self.start = False

    def __repr__(self):
        return f"{self.text}/{self.tag}"

    @property
    def cap(self):
        return self.text[:1].isupper()


class Lexicon:
    """WordNet plus word counts of the development data."""

    def __init__(self, wn, texts):
        self.wn = wn
        self.vocab = collections.Counter()  # lowercased forms written in lower case
        self.capmid = collections.Counter()  # capitalised forms not at a sentence start
        for text in texts:
            toks = tokens(text)
            for t in toks:
                if t.kind != "word":
                    continue
                if t.text.islower():
                    self.vocab[t.low] += 1
                elif t.cap and not t.start and not t.text.isupper():
                    self.capmid[t.text] += 1

    def known(self, word):
        w = word.lower()
        return self.vocab[w] > 0 or any(self.wn.lemmas(w, p) for p in "nvar")

    def is_name(self, word):
        """A capitalised word that the data writes capitalised mid-sentence far more than lower."""
        if word in NOT_NAMES or not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        return self.capmid[word] >= 1 and self.vocab[word.lower()] * 4 < self.capmid[word]

    # inflection -------------------------------------------------------------------------------
    def verb_lemma(self, word):
        w = word.lower()
        if w in LEMMA_OF_PAST:
            return sorted(LEMMA_OF_PAST[w])[0] if len(LEMMA_OF_PAST[w]) == 1 else None
        lemmas = [lemma for lemma in self.wn.lemmas(w, "v") if "_" not in lemma]
        # One candidate, or the word itself first (a base form); else ambiguous (saw: see or saw).
        return lemmas[0] if len(lemmas) == 1 or lemmas and lemmas[0] == w else None

    def _irregular(self, lemma):
        return any(not re.search(r"(ed|ing|s)$", form) for form in self.wn.exc_forms.get(lemma, ()))

    def inflect(self, lemma, form):
        """VB, VBZ, VBD, VBN or VBG of a verb lemma; None when unsure."""
        if form == "VB":
            return lemma
        special = {"be": {"VBZ": "is", "VBD": "was", "VBN": "been", "VBG": "being"},
                   "have": {"VBZ": "has", "VBD": "had", "VBN": "had", "VBG": "having"},
                   "do": {"VBZ": "does"}, "go": {"VBZ": "goes"}}
        if lemma in special and form in special[lemma]:
            return special[lemma][form]
        if form == "VBZ":
            if re.search(r"(s|sh|ch|x|z|o)$", lemma):
                return lemma + "es"
            if re.search(r"[^aeiou]y$", lemma):
                return lemma[:-1] + "ies"
            return lemma + "s"
        if form in ("VBD", "VBN"):
            table = PAST if form == "VBD" else PARTICIPLE
            if lemma in table:
                return table[lemma]
            if self._irregular(lemma):
                return None
            doubled = lemma + lemma[-1] + "ed"
            if doubled in self.wn.exc_forms.get(lemma, ()):
                return doubled
            if lemma.endswith("e"):
                return lemma + "d"
            if re.search(r"[^aeiou]y$", lemma):
                return lemma[:-1] + "ied"
            return lemma + "ed"
        if form == "VBG":
            doubled = lemma + lemma[-1] + "ing"
            if doubled in self.wn.exc_forms.get(lemma, ()):
                return doubled
            if lemma.endswith("ie"):
                return lemma[:-2] + "ying"
            if re.search(r"[^aeiouy]e$", lemma) and lemma not in ("be",):
                return lemma[:-1] + "ing"
            return lemma + "ing"
        return None

    def verb_form(self, word):
        """(lemma, form) of a verb form: VBZ, VBD (past, possibly participle), VBG, VB."""
        w = word.lower()
        if w.endswith(("eth", "est")) and not self.vocab[w]:
            return None
        lemma = self.verb_lemma(w)
        if not lemma:
            return None
        for form in ("VB", "VBZ", "VBG", "VBD", "VBN"):
            if self.inflect(lemma, form) == w:
                return lemma, ("VBD" if form == "VBN" and self.inflect(lemma, "VBD") == w else form)
        return None


def tokens(text):
    toks = [Tok(m, i) for i, m in enumerate(TOKEN_RE.finditer(text))]
    start = True
    for t in toks:
        if t.kind == "punct" and t.text in "\"'“‘([":
            continue
        t.start = start
        start = t.kind == "punct" and t.text in FINAL | {":"}
    return toks


def tag(toks, lex):
    """A coarse tag for every token; the edits check the patterns they need again."""
    wn = lex.wn
    for k, t in enumerate(toks):
        w = t.low
        prev = toks[k - 1].tag if k else None
        if t.kind == "num":
            t.tag = "NUM"
        elif t.kind == "punct":
            t.tag = "PUNCT"
        elif w in NUMBER_WORDS:
            t.tag = "NUM"
        elif w in ("n't", "not", "never"):
            t.tag = "NEG"
        elif w in DETS and not (w == "her" and k + 1 < len(toks) and toks[k + 1].kind != "word") \
                and not (w == "that" and prev in ("V", "N", "PROPN")):
            t.tag = "DET"
        elif w in SUBJ_PRONOUNS | OBJ_PRONOUNS:
            t.tag = "PRON"
        elif w in BE_ALL:
            t.tag = "BE"
        elif w in HAVE:
            t.tag = "HAVE"
        elif w in DO:
            t.tag = "DO"
        elif w in MODALS:
            t.tag = "MODAL"
        elif w == "to":
            t.tag = "TO"
        elif w in PREPS:
            t.tag = "PREP"
        elif w in CONJS:
            t.tag = "CONJ"
        elif w in SUBORDINATORS:
            t.tag = "SUB"
        elif w in FUNCTION or t.kind != "word":
            t.tag = "FUNC"
        elif t.cap and lex.is_name(t.text):
            t.tag = "PROPN"
        elif t.cap and not t.start and not any(wn.lemmas(w, p) for p in "nvar"):
            t.tag = "PROPN"
        else:
            weights = {p: wn.weight(w, p) for p in "nvar"}
            if not any(weights.values()):
                t.tag = "X"
                continue
            if prev in ("DET", "A"):
                weights["v"] = weights["r"] = 0
            if prev in ("MODAL", "TO", "DO") or (prev == "NEG" and k > 1 and toks[k - 2].tag in ("MODAL", "DO")):
                if weights["v"]:
                    weights = {"v": 1}
            if prev == "PRON" and toks[k - 1].low in SUBJ_PRONOUNS and weights["v"]:
                weights = {"v": 1}
            if prev == "BE" and w.endswith("ing") and weights["v"] and not wn.lemmas(w, "a"):
                weights = {"v": 1}
            if prev == "HAVE" and weights["v"] and lex.verb_form(w) and lex.verb_form(w)[1] == "VBD":
                weights = {"v": 1}
            best = max(weights, key=weights.get)
            t.tag = {"n": "N", "v": "V", "a": "A", "r": "R"}[best] if weights[best] else "X"
    return toks


class Sent:
    def __init__(self, text, lex):
        self.text = text
        self.toks = tag(tokens(text), lex)
        self.words = [t for t in self.toks if t.kind == "word"]

    def single(self):
        """One sentence ending in a full stop, no quotes, brackets or colons."""
        ends = [t for t in self.toks if t.text in FINAL]
        return (len(ends) == 1 and self.toks[-1].text == "." and
                not any(t.text in "\"“”()[]:;" for t in self.toks) and len(self.words) >= 3)


# ---------------------------------------------------------------------------------------------
# String helpers


def replace(text, s, e, new):
    return text[:s] + new + text[e:]


def delete(text, s, e):
    """Deletes [s, e) and one space next to it."""
    if e < len(text) and text[e] == " " and (s == 0 or text[s - 1] == " "):
        return text[:s] + text[e + 1:] if s == 0 else text[:s - 1] + text[e:]
    if s > 0 and text[s - 1] == " ":
        return text[:s - 1] + text[e:]
    if e < len(text) and text[e] == " ":
        return text[:s] + text[e + 1:]
    return text[:s] + text[e:]


def like(word, model):
    """`word` with the case pattern of `model`."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def upper_first(text):
    return text[:1].upper() + text[1:]


def article_for(word):
    w = word.lower()
    if re.match(r"(hour|honest|honou?r|heir)", w):
        return "an"
    if re.match(r"(uni|use|usu|eu|one|once|ur[aeiou])", w):
        return "a"
    return "an" if w[:1] in "aeiou" else "a"


def fix_article(text, toks, k, new_word):
    """Replaces a/an before token k to suit `new_word` (k is the index in the original tokens)."""
    if k > 0 and toks[k - 1].low in ("a", "an"):
        a = toks[k - 1]
        return replace(text, a.s, a.e, like(article_for(new_word), a.text))
    return text


def plural(word, lex):
    return word.endswith("s") and not word.endswith("ss") and lex.wn.lemmas(word, "n")[:1] != [word]


def decap(tok, lex):
    """The token's text as it reads away from the sentence start."""
    if tok.text == "I" or tok.tag == "PROPN" or lex.is_name(tok.text) or tok.text.isupper() and len(tok.text) > 1:
        return tok.text
    return tok.text[:1].lower() + tok.text[1:]


# ---------------------------------------------------------------------------------------------
# Noun phrases


def noun_phrase(toks, k, lex, allow_pronoun=True):
    """End (exclusive) of a simple noun phrase starting at k, and its head index, or None.

    DET (ADJ)* NOUN, a bare plural NOUN, a name of one to three words, or a pronoun."""
    n = len(toks)
    if k >= n:
        return None
    t = toks[k]
    if allow_pronoun and t.low in SUBJ_PRONOUNS and t.low != "you":
        return k + 1, k
    if t.tag == "PROPN":
        j = k
        while j < n and toks[j].tag == "PROPN" and j - k < 3:
            j += 1
        return j, j - 1
    j = k
    if t.tag == "DET" and t.low not in ("all", "both", "no", "her", "that", "thy", "thine"):
        j += 1
    while j < n and toks[j].tag == "A" and toks[j].low not in ADJ_STOP and toks[j].kind == "word":
        j += 1
    if j < n and toks[j].tag == "N" and toks[j].kind == "word" and not toks[j].cap or (
            j < n and toks[j].tag == "N" and toks[j].start):
        head = j
        if head + 1 < n and toks[head + 1].tag == "N":
            head += 1
        if head + 1 < n and toks[head + 1].tag in ("N", "PROPN", "A"):
            return None
        if j == k and not plural(toks[head].low, lex):
            return None
        return head + 1, head
    return None


# ---------------------------------------------------------------------------------------------
# The edits. Each takes (Sent, rng, lex) and returns the edited text or None.


def choice(rng, items):
    return rng.choice(items) if items else None


def edit_number_changed(s, rng, lex):
    cands = []
    for k, t in enumerate(s.toks):
        if t.tag != "NUM":
            continue
        nxt = s.toks[k + 1].text if k + 1 < len(s.toks) else ""
        prv = s.toks[k - 1].text if k else ""
        if nxt in (":", "/") or prv in (":", "/", "<", "-") or nxt == "-" and k + 2 < len(s.toks) and s.toks[k + 2].kind == "num":
            continue
        if t.kind == "num":
            digits = t.text.replace(",", "")
            if "." in digits:
                cands.append((k, "decimal"))
            elif int(digits) >= 2 and not (len(digits) > 1 and digits[0] == "0"):
                cands.append((k, "int"))
        elif t.low in NUMBER_WORDS:
            cands.append((k, "word"))
    pick = choice(rng, cands)
    if not pick:
        return None
    k, what = pick
    t = s.toks[k]
    if what == "word":
        value = NUMBER_WORDS[t.low]
        options = [w for w, v in NUMBER_WORDS.items() if v != value and 2 <= v <= 20 and abs(v - value) <= 6] \
            if value <= 20 else [w for w, v in NUMBER_WORDS.items() if v != value and v >= 20]
        new = like(rng.choice(options), t.text)
    elif what == "decimal":
        head, tail = t.text.rsplit(".", 1)
        digit = rng.randrange(len(tail))
        d = int(tail[digit])
        d = (d + rng.choice([1, 2, 3, -1, -2])) % 10
        new = head + "." + tail[:digit] + str(d) + tail[digit + 1:]
        if new == t.text:
            return None
    else:
        old = int(t.text.replace(",", ""))
        if 1800 <= old <= 2100 and "," not in t.text:
            new_value = old + rng.choice([-3, -2, -1, 1, 2, 3])
        elif old < 10:
            new_value = rng.choice([v for v in range(2, 13) if v != old])
        else:
            magnitude = 10 ** (len(str(old)) - 1)
            new_value = old + rng.choice([-1, 1, 2, 3]) * magnitude // rng.choice([1, 2, 10])
            if new_value <= 1 or new_value == old:
                new_value = old + magnitude
        new = f"{new_value:,}" if "," in t.text else str(new_value)
    return replace(s.text, t.s, t.e, new)


def move_point(number, rng):
    head, tail = number.split(".")
    digits, point = head + tail, len(head)
    point += rng.choice([-1, 1]) if len(head) > 1 or head != "0" else 1
    if point <= 0:
        digits, point = "0" + digits, 1
    new_head, new_tail = digits[:point].lstrip("0") or "0", digits[point:]
    new = new_head + ("." + new_tail if new_tail else "")
    return new if new != number and float(new) != float(number) else None


def decimal_positions(s):
    out = []
    for k, t in enumerate(s.toks):
        if t.kind == "num" and re.fullmatch(r"\d+\.\d+", t.text):
            nxt = s.toks[k + 1].text if k + 1 < len(s.toks) else ""
            prv = s.toks[k - 1].text if k else ""
            if nxt not in (":", "/", "-", ".") and prv not in (":", "/", "<", "-", "."):
                out.append(k)
    return out


def edit_decimal_moved(s, rng, lex):
    k = choice(rng, decimal_positions(s))
    if k is None:
        return None
    t = s.toks[k]
    new = move_point(t.text, rng)
    return replace(s.text, t.s, t.e, new) if new else None


MEASURES = set("percent % per million billion trillion thousand miles mile kilometres kilometers km "
               "metres meters feet inches pounds kilograms kg tons tonnes degrees points hours "
               "weeks months years days minutes seconds litres liters gallons acres grams "
               "ounces".split())


def integer_to_decimal(s, rng):
    """(rewritten text, the integer) for a two- or three-digit quantity such as 14 -> 1.4.

    Only an amount of money ($14) or of a measure (14 percent, 14 miles, 14 million), where a
    decimal reads naturally; never a count of people or things."""
    cands = []
    for k, t in enumerate(s.toks):
        if t.kind == "num" and re.fullmatch(r"[1-9]\d{1,2}", t.text) and t.text[-1] != "0":
            nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
            prv = s.toks[k - 1] if k else None
            money = prv is not None and prv.text in ("$", "£", "€") and prv.e == t.s
            measure = nxt is not None and nxt.low in MEASURES and not (
                k + 2 < len(s.toks) and s.toks[k + 2].text == "-") and (nxt.s > t.e or nxt.text == "%")
            in_range = prv is not None and prv.low in ("to", "or", "-", "and") and k >= 2 and s.toks[k - 2].kind == "num"
            if (money or measure) and not (prv is not None and prv.text in (":", "/", "-", "<", ".")) \
                    and not (nxt is not None and nxt.text in ("-", "/", ":")) and not in_range:
                cands.append(k)
    k = choice(rng, cands)
    if k is None:
        return None
    t = s.toks[k]
    return replace(s.text, t.s, t.e, t.text[:-1] + "." + t.text[-1]), t.text


def name_positions(s, lex, kinds):
    out = []
    for k, t in enumerate(s.toks):
        if t.tag != "PROPN" or t.start or t.text in NOT_NAMES or t.text.isupper():
            continue
        prv = s.toks[k - 1] if k else None
        nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
        if prv is not None and prv.kind == "word" and prv.cap and prv.text not in TITLES and not prv.start:
            continue
        if prv is not None and prv.start and prv.cap and prv.kind == "word" and prv.text not in TITLES:
            continue
        if nxt is not None and nxt.kind == "word" and nxt.cap:
            continue
        if nxt is not None and nxt.text in ("-", "&", ".") or prv is not None and prv.text in ("-", "&"):
            continue
        kind = kinds.get(t.text)
        if kind:
            out.append((k, kind))
    return out


def edit_name_replaced(s, rng, lex):
    pick = choice(rng, name_positions(s, lex, lex.name_kinds))
    if not pick:
        return None
    k, kind = pick
    t = s.toks[k]
    words = set(w.text for w in s.toks)
    pool = [n for n in lex.names_by_kind[kind] if n not in words]
    pool_here = [n for n in pool if n in lex.names_by_source[s.source]]
    pool = pool_here if len(pool_here) >= 3 else pool
    if not pool:
        return None
    return replace(s.text, t.s, t.e, rng.choice(sorted(pool)))


REMOVABLE_PLACE_PREPS = set("in from at near across throughout outside inside".split())
LOCATED = set("based located headquartered born situated stationed held hosted lives living live "
              "resident".split())


def edit_name_removed(s, rng, lex):
    toks, cands = s.toks, []
    for k, kind in name_positions(s, lex, lex.name_kinds):
        t = toks[k]
        prv = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        after = toks[k + 2] if k + 2 < len(toks) else None
        # Obama's plan -> the plan
        if nxt is not None and nxt.low == "'s" and (prv is None or prv.tag not in ("DET", "A") and prv.text not in TITLES) \
                and after is not None and after.tag in ("N", "A"):
            cands.append(("poss", k))
        # ... in Syria. -> ...
        if prv is not None and prv.low in REMOVABLE_PLACE_PREPS and kind != "person" and \
                (nxt is None or nxt.text in (".", ",", ";", "!", "?")) and k >= 4 and toks[k - 2].kind == "word" and \
                toks[k - 2].low not in LOCATED and not (nxt is not None and nxt.text == "," and after is not None
                                                        and after.cap):
            cands.append(("pp", k))
        # Iran leader Rouhani says -> Iran leader says
        if kind == "person" and k >= 2 and (nxt is None or nxt.low != "'s" and nxt.text not in (",", "-")):
            noun_title = prv.tag == "N" and not prv.cap and lex.wn.lexfile(prv.low, "n") == "noun.person" \
                and toks[k - 2].kind == "word"
            cap_title = prv.text in TITLES and toks[k - 2].kind == "word" and (toks[k - 2].low == "the" or toks[k - 2].cap)
            if noun_title or cap_title:
                cands.append(("title", k))
        # Ruth and Naomi went -> Ruth went (not before a plural verb)
        if prv is not None and prv.low == "and" and k >= 2 and toks[k - 2].tag == "PROPN" and \
                (nxt is None or nxt.low not in ("are", "were", "have", "do", "'re", "themselves", "both")) \
                and not (k >= 3 and toks[k - 3].low in ("both", "between")):
            cands.append(("and", k))
    pick = choice(rng, cands)
    if not pick:
        return None
    how, k = pick
    t = toks[k]
    if how == "poss":
        return replace(s.text, t.s, toks[k + 1].e, like("the", t.text) if t.start else "the")
    if how == "title":
        return delete(s.text, t.s, t.e)
    return delete(s.text, toks[k - 1].s, t.e)


def progressive_or_perfect(s, lex):
    """Positions of VBG after a form of be, or VBN after has/have/had, followed by an object."""
    out = []
    toks = s.toks
    for k in range(1, len(toks) - 1):
        t, prv, nxt = toks[k], toks[k - 1], toks[k + 1]
        if t.kind != "word" or t.cap or t.tag != "V":
            continue
        vf = lex.verb_form(t.low)
        if not vf:
            continue
        if prv.low in ("is", "are", "was", "were", "am") and vf[1] == "VBG" and not lex.wn.lemmas(t.low, "a") \
                and nxt.tag in ("DET", "PREP") and nxt.low not in ("to", "of", "that", "no", "off", "out", "up"):
            out.append(k)
        elif prv.low in HAVE and vf[1] == "VBD" and vf[0] not in ("be", "get", "have", "do") \
                and nxt.tag in ("DET",) and nxt.low not in ("that", "no"):
            out.append(k)
    return out


def edit_verb_removed(s, rng, lex):
    k = choice(rng, progressive_or_perfect(s, lex))
    if k is None:
        return None
    t = s.toks[k]
    return delete(s.text, t.s, t.e)


TRAILING_PREPS = set("in on at with near under behind beside into onto across through from over "
                     "inside outside around along by".split())


def edit_noun_removed(s, rng, lex):
    toks, cands = s.toks, []
    n = len(toks)
    last = n - 1 if toks[-1].text in FINAL else n
    for k, t in enumerate(toks):
        # ... a guitar on the street. -> ... a guitar.
        if t.low in TRAILING_PREPS and k >= 3 and any(x.tag in ("V", "BE") for x in toks[:k]):
            np = noun_phrase(toks, k + 1, lex, allow_pronoun=False)
            if np and np[0] == last and toks[np[1]].tag == "N" and toks[k - 1].tag in ("N", "PROPN", "V", "R") \
                    and last - k <= 5 and len(s.words) - (last - k) >= 4:
                cands.append((t.s, toks[np[0] - 1].e))
        # ... tomatoes and onions -> ... tomatoes (not in the subject)
        if t.low == "and" and k >= 3 and toks[k - 1].tag == "N" and any(x.tag in ("V", "BE") for x in toks[:k - 1]):
            np = noun_phrase(toks, k + 1, lex, allow_pronoun=False)
            if np and toks[np[1]].tag == "N" and np[0] < n and toks[np[0]].tag in ("PUNCT", "PREP") and \
                    toks[np[0]].text not in ("-", "'") and toks[k - 2].low not in ("both", "between"):
                cands.append((toks[k].s, toks[np[0] - 1].e))
    pick = choice(rng, cands)
    return delete(s.text, *pick) if pick else None


def starts_clause(toks, k):
    """Whether the noun phrase that ends at k-1 can be a subject: no verb before it in its
    clause (else it is an object: chopping some cabbage leaves), and no verb right after k."""
    j = k - 1
    while j >= 0 and not (toks[j].tag in ("PUNCT", "CONJ", "SUB") or toks[j].low in WH | {"that"}):
        if toks[j].tag in ("V", "BE", "MODAL", "HAVE", "DO", "TO"):
            return False
        j -= 1
    return not (k + 1 < len(toks) and toks[k + 1].tag == "V")


def finite_past(s, k, lex):
    """Whether token k is a past-tense verb, not a participle (a reduced relative, a headline's
    passive): after a subject pronoun, or an unambiguous past form, or a regular -ed form after a
    noun that is followed by its object in a sentence with a full stop."""
    toks = s.toks
    vf = lex.verb_form(toks[k].low)
    if not vf or vf[1] != "VBD" or k == 0:
        return False
    prv = toks[k - 1]
    if prv.low in SUBJ_PRONOUNS:
        return True
    if prv.tag not in ("N", "PROPN") or k >= 2 and toks[k - 2].tag == "PREP" or not starts_clause(toks, k):
        return False
    lemma = vf[0]
    if lemma in PAST and PAST[lemma] != PARTICIPLE[lemma] and toks[k].low == PAST[lemma]:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.tag in ("DET", "PRON", "TO") and toks[-1].text in FINAL \
        and not any(t.tag in ("BE", "MODAL") or t.tag == "V" and t.i > k for t in toks[k + 1:])


def finite_present(s, k, lex):
    """Whether token k, a VBZ form, is a verb rather than a plural noun."""
    toks = s.toks
    vf = lex.verb_form(toks[k].low)
    if not vf or vf[1] != "VBZ" or k == 0:
        return False
    if toks[k - 1].low in SUBJ_PRONOUNS:
        return True
    return toks[k - 1].tag in ("N", "PROPN") and lex.wn.share(toks[k].low, "v") >= 0.5 and starts_clause(toks, k)


def finite_after_subject(s, lex):
    """(end of the sentence-initial subject, verb index, verb kind) or None."""
    toks = s.toks
    k = 0
    while k < len(toks) and toks[k].text in "\"“'‘":
        k += 1
    if k:
        return None
    np = noun_phrase(toks, 0, lex)
    if not np:
        return None
    end, head = np
    if end >= len(toks):
        return None
    v = toks[end]
    if v.low in ("is", "are", "was", "were", "am") or v.low in MODALS:
        return end, head, v.low
    if v.low in HAVE and end + 1 < len(toks) and toks[end + 1].tag == "V" and lex.verb_form(toks[end + 1].low) \
            and lex.verb_form(toks[end + 1].low)[1] == "VBD":
        return end, head, v.low
    if v.low in DO and end + 1 < len(toks) and (toks[end + 1].tag == "V" or toks[end + 1].tag == "NEG"):
        return end, head, v.low
    if v.tag == "V" and not v.cap:
        vf = lex.verb_form(v.low)
        if vf and vf[1] == "VBZ" and vf[0] not in ("be", "have", "do"):
            return end, head, vf[1]
        if vf and vf[1] == "VBD" and vf[0] not in ("be", "have", "do") and finite_past(s, end, lex):
            return end, head, vf[1]
        if vf and vf[1] == "VB" and (toks[head].low in ("i", "we", "they") or plural(toks[head].low, lex)):
            return end, head, "VBP"
    return None


def subject_number(s, head):
    w = s.toks[head].low
    if w in ("he", "she", "it"):
        return "sg"
    if w in ("i",):
        return "i"
    if w in ("we", "they", "you"):
        return "pl"
    return None


def edit_subject_removed(s, rng, lex):
    if not s.single():
        return None
    fa = finite_after_subject(s, lex)
    if not fa:
        return None
    end = fa[0]
    rest = s.text[s.toks[end].s:]
    return upper_first(rest)


def edit_adjective_removed(s, rng, lex):
    toks, cands = s.toks, []
    for k in range(1, len(toks) - 1):
        t, prv, nxt = toks[k], toks[k - 1], toks[k + 1]
        if t.tag != "A" or t.cap or t.low in ADJ_STOP or not lex.wn.lemmas(t.low, "a") or "-" in t.text:
            continue
        if lex.wn.share(t.low, "a") < 0.5:
            continue
        if prv.tag not in ("DET", "PREP", "CONJ", "V", "BE") or nxt.tag != "N" or nxt.cap:
            continue
        if prv.tag != "DET" and not plural(nxt.low, lex):
            continue  # a bare singular noun may be a mass noun; keep it simple
        if k + 2 < len(toks) and toks[k + 2].tag in ("N", "A"):
            continue
        head = (lex.wn.lemmas(nxt.low, "n") or [nxt.low])[0]
        if f"{t.low}_{head}" in lex.wn.index["n"]:
            continue  # black hole, hot dog: a compound, not an adjective
        cands.append(k)
    k = choice(rng, cands)
    if k is None:
        return None
    t = toks[k]
    text = delete(s.text, t.s, t.e)
    return fix_article(text, toks, k, toks[k + 1].text)


def edit_word_added(s, rng, lex):
    toks, cands = s.toks, []
    words = set(t.low for t in toks)
    for k in range(1, len(toks)):
        t, prv = toks[k], toks[k - 1]
        if prv.tag == "DET" and prv.low not in ("no", "her") and t.tag == "N" and not t.cap and lex.wn.share(t.low, "n") >= 0.7:
            if k + 1 < len(toks) and toks[k + 1].tag == "N":
                continue
            lemma = (lex.wn.lemmas(t.low, "n") or [None])[0]
            pool = [a for a in ADDED_ADJECTIVES.get(lex.wn.lexfile(lemma, "n"), [])
                    if a not in words and a[:4] != t.low[:4]]  # not "elderly elders"
            if pool:
                cands.append(("adj", k, pool))
        if prv.low in ("is", "are", "was", "were") and t.tag == "V" and lex.verb_form(t.low) and \
                lex.verb_form(t.low)[1] == "VBG" and not lex.wn.lemmas(t.low, "a"):
            pool = [a for a in ADDED_ADVERBS if a not in words]
            cands.append(("adv", k, pool))
    pick = choice(rng, cands)
    if not pick:
        return None
    how, k, pool = pick
    t = toks[k]
    word = rng.choice(pool)
    text = replace(s.text, t.s, t.s, word + " ")
    if how == "adj":
        text = fix_article(text, toks, k, word)
    return text


PARTICLES = set("off up out down away back over around about along".split())
# Antonyms that read wrongly in the data's contexts (stay > change, walk > ride, know > ignore,
# work > idle, let > prevent, common > individual, tie > untie).
ANTONYM_STOP = set("change ride ignore idle prevent exempt falsify untie disclaim individual "
                   "middle general".split())
INTRANSITIVE_ANTONYMS = set("arrive arrived arrives arriving leave left leaves leaving".split())


def contextual_form(toks, k, lex, vf):
    """The verb form of token k in its context: VBN after have or be, else its own form."""
    j = k - 1
    while j >= 0 and toks[j].tag in ("R", "NEG"):
        j -= 1
    prv = toks[j].low if j >= 0 else ""
    lemma, form = vf
    if prv in HAVE | {"'ve"}:
        part = lex.inflect(lemma, "VBN")
        return "VBN" if part == toks[k].low else None
    if prv in BE_ALL and form == "VBD":
        return "VBN" if lex.inflect(lemma, "VBN") == toks[k].low else None
    if form == "VB" and lex.inflect(lemma, "VBN") == toks[k].low and lemma != toks[k].low:
        return None
    return form


def edit_antonym(s, rng, lex):
    toks, cands = s.toks, []
    wn = lex.wn
    for k, t in enumerate(toks):
        if t.kind != "word" or t.cap or t.low in FUNCTION or "-" in t.text:
            continue
        prv = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.tag == "A" and t.low in wn.index["a"] and wn.share(t.low, "a") >= 0.5:
            ant = wn.antonym(t.low, "a")
            if ant and ant.isalpha() and lex.vocab[ant] and ant not in ANTONYM_STOP and (
                    (nxt is not None and nxt.tag == "N") or (prv is not None and prv.tag in ("BE", "FUNC"))):
                cands.append((k, ant))
        elif t.tag == "V" and wn.share(t.low, "v") >= 0.5:
            vf = lex.verb_form(t.low)
            if not vf or vf[0] in ("be", "have", "do") or prv is not None and prv.low in ("get", "gets", "got"):
                continue
            if nxt is not None and nxt.low in PARTICLES:
                continue  # sat down, left off: a phrasal verb
            if prv is None or prv.tag not in ("PRON", "N", "PROPN", "MODAL", "TO", "BE", "HAVE", "DO", "NEG", "R"):
                continue  # church attack: a noun
            ant = wn.antonym(vf[0], "v")
            if ant and ant.isalpha() and ant not in ANTONYM_STOP:
                form = contextual_form(toks, k, lex, vf)
                new = lex.inflect(ant, form) if form else None
                if new in INTRANSITIVE_ANTONYMS and nxt is not None and nxt.tag in ("DET", "PRON", "PROPN", "N", "A"):
                    continue  # left the house > arrived the house
                if new and (lex.vocab[new] or new == ant):
                    cands.append((k, new))
        elif t.tag == "R" and t.low in wn.index["r"] and wn.share(t.low, "r") >= 0.6:
            ant = wn.antonym(t.low, "r")
            if ant and ant.isalpha() and lex.vocab[ant]:
                cands.append((k, ant))
        elif t.tag == "N" and wn.share(t.low, "n") >= 0.8 and wn.lemmas(t.low, "n"):
            lemma = wn.lemmas(t.low, "n")[0]
            ant = wn.antonym(lemma, "n")
            if ant and ant.isalpha():
                form = ant if lemma == t.low else (ant + "s" if t.low == lemma + "s" else None)
                if ant in ("man", "woman") and lemma != t.low:
                    form = {"man": "men", "woman": "women"}[ant]
                if form and lex.vocab[form] >= 2:
                    cands.append((k, form))
    words = set(t.low for t in toks)
    cands = [(k, new) for k, new in cands if new.lower() not in words]
    pick = choice(rng, cands)
    if not pick:
        return None
    k, new = pick
    t = toks[k]
    text = replace(s.text, t.s, t.e, like(new, t.text))
    return fix_article(text, toks, k, new)


def first_auxiliary(s, lex):
    """Index of the first finite auxiliary that can take `not` right after it."""
    toks = s.toks
    for k, t in enumerate(toks):
        if k + 1 >= len(toks):
            return None
        nxt = toks[k + 1]
        if t.low in ("is", "are", "was", "were", "am") or t.low in MODALS and t.low != "shall":
            if nxt.tag == "NEG" or nxt.low in ("no", "nothing", "none") or k == 0 or t.start:
                return None
            if k > 0 and toks[k - 1].low in WH | {"there", "here"} | SUBORDINATORS:
                return None
            return k
        if t.low in HAVE and nxt.tag == "V" and lex.verb_form(nxt.low) and lex.verb_form(nxt.low)[1] == "VBD" \
                and k > 0 and toks[k - 1].tag in ("PRON", "N", "PROPN"):
            return k
        if t.low in DO and nxt.tag == "V" and k > 0 and toks[k - 1].tag in ("PRON", "N", "PROPN"):
            return k
        if t.tag in ("V", "BE", "HAVE", "DO", "MODAL", "SUB") or t.text in (",", ";", ":"):
            return None
    return None


def edit_negation_added(s, rng, lex):
    if "?" in s.text:
        return None
    toks = s.toks
    cands = []
    k = first_auxiliary(s, lex)
    if k is not None:
        t = toks[k]
        cands.append(replace(s.text, t.s, t.e, t.text + ("not" if t.low == "can" else " not")))
    fa = finite_after_subject(s, lex)
    if fa and fa[2] in ("VBZ", "VBD", "VBP"):
        end, _, form = fa
        v = toks[end]
        lemma = lex.verb_form(v.low)[0]
        aux = {"VBZ": "does", "VBD": "did", "VBP": "do"}[form]
        cands.append(replace(s.text, v.s, v.e, f"{aux} not {lemma}"))
    return choice(rng, cands)


NPIS = set("yet anymore any anything anyone anybody anywhere ever either until".split())


def edit_negation_removed(s, rng, lex):
    toks, cands = s.toks, []
    for k, t in enumerate(toks):
        if t.tag != "NEG" or k == 0:
            continue
        later = []
        for x in toks[k + 1:]:
            if x.text in (",", ";", ":", ".", "!", "?") or x.tag in ("CONJ", "SUB"):
                break
            later.append(x.low)
        if NPIS & set(later):
            continue  # hasn't been listed yet > has been listed yet
        prv = toks[k - 1]
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if t.low == "never":
            if prv.tag in ("PRON", "N", "PROPN", "HAVE", "BE", "MODAL") and nxt is not None and nxt.tag in ("V", "BE", "A"):
                cands.append(delete(s.text, t.s, t.e))
            continue
        if nxt is not None and nxt.low in ("only", "even", "just", "yet", "to", "all", "because", "so", "much", "necessarily"):
            continue
        aux = prv.low
        contracted = t.low == "n't"
        if aux in DO:
            if nxt is None or nxt.tag != "V" or nxt.cap:
                continue
            lemma = lex.verb_lemma(nxt.low)
            if not lemma or lemma != nxt.low:
                continue
            subj = toks[k - 2] if k >= 2 else None
            form = {"do": "VB", "does": "VBZ", "did": "VBD"}[aux]
            new = lex.inflect(lemma, form)
            if not new or form != "VB" and not lex.vocab[new]:
                continue
            if subj is None or subj.tag not in ("PRON", "N", "PROPN"):
                continue
            cands.append(replace(s.text, prv.s, nxt.e, new))
        elif aux in BE or aux in MODALS or aux in HAVE or aux in ("ca", "wo", "need"):
            full = {"ca": "can", "wo": "will"}.get(aux, prv.text)
            if aux == "can" and not contracted and s.text[prv.e:t.s] == "":
                full = prv.text  # cannot -> can
            if contracted:
                cands.append(replace(s.text, prv.s, t.e, like(full, prv.text)))
            else:
                cands.append(delete(s.text, t.s, t.e) if s.text[prv.e:t.s] else replace(s.text, prv.s, t.e, prv.text))
    return choice(rng, cands)


def edit_modality(s, rng, lex):
    toks, cands = s.toks, []
    if "?" in s.text:
        return None
    for k, t in enumerate(toks):
        if k == 0 or t.start or k + 1 >= len(toks):
            continue
        prv, nxt = toks[k - 1], toks[k + 1]
        if prv.low in WH | SUBORDINATORS or nxt.tag == "NEG" or prv.tag not in ("PRON", "N", "PROPN"):
            continue
        modal = rng.choice(["may", "might", "could"])
        if t.low in ("is", "are"):
            cands.append(replace(s.text, t.s, t.e, f"{modal} be"))
        elif t.low in ("was", "were"):
            cands.append(replace(s.text, t.s, t.e, f"{modal} have been"))
        elif t.low == "will":
            cands.append(replace(s.text, t.s, t.e, rng.choice(["may", "might"])))
        elif t.low in ("may", "might") and nxt.tag in ("V", "BE") and nxt.low == (lex.verb_lemma(nxt.low) or ""):
            cands.append(replace(s.text, t.s, t.e, "will"))
        elif t.tag == "V" and not t.cap and prv.tag in ("PRON", "PROPN") or (t.tag == "V" and prv.tag == "N" and k <= 3):
            vf = lex.verb_form(t.low)
            if not vf or vf[0] in ("be", "have", "do"):
                continue
            if vf[1] == "VBZ" and finite_present(s, k, lex):
                cands.append(replace(s.text, t.s, t.e, f"{modal} {vf[0]}"))
            elif vf[1] == "VBD" and finite_past(s, k, lex):
                part = lex.inflect(vf[0], "VBN")
                if part:
                    cands.append(replace(s.text, t.s, t.e, f"{modal} have {part}"))
    return choice(rng, cands)


GENDER = {"he": "she", "she": "he", "him": "her", "himself": "herself", "herself": "himself"}


def edit_gender_pronoun(s, rng, lex):
    toks, cands = s.toks, []
    for k, t in enumerate(toks):
        w = t.low
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if w in GENDER:
            cands.append((k, GENDER[w]))
        elif w == "his":
            cands.append((k, "her" if nxt is not None and (nxt.kind == "num" or nxt.kind == "word" and nxt.tag in (
                "N", "A", "NUM", "X", "V", "FUNC", "PROPN") and nxt.low not in ("and", "or")) else "hers"))
        elif w == "her":
            if nxt is not None and nxt.kind == "word" and nxt.tag in ("N", "A", "NUM") and nxt.low not in FUNCTION:
                cands.append((k, "his"))
            elif nxt is None or nxt.kind == "punct" or nxt.tag in ("PREP", "CONJ", "DET", "TO", "SUB", "R"):
                cands.append((k, "him"))
    pick = choice(rng, cands)
    if not pick:
        return None
    k, new = pick
    t = toks[k]
    return replace(s.text, t.s, t.e, like(new, t.text))


def edit_tense(s, rng, lex):
    toks, cands = s.toks, []
    for k, t in enumerate(toks):
        prv = toks[k - 1] if k else None
        if t.low in ("was", "were", "is", "are") and t.kind == "word":
            if prv is not None and (prv.low in ("if", "wish", "though") or prv.low == "it" and k >= 2 and toks[k - 2].low == "as"):
                continue
            new = {"was": "is", "were": "are", "is": "was", "are": "were"}[t.low]
            cands.append(replace(s.text, t.s, t.e, like(new, t.text)))
            if t.low in ("was", "were") and prv is not None and prv.tag in ("PRON", "N", "PROPN") and \
                    not (k + 1 < len(toks) and toks[k + 1].low == "n't"):
                cands.append(replace(s.text, t.s, t.e, like("will be", t.text)))
        elif t.tag == "V" and not t.cap and prv is not None and prv.tag in ("PRON", "PROPN", "N") and \
                (prv.tag != "PRON" or prv.low in SUBJ_PRONOUNS):
            vf = lex.verb_form(t.low)
            if not vf or vf[0] in ("be", "have", "do") or t.low == "used" and k + 1 < len(toks) and toks[k + 1].low == "to":
                continue
            lemma, form = vf
            if form == "VBD" and finite_past(s, k, lex):
                cands.append(replace(s.text, t.s, t.e, f"will {lemma}"))
                num = subject_number(s, k - 1)
                if num is None and prv.tag == "PROPN":
                    num = "sg"
                if num:
                    new = lex.inflect(lemma, "VBZ" if num == "sg" else "VB")
                    if new and (lex.vocab[new] or new == lemma):
                        cands.append(replace(s.text, t.s, t.e, new))
            elif form == "VBZ" and finite_present(s, k, lex):
                new = lex.inflect(lemma, "VBD")
                if new and lex.vocab[new]:
                    cands.append(replace(s.text, t.s, t.e, new))
    return choice(rng, cands)


def edit_statement_to_question(s, rng, lex):
    if not s.single() or any(t.text == "," for t in s.toks):
        return None
    fa = finite_after_subject(s, lex)
    if not fa:
        return None
    end, _, kind = fa
    toks = s.toks
    v = toks[end]
    subject = s.text[:v.s].rstrip()
    subject = decap(toks[0], lex) + subject[len(toks[0].text):]
    body = s.text[:toks[-1].s].rstrip()
    if kind in ("VBZ", "VBD", "VBP"):
        lemma = lex.verb_form(v.low)[0]
        aux = {"VBZ": "Does", "VBD": "Did", "VBP": "Do"}[kind]
        rest = body[v.e:]
        return f"{aux} {subject} {lemma}{rest}?"
    rest = body[v.e:]
    return f"{upper_first(v.text)} {subject}{rest}?"


CONCRETE = set("noun.person noun.animal noun.artifact noun.food noun.plant noun.object".split())


def edit_roles_swapped(s, rng, lex):
    if not s.single() or any(t.text == "," for t in s.toks):
        return None
    toks = s.toks
    np1 = noun_phrase(toks, 0, lex, allow_pronoun=False)
    if not np1:
        return None
    end1, head1 = np1
    k = end1
    if k + 1 < len(toks) and toks[k].low in ("is", "are", "was", "were") and toks[k + 1].tag == "V" and \
            lex.verb_form(toks[k + 1].low) and lex.verb_form(toks[k + 1].low)[1] == "VBG":
        k += 2
    elif k < len(toks) and toks[k].tag == "V" and lex.verb_form(toks[k].low) and \
            lex.verb_form(toks[k].low)[1] in ("VBZ", "VBD"):
        k += 1
    else:
        return None
    if (lex.verb_form(toks[k - 1].low) or ("",))[0] in LIGHT_VERBS:
        return None  # taking a bath
    np2 = noun_phrase(toks, k, lex, allow_pronoun=False)
    if not np2:
        return None
    end2, head2 = np2
    if end2 >= len(toks) or toks[end2].tag not in ("PUNCT", "PREP") or toks[end2].low == "of":
        return None
    h1, h2 = toks[head1], toks[head2]
    if plural(h1.low, lex) != plural(h2.low, lex) or h1.low == h2.low:
        return None
    # Both heads concrete (a person, animal, thing, food or plant) and at least one animate.
    files = [lex.wn.lexfile((lex.wn.lemmas(h.low, "n") or [""])[0], "n") if h.tag == "N" else "noun.person"
             for h in (h1, h2)]
    if not all(f in CONCRETE for f in files) or not any(f in ("noun.person", "noun.animal") for f in files):
        return None
    first = s.text[toks[0].s:toks[end1 - 1].e]
    second = s.text[toks[k].s:toks[end2 - 1].e]
    first_low = decap(toks[0], lex) + first[len(toks[0].text):]
    second_cap = upper_first(second)
    return (second_cap + s.text[toks[end1 - 1].e:toks[k].s] + first_low + s.text[toks[end2 - 1].e:])


def edit_foreign_word(s, rng, lex):
    cands = [k for k, t in enumerate(s.toks) if t.low in FOREIGN and t.tag in ("N", "A") and not t.cap]
    k = choice(rng, cands)
    if k is None:
        return None
    t = s.toks[k]
    de, fr = FOREIGN[t.low]
    return replace(s.text, t.s, t.e, rng.choice([de, fr]))


# meaning-keeping ------------------------------------------------------------------------------


def edit_case(s, rng, lex):
    toks = s.toks
    options = []
    lower = s.text.lower()
    if lower != s.text and not any(t.tag == "PROPN" for t in toks):
        options.append(lower)
    if len(s.text) <= 160:
        options.append(s.text.upper())
    content = [t for t in toks if t.kind == "word" and t.text.islower() and t.low not in FUNCTION and len(t.text) > 2]
    if content:
        t = rng.choice(content)
        options.append(replace(s.text, t.s, t.e, t.text.capitalize()))
    title = re.sub(r"\b([a-z])([a-z]{3,})", lambda m: m.group(1).upper() + m.group(2), s.text)
    if title != s.text:
        options.append(title)
    options = [o for o in options if o != s.text]
    return choice(rng, options)


CLAUSE_ADVERBS = set("however yesterday today now then also still meanwhile finally instead "
                     "unfortunately fortunately indeed tomorrow".split())


def edit_punctuation(s, rng, lex):
    toks, options = s.toks, []
    text = s.text
    if toks[-1].text == "." and len(toks) > 1 and toks[-2].kind == "word":
        options.append(text[:toks[-1].s].rstrip())
    if toks[-1].kind == "word" and not any(t.text in FINAL for t in toks):
        options.append(text + ".")
    for k, t in enumerate(toks):
        if t.text == "," and 0 < k < len(toks) - 1 and toks[k - 1].kind == "word" and toks[k + 1].kind == "word" \
                and toks[k + 1].low in {"and", "but", "so", "then", "or"} | SUBORDINATORS \
                and text[t.e:t.e + 1] == " ":
            options.append(text[:t.s] + text[t.e:])
        if t.low in ("but",) and k > 2 and toks[k - 1].kind == "word" and text[toks[k - 1].e:t.s] == " ":
            options.append(text[:toks[k - 1].e] + "," + text[toks[k - 1].e:])
        if k == 0 and t.low in CLAUSE_ADVERBS and len(toks) > 3 and toks[1].kind == "word":
            options.append(text[:t.e] + "," + text[t.e:])
    if '"' in text and text.count('"') % 2 == 0:
        parts = text.split('"')
        out = parts[0]
        for i, part in enumerate(parts[1:]):
            out += ("“" if i % 2 == 0 else "”") + part
        options.append(out)
    if "“" in text and "”" in text:
        options.append(text.replace("“", '"').replace("”", '"'))
    options = [o for o in options if o != text]
    return choice(rng, options)


def edit_tokenisation(s, rng, lex):
    toks, text, options = s.toks, s.text, []
    for k, t in enumerate(toks):
        if t.text in (".", ",", "!", "?", ";") and k > 0 and toks[k - 1].kind in ("word", "num") and toks[k - 1].e == t.s \
                and (t.text != "." or k == len(toks) - 1):
            options.append(text[:t.s] + " " + text[t.s:])
        if t.low in ("n't", "'s", "'re", "'ve", "'ll", "'m", "'d") and k > 0 and toks[k - 1].e == t.s:
            options.append(text[:t.s] + " " + text[t.s:])
        if t.kind == "word" and re.fullmatch(r"[A-Za-z]+-[A-Za-z]+", t.text):
            options.append(replace(text, t.s, t.e, t.text.replace("-", " - ")))
        if t.text == "$" and k + 1 < len(toks) and toks[k + 1].kind == "num" and toks[k + 1].s == t.e:
            options.append(text[:t.e] + " " + text[t.e:])
        if t.text == "%" and k > 0 and toks[k - 1].kind == "num" and toks[k - 1].e == t.s:
            options.append(text[:t.s] + " " + text[t.s:])
    return choice(rng, options)


def edit_typo(s, rng, lex):
    cands = [t for t in s.toks if t.kind == "word" and t.text.isalpha() and t.text.islower() and len(t.text) >= 6
             and lex.vocab[t.low] >= 3 and t.tag in ("N", "V", "A", "R")]
    rng.shuffle(cands)
    for t in cands[:5]:
        w = t.text
        for _ in range(6):
            how = rng.choice(["swap", "double", "drop"])
            i = rng.randrange(1, len(w) - 1)
            if how == "swap":
                if w[i] == w[i + 1]:
                    continue
                new = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif how == "double":
                new = w[:i] + w[i] + w[i:]
            else:
                new = w[:i] + w[i + 1:]
            if new != w and not lex.known(new):
                return replace(s.text, t.s, t.e, new)
    return None


LIGHT_VERBS = set("be have do say tell go come make get take give put set let keep move".split())
# The WordNet first-sense synonyms that this suite uses, read one by one: many that WordNet
# offers do not keep the meaning in the data's sentences (stage > phase, way > mode,
# person > someone, activists > militants, held > maintained), so a proposal must be here too.
SYNONYMS_VETTED = set("""
small>little baby>infant infant>baby large>big big>large bigger>larger larger>bigger
seems>appears seem>appear seemed>appeared appears>seems appear>seem
start>begin begin>start begins>starts starts>begins started>began began>started
starting>beginning beginning>starting difficult>hard almost>nearly nearly>almost
kind>sort sort>kind sorts>kinds kinds>sorts maybe>perhaps maybe>possibly perhaps>maybe
perhaps>possibly couch>sofa sofa>couch stay>remain stays>remains stayed>remained remain>stay
kilometers>kilometres finished>completed often>frequently frequently>often
particularly>especially especially>particularly usually>normally normally>usually
ordinarily>usually stairs>steps noticed>observed lawyer>attorney attorney>lawyer
expected>anticipated anticipated>expected famous>renowned airplane>plane occurred>happened
happened>occurred happen>occur movie>film film>movie pct>percent purchased>bought
highly>extremely slightly>somewhat somewhat>slightly mainly>primarily primarily>mainly
mostly>largely creatures>animals author>writer writer>author totally>completely
info>information roughly>approximately needed>required topic>subject topics>subjects
suggested>proposed proposed>suggested choose>select select>choose eventually>finally
built>constructed constructed>built chance>opportunity surely>certainly railway>railroad
railroad>railway stones>rocks stone>rock kid>child thoughts>ideas sunlight>sunshine
concur>agree require>need truly>really merely>simply math>mathematics maths>mathematics
attempting>trying apparently>seemingly instances>cases acknowledged>admitted
precisely>exactly epicentre>epicenter partially>partly aided>helped vast>huge
fundamentally>basically calculating>computing beast>animal utilize>use leaping>jumping
hallway>hall abdomen>belly established>founded detected>noticed country>nation
source>origin origin>source process>procedure procedure>process
""".split())


def replace_one(s, rng, cands):
    """Puts one of the candidates (token index, new word), chosen by rng, in its token's place,
    with the article before it fitted; None when there is none."""
    pick = choice(rng, cands)
    if not pick:
        return None
    k, new = pick
    t = s.toks[k]
    return fix_article(replace(s.text, t.s, t.e, new), s.toks, k, new)


def edit_noun_replaced(s, rng, lex):
    """A common noun replaced by another kind of the same thing: a hyponym of its first sense's
    hypernym ("guitar" -> "violin", "car" -> "truck"), common in the data, whose own first
    sense that is."""
    toks, cands = s.toks, []
    wn = lex.wn
    for k, t in enumerate(toks):
        if t.kind != "word" or t.cap or t.low in FUNCTION or "-" in t.text or t.tag != "N":
            continue
        if wn.share(t.low, "n") < 0.8 or not wn.lemmas(t.low, "n"):
            continue
        lemma = wn.lemmas(t.low, "n")[0]
        senses = wn.senses(lemma, "n")
        if not senses:
            continue
        _, pointers, _ = wn.synset("n", senses[0])
        for symbol, parent, ppos, _, _ in pointers:
            if symbol != "@":
                continue
            for hsymbol, sibling, spos, _, _ in wn.synset(ppos, parent)[1]:
                if hsymbol != "~" or sibling == senses[0]:
                    continue
                word = wn.synset(spos, sibling)[0][0].lower()
                if not word.isalpha() or word == lemma or wn.senses(word, "n")[:1] != [sibling]:
                    continue
                form = word if lemma == t.low else (word + "s" if t.low == lemma + "s" else None)
                if form and lex.vocab[form] >= 5 and wn.share(form, "n") >= 0.8:
                    cands.append((k, form))
    words = set(t.low for t in toks)
    cands = [(k, new) for k, new in cands if new not in words]
    return replace_one(s, rng, cands)


def edit_synonym(s, rng, lex):
    toks, cands = s.toks, []
    wn = lex.wn
    for k, t in enumerate(toks):
        if t.kind != "word" or t.cap or t.low in FUNCTION or "-" in t.text or t.tag not in ("N", "V", "A", "R"):
            continue
        pos = t.tag.lower()
        if wn.share(t.low, pos) < 0.75:
            continue
        if pos in ("a", "r"):
            if t.low not in wn.index[pos]:
                continue
            cands += [(k, w) for w in wn.synonyms(t.low, pos) if lex.vocab[w] >= 5 and wn.share(w, pos) >= 0.6]
        elif pos == "n":
            lemma = (wn.lemmas(t.low, "n") or [None])[0]
            if not lemma:
                continue
            for w in wn.synonyms(lemma, "n"):
                form = w if lemma == t.low else (w + "s" if t.low == lemma + "s" else None)
                if form and lex.vocab[form] >= 5 and wn.lemmas(form, "n")[:1] == [w] and wn.share(form, "n") >= 0.6:
                    cands.append((k, form))
        else:
            vf = lex.verb_form(t.low)
            if not vf or vf[0] in LIGHT_VERBS:
                continue
            form = contextual_form(toks, k, lex, vf)
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if not form or nxt is not None and nxt.low in PARTICLES:
                continue
            for w in wn.synonyms(vf[0], "v"):
                new = lex.inflect(w, form)
                if new and lex.vocab[new] >= 5 and w not in LIGHT_VERBS and wn.share(new, "v") >= 0.6:
                    cands.append((k, new))
    cands = [(k, new) for k, new in cands if f"{toks[k].low}>{new}" in SYNONYMS_VETTED]
    return replace_one(s, rng, cands)


def number_in_words(n):
    return WORD_OF_NUMBER.get(n)


def edit_quantity_rewritten(s, rng, lex):
    toks, text, options = s.toks, s.text, []
    for k, t in enumerate(toks):
        prv = toks[k - 1] if k else None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        nxt2 = toks[k + 2] if k + 2 < len(toks) else None
        in_range = (prv is not None and prv.low in ("to", "-") and k >= 2 and toks[k - 2].kind == "num") or \
            (nxt is not None and nxt.low in ("to", "-") and nxt2 is not None and nxt2.kind == "num")
        if in_range:
            continue  # 16 to 17 weeks: leave both alike
        if t.kind == "num":
            if prv is not None and (prv.text in ("$", "-", ":", "/", "<", ".", "#", "£", "€") or prv.text in MONTHS):
                dollar = prv.text == "$" and prv.e == t.s
                if dollar and (nxt is None or nxt.low not in SCALES and nxt.text not in ("/", "-")) \
                        and re.fullmatch(r"\d+(\.\d\d)?", t.text) and (k < 2 or toks[k - 2].kind != "num"):
                    options.append(replace(text, prv.s, t.e, t.text + (" dollar" if t.text == "1" else " dollars")))
                continue
            if nxt is not None and nxt.text in (":", "/", "-", ".") and nxt.e < len(text) and nxt2 is not None and nxt2.kind == "num":
                continue
            if "," in t.text and not re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t.text):
                continue
            plain = t.text.replace(",", "")
            if re.fullmatch(r"\d+", plain):
                value = int(plain)
                if "," in t.text:
                    options.append(replace(text, t.s, t.e, plain))
                elif value >= 10000 or (1000 <= value < 10000 and not 1800 <= value <= 2100 and
                                        nxt is not None and nxt.tag == "N" and nxt.text.islower()
                                        and plural(nxt.low, lex)):
                    options.append(replace(text, t.s, t.e, f"{value:,}"))
                elif 2 <= value <= 20 and nxt is not None and nxt.tag in ("N", "A") and nxt.text != "%" \
                        and plural(nxt.low, lex):
                    options.append(replace(text, t.s, t.e, like(number_in_words(value), "A" if t.start else "a")))
            if nxt is not None and nxt.text == "%" and nxt.s == t.e:
                options.append(replace(text, t.s, nxt.e, t.text + rng.choice([" percent", " per cent"])))
            if nxt is not None and nxt.low in ("percent",):
                options.append(replace(text, t.s, nxt.e, t.text + "%"))
            if nxt is not None and nxt.low in SCALES and re.fullmatch(r"\d+(\.\d{1,2})?", t.text):
                from decimal import Decimal
                value = Decimal(t.text) * SCALES[nxt.low]
                if value == int(value):
                    options.append(replace(text, t.s, nxt.e, f"{int(value):,}"))
        elif t.low in NUMBER_WORDS and NUMBER_WORDS[t.low] <= 20 and nxt is not None and nxt.tag in ("N", "A") \
                and plural(nxt.low, lex) and not (prv is not None and prv.low in ("the", "these", "those", "of")) \
                and t.text.islower():
            options.append(replace(text, t.s, t.e, str(NUMBER_WORDS[t.low])))
    options = [o for o in options if o != text]
    return choice(rng, options)


LEADING_PREPS = set("in on at after before during since for by within over throughout "
                    "last this earlier".split())
TIME_WORDS = MONTHS | DAYS | set("yesterday today tomorrow week month year morning afternoon "
                                 "evening night weekend".split())
PLACE_PREPS = set("in on near outside inside behind under beside".split())
ARGUMENT_VERBS = set("put place pour add throw drop insert load lay set stuff sprinkle spread "
                     "dip fill mix cut slice chop".split())


PHRASAL = {("turn", "on"), ("switch", "on"), ("chew", "on"), ("work", "on"), ("draw", "on"), ("rely", "on"),
           ("depend", "on"), ("focus", "on"), ("count", "on"), ("try", "on"), ("turn", "in"), ("fill", "in"),
           ("check", "in"), ("log", "on"), ("lay", "on"), ("type", "on"), ("write", "on"), ("pounce", "on")}


def edit_clause_moved(s, rng, lex):
    toks, text = s.toks, s.text
    if len(toks) < 6 or toks[-1].text != "." or sum(t.text in FINAL for t in toks) != 1 or \
            any(t.text in "\"“”()[]:;" for t in toks):
        return None
    options = []
    commas = [k for k, t in enumerate(toks) if t.text == ","]
    first = toks[0]
    # In 2009, he left. -> He left in 2009.
    if commas and first.low in LEADING_PREPS | (SUBORDINATORS - {"as", "since", "for"}) and 2 <= commas[0] <= 10 \
            and first.kind == "word":
        c = commas[0]
        rest = toks[c + 1:]
        if len(rest) >= 4 and not any(t.text in (",", "-", "--") or t.tag == "SUB" or t.low in WH for t in rest) and \
                noun_phrase(toks, c + 1, lex) and any(t.tag in ("V", "BE", "HAVE", "MODAL") for t in rest) \
                and not any(t.tag == "V" and t.low.endswith("ing") for t in toks[1:c]) \
                and toks[c + 1].low not in CONJS and not (
                    first.tag == "SUB" and toks[c + 1].low in ("it", "they", "he", "she", "its", "their", "his", "her")):
            phrase = decap(first, lex) + text[first.e:toks[c].s]
            clause = text[toks[c + 1].s:toks[-1].s].rstrip()
            lead = toks[c + 1]
            clause = (lead.text[:1].upper() + lead.text[1:]) + clause[len(lead.text):]
            options.append(f"{clause} {phrase}.")
    # A man is playing a guitar in the park. -> In the park, a man is playing a guitar.
    # He left the city on Monday. -> On Monday, he left the city.
    # Only subject, verb group, an optional object, then the phrase: nothing it could attach to
    # but the verb.
    np = noun_phrase(toks, 0, lex) if not commas and len(toks) <= 16 and toks[0].tag != "PROPN" else None
    if np:
        j, end = np[0], len(toks) - 1
        if j + 1 < end and toks[j].low in ("is", "are", "was", "were") and toks[j + 1].tag == "V" and \
                (lex.verb_form(toks[j + 1].low) or ("", ""))[1] == "VBG":
            verb = toks[j + 1]
            j += 2
        elif j < end and toks[j].tag == "V" and (finite_present(s, j, lex) or finite_past(s, j, lex) or
                                                 toks[j].low in SUBJ_PRONOUNS):
            verb = toks[j]
            j += 1
        else:
            verb = None
        lemma = (lex.verb_form(verb.low) or ("",))[0] if verb is not None else ""
        if verb is not None and lemma not in ARGUMENT_VERBS | LIGHT_VERBS and not (
                j < end and (lemma, toks[j].low) in PHRASAL):
            obj = noun_phrase(toks, j, lex, allow_pronoun=False)
            if obj and toks[obj[0]].tag == "PREP":
                j = obj[0]
            p = toks[j] if j < end else None
            words = toks[j + 1:end]
            pp = noun_phrase(toks, j + 1, lex, allow_pronoun=False) if p is not None else None
            time = p is not None and len(words) == 1 and (
                p.low in ("in", "on", "during") and (re.fullmatch(r"(19|20)\d\d", words[0].text) or
                                                     words[0].text in MONTHS | DAYS)
                or p.low == "last" and words[0].low in TIME_WORDS)
            place = p is not None and p.low in PLACE_PREPS and pp and pp[0] == end and toks[j + 1].tag == "DET" \
                and toks[pp[1]].tag == "N"
            if time or place:
                phrase = upper_first(text[p.s:toks[end - 1].e])
                clause = decap(toks[0], lex) + text[toks[0].e:p.s].rstrip()
                options.append(f"{phrase}, {clause}.")
    return choice(rng, options)


KINDS = [
    ("number_changed", "changed", edit_number_changed),
    ("decimal_moved", "changed", edit_decimal_moved),
    ("name_replaced", "changed", edit_name_replaced),
    ("name_removed", "changed", edit_name_removed),
    ("verb_removed", "changed", edit_verb_removed),
    ("noun_removed", "changed", edit_noun_removed),
    ("subject_removed", "changed", edit_subject_removed),
    ("adjective_removed", "changed", edit_adjective_removed),
    ("word_added", "changed", edit_word_added),
    ("antonym", "changed", edit_antonym),
    ("noun_replaced", "changed", edit_noun_replaced),
    ("negation_added", "changed", edit_negation_added),
    ("negation_removed", "changed", edit_negation_removed),
    ("modality", "changed", edit_modality),
    ("gender_pronoun", "changed", edit_gender_pronoun),
    ("tense", "changed", edit_tense),
    ("statement_to_question", "changed", edit_statement_to_question),
    ("roles_swapped", "changed", edit_roles_swapped),
    ("foreign_word", "changed", edit_foreign_word),
    ("case", "kept", edit_case),
    ("punctuation", "kept", edit_punctuation),
    ("tokenisation", "kept", edit_tokenisation),
    ("typo", "kept", edit_typo),
    ("synonym", "kept", edit_synonym),
    ("quantity_rewritten", "kept", edit_quantity_rewritten),
    ("clause_moved", "kept", edit_clause_moved),
]

# ---------------------------------------------------------------------------------------------
# Base sentences


def clean(text):
    return " ".join(text.split())


def load_bases(data):
    """(id, source, reference, original) for every base sentence, in a fixed order."""
    bases = []
    bible = os.path.join(data, "bible")
    kjv = open(os.path.join(bible, "kjv/Ruth.txt"), encoding="utf-8").read()
    web = open(os.path.join(bible, "web/Ruth.txt"), encoding="utf-8").read()
    for g in read_tsv(os.path.join(bible, "gold.tsv")):
        k = clean(kjv[int(g["kjv_start"]):int(g["kjv_end"])])
        w = clean(web[int(g["web_start"]):int(g["web_end"])])
        bases.append((f"bible:{g['verse_id']}:kjv", "bible", k, w))
        bases.append((f"bible:{g['verse_id']}:web", "bible", w, k))
    partner = {}
    order = []
    for r in read_tsv(os.path.join(data, "paraphrase/stsb_dev.tsv")):
        a, b, score = clean(r["sentence1"]), clean(r["sentence2"]), float(r["label"])
        for x, y, side in ((a, b, 1), (b, a, 2)):
            if x not in partner:
                partner[x] = (None, -1)
                order.append((x, f"stsb:{r['id']}:{side}"))
            if score >= 4 and score > partner[x][1] and x != y:
                partner[x] = (y, score)
    for x, ident in order:
        bases.append((ident, "stsb", x, partner[x][0] or ""))
    seen = set()
    for r in read_tsv(os.path.join(data, "mqm/ted_ende.tsv")):
        src = clean(r["source"])
        if src not in seen:
            seen.add(src)
            bases.append((f"mqm:{r['doc']}:{r['seg']}", "mqm", src, ""))
    return bases


def all_texts(data, bases):
    texts = [b[2] for b in bases]
    paws = os.path.join(data, "paraphrase/paws_dev.tsv")
    if os.path.exists(paws):
        for r in read_tsv(paws):
            texts += [r.get("sentence1", ""), r.get("sentence2", "")]
    return texts


def collect_names(lex, sents):
    """Name -> kind, kind -> names and source -> names, from the base sentences."""
    wn = lex.wn
    kinds, context = {}, collections.Counter()
    for s in sents:
        for k, t in enumerate(s.toks):
            if t.tag != "PROPN":
                continue
            prv = s.toks[k - 1] if k else None
            nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
            if prv is not None and prv.text in TITLES or nxt is not None and nxt.low in ("said", "says", "told"):
                context[t.text] += 1
    for s in sents:
        for t in s.toks:
            if t.tag == "PROPN" and t.text not in kinds and t.text.isalpha() and t.text not in NOT_NAMES \
                    and t.text not in TITLES:
                kind = wn.name_kind(t.text)
                if kind is None and context[t.text] and not any(wn.lemmas(t.low, p) for p in "nvar") \
                        and not re.search(r"(ite|ites|ess|ian|ans|ese|ish)$", t.text):
                    kind = "person"
                if kind:
                    kinds[t.text] = kind
    by_kind = collections.defaultdict(set)
    by_source = collections.defaultdict(set)
    for name, kind in kinds.items():
        by_kind[kind].add(name)
    for s in sents:
        for t in s.toks:
            if t.text in kinds:
                by_source[s.source].add(t.text)
    return kinds, by_kind, by_source


def build(data=DEFAULT_DATA, wordnet=DEFAULT_WORDNET, per_kind=PER_KIND, kinds=None):
    """The suite as a list of row dicts (see the module docstring)."""
    bases = load_bases(data)
    wn = WordNet(wordnet)
    lex = Lexicon(wn, all_texts(data, bases))
    cache = {}

    def sent(text, source):
        key = (text, source)
        if key not in cache:
            cache[key] = Sent(text, lex)
            cache[key].source = source
        return cache[key]

    sents = [sent(b[2], b[1]) for b in bases]
    lex.name_kinds, lex.names_by_kind, lex.names_by_source = collect_names(lex, sents)

    def apply(fn, kind, text, source):
        rng = random.Random(f"{SEED}|{kind}|{text}")
        try:
            out = fn(sent(text, source), rng, lex)
        except (IndexError, ValueError, KeyError) as error:  # a pattern that did not fit
            raise RuntimeError(f"{kind} on {text!r}: {error!r}") from error
        if out is None or out == text or "\t" in out or "\n" in out:
            return None
        return out

    rows = []
    for kind, meaning, fn in KINDS:
        if kinds and kind not in kinds:
            continue
        items = []
        for ident, source, reference, original in bases:
            ref, orig = reference, original
            edited = apply(fn, kind, ref, source)
            if edited is None and kind == "decimal_moved":
                rewritten = integer_to_decimal(sent(ref, source), random.Random(f"{SEED}|rewrite|{ref}"))
                if rewritten:
                    ref, integer = rewritten
                    if orig and len(re.findall(rf"(?<![\d.,]){integer}(?![\d.,]\d)", orig)) == 1:
                        orig = re.sub(rf"(?<![\d.,]){integer}(?![\d.,]\d)", integer[:-1] + "." + integer[-1], orig)
                    else:
                        orig = ""
                    edited = apply(fn, kind, ref, source)
            if edited is None:
                continue
            edited_original = apply(fn, kind, orig, source) if orig else None
            items.append({"id": f"{kind}/{ident}", "kind": kind, "meaning": meaning, "source": source,
                          "reference": ref, "original": orig, "edited": edited,
                          "edited_original": edited_original or "", "native": ref == reference})
        rows += select(items, per_kind, random.Random(f"{SEED}|select|{kind}"))
    for r in rows:
        del r["native"]
    return rows


def edit_key(a, b):
    """The words an edit removed and added, lower-cased: what makes two edits the same edit."""
    x, y = a.lower().split(), b.lower().split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes():
        if op != "equal":
            out.append((tuple(x[i1:i2]), tuple(y[j1:j2])))
    return tuple(out)


def select(items, per_kind, rng):
    """At most per_kind rows: rows with a partner edit first (they serve both views), then bases
    as the data holds them (decimal_moved's rewritten bases last); no one edit (man -> woman) more
    than a twelfth of the rows unless the kind has nothing else."""
    rng.shuffle(items)
    items.sort(key=lambda r: (not r["edited_original"], not r["native"]))
    cap = max(5, per_kind // 12)
    chosen, spare, per_key = [], [], collections.Counter()
    for r in items:
        key = edit_key(r["reference"], r["edited"])
        if len(chosen) < per_kind and per_key[key] < cap:
            chosen.append(r)
            per_key[key] += 1
        else:
            spare.append(r)
    chosen += spare[:per_kind - len(chosen)]
    chosen.sort(key=lambda r: r["id"])
    return chosen


def write(rows, path):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")


def read(path):
    return list(read_tsv(path))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--wordnet", default=DEFAULT_WORDNET)
    ap.add_argument("--per-kind", type=int, default=PER_KIND)
    ap.add_argument("--kind", action="append", help="only these kinds (repeatable)")
    args = ap.parse_args()
    rows = build(args.data, args.wordnet, args.per_kind, args.kind)
    write(rows, args.out)
    counts = collections.Counter(r["kind"] for r in rows)
    partner = collections.Counter(r["kind"] for r in rows if r["edited_original"])
    bases = len(set((r["source"], r["reference"]) for r in rows))
    for kind, _, _ in KINDS:
        if kind in counts:
            print(f"{kind:22} {counts[kind]:4} rows, {partner[kind]:4} with a partner edit", file=sys.stderr)
    print(f"{len(rows)} rows, {bases} distinct base sentences -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
