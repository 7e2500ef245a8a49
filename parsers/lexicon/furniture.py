"""Page furniture: what a web page or a printed page carries around the report's own text (metadata, navigation,
breadcrumbs, buttons, mastheads, page numbers, footers, the site's trailer). Set apart before parsing."""

from __future__ import annotations

import re

# Lines of a web page or a PDF's furniture that are never report text: metadata, navigation, footers.
CHROME_LINE = re.compile(
    r"^[-•·*\s]*(?:您(?:现在)?(?:的|当前的)?位置|文\s*号\s*:|时效性|当前位置|首页\s*[>›»]|[>›»]|\[?\s*索引号|\[?\s*发文字号|\[?\s*主题分类|"
    r"\[?\s*成文日期|\[?\s*发布机构|发布(?:日期|时间)|更新时间|信息来源|来源\s*[:：]|文章来源|访问次数|浏览(?:次数|量|数)|"
    r"点击(?:数|率|量)|字体|字号|【?\s*打印|【?\s*关闭|扫一扫|分享到?|保护视力色|•|相关附件\s*[:：]?\s*$)"
)
# Metadata words a short chrome line carries (`来源:`, `发布时间`, `浏览`, `作者：…编辑：…阅读：`).
METADATA_WORDS = re.compile(
    r"来源\s*:|发布时间|发布日期|浏览|访问次数|点击数|更新时间|公开方式|公开范围|责任编辑|作者\s*:|编辑\s*:|阅读\s*:"
)
# A site's controls and a newspaper's page tools: a line that holds one of these is the page's, not the report's.
SITE_CONTROLS = re.compile(
    r"无障碍|长者模式|关怀模式|手机版|移动版|繁体版|繁体|简体版|English|请输入关键|搜索|登录|注册|上一版|下一版|版面导航|PDF下载|"
    r"往期回顾|今天是|分享到|打印本页|关闭窗口|返回顶部|加入收藏|设为首页|网站地图|微信|微博",
    re.IGNORECASE,
)
# A site's menu: a line that begins with its home page (`首页 政务公开 政务服务…`), or one of a menu's items on a
# line of its own (`要闻动态`, `通知公告`), or the site's own name above it (`…人民政府门户网站`, `…新闻网`).
MENU_START = re.compile(r"^(?:网站首页|首页)(?![>›»])")
MENU_ITEM = re.compile(
    r"^(?![\u4e00-\u9fff]*(?:局|委员会|政府|办公室|中心))[\u4e00-\u9fff]{0,4}(?:首页|动态|公开|服务|互动|交流|要闻|新闻|专题|专栏|导航|资讯|热线|视频|公告|解读|职能|概况|信息|开放|"
    r"报道|频道|回顾)$"
)
SITE_NAME = re.compile(r"^[\u4e00-\u9fff()-]{2,20}(?:门户网站|政府网站|网站|数字报|新闻网|在线|门户|日报)$")
# A breadcrumb: places joined by `>` (`澹溪新闻网>新闻中心>澹溪要闻`).
# (two levels are enough: `箬洲县财政局 >> 通知公告`, `苕岭融媒 > 本地新闻`)
BREADCRUMB = re.compile(r"^[^。，,；;>›»]{1,20}(?:\s*(?:>>|[>›»])\s*[^。，,；;>›»]{1,20})+$")
# Where the page's own text ends and its trailer (related links, comments, site footer) begins.
TRAILER_START = re.compile(
    r"^(?:阅读下一篇|下一篇|上一篇|上一条|下一条|相关(?:阅读|新闻|文章|链接|报道|信息|文件)|延伸阅读|推荐阅读|本版其他新闻|其他新闻|"
    r"[(（]?责任编辑|\d+人已(?:收藏|打赏|点赞)|回帖|网友评论|"
    r"版权所有|主办单位|承办单位\s*[:：]|技术支持|网站标识码|.*ICP备|.*公网安备|单位地址|地址\s*[:：]|邮编\s*[:：])"
)
# A site's greeting names its owner, the publisher (`欢迎来到南县政协网站!`).
SITE_WELCOME = re.compile(r"^欢迎(?:来到|访问|光临)\s*(?P<name>[\u4e00-\u9fff]{2,20}?)(?:官方|门户)*网站")
# Publisher fields of a page's metadata: `来源:文成县财政局`, `[ 发布机构 ] 南川区农业农村委`.
PUBLISHER_FIELD = re.compile(
    r"(?:信息来源|文章来源|来源|发布机构|发文机关|发布单位)\s*[\]】]?\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,30}?)"
    # the name ends where the page's next field begins, run into it when the spaces are lost (`…交通运输局发布日期:`)
    r"(?=[^\u4e00-\u9fff]|$|发布|索引|浏览|点击|更新|发文|字号|成文|时间|日期|主题分类|文号|有效性)"
)
# Newspaper and page chrome that stands above a title: `第8274期:第01版`, `首版`, `-相关推荐`.
ABOVE_TITLE_CHROME = re.compile(r"第\s*\d+\s*[期版]|^(?:首版|头版|要闻|相关推荐|文本内容)$")
# A page's number as printed (`— 3 —`, `第3页`, `第 3 页 共 9 页`, `3 / 9`, `Page 3`).
PAGE_NUMBER = re.compile(
    r"^[\s—–\-－―‒]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*(?:/|／)\s*\d+"
    r"|(?:page\s*)?\d+)[\s—–\-－―‒]*$",
    re.IGNORECASE,
)
# A page number run into a running header or footer line (`XX市财政局  第2页 共5页`).
PAGE_NUMBER_IN_LINE = re.compile(r"第\s*\d+\s*页\s*[,，/]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*第\s*\d+\s*页")
# A document-sharing site (文库) names the file it shows: `《…部门整体绩效自评表.docx》由会员分享,可在线阅读…`.
SHARED_FILE = re.compile(
    r"^《(?P<name>[^《》]{4,80}?)(?:\s*\.\s*(?:pdf|docx?|xlsx?|wps|pptx?|txt))?\s*》由(?:会员|用户|网友)?(?:上传)?分享",
    re.IGNORECASE,
)
# A document-sharing or article site's own lines about the file or the article: `浏览记录`, `ID:18528595`,
# `大小:184.00 KB`, `页数:15页`, `本篇文章464字,读完约1分钟`.
SHARING_SITE_LINE = re.compile(
    r"^(?:浏览记录|ID\s*[:：]\s*\d+|大小\s*[:：]\s*[\d.]+\s*[KMG]?B|页数\s*[:：]\s*\d+\s*页|本篇文章\s*\d+\s*字)",
    re.IGNORECASE,
)
# A label a page prints before a title it repeats (`名称：…`, `原标题：…`, `标题：…`).
TITLE_LABEL = re.compile(r"^(?:原标题|标题|名称|文件名称|主题)\s*[:：]\s*")
