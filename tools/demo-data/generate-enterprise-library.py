# Run in src/main/resources/db/changelog/demo/. Generates the demo enterprise library (issue 16, context demo):
# deterministic (seeded), on top of the 150 demo local enterprises of demo-local-enterprises.csv. As of
# 2026-12-06 the totals are the district's published figures: 707 科技型中小企业 and 373 高新技术企业 held (with
# overlaps), 615 innovation platforms, 151 规上工业企业. New firms only join links that already have 3 or more
# local enterprises, so the industry map's strong, weak and missing links stay as they were.
import csv, datetime as dt, random, re

random.seed(16016)
TODAY = dt.date(2026, 12, 6)
src = open("../../../../../../tools/demo-data/generate-local-enterprises.py", encoding="utf-8").read()
ns = {}
# the credit-code check characters and the links' keywords, as the local enterprises were made
exec(src[src.index("CHARSET = "):src.index("# a few")], ns)
KEYWORDS, CHARSET, complete = ns["L"], ns["CHARSET"], ns["complete"]
PREFIX = ["华中","楚天","汉江","江城","长江","东湖","九州","精工","鼎力","瑞祥","中科","博锐","天元","宏图","启明","远航",
          "卓越","凯达","金桥","新锐","联创","华星","汇川","众诚","国泰","兴业","永丰","华威","鑫源","晨光","同舟","龙腾",
          "凤凰","黄鹤","晴川","知音","汉阳","金山","银河","海川","康宁","锦程","嘉禾","德润","星火","光谷","青山","沌口",
          "汉南","蔡甸","江夏","黄陂","新洲","盘龙","佳盛","正源","安泰","航宇","信达","华科","智源","明德","博远","睿达"]
SUFFIX = ["有限公司","股份有限公司","科技有限公司","科技股份有限公司","技术有限公司"]

links = {}
for r in csv.DictReader(open("../data/chain_link.csv", encoding="utf-8")):
    links[int(r["id"])] = int(r["sector_id"])
old = list(csv.DictReader(open("demo-local-enterprises.csv", encoding="utf-8")))
old_links = list(csv.DictReader(open("demo-local-enterprise-links.csv", encoding="utf-8")))
per_link = {}
first_link = {}
for r in old_links:
    per_link[int(r["chain_link_id"])] = per_link.get(int(r["chain_link_id"]), 0) + 1
    first_link.setdefault(int(r["enterprise_id"]), int(r["chain_link_id"]))
strong = [l for l, n in per_link.items() if n >= 3]
# more firms in the manufacturing sectors than in cultural tourism
SECTOR_WEIGHT = {1: 5, 2: 4, 3: 4, 4: 4, 5: 1}
weights = [SECTOR_WEIGHT[links[l]] for l in strong]

names = {r["name"] for r in old}
codes = {r["credit_code"] for r in old}
firms = []  # dicts: id, name, code, sector, output, jobs, links
for r in old:
    i = int(r["id"])
    firms.append({"id": i, "name": r["name"], "code": r["credit_code"], "sector": links[first_link[i]],
                  "output": float(r["annual_output_wan"]) if r["annual_output_wan"] not in ("", "NULL") else 0.0,
                  "jobs": int(r["jobs"]) if r["jobs"] not in ("", "NULL") else 0, "old": True})
new_links = []
for i in range(151, 1001):
    link = random.choices(strong, weights)[0]
    while True:
        kw = random.choice(KEYWORDS[link][0])
        name = random.choice(PREFIX) + kw + random.choice(SUFFIX)
        if name not in names:
            names.add(name)
            break
    while True:
        code = complete("914201" + random.choice("0123456") + random.choice("0123456789") + "MA4"
                        + "".join(random.choice(CHARSET[:30]) for _ in range(5)))
        if code not in codes:
            codes.add(code)
            break
    output = round(random.lognormvariate(7.6, 1.3), 2)
    jobs = max(5, int(output / random.uniform(60, 140)))
    firms.append({"id": i, "name": name, "code": code, "sector": links[link], "output": output, "jobs": jobs,
                  "old": False})
    new_links.append((i, link))
    if random.random() < 0.1:
        other = [l for l in strong if links[l] == links[link] and l != link]
        if other:
            new_links.append((i, random.choice(other)))

by_id = {f["id"]: f for f in firms}
def pick(pool, n, weight):
    pool = list(pool)
    chosen = []
    while len(chosen) < n:
        f = random.choices(pool, [weight(x) for x in pool])[0]
        pool.remove(f)
        chosen.append(f)
    return chosen
tech_weight = lambda f: 0.3 if f["sector"] == 5 else 1.0
ids = [f["id"] for f in firms]
HT = set(pick(ids, 373, lambda i: tech_weight(by_id[i]) * (1 + min(by_id[i]["output"], 50000) / 10000)))
TS = set(pick(HT, 240, lambda i: 1)) | set(pick([i for i in ids if i not in HT], 467, lambda i: tech_weight(by_id[i])))
# 专精特新, 小巨人 and 单项冠军 are industrial tiers: none in 文旅文创
industrial_weight = lambda i: 0 if by_id[i]["sector"] == 5 else 1
SP = set(pick(HT, 80, lambda i: industrial_weight(i) * (1 + by_id[i]["output"] / 5000))) | \
    set(pick(TS - HT, 8, industrial_weight))
LG = set(pick(SP, 15, lambda i: 1 + by_id[i]["output"] / 5000))
SC = set(pick(LG, 3, lambda i: 1))
assert len(TS) == 707 and len(HT) == 373

def day(start, end):
    return start + dt.timedelta(days=random.randrange((end - start).days + 1))
def until(granted, months):
    y, m = divmod(granted.month - 1 + months, 12)
    return dt.date(granted.year + y, m + 1, min(granted.day, 28)) - dt.timedelta(days=1)
tiers = []  # enterprise_id, tier, granted_on, valid_until, certificate_no
def hold(i, tier, granted, months):
    no = {"TECH_SME": "KJ", "HIGH_TECH": "GR", "SPECIALIZED": "ZJTX", "LITTLE_GIANT": "XJR", "SINGLE_CHAMPION": "DXGJ"}[tier]
    tiers.append((i, tier, granted, until(granted, months), f"{no}{granted.year}42{i:05d}{len(tiers) % 97:02d}"))
# 科技型中小企业: registered every year; 80 % of this year's were registered last year too, the rest are new
for i in sorted(TS):
    if random.random() < 0.8:
        hold(i, "TECH_SME", day(dt.date(2025, 3, 1), dt.date(2025, 11, 20)), 12)
    hold(i, "TECH_SME", day(dt.date(2026, 3, 1), dt.date(2026, 11, 20)), 12)
for i in pick([i for i in ids if i not in TS], 45, lambda i: 1):  # registered last year, lapsed this year
    hold(i, "TECH_SME", day(dt.date(2025, 3, 1), dt.date(2025, 11, 20)), 12)
# 高新技术企业: recognised for 3 years in yearly batches
for n, i in enumerate(sorted(HT, key=lambda x: random.random())):
    if n < 60:
        hold(i, "HIGH_TECH", dt.date(2023, 12, 15), 36)  # expires in December: up for renewal
    elif n < 170:
        hold(i, "HIGH_TECH", dt.date(2024, 11, 20), 36)
    elif n < 270:
        hold(i, "HIGH_TECH", dt.date(2025, 12, 10), 36)
    elif n < 330:
        hold(i, "HIGH_TECH", dt.date(2023, 11, 10), 36)  # renewed this year
        hold(i, "HIGH_TECH", dt.date(2026, 11, 25), 36)
    else:
        hold(i, "HIGH_TECH", dt.date(2026, 11, 25), 36)  # newly recognised this year
for i in pick([i for i in ids if i not in HT], 25, lambda i: 1):  # recognised in 2023, not renewed
    hold(i, "HIGH_TECH", dt.date(2023, 6, 20), 36)
for i in sorted(SP):
    hold(i, "SPECIALIZED", random.choice([dt.date(2024, 1, 18), dt.date(2025, 1, 22), dt.date(2026, 1, 20)]), 36)
for i in sorted(LG):
    hold(i, "LITTLE_GIANT", random.choice([dt.date(2024, 7, 30), dt.date(2025, 8, 8), dt.date(2026, 8, 5)]), 36)
for n, i in enumerate(sorted(SC)):
    hold(i, "SINGLE_CHAMPION", [dt.date(2024, 12, 20), dt.date(2025, 12, 18), dt.date(2026, 11, 28)][n], 36)

RANK = ["TECH_SME", "HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT", "SINGLE_CHAMPION"]
top = {}
for i, tier, granted, valid, _ in tiers:
    if granted <= TODAY <= valid and RANK.index(tier) >= RANK.index(top.get(i, "TECH_SME")):
        top[i] = tier

# 规上工业企业: 151 industrial firms of the four industrial sectors, the larger ones first
industrial = [f["id"] for f in firms if f["sector"] != 5 and f["output"] >= 2000]
ABOVE = set(pick(industrial, 151, lambda i: by_id[i]["output"] * (2 if i in HT else 1)))
assert len(ABOVE) == 151
indicators = []  # enterprise_id, year, revenue, tax, rd, rd_staff, staff, invention, utility, design, software
with_rd = set(pick(ABOVE, 129, lambda i: 3 if i in HT else 1))
for i in sorted(ABOVE | set(pick(sorted(HT | SP), 260, lambda i: 1))):
    f = by_id[i]
    for year in (2024, 2025):
        revenue = round(max(f["output"], 300) * random.uniform(0.85, 1.15) * (0.92 if year == 2024 else 1), 2)
        rd_share = random.uniform(0.035, 0.08) if i in HT else random.uniform(0.005, 0.03)
        rd = 0 if (i in ABOVE and i not in with_rd) else round(revenue * rd_share, 2)
        staff = max(f["jobs"], 10)
        indicators.append((i, year, revenue, round(revenue * random.uniform(0.02, 0.06), 2), rd,
                           int(staff * random.uniform(0.1, 0.3)) if rd else 0, staff,
                           random.randint(0, 12) if i in HT else 0, random.randint(0, 30), random.randint(0, 5),
                           random.randint(0, 15)))

TYPES = ["ENTERPRISE_TECH_CENTER"] * 5 + ["ENGINEERING_RESEARCH_CENTER"] * 4 + ["KEY_LABORATORY"] * 2 + \
        ["NEW_RD_INSTITUTION"] + ["INCUBATOR"] + ["MAKERSPACE"]
TYPE_ZH = {"ENTERPRISE_TECH_CENTER": "企业技术中心", "ENGINEERING_RESEARCH_CENTER": "工程技术研究中心",
           "KEY_LABORATORY": "重点实验室", "NEW_RD_INSTITUTION": "新型研发机构", "INCUBATOR": "科技企业孵化器",
           "MAKERSPACE": "众创空间"}
LEVEL_ZH = {"NATIONAL": "国家", "PROVINCIAL": "湖北省", "CITY": "武汉市"}
platforms = []
hosts = sorted(HT | SP | set(pick(sorted(TS - HT), 120, lambda i: 1)))
seen = set()
while len(platforms) < 615:
    i = random.choices(hosts, [4 if h in LG else 2 if h in SP else 1 for h in hosts])[0]
    kind = random.choice(TYPES)
    level = "NATIONAL" if (i in LG and random.random() < 0.5) else random.choices(["PROVINCIAL", "CITY"], [3, 7])[0]
    if (i, kind, level) in seen:
        continue
    seen.add((i, kind, level))
    short = re.sub("(股份|科技|技术)?(有限责任公司|有限公司|连锁有限公司)$", "", by_id[i]["name"])
    platforms.append((i, f"{LEVEL_ZH[level]}{short}{TYPE_ZH[kind]}", kind, level,
                      day(dt.date(2015, 1, 1), dt.date(2026, 10, 31))))

with open("demo-enterprises.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["id", "name", "credit_code", "cultivation_tier", "annual_output_wan", "jobs", "sector_id", "above_scale"])
    for f in firms:
        if not f["old"]:
            w.writerow([f["id"], f["name"], f["code"], top.get(f["id"], "NULL"), f"{f['output']:.2f}", f["jobs"],
                        f["sector"], "true" if f["id"] in ABOVE else "false"])
with open("demo-enterprise-links.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["enterprise_id", "chain_link_id"])
    w.writerows(new_links)
with open("demo-enterprise-updates.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["id", "cultivation_tier", "above_scale"])
    for f in firms:
        if f["old"]:
            w.writerow([f["id"], top.get(f["id"], "NULL"), "true" if f["id"] in ABOVE else "false"])
with open("demo-enterprise-tiers.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["enterprise_id", "tier", "granted_on", "valid_until", "certificate_no"])
    w.writerows(tiers)
with open("demo-innovation-platforms.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["enterprise_id", "name", "platform_type", "platform_level", "recognised_on"])
    w.writerows(platforms)
with open("demo-enterprise-indicators.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["enterprise_id", "report_year", "revenue_wan", "tax_wan", "rd_expense_wan", "rd_staff", "staff",
                "invention_patents", "utility_patents", "design_patents", "software_copyrights"])
    w.writerows(indicators)
held = lambda t: len({i for i, tier, g, v, _ in tiers if tier == t and g <= TODAY <= v})
print({t: held(t) for t in RANK}, "platforms", len(platforms), "above", len(ABOVE), "firms", len(firms),
      "with R&D", len(with_rd))
