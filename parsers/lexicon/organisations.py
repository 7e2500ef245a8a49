"""Organisations and places: the suffixes organisation names end with, the words an organisation speaks of itself
with, administrative levels and the places lower-government gradings name."""

from __future__ import annotations

from jixiao.parsers.lexicon import alternation

# Government organs: bureaus, commissions, offices, governments (`市财政局`, `县发展和改革委员会`, `区人民政府`).
ORGAN_SUFFIXES = ("局", "委员会", "委", "办公室", "厅", "人民政府", "政府", "管委会", "中心")
# Institutions and their parts (`市文物保护管理所`, `区妇幼保健院`, `县残疾人联合会`).
INSTITUTION_SUFFIXES = ("院", "馆", "所", "站", "队", "部", "会", "办", "处", "室", "社", "团", "校", "学", "园", "联")
COMPANY_SUFFIXES = ("公司",)
ORGANISATION_SUFFIXES = (*ORGAN_SUFFIXES, *INSTITUTION_SUFFIXES, *COMPANY_SUFFIXES)
ORGAN_SUFFIX = alternation(ORGAN_SUFFIXES)
# The suffixes of a government's departments proper (`教育局`, `发展和改革委员会`): a name that ends with one is a
# department even printed right before its project's name (`教育局义务教育…项目`).
BUREAU_SUFFIX = alternation(("局", "委员会", "委", "办公室"))
# A government is not one of its departments (jieba tags 人民政府 as an organisation).
GOVERNMENT_SUFFIXES = ("人民政府", "政府")
DEPARTMENT_SUFFIXES = tuple(
    suffix for suffix in (*ORGAN_SUFFIXES, *INSTITUTION_SUFFIXES) if suffix not in GOVERNMENT_SUFFIXES
)
DEPARTMENT_SUFFIX = alternation(DEPARTMENT_SUFFIXES)
# A name that ends with one of these is whole; `白鹭区残疾人联` (a cell cut by a page break before 合会) is not, so
# the abbreviation suffix 联 (`区残联`) does not count here.
WHOLE_NAME_SUFFIX = alternation(suffix for suffix in ORGANISATION_SUFFIXES if suffix != "联")
# Organisations that publish reports under their own name: organs and the institutions that report on their own
# spending (`XX县人民医院2021年度…`, `XX市图书馆…`).
PUBLISHER_SUFFIX = alternation((*ORGAN_SUFFIXES, "院", "馆", "所", "站", "队"))
ORGANISATION_SUFFIX = alternation(ORGANISATION_SUFFIXES)
# Bodies that are neither organs nor institutions by suffix (`县政协`, `县人大常委会`).
COUNCILS = ("政协", "人大常委会")
# How an organisation speaks of itself (`我单位…`, `本部门…`): its report is about its own projects.
SELF_REFERENCES = ("我单位", "我局", "我厅", "我委", "我中心", "我院", "本单位", "本部门")
SELF_REFERENCE = alternation(SELF_REFERENCES)
# An organisation's verbs for what it runs (`我单位负责的X项目`, `县农业农村局主管的《X政策》`).
OWNING_VERBS = alternation(("负责", "实施", "主管", "承担"))

# -- places ---------------------------------------------------------------------------------------------------------
# Provinces and autonomous regions as organisations' names begin with them (`宁夏贺兰山东麓…管委会`, `新疆…`).
PROVINCE_SHORT_NAMES = (
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
)
PROVINCE_SHORT_NAME = alternation(PROVINCE_SHORT_NAMES)
PROVINCE_SUFFIXES = alternation(("省", "自治区"))
# The characters that end a place name at each level (`湖州市`, `三门县`, `原州区`, `鄂托克旗`).
LEVELS = "市州盟县区旗"
PLACE_SUFFIXES = ("自治县", "县", "市", "区", "旗")
# Counted or pronoun forms that look like places (`两县`, `我市`, `各区`).
PLACE_PRONOUN_CHARS = "两一二三四五六七八九十各全我本该某其这那此"
# A county-level or city-level place as lower-government gradings name them (`石泉县`, `钟祥市`, `掇刀区`).
PLACE_NAME = rf"(?![{PLACE_PRONOUN_CHARS}][县市区个])[\u4e00-\u9fff]{{1,6}}?" + alternation(PLACE_SUFFIXES)
# The townships a county grades (`城关街道`, `芃溪镇`, `青岗乡`).
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡")
# The zones a city grades beside its counties (`枳阳经济技术开发区`, `柘渚高新区`).
ZONE_SUFFIXES = ("经济技术开发区", "经济开发区", "高新技术产业开发区", "高新区", "开发区", "新区")
# A place a grading of lower governments grades: a county or city, a township, or a zone.
GRADED_PLACE = (
    rf"(?:{PLACE_NAME}|[\u4e00-\u9fff]{{1,6}}?"
    + alternation(TOWNSHIP_SUFFIXES)
    + r"|[\u4e00-\u9fff]{2,6}?"
    + alternation(ZONE_SUFFIXES)
    + ")"
)
# The nouns that count places (`13个县`, `14个县(市、区)`, `5个区县`).
PLACE_NOUN = alternation(
    ("县(市、区)", "县(市)", "县市区", "县区", "区县", "市县", "城市", "县", "市", "区", "地区", "旗")
)
# Words that end with a level character without being a place (城市, 全市, 县区 …).
NOT_PLACES = (
    "城市",
    "都市",
    "全市",
    "全县",
    "全区",
    "本市",
    "本县",
    "本区",
    "我市",
    "我县",
    "我区",
    "该市",
    "该县",
    "各县",
    "各区",
    "各市",
    "县区",
    "区县",
    "市区",
    "市县",
    "城区",
    "地市",
    "辖区",
    "社区",
    "园区",
    "景区",
    "新区",
    "开发区",
    "库区",
    "山区",
    "片区",
    "街区",
    "校区",
    "省市",
    "全州",
    "我州",
    "本州",
    "各州",
    "自治区",
    "自治州",
    "自治县",
)
# Verbs that send something to a government (`将评价结果报告市政府`, `报送县财政局`): before a level character they
# are not a place's name.
SENDING_VERBS = ("报告", "报送", "上报", "呈报", "报请", "提交", "提请", "抄送", "汇报", "反馈", "通报", "请示")
# Words of one character a sentence runs into a level character (`…的有市房管局负责的`, `由县财政局`): a name of two
# characters beginning with one is a cut, not a place.
FUNCTION_CHARS = "有的在对由和及与向至将为从经被把给"
# Place-like endings of areas that are not administrative regions (产业园区, 示范园区).
AREA_ENDINGS = ("园区", "景区", "社区", "街区", "校区", "片区", "库区", "辖区")
# Words that begin with a level character without being a region prefix (市场…, 市政…).
NOT_A_LEVEL_PREFIX = ("市场", "市政", "市民", "市容", "市域", "市级", "市区", "县域", "县级", "区域", "区级", "区块")
# How a text speaks as its province (`我省`).
OWN_PROVINCE = alternation(("我省", "本省"))
# A company's site (a consultancy, a document mirror): its address says nothing of whose money was evaluated.
COMPANY_WORDS = r"有限公司|有限责任公司|股份公司|集团|Powered\s*By"

# The words a project's (or a policy's) name ends with (`…建设项目`, `…专项资金`, `…补贴`, `…政策`).
PROJECT_NAME_ENDINGS = ("项目", "资金", "经费", "工程", "补助", "补贴", "建设", "计划", "专项", "政策", "基金", "》")
PROJECT_NAME_END = alternation(PROJECT_NAME_ENDINGS)
