"""The defaults of a site crawl (acquisition/site.py), apart so that the CLI can name them in its help without
importing the crawler (its HTTP client and the warehouse) in every command."""

# Words of the genre in a link's text: an article or a document about performance evaluation.
# (Not 绩效管理 alone: a column's news and rules, `预算绩效管理工作动态`, hold it.)
DEFAULT_KEYWORDS = ("绩效评价", "绩效自评", "评价结果", "绩效报告", "绩效考评", "绩效考核", "绩效运行监控")
DEFAULT_MAX_LISTING_PAGES = 20
DEFAULT_MAX_DOCUMENTS = 200
DEFAULT_DELAY_SECONDS = 1.0
DEFAULT_TIMEOUT_SECONDS = 30.0
