"""Sites as sources: a bureau column's listing page, crawled for the reports it publishes.

From the listing URL the crawl follows the column's pagination (`下一页`, `index_1.html`, `?page=2`), opens the
article pages whose link text (or title) holds one of the keywords, and each article's attachments (links to
documents by extension, or named `附件…`); a document linked from the listing itself is taken too. It stays on the
listing's host (a redirect elsewhere is refused), obeys robots.txt (and its Crawl-delay), waits between requests,
and asks conditionally (ETag / Last-Modified): an article the server says is unchanged (304) is neither fetched
nor read again, and neither are its attachments. Listing pages' validators and links are remembered in
`<warehouse>/_sources/site_state.json`; documents' in the URL sources' `http_state.json` (acquisition/download.py),
whose `fetch` brings each document into the landing zone. A scheduled run therefore fetches what is new.

Knows nothing of formats: which links a page has is asked of `links_of` (the flows pass the HTML extractor's).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urldefrag, urlsplit
from urllib.robotparser import RobotFileParser

from jixiao.acquisition.download import USER_AGENT, Fetched, fetch
from jixiao.acquisition.site_defaults import (
    DEFAULT_DELAY_SECONDS,
    DEFAULT_KEYWORDS,
    DEFAULT_MAX_DOCUMENTS,
    DEFAULT_MAX_LISTING_PAGES,
    DEFAULT_TIMEOUT_SECONDS,
)
from jixiao.warehouse import Warehouse

if TYPE_CHECKING:
    import httpx

MAX_ATTACHMENTS = 20  # per article
SITE_STATE_PATH = "_sources/site_state.json"
MAX_LISTING_BYTES = 5 << 20

_NEXT_TEXT = re.compile(r"^\s*(?:下一页|下页|后一页|下一頁|next|›|»|>)\s*$", re.IGNORECASE)
_NUMBERED_PAGE = re.compile(r"(?:index|list|default)_\d+\.s?html?$|[?&](?:page|pageNo|pageIndex|pn|p|cur)=\d+", re.I)
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|jpe?g|png|tiff?|html?|shtml)$", re.IGNORECASE)
_ATTACHMENT = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|jpe?g|png|tiff?)$", re.IGNORECASE)


class LinkLike(Protocol):
    url: str
    text: str


LinksOf = Callable[[bytes, str], Sequence[LinkLike]]


@dataclass(frozen=True, slots=True)
class SiteSource:
    """A bureau column to watch: its listing URL and how much of it to read."""

    url: str
    keywords: tuple[str, ...] = DEFAULT_KEYWORDS
    max_listing_pages: int = DEFAULT_MAX_LISTING_PAGES
    max_documents: int = DEFAULT_MAX_DOCUMENTS
    delay_seconds: float = DEFAULT_DELAY_SECONDS
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS
    region: str | None = None
    fiscal_year: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "keywords": list(self.keywords),
            "max_listing_pages": self.max_listing_pages,
            "max_documents": self.max_documents,
            "delay_seconds": self.delay_seconds,
            "timeout_seconds": self.timeout_seconds,
            "region": self.region,
            "fiscal_year": self.fiscal_year,
        }

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> SiteSource:
        keywords = values.get("keywords") or DEFAULT_KEYWORDS
        if isinstance(keywords, str):
            keywords = [word.strip() for word in re.split(r"[,，;；\s]+", keywords) if word.strip()]
        year = values.get("fiscal_year") or values.get("year")
        return cls(
            url=str(values.get("url") or values.get("site") or "").strip(),
            keywords=tuple(keywords),
            max_listing_pages=int(values.get("max_listing_pages") or DEFAULT_MAX_LISTING_PAGES),
            max_documents=int(values.get("max_documents") or DEFAULT_MAX_DOCUMENTS),
            delay_seconds=float(
                values["delay_seconds"] if values.get("delay_seconds") is not None else DEFAULT_DELAY_SECONDS
            ),
            timeout_seconds=float(values.get("timeout_seconds") or DEFAULT_TIMEOUT_SECONDS),
            region=values.get("region") or None,
            fiscal_year=int(year) if str(year or "").isdigit() else None,
        )


def read_manifest_sites(path: Any) -> list[SiteSource]:
    """The `site:` entries of a YAML manifest (`- site: URL` with optional keywords, limits, region, year); a CSV
    manifest has none."""
    from pathlib import Path

    import yaml

    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        return []
    loaded = yaml.safe_load(path.read_text(encoding="utf-8-sig")) or []
    items = loaded.get("reports", loaded.get("sites", [])) if isinstance(loaded, dict) else loaded
    if isinstance(loaded, dict) and "sites" in loaded and "reports" in loaded:
        items = [*loaded["reports"], *loaded["sites"]]
    sites = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and item.get("site"):
            site = SiteSource.from_dict(item)
            if not site.url.startswith(("http://", "https://")):
                raise SiteError(f"{path}: a site is an http(s) URL of a column's listing page, not {site.url!r}")
            sites.append(site)
    return sites


class SiteError(ValueError):
    """A site source that cannot be crawled at all (not an http(s) URL)."""


@dataclass(frozen=True, slots=True)
class SiteDocument:
    """A document the crawl found: fetched (data) or not (error_code). `group` is the article page it belongs to
    (an article and its attachments share one), for the flows to tell a report published twice (the page and its
    attachment) from two reports."""

    url: str
    group: str
    role: str  # "article" | "attachment" | "listed" (a document linked from the listing itself)
    fetched: Fetched
    link_text: str = ""


@dataclass
class CrawlLog:
    """What one crawl asked for and got: (method, URL, status) per request; 304 for an unchanged one."""

    requests: list[tuple[str, int | str]] = field(default_factory=list)
    skipped_unchanged: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (URL, why): robots.txt, off-site redirect


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _matches(text: str, keywords: Sequence[str]) -> bool:
    return any(word in text for word in keywords)


class Crawler:
    def __init__(
        self,
        site: SiteSource,
        client: httpx.Client,
        warehouse: Warehouse,
        http_state: dict[str, dict[str, str]],
        links_of: LinksOf,
        max_bytes: int,
        log: CrawlLog | None = None,
    ) -> None:
        if not site.url.startswith(("http://", "https://")):
            raise SiteError(f"a site is an http(s) URL of a column's listing page, not {site.url!r}")
        self.site = site
        self.client = client
        self.warehouse = warehouse
        self.http_state = http_state
        self.links_of = links_of
        self.max_bytes = max_bytes
        self.log = log or CrawlLog()
        self.host = _host(site.url)
        self.state: dict[str, Any] = dict(warehouse.read_json(SITE_STATE_PATH) or {})
        self._last_request = 0.0
        self._robots: RobotFileParser | None = None
        self.delay = site.delay_seconds

    # ------------------------------------------------------------------------------------------- politeness
    def _wait(self) -> None:
        pause = self._last_request + self.delay - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        self._last_request = time.monotonic()

    def _robots_parser(self) -> RobotFileParser:
        if self._robots is None:
            robots = RobotFileParser(self.host + "/robots.txt")
            self._wait()
            try:
                response = self.client.get(self.host + "/robots.txt", headers={"User-Agent": USER_AGENT})
                self.log.requests.append((self.host + "/robots.txt", response.status_code))
                if response.status_code in (401, 403):
                    robots.disallow_all = True
                elif response.status_code < 400:
                    robots.parse(response.text.splitlines())
                else:
                    robots.allow_all = True
            except Exception as error:  # no robots.txt to be had: allowed, as crawlers treat it
                self.log.requests.append((self.host + "/robots.txt", type(error).__name__))
                robots.allow_all = True
            delay = robots.crawl_delay(USER_AGENT)
            if delay:
                self.delay = max(self.delay, float(delay))
            self._robots = robots
        return self._robots

    def allowed(self, url: str) -> bool:
        if _host(url) != self.host:
            self.log.refused.append((url, "another host"))
            return False
        if not self._robots_parser().can_fetch(USER_AGENT, url):
            self.log.refused.append((url, "robots.txt"))
            return False
        return True

    # ----------------------------------------------------------------------------------------------- fetches
    def _listing(self, url: str) -> tuple[str, list[tuple[str, str]]] | None:
        """(the URL it ended at, its links) of a listing page, asked conditionally; the links remembered."""
        import httpx

        known = self.state.get(url, {})
        headers = {"User-Agent": USER_AGENT}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        self._wait()
        try:
            response = self.client.get(url, headers=headers, timeout=self.site.timeout_seconds)
        except (httpx.HTTPError, httpx.InvalidURL) as error:
            self.log.requests.append((url, type(error).__name__))
            return None
        self.log.requests.append((url, response.status_code))
        if response.status_code == 304 and "links" in known:
            return known.get("final", url), [tuple(link) for link in known["links"]]  # type: ignore[misc]
        final = str(response.url)
        if response.status_code >= 400 or _host(final) != self.host or len(response.content) > MAX_LISTING_BYTES:
            if _host(final) != self.host:
                self.log.refused.append((url, f"redirected to another host ({final})"))
            return None
        links = [(link.url, link.text) for link in self.links_of(response.content, final)]
        self.state[url] = {
            "etag": response.headers.get("ETag", ""),
            "last_modified": response.headers.get("Last-Modified", ""),
            "final": final,
            "links": links,
        }
        return final, links

    def _document(self, url: str) -> tuple[Fetched, bool]:
        """(what was fetched, whether it is unchanged since the last run: a 304, or the same bytes again)."""
        known = self.http_state.get(url, {}).get("sha256")
        self._wait()
        fetched = fetch(
            self.client,
            url,
            self.warehouse,
            self.http_state,
            self.max_bytes,
            deadline_seconds=self.site.timeout_seconds,
        )
        status: int | str = fetched.error_code or ("unchanged" if known and fetched.sha256 == known else 200)
        self.log.requests.append((url, status))
        return fetched, bool(known) and fetched.sha256 == known and fetched.error_code is None

    # ------------------------------------------------------------------------------------------------- crawl
    def _is_page_link(self, url: str, text: str, listing: str) -> bool:
        if _NEXT_TEXT.match(text):
            return True
        same_folder = url.rsplit("/", 1)[0] == listing.rsplit("/", 1)[0]
        return same_folder and bool(_NUMBERED_PAGE.search(url)) and not _matches(text, self.site.keywords)

    def crawl(self) -> Iterator[SiteDocument]:
        """Documents of the column, in the order the listing gives them (articles, then each one's attachments)."""
        listings, seen_listings = [self.site.url], set()
        articles: dict[str, str] = {}
        listed: dict[str, str] = {}
        while listings and len(seen_listings) < self.site.max_listing_pages:
            url = urldefrag(listings.pop(0))[0]
            if url in seen_listings or not self.allowed(url):
                continue
            seen_listings.add(url)
            read = self._listing(url)
            if read is None:
                continue
            final, links = read
            for link_url, text in links:
                link_url = urldefrag(link_url)[0]
                if _host(link_url) != self.host or link_url in seen_listings:
                    continue
                if self._is_page_link(link_url, text, final):
                    listings.append(link_url)
                elif _matches(text, self.site.keywords):
                    (listed if _ATTACHMENT.search(urlsplit(link_url).path) else articles).setdefault(link_url, text)
        self.warehouse.write_json(SITE_STATE_PATH, self.state)
        budget = self.site.max_documents
        for url, text in listed.items():
            if budget <= 0:
                return
            if self.allowed(url):
                fetched, unchanged = self._document(url)
                if unchanged:
                    self.log.skipped_unchanged.append(url)
                    continue
                budget -= 1
                yield SiteDocument(url, url, "listed", fetched, text)
        for url, text in articles.items():
            if budget <= 0:
                return
            if not self.allowed(url):
                continue
            fetched, unchanged = self._document(url)
            if unchanged:  # the article has not changed: nor, as far as this run asks, have its attachments
                self.log.skipped_unchanged.append(url)
                continue
            budget -= 1
            yield SiteDocument(url, url, "article", fetched, text)
            if fetched.data is None:
                continue
            for attachment, name in self._attachments(fetched.data, url)[:MAX_ATTACHMENTS]:
                if budget <= 0:
                    return
                if not self.allowed(attachment):
                    continue
                got, same = self._document(attachment)
                if same:
                    self.log.skipped_unchanged.append(attachment)
                    continue
                budget -= 1
                yield SiteDocument(attachment, url, "attachment", got, name)

    def _attachments(self, page: bytes, url: str) -> list[tuple[str, str]]:
        try:
            links = self.links_of(page, url)
        except Exception:  # a page that is not HTML (a PDF served as the article): no attachments
            return []
        found: dict[str, str] = {}
        for link in links:
            target = urldefrag(link.url)[0]
            if target == url or _host(target) != self.host:
                continue
            if _ATTACHMENT.search(urlsplit(target).path) or link.text.startswith("附件"):
                found.setdefault(target, link.text)
        return list(found.items())


def crawl_site(
    site: SiteSource,
    warehouse: Warehouse,
    http_state: dict[str, dict[str, str]],
    links_of: LinksOf,
    max_bytes: int,
    log: CrawlLog | None = None,
) -> Iterator[SiteDocument]:
    """Crawl one site with its own HTTP client (redirects followed, each checked to stay on the host)."""
    import httpx

    host = _host(site.url)

    def stay_on_site(request: httpx.Request) -> None:
        """Every request, redirects included, goes to the site's own host."""
        if _host(str(request.url)) != host:
            raise httpx.InvalidURL(f"a redirect leads off the site {host}, to {request.url}")

    hooks = {"request": [stay_on_site]}
    with httpx.Client(timeout=httpx.Timeout(site.timeout_seconds), follow_redirects=True, event_hooks=hooks) as client:
        yield from Crawler(site, client, warehouse, http_state, links_of, max_bytes, log).crawl()
