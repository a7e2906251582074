#!/usr/bin/env python3
"""Generates common.txt: passwords too common to allow (issue 3, SPEC §4).

Built from well-known patterns seen at the top of public breach corpora and in NCSC's
"most hacked passwords" analysis: popular words, names, football clubs, seasons and months with
years, keyboard walks, repeated words and digit runs, each with the suffixes people add to reach a
length rule ("123", "1234", "!", a year). Only entries of 12 characters or more are kept: shorter
ones are refused by the length rule anyway. Lower-case; the checker compares lower-case.

Run: python3 data/passwords/generate.py > data/passwords/common.txt
     python3 data/passwords/generate.py words > data/passwords/words.txt
A council may append entries to either (one a line; # starts a comment).

words.txt holds the base words themselves (letters only, at least four): the checker refuses a
password whose letters, once the digits and symbols people add around them are taken off and
look-alike characters (0 for o, @ for a, ...) are read as letters, are one of these words, one
repeated, or two of them together ("Summer2025!!", "p@ssw0rd!", "summerwinter1").
"""
import sys
import itertools

WORDS = """password passw0rd p@ssw0rd p@ssword letmein welcome welcome1 iloveyou qwerty qwertyuiop azerty
monkey dragon football baseball sunshine princess shadow master superman batman trustno1 whatever
freedom starwars pokemon computer internet secret summer winter spring autumn michael jennifer
jessica charlie liverpool chelsea arsenal everton tottenham manchester newcastle sunderland
middlesbrough leeds celtic rangers london england scotland wales ireland durham darlington hartlepool
council children social socialcare socialworker welcome123 changeme default admin administrator
login access hello hellohello cheese flower blessed jesus christ heaven angel lovely loveme
mustang harley ranger hunter killer soccer hockey cricket rugby tigger pepper ginger buster daisy
bailey maggie molly poppy charlie1 thomas robert daniel matthew andrew joshua george oliver harry
jack jacob william james emily sophie chloe olivia amelia jessica hannah lauren rebecca samantha
abc abcdef abcdefgh qazwsx zxcvbnm asdfgh asdfghjkl 1q2w3e4r 1qaz2wsx q1w2e3r4 zaq12wsx
myspace facebook google linkedin twitter instagram microsoft windows apple samsung nokia
chocolate cookie banana orange purple yellow silver golden diamond rainbow butterfly
family forever friends mummy daddy mother father sister brother baby babygirl babyboy
nothing something everything letmein1 trustme please opensesame test testing tester guest
office work workplace teams desk laptop portal system service records record case casework""".split()

SUFFIXES = ["", "1", "12", "123", "1234", "12345", "123456", "1234567", "12345678", "!", "!!", "1!", "123!",
            "@123", "#1", "01", "007", "69", "99", "2000", "11", "22", "00", "321", "4321", "54321"]
YEARS = [str(y) for y in range(1960, 2031)]
MONTHS = """january february march april may june july august september october november december""".split()
SEASONS = ["spring", "summer", "autumn", "winter", "fall"]
WALKS = ["qwertyuiop", "qwertyuiop[]", "asdfghjkl;", "zxcvbnm,./", "1qaz2wsx3edc", "1qaz2wsx3edc4rfv",
         "qazwsxedcrfv", "qazwsxedc123", "1q2w3e4r5t6y", "q1w2e3r4t5y6", "zaq1xsw2cde3", "!qaz2wsx#edc",
         "qwertyqwerty", "asdfasdfasdf", "zxcvzxcvzxcv", "1234qwerasdf", "qwerasdfzxcv", "abcd1234efgh",
         "poiuytrewq", "lkjhgfdsa", "mnbvcxz", "0987654321", "1234567890", "01234567890", "12345678910",
         "123456789012", "1234567890123", "12345678901234", "111111111111", "000000000000",
         "123123123123", "123412341234", "121212121212", "112233445566", "abcabcabcabc", "aaaaaaaaaaaa",
         "abcdefghijkl", "abcdefghijklm", "abc123abc123", "a1b2c3d4e5f6", "qwerty123456", "qwerty1234567",
         "1234567890qwerty", "qwertyuiop123", "password1234", "passwordpassword", "letmeinletmein",
         "iloveyou1234", "welcome12345", "changeme1234", "password123!", "1234567890ab", "administrator",
         "trustno1trustno1"]


def variants(word):
    yield word
    yield word.capitalize()
    yield word.replace("a", "@").replace("o", "0").replace("e", "3")
    yield word.replace("o", "0")
    yield word.replace("a", "@")
    yield word.replace("i", "1").replace("e", "3")


def generate():
    out = set()
    for w in WORDS:
        for v in set(variants(w)):
            for s in SUFFIXES:
                out.add(v + s)
            for y in YEARS:
                out.add(v + y)
                out.add(v + y + "!")
                out.add(v + "@" + y)
            out.add(v + v)
            out.add(v + v + "1")
            out.add("my" + v + "123")
            out.add("i love " + v)
            out.add("ilove" + v)
            out.add("ilove" + v + "123")
    for m in MONTHS + SEASONS:
        for y in YEARS:
            for v in (m, m.capitalize()):
                out.add(v + y)
                out.add(v + y + "!")
                out.add(v + "@" + y)
                out.add(v + "#" + y)
                out.add(v + "_" + y)
    for a, b in itertools.product(["password", "welcome", "letmein", "changeme", "iloveyou", "qwerty", "monkey",
                                   "dragon", "football", "sunshine", "princess", "admin"], repeat=2):
        out.add(a + b)
    for d in "0123456789":
        for n in range(12, 17):
            out.add(d * n)
    for n in range(12, 21):
        out.add("".join(str((i + 1) % 10) for i in range(n)))
        out.add("".join(str(9 - i % 10) for i in range(n)))
    out.update(WALKS)
    return sorted({x.lower() for x in out if len(x) >= 12})


def base_words():
    letters = {"".join(c for c in w.lower() if c.isalpha()) for w in WORDS + MONTHS + SEASONS}
    return sorted(w for w in letters if len(w) >= 4)


if __name__ == "__main__":
    if sys.argv[1:] == ["words"]:
        print("# Words passwords are built from (generated by generate.py; see its notes). One a line, lower-case.")
        for w in base_words():
            print(w)
    else:
        print("# Passwords too common to allow (generated by generate.py; see its notes). One a line, lower-case.")
        for p in generate():
            print(p)
