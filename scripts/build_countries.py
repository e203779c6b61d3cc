"""Builds picketline/data/countries.json from pycountryinfo 1.0.9 (MIT; country data from the
REST Countries project) plus hand-written English news variants (a separate section).

Regenerate (the data is committed; this is how it was made):

    pip install pycountryinfo==1.0.9
    python scripts/build_countries.py        # writes picketline/data/countries.json
"""
import json, re
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "picketline" / "data" / "countries.json"
src = json.loads(files("pycountryinfo").joinpath("data/countries.json").read_text())

def ascii_ok(s):
    return re.fullmatch(r"[A-Z][A-Za-z'.\- ]+", s) is not None

pop = {c['iso_codes']['alpha_2']: c['population'] or 0 for c in src}
BAD_NAMES = {"Island", "Prathet", "Thai", "Mann", "Saudi", "Togolese", "Guiana", "Virgin Islands",
             "Republic of China", "Dominique", "Portuguesa", "Mexicanos", "Zhonghua", "Nijar",
             "Viti", "Sarnam", "Sranangron", "Swatini", "Ngwane", "Naoero", "Singapura",
             "Nederland", "Nihon"}
names_of, adj_of = {}, {}
for c in src:
    cc = c['iso_codes']['alpha_2']
    for n in [c['common_name'], c['official_name']] + c['alt_spellings']:
        if n and ascii_ok(n) and len(n) >= 4 and not n.isupper() and n not in BAD_NAMES:
            names_of.setdefault(n, []).append(cc)
    for a in re.split(r",\s*|\s+[Oo]r\s+|\s*-\s*(?=[A-Z])", c['nationality'] or ""):
        a = a.strip()
        if a and ascii_ok(a) and len(a) >= 4 and a not in ("Saint", "Guinea") and " " not in a.replace("South ", "").replace("North ", "").replace("New ", "").replace("East ", "").replace("Sri ", "").replace("Costa ", "").replace("Puerto ", "").replace("Central ", "").replace("Sierra ", "").replace("Saudi ", "").replace("Equatorial ", "").replace("Papua New ", "").replace("Cape ", "").replace("Saint ", ""):
            adj_of.setdefault(a, []).append(cc)
out = {cc: {"names": [], "adjectives": []} for cc in sorted(pop)}
for n, ccs in names_of.items():   # a name claimed by several codes goes to the most populous
    out[max(ccs, key=lambda x: pop[x])]["names"].append(n)
for a, ccs in adj_of.items():
    out[max(ccs, key=lambda x: pop[x])]["adjectives"].append(a)
for v in out.values():
    for a in list(v["adjectives"]):
        if re.search(r"(?:an|i)$", a):
            v["adjectives"].append(a + "s")  # "Brazilians", "Israelis"
doc = {
 "_about": ("Every country's English names and adjectives/demonyms, for placing an action in its "
            "country. 'countries' is generated from pycountryinfo 1.0.9 (MIT; data of the REST "
            "Countries project): common and official names, ASCII alternative spellings, the "
            "nationality adjective (plural demonyms for -an/-i adjectives); a name or adjective "
            "shared by several codes goes to the most populous. 'news_variants' adds the forms "
            "English news copy uses that the source lacks. 'historical': states that no longer "
            "exist, coded as ISO 3166 had them while they existed (GUIDELINES: codes as of the "
            "article's date), with the codes of their successors mapped back before 'until'. "
            "'ambiguous': names that are more often a US state, a person or a common word, "
            "counted only in the headline or after a locative word."),
 "countries": out,
}
doc["news_variants"] = {
 "_why": "English news forms the source lacks: abbreviations, older or informal names, demonym nouns; states and provinces whose names contain another country's word ('New South Wales', 'British Columbia', 'New Mexico')",
 "US": {"names": ["U.S.", "USA", "U.S.A.", "America", "New Mexico", "New England", "New Jersey"], "adjectives": []},
 "GB": {"names": ["Britain", "U.K.", "UK", "England", "Scotland", "Wales", "Northern Ireland"],
        "adjectives": ["Briton", "Britons", "English", "Scottish", "Scots", "Welsh"]},
 "ES": {"names": [], "adjectives": ["Spaniard", "Spaniards"]},
 "FR": {"names": [], "adjectives": ["Frenchman", "Frenchmen"]},
 "DE": {"names": ["West Germany"], "adjectives": ["Germans", "West German", "West Germans"]},
 "NL": {"names": [], "adjectives": ["Dutchman", "Dutchmen"]},
 "KR": {"names": ["Korea"], "adjectives": ["Korean", "Koreans"]},
 "AR": {"names": [], "adjectives": ["Argentinian", "Argentinean", "Argentinians", "Argentines"]},
 "PH": {"names": [], "adjectives": ["Philippine", "Filipinos"]},
 "CI": {"names": ["Cote d'Ivoire", "Côte d'Ivoire"], "adjectives": []},
 "MK": {"names": ["Macedonia"], "adjectives": []},
 "CV": {"names": [], "adjectives": ["Cape Verdean"]},
 "SA": {"names": [], "adjectives": ["Saudi", "Saudis"]},
 "AE": {"names": ["UAE", "U.A.E."], "adjectives": ["Emiratis"]},
 "CZ": {"names": [], "adjectives": ["Czechs"]},
 "KG": {"names": [], "adjectives": ["Kyrgyz"]},
 "TJ": {"names": [], "adjectives": ["Tajik"]},
 "UZ": {"names": [], "adjectives": ["Uzbek"]},
 "KZ": {"names": [], "adjectives": ["Kazakh"]},
 "IS": {"names": [], "adjectives": ["Icelandic"]},
 "SI": {"names": [], "adjectives": ["Slovenian"]},
 "SK": {"names": [], "adjectives": ["Slovakian"]},
 "DK": {"names": [], "adjectives": ["Dane", "Danes"]},
 "FI": {"names": [], "adjectives": ["Finn", "Finns"]},
 "SE": {"names": [], "adjectives": ["Swede", "Swedes"]},
 "TR": {"names": [], "adjectives": ["Turk", "Turks"]},
 "GR": {"names": [], "adjectives": ["Greeks"]},
 "CN": {"names": [], "adjectives": []},
 "LK": {"names": ["Ceylon"], "adjectives": ["Sri Lankans"]},
 "MM": {"names": [], "adjectives": []},
 "TL": {"names": [], "adjectives": []},
 "MV": {"names": [], "adjectives": ["Maldivian"]},
 "IR": {"names": ["Persia"], "adjectives": []},
 "NZ": {"names": [], "adjectives": ["Kiwi", "Kiwis"]},
 "IE": {"names": ["Eire"], "adjectives": []},
 "ZA": {"names": [], "adjectives": []},
 "AU": {"names": ["New South Wales","Queensland","Tasmania","Western Australia","South Australia","Northern Territory","NSW"],"adjectives":["Aussie"]},
 "CA": {"names": ["Ontario","Quebec","British Columbia","Alberta","Manitoba","Saskatchewan","Nova Scotia","New Brunswick","Newfoundland","Prince Edward Island"],"adjectives":["Canadians","Quebecois","Quebecers"]},
}
doc["historical"] = {
 "_why": "states of the late twentieth century that ISO 3166 has since withdrawn; successors map back before 'until' (the day the successor's independence or the merger took effect)",
 "SU": {"names": ["Soviet Union", "USSR", "U.S.S.R."], "adjectives": ["Soviet", "Soviets"],
        "until": "1991-12-26",
        "successors": {"RU": "1991-12-26", "UA": "1991-12-26", "BY": "1991-12-26", "KZ": "1991-12-26",
                       "UZ": "1991-12-26", "TM": "1991-12-26", "TJ": "1991-12-26", "KG": "1991-12-26",
                       "AZ": "1991-12-26", "AM": "1991-12-26", "GE": "1991-12-26", "MD": "1991-12-26",
                       "LT": "1991-09-06", "LV": "1991-09-06", "EE": "1991-09-06"}},
 "YU": {"names": ["Yugoslavia"], "adjectives": ["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"],
        "until": "2003-02-04",
        "successors": {"SI": "1991-06-25", "HR": "1991-06-25", "MK": "1991-09-08", "BA": "1992-03-03",
                       "RS": "2003-02-04", "ME": "2003-02-04", "XK": "2003-02-04"}},
 "CS": {"names": ["Czechoslovakia"], "adjectives": ["Czechoslovak", "Czechoslovakian", "Czechoslovaks"],
        "until": "1993-01-01", "successors": {"CZ": "1993-01-01", "SK": "1993-01-01"}},
 "DD": {"names": ["East Germany", "German Democratic Republic", "GDR"],
        "adjectives": ["East German", "East Germans"], "until": "1990-10-03", "successors": {}},
 "ZR": {"names": ["Zaire"], "adjectives": ["Zairean", "Zairian", "Zaireans"], "until": "1997-05-17",
        "successors": {"CD": "1997-05-17"}},
 "BU": {"names": [], "adjectives": [], "until": "1989-12-31", "successors": {"MM": "1989-12-31"}},
 "RH": {"names": ["Rhodesia"], "adjectives": ["Rhodesian"], "until": "1980-04-18",
        "successors": {"ZW": "1980-04-18"}}
}
doc["ambiguous"] = {
 "_why": "names more often a US state, a person, a surname or a word in this project's news: counted as the country only in the headline or after a locative word ('in Jordan')",
 "names": ["Georgia", "Jordan", "Chad", "Jersey", "Guernsey", "Congo", "Dominica", "Niue",
           "Korea", "Guinea", "Mali", "Togo", "Lebanon", "Panama"],
 "adjectives": ["Georgian", "Georgians", "Indian", "Indians", "Dominican", "Dominicans",
                "Korean", "Koreans", "English", "Scots", "Turk", "Finn", "Dane", "Kiwi", "Kiwis",
                "Saudi", "Swiss", "Thai", "Polish", "American", "Americans", "Vatican", "Samoan",
                "Saint Lucian"]
}
json.dump(doc, OUT.open('w'), indent=1, ensure_ascii=False)
