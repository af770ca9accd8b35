# Run in src/main/resources/db/changelog/demo/. Generates the demo local enterprises (context demo): deterministic, valid credit codes (GB 32100 + GB 11714).
import random, csv
random.seed(20260315)
CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
OW = [3,7,9,10,5,8,4,2]
def org_check(c):
    s = 0
    for i in range(8):
        ch = c[8+i]
        v = ord(ch)-48 if ch.isdigit() else ord(ch)-65+10
        s += v*OW[i]
    k = 11 - s % 11
    return 'X' if k == 10 else '0' if k == 11 else str(k)
def check(c):
    s = sum(CHARSET.index(c[i])*W[i] for i in range(17))
    return CHARSET[(31 - s % 31) % 31]
def complete(first16):
    s17 = first16 + org_check(first16 + "00")
    return s17 + check(s17 + "0")

# link id -> (keywords, number of enterprises)
L = {
 1:(["精密传动","减速机"],1), 2:(["伺服电机","运动控制"],2), 3:(["自动化控制"],0), 4:(["机器视觉","传感技术"],1), 5:(["工业软件"],0),
 6:(["机器人","智能装备"],4), 7:(["数控机床","机床"],6), 8:(["增材制造"],0), 9:(["智能物流","输送设备"],3), 10:(["自动化工程","智能制造系统"],5),
 11:(["汽车零部件","汽车部件","车桥"],8), 12:(["精密电子"],2), 13:(["新能源"],0), 14:(["重工机械","工程机械"],4), 15:(["工业互联网"],1),
 16:(["电子材料"],0), 17:(["半导体设备"],0), 18:(["微电子","集成电路设计"],2), 19:(["晶圆"],0), 20:(["封装测试","半导体封测"],3),
 21:(["电子元件","电容器"],4), 22:(["电路板","印制电路"],5), 23:(["光电显示"],1), 24:(["智能终端","通讯科技"],3), 25:(["通信设备","光通信","网络技术"],6),
 26:(["汽车电子"],2), 27:(["工控技术","自动化仪表"],3), 28:(["数据科技"],1),
 29:(["合金材料","金属材料","特钢"],4), 30:(["石化","化工"],2), 31:(["碳素","石墨科技"],3), 32:(["稀土"],0), 33:(["新材料","钢铁","铝业"],6),
 34:(["特种材料"],1), 35:(["纳米科技"],0), 36:(["复合材料","改性塑料"],3), 37:(["动力电池","新能源汽车"],2), 38:(["电子新材"],0),
 39:(["航空材料"],1), 40:(["医用材料"],0), 41:(["节能建材","保温材料"],4),
 42:(["医药化工","原料药"],3), 43:(["药用包装"],1), 44:(["生物试剂","分析仪器"],2), 45:(["制药机械"],0), 46:(["医药研发"],0),
 47:(["制药","药业"],4), 48:(["生物制药"],1), 49:(["中药","本草"],5), 50:(["医疗器械","诊断技术"],3), 51:(["医药技术"],0),
 52:(["医药物流","医药"],4), 53:(["医院","康复医院"],3), 54:(["大药房"],2), 55:(["健康管理"],1),
 56:(["文化传媒","非遗文化"],3), 57:(["创意设计"],2), 58:(["数字科技"],0), 59:(["文旅投资"],1), 60:(["旅游开发","景区管理"],4),
 61:(["演艺"],0), 62:(["文创"],2), 63:(["酒店","民宿"],6), 64:(["会展"],1), 65:(["网络旅游"],0), 66:(["商业管理","夜市运营"],3),
 67:(["文化用品"],1), 68:(["国际旅行社","旅行社"],4),
}
# a few enterprises also work on a second link of the same sector (the second link stays in its class)
ALSO = {6:10, 7:11, 10:15, 22:21, 25:24, 33:36, 47:42, 49:55, 60:66, 63:60, 11:14, 20:26}
PREFIX = ["华中","楚天","汉江","江城","长江","东湖","九州","恒通","精工","鼎力","瑞祥","中科","博锐","天元","宏图",
          "启明","远航","卓越","凯达","金桥","新锐","联创","华星","汇川","众诚","国泰","兴业","永丰","华威","鑫源",
          "晨光","同舟","友谊","红旗","东风","前进","建设","光明","胜利","和平","龙腾","凤凰","黄鹤","晴川","知音",
          "汉阳","武重","长动","华工","金山","银河","海川","泰和","康宁","昌盛","百合","锦程","诚信","嘉禾","德润"]
SUFFIX = ["有限公司","股份有限公司","科技有限公司","科技股份有限公司","有限责任公司"]
used = set()
rows = []
links = []
ids = 0
codes = set()
for link, (kws, n) in L.items():
    for i in range(n):
        while True:
            kw = random.choice(kws)
            suffix = "有限公司" if kw.endswith(("医院","大药房","旅行社")) else random.choice(SUFFIX)
            if kw.endswith("医院") or kw.endswith("大药房") or kw.endswith("旅行社"):
                suffix = random.choice(["有限公司", "连锁有限公司"]) if kw == "大药房" else "有限公司"
            name = random.choice(PREFIX) + kw + suffix
            if random.random() < 0.08:
                name = name.replace("有限公司", "（集团）有限公司", 1) if "股份" not in name else name
            if name not in used:
                used.add(name); break
        ids += 1
        while True:
            body = "MA4K" + "".join(random.choice(CHARSET) for _ in range(4)) if random.random() < 0.7 else \
                   "".join(random.choice("0123456789") for _ in range(8))
            code = complete("91" + random.choice(["420104","420105","420107","420111"]) + body)
            if code not in codes:
                codes.add(code); break
        r = random.random()
        service = link in (52,53,54,55) or link >= 59
        tier = "" if service and r < 0.85 else "TECH_SME" if service else "" if r < 0.30 else "TECH_SME" if r < 0.55 else "HIGH_TECH" if r < 0.80 else "SPECIALIZED" if r < 0.92 else "LITTLE_GIANT" if r < 0.985 else "SINGLE_CHAMPION"
        if link == 53:
            tier = ""
        output = round(random.lognormvariate(9.3, 1.2), -1)
        output = max(300, min(output, 1_800_000))
        jobs = int(max(12, min(6000, output / random.uniform(60, 140))))
        if kw.endswith("医院"): jobs = max(jobs, 200)
        rows.append([ids, name, code, tier or "NULL", "%.2f" % output, jobs])
        links.append([ids, link])
        if i == 0 and link in ALSO:
            links.append([ids, ALSO[link]])
with open("demo-local-enterprises.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["id","name","credit_code","cultivation_tier","annual_output_wan","jobs"]); w.writerows(rows)
with open("demo-local-enterprise-links.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f); w.writerow(["enterprise_id","chain_link_id"]); w.writerows(links)
print(len(rows), "enterprises,", len(links), "link rows")
