# Writes articles.jsonl and events.jsonl: story families written for the events tests (not from any corpus).
# Run: python3 make.py  (the .jsonl files are committed; this script is their source)
import json
S = []  # (id, event, follows, source, url, published_at, title, body)
def add(i, ev, fol, src, at, title, body):
    S.append(dict(id=i, event=ev, follows=fol, source=src, url=f"https://{src}.example/{i}", published_at=at, title=title, body=body))

# --- Family BABA: the seed story and two rewrites; a revision; a look-alike (same company, different plan) ---
import os
here = os.path.dirname(os.path.abspath(__file__))
seed = open(os.path.join(here, '../../../samples/alibaba-ai-capex.txt')).read()
add("baba-seed", "baba-380", None, "agency", "2025-09-24T08:00:00Z", "Alibaba shares surge on plans to boost AI spending", seed)
add("baba-wire", "baba-380", None, "wire-one", "2025-09-24T09:30:00Z", "Alibaba to ramp up AI spending, shares at near four-year high",
    open(os.path.join(here, 'alibaba-wire.txt')).read())
add("baba-brief", "baba-380", None, "brief-desk", "2025-09-24T10:00:00Z", "Alibaba to step up AI spending", open(os.path.join(here, 'alibaba-brief.txt')).read())
add("baba-raise", "baba-480", "baba-380", "wire-one", "2025-11-25T09:00:00Z", "Alibaba raises AI investment plan to 480 billion yuan",
    "Alibaba Group Holding Ltd. raised its three-year investment plan for artificial intelligence and cloud infrastructure to 480 billion yuan, up from the 380 billion yuan it announced in February, Chief Executive Eddie Wu said on Tuesday.\n\nAlibaba's shares rose 4% in Hong Kong.")
add("baba-logistics", "baba-cainiao", None, "wire-two", "2025-09-25T06:00:00Z", "Alibaba to invest 20 billion yuan in logistics hubs",
    "Alibaba Group Holding Ltd. will invest 20 billion yuan over five years to build smart logistics hubs across China through its Cainiao arm, the company said on Thursday.\n\nThe hubs will use robots and artificial intelligence to sort parcels, Alibaba said.")

# --- Family MSFT: Microsoft fiscal-2025 AI data centres ---
add("msft-pr", "msft-80", None, "microsoft-news", "2025-01-03T14:00:00Z",
    "Microsoft to invest $80 billion in AI-enabled data centers in fiscal 2025",
    "REDMOND, Wash. — Microsoft Corp. said on Friday it is on track to invest approximately $80 billion in fiscal year 2025 to build out AI-enabled data centers that train models and deploy cloud applications around the world.\n\nMore than half of the total investment will be in the United States, Vice Chair and President Brad Smith wrote in a blog post, reflecting the company's commitment to the American economy.\n\nThe spending covers land, buildings, power and the servers and networking equipment that fill them, Smith said.")
add("msft-wire", "msft-80", None, "wire-one", "2025-01-03T18:30:00Z",
    "Microsoft plans to spend $80 bln on AI data centres this fiscal year",
    "Microsoft plans to spend about $80 billion in its fiscal year 2025 on data centres that can handle artificial intelligence workloads, the software giant said on Friday.\n\nThe company's president, Brad Smith, said in a blog post that more than half of the spending would be in the U.S.\n\nShares of Microsoft rose 1.1% in New York trading. Nvidia, which supplies the chips used in such centres, gained 4.5%.")
add("msft-brief", "msft-80", None, "brief-desk", "2025-01-04T07:00:00Z",
    "BRIEF-Microsoft sees $80 bln AI data centre spend in FY2025",
    "Microsoft Corp: * says on track to invest about $80 billion in fiscal 2025 on AI-enabled data centers * says more than half of investment in the United States.")
add("msft-xl", "msft-80", None, "asia-daily", "2025-01-05T02:00:00Z",
    "Microsoft will invest 80 billion dollars for artificial intelligence data centers",
    "The American company Microsoft has announced that it will invest approximately 80 billion US dollars in the fiscal year 2025 for the construction of data centers for artificial intelligence. According to the president of the company, Brad Smith, more than the half of this investment will be realised in the United States. The data centers serve to train the AI models and to deploy the applications in the cloud.")

# --- Family META: Meta 2025 capex, then a raise ---
add("meta-wire", "meta-65", None, "wire-two", "2025-01-24T16:00:00Z",
    "Meta to spend up to $65 billion this year to power AI goals",
    "Meta Platforms Inc. plans to spend as much as $65 billion this year to expand its artificial intelligence infrastructure, Chief Executive Mark Zuckerberg said on Friday.\n\nThe company will build a data center of more than 2 gigawatts in Louisiana and bring about 1 gigawatt of computing capacity online in 2025, Zuckerberg wrote in a Facebook post.\n\nMeta shares rose 1.7% in New York.")
add("meta-brief", "meta-65", None, "brief-desk", "2025-01-24T17:10:00Z",
    "Meta sets 2025 capex of up to $65 bln",
    "Meta Platforms will spend up to $65 billion on capital projects in 2025, CEO Mark Zuckerberg said, including a giant data center in Louisiana.")
add("meta-xl", "meta-65", None, "asia-daily", "2025-01-25T03:00:00Z",
    "Meta wants to invest up to 65 billion dollars in this year for AI",
    "The owner of Facebook, Meta Platforms, has the intention to invest until 65 billion US dollars in the year 2025 for the expansion of its infrastructure of artificial intelligence, declared the chief executive Mark Zuckerberg. A data center with more than 2 gigawatts will be constructed in Louisiana.")
add("meta-raise", "meta-72", "meta-65", "wire-two", "2025-07-30T21:00:00Z",
    "Meta raises 2025 spending plan to as much as $72 billion",
    "Meta Platforms Inc. raised its forecast for capital expenditures this year to as much as $72 billion, up from the $65 billion it had set out in January, as it races to build computing capacity for artificial intelligence.\n\nChief Executive Mark Zuckerberg said the company would keep investing heavily in data centers. Meta shares jumped 11% in extended trading.")
add("meta-raise-brief", "meta-72", "meta-65", "brief-desk", "2025-07-30T21:40:00Z",
    "BRIEF-Meta lifts 2025 capex outlook to up to $72 bln",
    "Meta Platforms Inc: * raises 2025 capital expenditure outlook to up to $72 billion from up to $65 billion previously.")

# --- Family HYNIX: SK Hynix HBM fab ---
add("hynix-pr", "hynix-20t", None, "skhynix-news", "2025-04-22T01:00:00Z",
    "SK hynix to invest 20 trillion won in new HBM fab in Cheongju",
    "SEOUL — SK Hynix Inc. said on Tuesday it will invest about 20 trillion won in a new memory chip plant in Cheongju to meet soaring demand for high-bandwidth memory used in artificial intelligence servers.\n\nConstruction of the plant, to be called M15X, will start this year, the company said.")
add("hynix-wire", "hynix-20t", None, "wire-one", "2025-04-22T04:00:00Z",
    "SK Hynix to spend $14.6 bln on new chip plant as AI memory demand soars",
    "SK Hynix will spend 20 trillion won ($14.6 billion) on a new chip factory in South Korea, the world's second-largest memory chipmaker said on Tuesday, as it races to keep up with demand for high-bandwidth memory chips for AI.\n\nShares of SK Hynix rose 2.4% in Seoul, while Hanmi Semiconductor, which supplies bonding equipment, jumped 6%.")
add("hynix-brief", "hynix-20t", None, "brief-desk", "2025-04-22T05:00:00Z",
    "SK Hynix plans 20 trln won HBM plant",
    "SK Hynix Inc said it plans to invest 20 trillion won in a new high-bandwidth memory plant in Cheongju, South Korea.")
# look-alike: same company, a different plan a day later
add("hynix-us", "hynix-indiana", None, "wire-one", "2025-04-23T15:00:00Z",
    "SK Hynix picks Indiana for $3.87 bln chip packaging plant",
    "SK Hynix Inc. said on Wednesday it will invest $3.87 billion to build an advanced packaging plant for artificial intelligence memory chips in West Lafayette, Indiana.\n\nThe plant, the company's first in the United States, is expected to start production in 2028.")

# --- Family AMZN vs GOOGL: same amount, different company, same week ---
add("amzn-wire", "amzn-pa", None, "wire-one", "2025-06-09T13:00:00Z",
    "Amazon to invest $20 billion in Pennsylvania data centers",
    "Amazon.com Inc. plans to invest at least $20 billion in Pennsylvania to expand its data center infrastructure for cloud computing and artificial intelligence, the company said on Monday.\n\nThe investment will go to sites in Salem Township and Falls Township, Amazon said.")
add("amzn-pr", "amzn-pa", None, "amazon-news", "2025-06-09T12:00:00Z",
    "Amazon announces $20 billion investment in Pennsylvania to advance AI infrastructure",
    "Amazon today announced plans to invest at least $20 billion in Pennsylvania to expand its cloud computing and artificial intelligence infrastructure. The investment in data center campuses in Salem Township and Falls Township is the largest private-sector investment in the state's history, the company said.")
add("amzn-brief", "amzn-pa", None, "brief-desk", "2025-06-09T14:00:00Z",
    "Amazon commits $20 bln to Pennsylvania data centres",
    "Amazon.com will spend at least $20 billion on data centres in Pennsylvania, it said.")
add("googl-tx", "googl-tx", None, "wire-one", "2025-06-11T15:00:00Z",
    "Alphabet to invest $20 billion in Texas data centers",
    "Alphabet Inc.'s Google will invest $20 billion in Texas through 2027 to build new data centers in Armstrong County and Haskell County, the company said on Wednesday.\n\nThe investment also includes money for power infrastructure and workforce training, Google said.")
add("googl-tx-brief", "googl-tx", None, "brief-desk", "2025-06-11T16:00:00Z",
    "Google to spend $20 bln on Texas data centres through 2027",
    "Alphabet's Google said it would invest $20 billion in data centers in Texas through 2027.")

# --- Family NVDA market story (no capex) vs another market day ---
add("nvda-a", "nvda-jump", None, "wire-one", "2025-05-29T14:00:00Z",
    "Nvidia shares jump after revenue forecast beats estimates",
    "Nvidia Corp. shares rose as much as 6.2% in New York on Thursday after the chipmaker forecast second-quarter revenue above analysts' estimates, easing worries about export curbs.\n\nSuppliers also gained: Taiwan Semiconductor Manufacturing Co. rose 2.1% and SK Hynix added 1.8% in Seoul.")
add("nvda-b", "nvda-jump", None, "markets-daily", "2025-05-29T16:00:00Z",
    "Nvidia climbs 6% on upbeat outlook, lifts chip suppliers",
    "Shares of Nvidia climbed as much as 6.2% on Thursday after the AI chip leader gave a revenue outlook for the second quarter that beat expectations, shrugging off the impact of export curbs. Taiwan Semiconductor Manufacturing rose 2.1%, and SK Hynix gained 1.8%.")
add("nvda-c", "nvda-drop", None, "markets-daily", "2025-06-02T16:00:00Z",
    "Nvidia falls 3% as investors weigh China risks",
    "Nvidia Corp. shares fell 3.1% on Monday as investors weighed new restrictions on chip sales to China. Advanced Micro Devices slipped 2%.")

# --- Family ORCL-JP and a look-alike that mentions it in passing (another company, same country, next day) ---
add("orcl-jp-pr", "orcl-jp", None, "oracle-news", "2025-04-16T02:00:00Z",
    "Oracle plans to invest more than $8 billion in Japan over ten years",
    "TOKYO — Oracle Corp. said on Wednesday it plans to invest more than $8 billion over the next ten years to meet growing demand for cloud computing and artificial intelligence infrastructure in Japan.\n\nThe investment will expand Oracle Cloud Infrastructure regions in Tokyo and Osaka and add operations and support engineers in the country, the company said.")
add("orcl-jp-wire", "orcl-jp", None, "wire-one", "2025-04-16T05:30:00Z",
    "Oracle to pour over 1.2 trillion yen into Japanese cloud",
    "Oracle will invest more than 1.2 trillion yen ($8 billion) in Japan during the coming decade, the U.S. software maker said, to enlarge its cloud regions in Tokyo and Osaka for customers that want their data kept inside the country.\n\nOracle shares were little changed in New York.")
add("msft-jp", "msft-jp", None, "wire-two", "2025-04-17T03:00:00Z",
    "Microsoft to invest $2.9 billion in Japan AI and cloud",
    "Microsoft Corp. will invest $2.9 billion over two years to expand its artificial intelligence and cloud computing infrastructure in Japan, the company said on Thursday.\n\nThe announcement came a day after Oracle said it would invest more than $8 billion in Japanese cloud regions over ten years.\n\nMicrosoft also plans to train three million people in Japan in AI skills.")

# --- Family TATA-EL and a sister company's plan that mentions it in passing ---
add("tata-el-pr", "tata-el-assam", None, "tata-news", "2025-03-03T06:00:00Z",
    "Tata Electronics to invest Rs 27,000 crore in Assam chip assembly plant",
    "Tata Electronics said on Monday it will invest Rs 27,000 crore in a semiconductor assembly and test plant in Jagiroad, Assam, which will employ 27,000 people when complete.\n\nThe plant will package chips for automotive, mobile and AI customers, the company said.")
add("tata-el-wire", "tata-el-assam", None, "wire-one", "2025-03-03T09:00:00Z",
    "Tata Electronics to spend $3.2 bln on Assam chip packaging plant",
    "Tata Electronics will spend 270 billion rupees ($3.2 billion) on a chip assembly and testing plant in the northeastern state of Assam, it said, part of India's push to build a semiconductor industry.\n\nThe Tata group unit said the plant would package chips for carmakers and phone makers.")
add("tata-tech", "tata-tech-pune", None, "wire-two", "2025-03-05T07:00:00Z",
    "Tata Technologies to invest Rs 2,700 crore in Pune engineering campus",
    "Tata Technologies will invest Rs 2,700 crore in an engineering and AI design campus in Pune, the company said on Wednesday.\n\nThe announcement comes two days after group company Tata Electronics committed Rs 27,000 crore to a chip assembly plant in Assam.\n\nTata Technologies shares rose 2% in Mumbai.")

# --- Family CORV: annual guidance quoted as its range, its high end, a converted high end; a look-alike plan of the same
# company two days later; a story on another company's market slide that mentions the guidance deep in its body ---
add("corv-pr", "corv-guide-27", None, "corvane-news", "2027-01-14T06:00:00Z",
    "Corvane Semiconductor sets 2027 capital budget at $20 billion to $23 billion",
    "HSINCHU — Corvane Semiconductor Corp. expects capital expenditure of $20 billion to $23 billion in 2027, the contract chipmaker said on Thursday, as customers building AI accelerators reserve advanced capacity.\n\nAbout three quarters of the budget will go to leading-edge process technology, Chief Financial Officer Lin Mei-hua told an earnings call. Fourth-quarter profit rose 31%.")
add("corv-mkt", "corv-guide-27", None, "harbour-markets", "2027-01-14T09:30:00Z",
    "Chip-tool stocks climb after Corvane's spending outlook",
    "Shares of equipment makers rose across Asia on Thursday after Corvane Semiconductor said it could spend as much as $23 billion on plants and tools this year.\n\nTokyo-listed tool makers gained up to 5%, and Corvane itself added 2.2% in Taipei. Analysts had pencilled in about $19 billion.\n\n\"Every extra billion lands on a short list of suppliers,\" said one Taipei-based analyst.")
add("corv-ceo", "corv-guide-27", None, "meridian-tech", "2027-01-15T02:00:00Z",
    "Corvane chief says AI demand outruns supply as capex heads to NT$730 billion",
    "Corvane Semiconductor's chief executive Albert Chou said customers were asking for more leading-edge wafers than the company could make through at least 2028.\n\n\"We are investing accordingly,\" Chou said, after the company set its 2027 budget at US$20 billion to US$23 billion, or about NT$640 billion to NT$730 billion. The range compares with about $16 billion spent in 2026.")
add("corv-japan", "corv-kyushu", None, "wire-one", "2027-01-16T05:00:00Z",
    "Corvane to build $9 billion chip plant in Kyushu",
    "Corvane Semiconductor Corp. will build a $9 billion chip plant in Kumamoto, Japan, with support from the Japanese government, the company said on Saturday.\n\nThe plant will make chips for cars and industrial customers from 2030, Corvane said.")
add("corv-rout", "vantor-rout", None, "wire-two", "2027-01-18T21:00:00Z",
    "Vantor slumps 14% as rival's cheap model rattles chip stocks",
    "Vantor Corp. lost 14% in New York on Monday, wiping about $300 billion from its market value, after a start-up said it had trained a competitive model on far fewer chips.\n\nSuppliers across Asia and Europe fell between 4% and 11%.\n\nThe slide raised questions about budgets that the biggest chip buyers and makers have just laid out. Corvane Semiconductor said last week that it expects capital expenditure of $20 billion to $23 billion in 2027.")

# --- Family VALE: a plan reported in dollars and, by the host country's press, in reais, naming a third country for
# another reason; a look-alike of the same size by the same company in another country ---
add("vale-pr", "vale-br", None, "valecloud-news", "2027-02-09T13:00:00Z",
    "Valecloud to invest $5 billion in Brazil AI region",
    "Valecloud Inc. will invest $5 billion in Brazil through 2034 to build an AI cloud region in Campinas, Sao Paulo state, the company said on Tuesday.\n\nThe region will open in 2029 and is expected to support 3,000 jobs a year during construction.")
add("vale-local", "vale-br", None, "folha-wire", "2027-02-09T22:00:00Z",
    "Lula welcomes Valecloud's R$28 billion data-centre plan",
    "President Luiz Inacio Lula da Silva on Tuesday welcomed a plan by Valecloud to invest about R$28 billion in the country, calling it proof that Brazil could attract technology investment despite trade frictions with the United States.\n\nThe company said the money would be spent through 2034 on a cloud region in Campinas.")
add("vale-chile", "vale-cl", None, "andes-wire", "2027-02-10T14:00:00Z",
    "Valecloud to invest $5 billion in Chile",
    "Valecloud Inc. will invest $5 billion in Chile through 2034 to build an AI cloud region near Santiago, the company said on Wednesday.\n\nThe announcement follows a similar pledge for Brazil a day earlier.")

# --- Family POLAR: a joint venture told by each partner; a partner's own plan the same week ---
add("polar-lead", "polar-jv", None, "nordic-business", "2027-03-02T07:00:00Z",
    "Harbor Telecom to put €3.5 billion into AI compute venture with Nordvik",
    "Harbor Telecom Oyj will contribute €3.5 billion to a new joint venture with Nordvik Software that plans to build one of the largest AI computing centres in the Nordics, the Helsinki-based operator said on Tuesday.\n\nThe venture, Polar Compute Oy, will invest a total of €5 billion in a data centre near Tampere with 400 megawatts of capacity. Harbor will hold 70% and Nordvik 30%.")
add("polar-partner", "polar-jv", None, "dc-dispatch", "2027-03-02T09:00:00Z",
    "Nordvik takes 30% of new Nordic AI compute company, commits €1.5bn",
    "Nordvik Software said on Tuesday it would invest €1.5 billion for a 30% stake in Polar Compute, a joint venture with Harbor Telecom that will build a 400-megawatt AI data centre near Tampere.\n\nThe venture's total budget is €5 billion, with the rest coming from Harbor. Nordvik shares were 1% lower in Stockholm.")
add("polar-own", "nordvik-own", None, "wire-one", "2027-03-04T08:00:00Z",
    "Nordvik to spend €1.2 billion on its own cloud regions as sales jump 30%",
    "Nordvik Software will spend €1.2 billion over three years on its own cloud regions in Sweden and Norway, the company said on Thursday, after quarterly sales rose 30%.\n\nThe plan is separate from the Polar Compute venture with Harbor Telecom, Nordvik said.")

# --- Family VESTA: a multi-year plan reported as its total and as its yearly rate ---
add("vesta-pr", "vesta-power", None, "vesta-news", "2027-04-05T12:00:00Z",
    "Vesta Energy to invest $40 billion in power for AI over four years",
    "Vesta Energy Corp. will invest $40 billion over the next four years in power plants and grid links for AI data centres across Texas and Ohio, the utility said on Monday.\n\nChief Executive Rosa Mendes said the plan would add 12 gigawatts of capacity by 2030.")
add("vesta-rate", "vesta-power", None, "gulf-ledger", "2027-04-05T16:00:00Z",
    "Vesta to spend $10 billion a year on AI power build-out",
    "Vesta Energy plans to spend about $10 billion a year through 2030 on generation and transmission for AI data centres in Texas and Ohio, Chief Executive Rosa Mendes said on Monday.\n\nThe programme would add 12 gigawatts of capacity, she said, and Vesta shares rose 3%.")

add("vesta-budget", "vesta-budget-27", None, "wire-one", "2027-04-07T12:00:00Z",
    "Vesta Energy sets 2027 capital budget at $10 billion",
    "Vesta Energy Corp. expects capital expenditure of about $10 billion in 2027, the utility said in its annual report on Wednesday, up from $7 billion this year.\n\nMost of the money will go to grid upgrades for data centres in Texas and Ohio, the utility said.")

# --- Family ORLA: an outlook whose rewrite's first extracted figure is last year's spending ---
add("orla-pr", "orla-27", None, "sandhill-brief", "2027-01-27T22:00:00Z",
    "Orla Networks forecasts 2027 capital spending of $48 billion to $52 billion",
    "Orla Networks Inc. said on Wednesday it expects capital expenditures of $48 billion to $52 billion in 2027, as the social-media company adds servers and data centres for its AI models.\n\nThe forecast compares with about $31 billion spent in 2026. Fourth-quarter revenue rose 18%.")
add("orla-wire", "orla-27", None, "ledger-wire", "2027-01-28T06:30:00Z",
    "Orla's budget heads toward $52bn as AI race intensifies",
    "Orla Networks spent roughly $31 billion on capital projects in 2026, and it plans far more this year: the company guided to 2027 capital expenditure of between $48 billion and $52 billion late on Wednesday.\n\nMost of the money will go to AI servers and the buildings that house them, Chief Executive Sam Okafor said.")

# --- Family KAROO: a feature whose first paragraph is scene-setting and whose figure comes in the second; a brief; the
# same company's other plan the same week told the same way (a look-alike that must stay apart) ---
add("karoo-pr", "karoo-campus", None, "karoo-news", "2027-05-11T08:00:00Z",
    "Karoo Compute to invest R14 billion in AI data centre campus near Kimberley",
    "KIMBERLEY, 11 May 2027 -- Karoo Compute Ltd will invest R14 billion to build an AI data centre campus near Kimberley in the Northern Cape, powered largely by solar and battery storage, the company said on Tuesday.\n\nThe campus will reach 250 megawatts by 2031. Chief Executive Thandi Mokoena said the first hall would open in 2028.")
add("karoo-feature", "karoo-campus", None, "cape-weekly", "2027-05-12T05:00:00Z",
    "Where the sheep farms meet the servers",
    "The road north of Kimberley runs past sheep farms, salt pans and very little else. Ten years from now it may run past one of Africa's largest computer campuses.\n\nKaroo Compute, the Johannesburg-based data centre builder, says the site will cost it R14 billion and will eventually need 250 megawatts of power, most of it from solar panels and batteries on neighbouring land.\n\nFarmers worry about water. Chief Executive Thandi Mokoena says the halls will be cooled by dry coolers that need almost none.")
add("karoo-brief", "karoo-campus", None, "brief-desk", "2027-05-11T09:30:00Z",
    "BRIEF-Karoo Compute plans R14 bln Northern Cape AI campus",
    "Karoo Compute Ltd: * says to invest R14 billion in AI data centre campus near Kimberley * says campus to reach 250 MW by 2031.")
add("karoo-fibre", "karoo-fibre", None, "cape-weekly", "2027-05-13T05:00:00Z",
    "The cable that could bring the Karoo online",
    "Along the N12 the trenches are already open. By next year they will carry fibre that links small towns to the coast.\n\nKaroo Compute says it will spend R3 billion on a fibre route from Kimberley to Cape Town, separate from its data centre campus, and will sell capacity to other carriers.\n\nThe company expects the route to be lit in 2028.")

# --- Family HALDEN: a revision told as a news story, as a brief and as an analysis whose first figure is the old one; the
# original plan; another company's cut the same day (a look-alike) ---
add("halden-orig", "halden-6", None, "nordic-business", "2027-02-03T07:00:00Z",
    "Halden Data to build NOK 60 billion AI campus in Telemark",
    "Halden Data AS will invest NOK 60 billion in an AI data centre campus in Telemark, southern Norway, the company said on Wednesday, with the first 100 megawatts due in 2029.\n\nThe campus will run on hydropower, Halden said.")
add("halden-raise", "halden-85", "halden-6", "nordic-business", "2027-09-14T07:00:00Z",
    "Halden Data lifts Telemark campus budget to NOK 85 billion",
    "Halden Data AS has raised the planned investment in its Telemark AI campus to NOK 85 billion from NOK 60 billion after signing two anchor tenants, the company said on Tuesday.\n\nCapacity will rise to 400 megawatts from 250 megawatts, Halden said.")
add("halden-analysis", "halden-85", "halden-6", "tech-ledger", "2027-09-14T13:00:00Z",
    "Halden goes bigger in Telemark: what the top-up buys",
    "Seven months after committing NOK 60 billion to its Telemark campus, Halden Data has come back for more. The enlarged plan -- NOK 85 billion, roughly $8 billion -- adds a second phase that had been left for later.\n\nThe tenants are said to be two U.S. cloud companies. The risk is power: Statnett has not yet promised the extra capacity.")
add("halden-brief", "halden-85", "halden-6", "brief-desk", "2027-09-14T08:00:00Z",
    "BRIEF-Halden Data ups Telemark AI campus investment to NOK 85 bln",
    "Halden Data AS: * raises planned investment in Telemark AI campus to NOK 85 billion from NOK 60 billion * capacity to rise to 400 MW.")
add("fjord-cut", "fjord-cut", None, "nordic-business", "2027-09-14T09:00:00Z",
    "Fjordline Cloud scales back Bergen data centre plan to NOK 20 billion",
    "Fjordline Cloud ASA has scaled back its planned data centre near Bergen to NOK 20 billion from NOK 35 billion, citing grid delays, the company said on Tuesday.\n\nThe first building will still open in 2028.")

# --- Family MIRADOR: a plan cut, told with a verb in several forms (scales back, shrinks, pares), then the original (the
# translated story writes a bare "pesos" in a headline with no place the gazetteer knows: it joins the cut by its text) ---
add("mirador-orig", "mirador-40", None, "latam-wire", "2027-03-09T14:00:00Z",
    "Mirador Digital to invest 40 billion pesos in Queretaro AI campus",
    "Mirador Digital SA de CV will invest 40 billion pesos in an AI data centre campus in Queretaro, central Mexico, the company said on Tuesday.\n\nThe first phase of 120 megawatts is due in 2029.")
add("mirador-cut", "mirador-25", "mirador-40", "latam-wire", "2027-10-19T14:00:00Z",
    "Mirador Digital scales back Queretaro AI campus to 25 billion Mexican pesos",
    "Mirador Digital SA de CV has reduced its planned Queretaro AI campus to 25 billion Mexican pesos from 40 billion pesos because of delays in new power lines, the company said on Tuesday.\n\nThe first phase will now be 70 megawatts.")
add("mirador-cut-xl", "mirador-25", "mirador-40", "bajio-diario", "2027-10-20T09:00:00Z",
    "Mirador shrinks its campus in Queretaro to 25 billion pesos",
    "The company Mirador Digital announced this Tuesday the reduction of its artificial intelligence campus in Queretaro from 40 billion pesos to 25 billion pesos. The first phase passes from 120 to 70 megawatts, because the new electric lines are delayed.")
add("mirador-cut-brief", "mirador-25", "mirador-40", "brief-desk", "2027-10-19T15:00:00Z",
    "BRIEF-Mirador Digital pares Queretaro campus plan to 25 bln Mexican pesos",
    "Mirador Digital SA de CV: * cuts planned Queretaro AI campus investment to 25 billion pesos from 40 billion pesos.")

# --- Family LANGAT: a plan in ringgit, a wire converting it at the day's rate (6% from the FX table's yearly rate) and a
# brief; another Malaysian operator's plan of a similar dollar size the same week (a look-alike) ---
add("langat-pr", "langat-dc", None, "malaysia-wire", "2027-08-02T03:00:00Z",
    "Langat Digital to invest RM9 billion in Cyberjaya AI data centre campus",
    "CYBERJAYA, Aug 2 -- Langat Digital Bhd will invest RM9 billion to build an AI data centre campus in Cyberjaya, Selangor, with 200 megawatts of capacity by 2030, the company said in a filing with Bursa Malaysia.\n\nManaging director Farid Hashim said the campus would serve regional cloud providers.")
add("langat-wire", "langat-dc", None, "asia-deal-wire", "2027-08-02T07:30:00Z",
    "Langat Digital plans $2.2 billion AI data centre near Kuala Lumpur",
    "KUALA LUMPUR, Aug 2 - Malaysia's Langat Digital plans to spend about $2.2 billion on a 200-megawatt AI data centre campus in Cyberjaya, south of the capital, it said on Monday.\n\nThe company's shares rose 6% in Kuala Lumpur.")
add("langat-brief", "langat-dc", None, "brief-desk", "2027-08-02T04:00:00Z",
    "BRIEF-Langat Digital to invest RM9bil in Cyberjaya campus",
    "Langat Digital Bhd: * to invest RM9bil in 200MW AI data centre campus in Cyberjaya * completion targeted for 2030.")
add("klang-dc", "klang-dc", None, "asia-deal-wire", "2027-08-04T07:30:00Z",
    "Klang Data plans $2.1 billion data centre in Johor",
    "KUALA LUMPUR, Aug 4 - Klang Data Bhd plans to spend about $2.1 billion on a 180-megawatt data centre campus in Kulai, Johor, it said on Wednesday.\n\nThe company's shares rose 3%.")

# --- Family HARROW: a consortium's plan told by its list of partners, by its lead partner and by the host state; the lead
# partner's own plan two days later (a look-alike with the same amount) ---
add("harrow-pr", "harrow-ohio", None, "harrow-news", "2027-09-06T13:00:00Z",
    "Consortium led by Harrow Infrastructure to invest $12 billion in Ohio AI campus",
    "A consortium of Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital will invest $12 billion in a one-gigawatt AI data centre campus near Columbus, Ohio, the partners said on Monday.\n\nHarrow will hold 50% of the venture. Construction begins in 2028.")
add("harrow-wire", "harrow-ohio", None, "wire-one", "2027-09-06T15:00:00Z",
    "Harrow-led group to spend $12 bln on Ohio AI data centre campus",
    "Harrow Infrastructure Partners and two pension investors will spend $12 billion on a one-gigawatt AI data centre campus near Columbus, Ohio, the group said on Monday.\n\nPacifica Pension Fund and Orchard Capital will share the other half of the venture, Harrow said.")
add("harrow-state", "harrow-ohio", None, "ohio-ledger", "2027-09-07T10:00:00Z",
    "Ohio lands $12 billion AI campus from investor trio",
    "Governor Mike Allen on Monday welcomed a $12 billion AI data centre campus near Columbus to be built by Harrow Infrastructure Partners, Pacifica Pension Fund and Orchard Capital, the state's largest private investment.\n\nThe one-gigawatt campus will create 1,500 construction jobs, the governor said.")
add("harrow-texas", "harrow-texas", None, "wire-one", "2027-09-08T15:00:00Z",
    "Harrow Infrastructure to invest $12 billion in Texas fibre and power",
    "Harrow Infrastructure Partners will invest $12 billion in fibre networks and power lines in Texas over five years, the investor said on Wednesday.\n\nThe plan is separate from its Ohio data centre venture.")

# --- Family QUILL: a figure rounded three ways ($1.25 billion, $1.3 billion, 1.25 billion dollars); the same company's
# smaller plan in another country three days later (a look-alike) ---
add("quill-pr", "quill-az", None, "quill-news", "2027-11-09T13:00:00Z",
    "Quill Semiconductor to invest $1.25 billion in Arizona packaging plant",
    "Quill Semiconductor Inc. will invest $1.25 billion in an advanced packaging plant for AI chips in Chandler, Arizona, the company said on Tuesday.\n\nThe plant will open in 2029 and employ 900 people.")
add("quill-wire", "quill-az", None, "wire-two", "2027-11-09T16:00:00Z",
    "Quill to build $1.3 bln AI chip packaging plant in Arizona",
    "Quill Semiconductor plans to build a $1.3 billion plant in Chandler, Arizona, to package chips for artificial intelligence, the chipmaker said on Tuesday.\n\nQuill shares rose 2%.")
add("quill-xl", "quill-az", None, "asia-daily", "2027-11-10T02:00:00Z",
    "Quill will invest 1.25 billion dollars in Arizona",
    "The American chipmaker Quill Semiconductor has announced an investment of 1.25 billion US dollars in a factory of advanced packaging in the state of Arizona. The factory will employ 900 persons and will open in 2029.")
add("quill-penang", "quill-my", None, "wire-two", "2027-11-12T06:00:00Z",
    "Quill to invest $1.2 billion in Penang test plant",
    "Quill Semiconductor will invest $1.2 billion in a chip test plant in Penang, Malaysia, the company said on Friday.\n\nThe plant will open in 2029.")

# ===== Twelfth session: families written in outlets' own styles before any code change (press release, dateline wire,
# bullet digest, translated copy, local paper, feature lede; crore, lakh-free rupees, rand, T$/NT$, trillion won,
# "US$2,000 million", "1,200 million euros"), each with look-alikes of the kinds a week of news holds ---

# --- Family JAMNAGAR: a unit's plan told by its press release (Rs crore), a wire (billion rupees with dollars), a bullet
# digest led by it, and the town's paper; the parent's own plan of the same size in another state two days later; the
# unit's raise four months later restating the old figure ---
add("jam-pr", "jam-dc", None, "jio-newsroom", "2028-02-07T05:30:00Z",
    "Reliance Jio to invest ₹12,000 crore in AI-ready data centre at Jamnagar",
    "Mumbai, February 7, 2028: Reliance Jio Infocomm Limited, the digital services arm of Reliance Industries Limited, today announced an investment of ₹12,000 crore to build an AI-ready data centre with 250 MW of capacity at Jamnagar, Gujarat.\n\nThe facility will run on renewable energy from the group's Jamnagar giga complex and will host GPU clusters for Indian enterprises, researchers and startups, the company said in a statement.\n\n\"India must own its compute,\" said Akash Ambani, Chairman, Reliance Jio Infocomm Limited.")
add("jam-wire", "jam-dc", None, "wire-one", "2028-02-07T07:10:00Z",
    "Reliance's Jio to spend 120 bln rupees on Gujarat AI data centre",
    "MUMBAI, Feb 7 (Wire) - Jio, the telecoms and digital unit of Indian conglomerate Reliance Industries, will spend 120 billion rupees ($1.44 billion) on a 250-megawatt data centre for artificial intelligence workloads in Jamnagar, the company said on Monday.\n\nShares of Reliance Industries rose 1.2% in Mumbai.\n\nThe plan follows Reliance's pledge last year to build gigawatt-scale AI infrastructure in the western state.")
add("jam-digest", "jam-dc", None, "markets-digest", "2028-02-07T09:00:00Z",
    "Corporate digest: Jio, Infosys, Adani Ports",
    "• Reliance Jio: Rs 12,000 cr AI data centre, 250 MW, Jamnagar (Gujarat); renewable power from the group's giga complex\n• Infosys: five-year cloud deal with a European lender, value undisclosed\n• Adani Ports: January cargo volumes up 8% year on year")
add("jam-local", "jam-dc", None, "saurashtra-times", "2028-02-08T04:00:00Z",
    "Jamnagar to host Jio's 250 MW AI data centre",
    "JAMNAGAR: The city's industrial belt will get a 250-megawatt artificial intelligence data centre after Reliance Jio on Monday announced a Rs 12,000-crore investment near the Motikhavdi township.\n\nDistrict officials said the project would create about 2,000 construction jobs. Local contractors have already been approached for civil works, an official in the collector's office said.")
add("jam-biogas", "jam-biogas", None, "wire-one", "2028-02-09T10:00:00Z",
    "Reliance Industries commits Rs 12,000 crore to biogas plants in Andhra Pradesh",
    "AMARAVATI, Feb 9 (Wire) - Reliance Industries Ltd will invest ₹12,000 crore in 500 compressed biogas plants across Andhra Pradesh over three years, the state government said on Wednesday after signing an agreement with the company.\n\nThe plants will use farm waste from the Godavari delta, officials said.")
add("jam-raise", "jam-dc-18k", "jam-dc", "wire-one", "2028-06-12T06:00:00Z",
    "Jio lifts Jamnagar AI data centre investment to ₹18,000 crore",
    "Reliance Jio will raise its investment in the Jamnagar AI data centre to ₹18,000 crore from the ₹12,000 crore it announced in February, adding 150 MW to take the site to 400 MW, the company said on Monday.\n\nDemand from domestic model builders had outrun the first phase, Jio said.")

# --- Family P5: a Korean chipmaker's line told by a Seoul wire (won with dollars), a translated Korean report, and a brief
# in dollars only; its rival's plan of the same size two days later in the same province (which names the first) ---
add("p5-wire", "p5-line", None, "korea-wire", "2028-03-14T02:00:00Z",
    "Samsung Electronics to invest 60 tln won in Pyeongtaek P5 line",
    "SEOUL, March 14 (Korea Wire) -- Samsung Electronics Co. said Tuesday it will invest 60 trillion won (US$41.4 billion) by 2030 to build a fifth chip production line at its Pyeongtaek campus, as demand for high-bandwidth memory used in artificial intelligence servers keeps surging.\n\nThe new line, dubbed P5, will mainly produce HBM chips, the company said. Construction will start in the second half of the year.")
add("p5-kr", "p5-line", None, "seoul-economic", "2028-03-14T04:30:00Z",
    "Samsung, P5 construction with 60 trillion won... \"Regain HBM leadership\"",
    "Samsung Electronics announced on the 14th that it will invest a total of 60 trillion won until 2030 in the construction of the 5th line (P5) of the Pyeongtaek Campus in Gyeonggi Province. It is the largest investment in a single line in the history of the company.\n\nAn official of Samsung Electronics said \"We will respond to the explosive demand of HBM for AI with P5.\" The share price of Samsung Electronics closed at 78,400 won, up 2.1% from the previous day.")
add("p5-brief", "p5-line", None, "tech-briefs", "2028-03-14T09:00:00Z",
    "Samsung commits $41 billion to new Korean memory line",
    "Samsung Electronics will spend about $41 billion on a new memory-chip line in Pyeongtaek, south of Seoul, through 2030, targeting high-bandwidth memory for AI accelerators.")
add("p5-hynix", "hynix-yongin", None, "korea-wire", "2028-03-16T02:00:00Z",
    "SK hynix to pour 60 trillion won into Yongin HBM fab",
    "SEOUL, March 16 (Korea Wire) -- SK hynix Inc. will invest 60 trillion won ($41.4 billion) in the second fab of the Yongin semiconductor cluster in Gyeonggi Province, the chipmaker said on Thursday, two days after rival Samsung Electronics unveiled a plan of the same size for its Pyeongtaek campus.")

# --- Family TERACO: a South African unit's programme (R54bn, 54 billion rand with dollars), a business paper whose headline
# names no company; its US parent's plan of the same dollar value in Frankfurt two days later ---
add("ter-pr", "ter-za", None, "teraco-news", "2028-04-03T08:00:00Z",
    "Teraco announces R54 billion investment programme in AI-ready data centres",
    "Johannesburg, 3 April 2028 – Teraco, Africa's leading vendor-neutral data centre platform and part of Digital Realty, today announced a R54 billion investment programme over five years to expand its JB7 campus in Ekurhuleni and to build a new 120MW campus in Atlantis, outside Cape Town.\n\nThe programme adds 200MW of critical power for hyperscale and AI customers.")
add("ter-wire", "ter-za", None, "wire-one", "2028-04-03T10:00:00Z",
    "Digital Realty's Teraco to spend 54 bln rand on South African data centres",
    "JOHANNESBURG, April 3 (Wire) - Teraco, the South African data centre operator owned by Digital Realty, will invest 54 billion rand ($2.9 billion) over five years to meet demand from cloud providers and artificial intelligence, it said on Monday.")
add("ter-biz", "ter-za", None, "business-day-za", "2028-04-04T05:00:00Z",
    "R54bn bet on Gauteng and Cape data centres",
    "Data centre group Teraco will spend R54bn over the next five years, chief executive Jan Hnizdo said on Monday, with the bulk going to its campus in Ekurhuleni, east of Johannesburg.\n\nLoad-shedding is no longer the constraint it was, Hnizdo said: the group has contracted solar power in the Northern Cape.")
add("ter-frankfurt", "dlr-fra", None, "wire-one", "2028-04-05T12:00:00Z",
    "Digital Realty to invest $2.9 billion in Frankfurt campus",
    "Digital Realty Trust Inc. will invest $2.9 billion to build a 180-megawatt data centre campus in Frankfurt, Germany, the company said on Wednesday.\n\nThe campus will open in stages from 2030.")

# --- Family KAOHSIUNG: a Taiwanese server maker's base in translated-press-release style (NT$), a wire writing T$ with US$,
# a brief in US$ only; a rival's plan of the same size two days later; the maker's cut six months later ---
add("kao-pr", "kao-base", None, "wiwynn-ir", "2028-05-09T08:00:00Z",
    "Wiwynn Board Approves NT$32 Billion Investment in Kaohsiung AI Server Base",
    "Wiwynn Corporation (TWSE: 6669) today announced that its Board of Directors approved an investment of NT$32 billion to construct a new AI server manufacturing and R&D base in the Ciaotou Science Park of Kaohsiung. The base is expected to begin mass production in 2030 and will create about 3,000 job opportunities.")
add("kao-wire", "kao-base", None, "taiwan-wire", "2028-05-09T10:00:00Z",
    "Wistron subsidiary Wiwynn to invest T$32 billion in southern Taiwan",
    "Taipei, May 9 (Taiwan Wire) Wiwynn Corp., a server maker under the Wistron group, plans to spend T$32 billion (US$1.05 billion) on a new production base in Kaohsiung to meet booming demand from cloud service providers for AI servers, the company said Tuesday.")
add("kao-brief", "kao-base", None, "tech-briefs", "2028-05-09T13:00:00Z",
    "Wiwynn eyes US$1bn Kaohsiung AI server plant",
    "AI server maker Wiwynn will invest about US$1 billion in a production base in Kaohsiung, its board decided on Tuesday. Mass production is due in 2030.")
add("kao-quanta", "quanta-ty", None, "taiwan-wire", "2028-05-11T09:00:00Z",
    "Quanta to invest NT$32 billion in Taoyuan AI server plant",
    "Taipei, May 11 (Taiwan Wire) Quanta Computer Inc. will invest NT$32 billion in a new AI server plant in Taoyuan, the company said on Thursday, as Taiwanese server makers race to add capacity.")
add("kao-cut", "kao-base-26", "kao-base", "taiwan-wire", "2028-11-14T08:00:00Z",
    "Wiwynn trims Kaohsiung investment to NT$26 billion",
    "Wiwynn Corp. cut its planned investment in the Kaohsiung AI server base to NT$26 billion from the NT$32 billion approved in May, citing lower equipment prices, the company said in a filing on Tuesday.")

# --- Family ABILENE: an AI campus told by a press release, a feature with a scene-setting lede whose headline names no
# company, and the town's paper two days later; another company's campus of the same size in the next county a day later ---
add("abi-pr", "abi-campus", None, "prnewswire", "2028-06-06T13:00:00Z",
    "Crusoe Announces $15 Billion AI Campus in Abilene, Texas",
    "SAN FRANCISCO, June 6, 2028 /PRNewswire/ -- Crusoe, the AI infrastructure company, today announced plans to invest $15 billion in a 1.8-gigawatt AI factory campus in Abilene, Texas, powered by wind, solar and natural gas.\n\nThe first buildings are expected to be energized in 2029.")
add("abi-feature", "abi-campus", None, "the-atlantic-weekly", "2028-06-07T11:00:00Z",
    "In West Texas, a $15 billion bet on AI rises from the scrub",
    "The wind never quite stops on the flat land north of Abilene. Cattle graze beside the county road, and the tallest thing for miles is a grain elevator.\n\nBy 2030 that will change. On Tuesday, Crusoe said it would spend $15 billion turning 1,100 acres here into one of the world's largest campuses for training artificial intelligence, drawing on wind and gas power.\n\n\"We looked for power first and everything else second,\" said Chase Lochmiller, Crusoe's chief executive, standing on the site.")
add("abi-local", "abi-campus", None, "abilene-reporter", "2028-06-08T15:00:00Z",
    "Abilene council hears details of $15B data center plan",
    "ABILENE — City Council members on Thursday heard the first public presentation of Crusoe's $15 billion data center project, which the company announced Tuesday for a site off FM 600.\n\nCouncil member Lynn Beard asked about water use; a Crusoe manager said the campus would use closed-loop cooling.")
add("abi-vantage", "vantage-shack", None, "wire-two", "2028-06-07T15:00:00Z",
    "Vantage Data Centers to invest $15 billion in Shackelford County campus",
    "Vantage Data Centers will invest more than $15 billion in a 1.4-gigawatt data center campus in Shackelford County, Texas, east of Abilene, the company said on Wednesday.\n\nThe campus, called Frontier, will be built in phases through 2031.")

# --- Family TELIA: a yearly budget told by a wire and translated Swedish copy; next year's budget, which compares itself
# with this one (another event, not a revision) ---
add("tel-28", "telia-2028", None, "wire-one", "2028-01-27T07:30:00Z",
    "Telia sets 2028 investment budget at SEK 14 billion",
    "STOCKHOLM, Jan 27 (Wire) - Telia Company expects capital expenditure of 14 billion Swedish crowns in 2028, up from 13.1 billion in 2027, as it builds out fibre and edge data centres for AI, the operator said in its fourth-quarter report on Thursday.")
add("tel-28-sv", "telia-2028", None, "dagens-affarer", "2028-01-27T09:00:00Z",
    "Telia invests 14 billion kronor during 2028",
    "Telia plans investments of 14 billion kronor during 2028. This was announced by the telecom company in connection with the year-end report on Thursday.\n\nThe investments shall mostly go to fibre and to edge data centres for AI, according to the chief executive.")
add("tel-29", "telia-2029", None, "wire-one", "2029-01-25T07:30:00Z",
    "Telia raises capex budget to SEK 15 billion for 2029",
    "STOCKHOLM, Jan 25 (Wire) - Telia Company plans to invest 15 billion Swedish crowns in 2029, compared with a budget of 14 billion crowns for 2028, the operator said in its fourth-quarter report on Thursday.")

# --- Family SINES: a joint venture told by its own release, by one partner (its half, translated Portuguese, "1,500 million
# euros") and by a digest; the other partner's own plan of the half's size in the same town two days later ---
add("sin-jv", "sines-jv", None, "atlantic-compute", "2028-09-04T09:00:00Z",
    "Atlantic Compute to invest €3 billion in Sines AI data centre",
    "Atlantic Compute, a 50-50 joint venture of EDP and infrastructure investor Lusitania Capital, will invest €3 billion in a 500 MW AI data centre in Sines, on Portugal's Alentejo coast, the partners said on Monday.\n\nThe first phase will open in 2030.")
add("sin-edp", "sines-jv", None, "jornal-economico", "2028-09-04T11:00:00Z",
    "EDP enters AI data centres with 1.5 billion euros in Sines",
    "EDP – Energias de Portugal will invest 1,500 million euros for its 50% stake in Atlantic Compute, the joint venture with Lusitania Capital that will build a data centre of 500 MW in Sines, informed the company to the market regulator this Monday. The total investment of the project ascends to 3,000 million euros.")
add("sin-digest", "sines-jv", None, "iberia-digest", "2028-09-04T16:00:00Z",
    "Iberia deals: Sines AI campus, Lisbon port",
    "• EDP / Lusitania Capital JV Atlantic Compute: €3bn, 500MW AI data centre, Sines; first phase 2030\n• Port of Lisbon: new cruise terminal tender, bids due in November")
add("sin-lus", "lus-h2", None, "wire-two", "2028-09-06T10:00:00Z",
    "Lusitania Capital to invest €1.5 billion in Sines green hydrogen plant",
    "Lisbon-based Lusitania Capital will invest €1.5 billion in a green hydrogen plant in Sines, the investor said on Wednesday. The plant will produce 100,000 tonnes a year from 2031.")

# --- Family MADRID: a plan told by translated Spanish copy ("1,200 million euros"), a wire, and the unit's own release; a
# utility's plan of the same size in the same country the next day ---
add("mad-es", "tef-es", None, "expansion-es", "2028-10-03T09:00:00Z",
    "Telefónica will invest 1,200 million euros in AI data centres in Spain",
    "Telefónica will invest 1,200 million euros until 2030 in a network of data centres for artificial intelligence in Spain, as announced this Tuesday by its president, Marc Murtra, in an act in Madrid. The plan includes new centres in Madrid, Barcelona and Bilbao.")
add("mad-wire", "tef-es", None, "wire-one", "2028-10-03T11:30:00Z",
    "Telefonica to spend 1.2 bln euros on Spanish AI data centres",
    "MADRID, Oct 3 (Wire) - Telefonica will spend 1.2 billion euros ($1.3 billion) through 2030 on data centres for artificial intelligence in Spain, Chairman Marc Murtra said on Tuesday.")
add("mad-pr", "tef-es", None, "telefonica-espana", "2028-10-03T12:00:00Z",
    "Telefónica España launches €1.2bn sovereign AI infrastructure plan",
    "Telefónica España today presented a €1.2bn plan to deploy sovereign AI infrastructure across Spain by 2030, with data centres in Madrid, Barcelona and Bilbao linked by its fibre network.")
add("mad-ibe", "ibe-es", None, "wire-one", "2028-10-04T10:00:00Z",
    "Iberdrola to invest 1.2 billion euros in Spanish data centres",
    "MADRID, Oct 4 (Wire) - Iberdrola will invest 1.2 billion euros in data centres in Spain through a joint venture with Echelon Data Centres, the utility said on Wednesday.")

# --- Family SANTIAGO: a Chilean unit's plan in translated Spanish ("US$2,000 million"), a wire naming the unit and a story
# whose headline names the parent; the parent's plan of the same size in Brazil two days later ---
add("scl-df", "enel-cl", None, "diario-fin", "2028-11-08T12:00:00Z",
    "Enel Chile will invest US$2,000 million in renewables for data centres",
    "Enel Chile announced an investment of US$2,000 million between 2028 and 2030 to build solar and storage plants that will supply data centres in the Metropolitan Region, informed the company this Wednesday.")
add("scl-wire", "enel-cl", None, "wire-one", "2028-11-08T14:00:00Z",
    "Enel's Chilean arm to invest $2 bln to power data centres",
    "SANTIAGO, Nov 8 (Wire) - Enel Chile, the Chilean unit of Italy's Enel, will invest $2 billion over three years in solar and battery projects to supply data centres around Santiago, it said on Wednesday.")
add("scl-parent", "enel-cl", None, "utility-week", "2028-11-09T08:00:00Z",
    "Enel earmarks $2 billion for Chile data-centre power",
    "Italian utility Enel will put $2 billion into solar farms and batteries in Chile between 2028 and 2030 to serve data centre customers near Santiago, its Chilean subsidiary said on Wednesday.")
add("scl-brazil", "enel-br", None, "wire-one", "2028-11-10T13:00:00Z",
    "Enel to invest $2 billion in Sao Paulo grid for data centres",
    "Enel SpA will invest $2 billion in the Sao Paulo distribution grid through 2030 to connect new data centres, the Italian utility said on Friday.")

# --- Family SPREEWALD: a German group's plan in translated German copy, a wire whose headline names only the brand the
# group owns, and the town's paper; the brand's own store plan of the same size three days later ---
add("spr-de", "schwarz-dc", None, "handelsblatt-en", "2028-12-01T09:00:00Z",
    "Schwarz Digits invests 11 billion euros in Lübbenau",
    "The IT and digital division of the Schwarz Group, Schwarz Digits, invests 11 billion euros in a data centre for artificial intelligence in Lübbenau in the Spreewald. This was announced by the company on Friday in Neckarsulm.\n\nThe construction shall begin in 2029; in the final stage the site shall consume up to 200 megawatts.")
add("spr-wire", "schwarz-dc", None, "wire-one", "2028-12-01T11:00:00Z",
    "Lidl owner to build 11 bln euro AI data centre in eastern Germany",
    "BERLIN, Dec 1 (Wire) - Schwarz Group, the owner of discount supermarket chain Lidl, will invest 11 billion euros ($12.1 billion) in an artificial intelligence data centre in the eastern German town of Lübbenau, its IT unit Schwarz Digits said on Friday.")
add("spr-local", "schwarz-dc", None, "lausitzer-bote", "2028-12-02T06:00:00Z",
    "Spreewald town wins 11-billion data centre",
    "LÜBBENAU – For the small Spreewald town it is the biggest investment in its history: Schwarz Digits wants to build a data centre for artificial intelligence here for 11 billion euros.\n\nThe mayor spoke of a \"day of joy\" for the region, which lost its coal jobs.")
add("spr-lidl", "lidl-stores", None, "wire-one", "2028-12-04T10:00:00Z",
    "Lidl to invest 11 billion euros in German stores",
    "BERLIN, Dec 4 (Wire) - Lidl will invest 11 billion euros in its German store network by 2030, modernising 3,200 stores and adding solar roofs, the discount chain said on Monday.")

# --- Family TOMAKOMAI: a Japanese unit's plan in translated-notice style (headline with neither figure nor company), a wire
# in yen, a brief in dollars only; the parent's plan of the same yen size in Osaka Prefecture two days later ---
add("tom-notice", "tom-dc", None, "softbank-ir", "2029-02-06T06:00:00Z",
    "Notice Regarding Construction of Large-Scale AI Data Center in Tomakomai, Hokkaido",
    "SoftBank Corp. (Head office: Minato-ku, Tokyo; President & CEO: Junichi Miyakawa; hereinafter \"SoftBank\") announced today that it will construct a large-scale AI data center in Tomakomai City, Hokkaido, with a total investment of approximately 65 billion yen.\n\nThe data center is scheduled to start operation in fiscal 2030 and will use renewable energy produced in Hokkaido.")
add("tom-wire", "tom-dc", None, "wire-one", "2029-02-06T08:00:00Z",
    "SoftBank Corp to invest 65 bln yen in Hokkaido AI data centre",
    "TOKYO, Feb 6 (Wire) - SoftBank Corp, the Japanese mobile carrier controlled by SoftBank Group, will invest 65 billion yen in an artificial intelligence data centre in Tomakomai on the northern island of Hokkaido, it said on Tuesday.\n\nShares of SoftBank Corp rose 0.8%.")
add("tom-brief", "tom-dc", None, "tech-briefs", "2029-02-06T12:00:00Z",
    "SoftBank to build $430 million AI hub in northern Japan",
    "SoftBank's telecom arm plans a roughly $430 million AI data center in Hokkaido, to open in fiscal 2030.")
add("tom-sakai", "sbg-sakai", None, "wire-one", "2029-02-08T07:00:00Z",
    "SoftBank Group to invest 65 billion yen in Osaka robot plant",
    "TOKYO, Feb 8 (Wire) - SoftBank Group Corp will invest 65 billion yen in a plant for AI-driven robots in Sakai, Osaka Prefecture, the investment group said on Thursday.")

# --- Family VIZAG: a joint venture's campus in lakh crore and Indian digit grouping, a wire in trillion rupees with dollars,
# a state paper's translated copy; a sister company's plan of the same size in another state the same week ---
add("viz-pr", "viz-campus", None, "adaniconnex-news", "2029-03-12T06:00:00Z",
    "AdaniConneX to invest ₹1 lakh crore in Visakhapatnam AI data centre campus",
    "Ahmedabad, 12 March 2029: AdaniConneX, the joint venture between Adani Enterprises and EdgeConneX, today announced an investment of ₹1,00,000 crore in a one-gigawatt AI data centre campus at Visakhapatnam, Andhra Pradesh.\n\nThe campus will be built in phases over seven years.")
add("viz-wire", "viz-campus", None, "wire-one", "2029-03-12T08:30:00Z",
    "Adani's data centre venture to spend 1 trln rupees on Vizag AI hub",
    "NEW DELHI, March 12 (Wire) - AdaniConneX, Adani Enterprises' data centre venture with EdgeConneX, will spend 1 trillion rupees ($12 billion) on a 1-gigawatt campus for artificial intelligence in the port city of Visakhapatnam, the company said on Tuesday.")
add("viz-local", "viz-campus", None, "andhra-daily", "2029-03-13T03:00:00Z",
    "Vizag to become data capital with Rs 1 lakh crore campus",
    "Visakhapatnam will become the data capital of the country, the state IT minister said on Tuesday, announcing that AdaniConneX would invest Rs.1 lakh crore in a data centre campus of one gigawatt in the city.\n\nThe government will give land at concessional rates, the minister said.")
add("viz-green", "adani-green-guj", None, "wire-one", "2029-03-14T09:00:00Z",
    "Adani Green to invest 1 trillion rupees in Gujarat renewable park",
    "Adani Green Energy Ltd will invest 1 trillion rupees in a renewable energy park at Khavda in Gujarat, the company said on Thursday.")

# --- Family TKO: a Hong Kong unit's plan in HK$ (its alias the knowledge base lacks), translated Chinese copy, a brief in
# US$; another company's plan of the same size in Hong Kong the same week ---
add("tko-pr", "tko-dc", None, "hkt-news", "2029-04-17T04:00:00Z",
    "HKT to invest HK$10 billion in Tseung Kwan O AI data centre",
    "Hong Kong, 17 April 2029 – HKT, Hong Kong's premier telecommunications service provider, today announced that it will invest HK$10 billion to build an AI-ready data centre in Tseung Kwan O, with 100MW of capacity by 2031.")
add("tko-cn", "tko-dc", None, "hk-economic", "2029-04-17T07:00:00Z",
    "PCCW's HKT invests 10 billion dollars in data centre",
    "HKT under PCCW announced yesterday that it will invest 10 billion Hong Kong dollars to build a data centre for artificial intelligence in Tseung Kwan O Industrial Estate, which is expected to be completed in 2031. The group said that the demand of computing power in the region is strong.")
add("tko-brief", "tko-dc", None, "asia-briefs", "2029-04-17T09:00:00Z",
    "HKT plans US$1.28bn AI data centre",
    "HKT will spend about US$1.28 billion on an AI data centre in Tseung Kwan O, Hong Kong, due in 2031.")
add("tko-sunevision", "sunevision-tw", None, "wire-two", "2029-04-18T06:00:00Z",
    "SUNeVision to invest HK$10 billion in Tsuen Wan data centre",
    "SUNeVision Holdings will invest HK$10 billion in a data centre in Tsuen Wan, Hong Kong, the operator said on Thursday.")

# --- Family QRO: a cloud plan told by translated Spanish copy ("5,000 million dollars", the brand), a wire naming the
# parent, and a Mexican paper ("5 thousand million"); another company's plan of the same size in the same state two days
# later ---
add("qro-es", "aws-qro", None, "el-financiero-en", "2029-05-08T15:00:00Z",
    "AWS will invest 5,000 million dollars in Querétaro",
    "Amazon Web Services (AWS) will invest 5,000 million dollars in the next 15 years to build a region of data centres in Querétaro, announced this Tuesday the company together with the state government.")
add("qro-wire", "aws-qro", None, "wire-one", "2029-05-08T17:00:00Z",
    "Amazon to invest $5 billion in Mexico cloud region",
    "MEXICO CITY, May 8 (Wire) - Amazon.com Inc's cloud unit will invest $5 billion over 15 years in a data centre region in the central Mexican state of Querétaro, the company said on Tuesday.")
add("qro-local", "aws-qro", None, "diario-queretaro", "2029-05-09T12:00:00Z",
    "Querétaro receives historic investment of AWS",
    "The state of Querétaro will receive an investment of 5 thousand million dollars from Amazon Web Services for the construction of data centres, the governor informed on Tuesday, who called it the largest in the history of the entity.")
add("qro-google", "google-qro", None, "wire-one", "2029-05-10T16:00:00Z",
    "Google to invest $5 billion in Querétaro data centres",
    "MEXICO CITY, May 10 (Wire) - Alphabet's Google will invest $5 billion in data centres in Querétaro, Mexico, the company said on Thursday, two days after Amazon announced a cloud region in the state.")

# --- Family ESSONNE: a French AI company's campus in translated French copy (comma decimal, "8,5 billion"), a wire and a
# brief; its raise seven months later, which restates the first figure ---
add("ess-fr", "mistral-ess", None, "les-echos-en", "2029-06-11T07:00:00Z",
    "Mistral AI will invest 8,5 billion euros in a data centre in Essonne",
    "Mistral AI will invest 8,5 billion euros in a data centre of 1 gigawatt in Essonne, south of Paris, announced the start-up this Monday. The site, on an old air base, must be operational in 2031.")
add("ess-wire", "mistral-ess", None, "wire-one", "2029-06-11T09:00:00Z",
    "Mistral to spend 8.5 bln euros on Paris-area AI campus",
    "PARIS, June 11 (Wire) - French artificial intelligence start-up Mistral AI will spend 8.5 billion euros ($9.4 billion) on a 1-gigawatt data centre campus in Essonne, south of Paris, it said on Monday.")
add("ess-brief", "mistral-ess", None, "tech-briefs", "2029-06-11T12:00:00Z",
    "Mistral: €8.5bn for 1GW compute campus",
    "• Mistral AI: €8.5bn, 1GW data centre, Essonne (south of Paris), operational 2031")
add("ess-raise", "mistral-ess-10", "mistral-ess", "wire-one", "2029-01-15T09:00:00Z".replace("2029-01", "2030-01"),
    "Mistral lifts Essonne campus budget to 10 bln euros",
    "PARIS, Jan 15 (Wire) - Mistral AI will invest 10 billion euros in its data centre campus in Essonne, up from the 8.5 billion euros it announced in June, after signing a capacity contract with a European carmaker, the company said on Tuesday.")

# --- Family STRANGNAS: a Swedish campus in translated Swedish copy ("95 billion kronor"), a wire in crowns with dollars,
# the town's paper; its extension a year later to a larger figure over a longer period, which restates the first ---
add("str-sv", "bam-str", None, "dagens-affarer", "2029-09-03T06:00:00Z",
    "Brookfield invests 95 billion kronor in AI centre in Strängnäs",
    "The Canadian investment company Brookfield will invest 95 billion kronor in a data centre for artificial intelligence in Strängnäs. The investment is one of the largest ever in Sweden, the company writes in a press release on Monday.")
add("str-wire", "bam-str", None, "wire-one", "2029-09-03T08:00:00Z",
    "Brookfield to invest $10 billion in Swedish AI data centre",
    "STOCKHOLM, Sept 3 (Wire) - Brookfield Asset Management will invest 95 billion Swedish crowns ($10 billion) in an artificial intelligence data centre in Strängnäs, west of Stockholm, over the next 10 to 15 years, it said on Monday.")
add("str-local", "bam-str", None, "eskilstuna-kuriren", "2029-09-04T05:00:00Z",
    "Giant investment in Strängnäs: 95 billion",
    "It becomes the biggest investment in the history of the municipality. Brookfield plans to build an AI data centre for 95 billion kronor in Strängnäs, and the first part shall stand ready in 2028, according to the municipality.")
add("str-extend", "bam-str-120", "bam-str", "wire-one", "2030-09-10T08:00:00Z",
    "Brookfield extends Swedish AI campus plan to 120 billion crowns",
    "STOCKHOLM, Sept 10 (Wire) - Brookfield Asset Management will invest 120 billion Swedish crowns in its Strängnäs AI data centre, extending the 95 billion crown plan it announced a year ago with a second phase, the company said on Tuesday.")

# --- Family DAMMAM: a plan in pegged riyals with dollars, translated Arabic copy, a wire's "more than $10 bln"; the same
# owner's other company's plan of the same dollar size in the same province two days later ---
add("dmm-pr", "humain-dmm", None, "humain-news", "2029-10-07T06:00:00Z",
    "HUMAIN to invest SAR 37.5 billion in Dammam AI data centre",
    "Riyadh, 7 October 2029 – HUMAIN, the PIF company for artificial intelligence, today announced an investment of SAR 37.5 billion (US$10 billion) to build a 500-megawatt AI data centre in Dammam, in the Eastern Province.\n\nThe first phase will be ready in 2031.")
add("dmm-ar", "humain-dmm", None, "al-iqtisad", "2029-10-07T09:00:00Z",
    "Humain announces the investment of 37.5 billion riyals in Dammam",
    "Humain company, owned by the Public Investment Fund, announced the investment of 37.5 billion riyals in establishing a data centre for artificial intelligence with a capacity of 500 megawatts in the city of Dammam, within its plans to make the Kingdom a global centre for computing.")
add("dmm-wire", "humain-dmm", None, "wire-one", "2029-10-07T11:00:00Z",
    "Saudi AI firm Humain to spend more than $10 bln on Dammam data centre",
    "DUBAI, Oct 7 (Wire) - Saudi Arabia's Humain, backed by the kingdom's sovereign wealth fund, will spend more than $10 billion on a 500-megawatt artificial intelligence data centre in the eastern city of Dammam, the company said on Tuesday.")
add("dmm-alat", "alat-jubail", None, "wire-one", "2029-10-09T10:00:00Z",
    "PIF's Alat to invest $10 billion in Jubail electronics plant",
    "DUBAI, Oct 9 (Wire) - Alat, the industrial company of Saudi Arabia's Public Investment Fund, will invest $10 billion in an electronics manufacturing plant in Jubail, in the Eastern Province, the company said on Thursday.")
# --- Family SYDNEY: a unit's plan in A$, a wire converting it, a US deals page naming the owner with its ticker and its own
# rounder conversion; the owner's plan of that dollar size in Pennsylvania the next day ---
add("syd-pr", "airtrunk-syd", None, "airtrunk-news", "2029-11-05T22:00:00Z",
    "AirTrunk commits A$10 billion to Western Sydney AI campus",
    "SYDNEY, 6 November 2029 – AirTrunk today announced a A$10 billion investment in a new 600MW hyperscale campus in Western Sydney, its largest to date.\n\nThe campus will be built in stages from 2030.")
add("syd-wire", "airtrunk-syd", None, "wire-one", "2029-11-06T01:00:00Z",
    "Blackstone's AirTrunk to spend A$10 bln on Sydney data centre campus",
    "SYDNEY, Nov 6 (Wire) - AirTrunk, the data centre operator owned by Blackstone, will spend A$10 billion ($6.6 billion) on a 600-megawatt campus in western Sydney, it said on Thursday.")
add("syd-us", "airtrunk-syd", None, "us-deals", "2029-11-06T14:00:00Z",
    "Blackstone data center unit plans $6.5 billion Australian campus",
    "Blackstone Inc. (BX) said its AirTrunk unit will invest about $6.5 billion in a 600-megawatt data center campus near Sydney, adding to a pipeline of Asia-Pacific projects.")
add("syd-bx", "bx-pa", None, "wire-two", "2029-11-07T15:00:00Z",
    "Blackstone to invest $6.5 billion in Pennsylvania data centres",
    "Blackstone Inc. will invest $6.5 billion in data centres and power infrastructure in northeastern Pennsylvania, the firm said on Friday.")

with open('articles.jsonl', 'w') as a, open('events.jsonl', 'w') as e:
    for s in S:
        a.write(json.dumps({k: s[k] for k in ('id', 'source', 'url', 'published_at', 'title', 'body')}) + "\n")
        e.write(json.dumps({'id': s['id'], 'event': s['event'], 'follows': s['follows']}) + "\n")
print(len(S))
