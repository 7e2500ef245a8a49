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
# Metadata words a short chrome line carries (`来源:`, `发布时间`, `浏览`).
METADATA_WORDS = re.compile(r"来源\s*:|发布时间|发布日期|浏览|访问次数|点击数|更新时间")
# Where the page's own text ends and its trailer (related links, comments, site footer) begins.
TRAILER_START = re.compile(
    r"^(?:阅读下一篇|下一篇|上一篇|相关(?:阅读|新闻|文章|链接)|\d+人已(?:收藏|打赏|点赞)|回帖|网友评论|"
    r"版权所有|主办单位|承办单位\s*[:：]|技术支持|网站标识码|.*ICP备|.*公网安备|单位地址|地址\s*[:：]|邮编\s*[:：])"
)
# A site's greeting names its owner, the publisher (`欢迎来到南县政协网站!`).
SITE_WELCOME = re.compile(r"^欢迎(?:来到|访问|光临)\s*(?P<name>[\u4e00-\u9fff]{2,20}?)(?:官方|门户)*网站")
# Publisher fields of a page's metadata: `来源:文成县财政局`, `[ 发布机构 ] 南川区农业农村委`.
PUBLISHER_FIELD = re.compile(
    r"(?:信息来源|文章来源|来源|发布机构|发文机关|发布单位)\s*[\]】]?\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,30})"
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
