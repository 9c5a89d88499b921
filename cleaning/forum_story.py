"""Where a forum page holds the story: the lines of the one element that is the story.

A farm posts a story on a forum in two ways: as a quote of its outlet ("Hürriyet wrote:" over a
story-long quote; cleaning/quote_headers.py), or as the thread's first post. Either way the forum
around it (the poster's profile, a signature, the replies, a "who is online" box) is no text; the
forum_story stage keeps only the lines of the story's element.
"""

import itertools
import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml.html import HtmlElement

from republished.cleaning.spaces import normalize_space

#: The ids forum software gives each post (phpBB's "p51234", Discourse's "post_1", XenForo's
#: "js-post-123", SMF's "msg123", Nairaland's "pb134620917", UBB.threads' "Post48211", Phorum's
#: anchor "msg-31877")…
POST_ID = re.compile(r"^(?:p|pb|post|post_|post-|js-post-|msg|msg_|msg-|message-)\d+$", re.IGNORECASE)
#: …or Vanilla's ("Discussion_9124" for the first post, "Comment_88123" for replies)…
VANILLA_POST_ID = re.compile(r"^(?:Discussion|Comment)_\d+$")
#: …or an attribute of its own (NodeBB's data-pid, Invision's data-commentid).
POST_ATTRIBUTES = ("data-pid", "data-post-id", "data-postid", "data-commentid")
#: The class of a post's body where the post has no id (Kunena's "kmsg"; its number is on an
#: anchor in the post's header), inside the message of its class (Kunena's "kmessage"): web apps
#: call their message boxes "kmsg" too.
POST_CLASS = "kmsg"
POST_MESSAGE_CLASS = "kmessage"
#: How far above a post's body its message element is (Kunena: kmessage > horizontal-message-text > kmsg).
MESSAGE_LEVELS = 3
#: The name of an empty anchor over a post (UBB.threads' "Post48211", Phorum's "msg-31877").
POST_ANCHOR_NAME = re.compile(r"^(?:post[_-]?|msg-)\d+$", re.IGNORECASE)
#: WordPress's id of a post, on the article and on every teaser of another.
WORDPRESS_POST_ID = re.compile(r"^post-\d+$")
#: A link's text that points to the whole story elsewhere: a poster's "Read more here" under
#: the story they copied.
READ_MORE = re.compile(
    r"^(?:read (?:more|the (?:full|whole|complete) (?:story|article|report))|(?:the )?full (?:story|article|report))"
    r"(?: here)?\s*[:.»›→]*$",
    re.IGNORECASE,
)
#: The class of a post's signature (phpBB's "signature", Kunena's "ksignature").
SIGNATURE = "signature"
#: The classes forums give a post's signature, whole: not a restaurant's "signature-dish".
SIGNATURE_CLASSES = frozenset(
    {"signature", "ksignature", "post-signature", "postsignature", "signaturecontainer"}
)
#: The elements that may be a post's signature.
MAYBE_SIGNATURES = etree.XPath(f"//body//*[contains(@class, '{SIGNATURE}')]")
#: The longest signature read: a poster's line or two, not a box of the page's.
MAX_SIGNATURE_CHARS = 200
#: Elements that break an element's text into lines.
LINE_BREAKS = frozenset({"br", "p", "div", "li", "tr", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class ForumStory:
    #: How the page holds the story, for the reason of each removal.
    where: str
    #: The story element's lines, spaces normalized.
    lines: tuple[str, ...]
    #: The page's address names the story's element among the others: it is the story, however
    #: little of the page's text it holds.
    named_by_address: bool = False
    #: The headline the post opens with, where the page's title names only the channel.
    headline: str | None = None


#: Elements that are a post's parts, never a post: a paragraph with the id "p2" is the article's.
NOT_POSTS = frozenset({"p", "span", "a", "b", "i", "em", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "img"})


def is_post(element: HtmlElement) -> bool:
    if element.tag in NOT_POSTS:
        return False
    element_id = element.get("id") or ""
    return (
        bool(POST_ID.match(element_id) or VANILLA_POST_ID.match(element_id))
        or any(element.get(name) for name in POST_ATTRIBUTES)
        or _is_classed_post(element)
        or _is_post_anchor(element.getprevious())
    )


def _is_classed_post(element: HtmlElement) -> bool:
    return POST_CLASS in (element.get("class") or "").split() and any(
        POST_MESSAGE_CLASS in (ancestor.get("class") or "").split()
        for ancestor in itertools.islice(element.iterancestors(), MESSAGE_LEVELS)
    )


def _is_post_anchor(element: HtmlElement | None) -> bool:
    """An empty anchor named for the post after it (UBB.threads' <a name="Post48211"></a> over
    the post's table): the post has no id of its own. Only a "post" name: articles and FAQs
    name their sections "p1", "msg1" …"""
    return (
        element is not None
        and element.tag == "a"
        and is_post_anchor_name(element.get("name") or element.get("id") or "")
        and not len(element)
        and not (element.text or "").strip()
    )


def is_post_anchor_name(name: str) -> bool:
    return bool(POST_ANCHOR_NAME.match(name))


def post_of(element: HtmlElement) -> HtmlElement | None:
    """The forum post the element is in, if any."""
    return next((ancestor for ancestor in element.iterancestors() if is_post(ancestor)), None)


#: Every id of a page and every anchor's name, as plain strings (0.2 ms a page; a search of the
#: elements for posts cost 1.7).
ALL_IDS = etree.XPath("//@id | //a/@name", smart_strings=False)
#: The elements that may be posts: with an id, a post's attribute or a post's class, or after an
#: anchor whose name or id starts with "post" in any case (POST_ANCHOR_NAME tells).
MAYBE_POSTS = (
    "//*[@id or @data-pid or @data-post-id or @data-postid or @data-commentid"
    f" or contains(@class, '{POST_CLASS}')]"
    " | //a[starts-with(translate(@name, 'POST', 'post'), 'post')"
    " or starts-with(translate(@id, 'POST', 'post'), 'post') or starts-with(@name, 'msg-')]"
    "/following-sibling::*[1]"
)


#: The class of a post's header where the post's id is (PunBB's div.posthead id="p41873").
POST_HEADER_CLASS = re.compile(r"(?:^|\s)post-?head(?:er)?(?:\s|$)")


def _posts(tree: HtmlElement):
    """The posts, each whole: a header holding the post's id stands for its parent, the post."""
    for element in tree.xpath(MAYBE_POSTS):
        if is_post(element):
            header = POST_HEADER_CLASS.search(element.get("class") or "")
            yield element.getparent() if header and element.getparent() is not None else element


def first_post(tree: HtmlElement) -> HtmlElement | None:
    return next(_posts(tree), None)


#: How many elements a post's class marks.
CLASSED_POSTS = etree.XPath(
    f"count(//*[contains(concat(' ', normalize-space(@class), ' '), ' {POST_MESSAGE_CLASS} ')]"
    f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {POST_CLASS} ')])"
)


def first_of_several_posts(tree: HtmlElement) -> HtmlElement | None:
    """The first post of a page that lists two or more, one after the other: a forum thread,
    whether or not it declares itself one (MyBB and vBulletin write no schema.org type).
    WordPress's "post-123" does not count: it names the article and each related post too."""
    post_ids = [
        i
        for i in ALL_IDS(tree)
        if (POST_ID.match(i) or VANILLA_POST_ID.match(i)) and not WORDPRESS_POST_ID.match(i)
    ]
    if len(post_ids) + int(CLASSED_POSTS(tree)) < 2:
        return None
    first = None
    for element in _posts(tree):
        if WORDPRESS_POST_ID.match(element.get("id") or ""):
            continue
        if first is None:
            if _article_body_beside(tree, element):
                return None  # comments under an article (Kunena Discuss under a Joomla article)
            first = element
        elif first not in element.iterancestors():
            return first
    return None


#: The body of an article the page marks up as one.
ARTICLE_BODIES = etree.XPath("//*[@itemprop='articleBody']")


def _article_body_beside(tree: HtmlElement, post: HtmlElement) -> bool:
    """The page marks up an article's body that neither holds the post nor is in it: the posts
    are that article's comments."""
    return any(
        body is not post and post not in body.iterancestors() and body not in post.iterancestors()
        for body in ARTICLE_BODIES(tree)
    )


#: Elements a channel's posts carry their address in (Telegram's data-post="channel/2210").
ADDRESSED_POSTS = etree.XPath("//*[@data-post]")
#: A channel's post's address: the channel's name and the post's number.
CHANNEL_POST = re.compile(r"^[A-Za-z][\w.-]{2,63}/\d{1,9}$")
#: The longest bold opening line that is a post's headline, not its first paragraph in bold.
MAX_HEADLINE_CHARS = 200
#: The fewest characters of its own the named post holds: a story, not a like button's count.
MIN_POST_CHARS = 200


def post_named_by_address(tree: HtmlElement, url: str) -> tuple[HtmlElement, tuple[str, ...]] | None:
    """On a page of a channel's posts, the one its address names, and its lines but those most
    other posts have too (the channel's name over each post; a source line two posts share is
    each one's own): Telegram's web preview of a post
    (t.me/s/channel/2210) shows the posts before and after it too. A like button's data-post="4521"
    (a WordPress theme's) names no channel's post."""
    posts = [post for post in ADDRESSED_POSTS(tree) if CHANNEL_POST.match(post.get("data-post", ""))]
    if len(posts) < 2:
        return None
    try:
        path = urlsplit(url).path.rstrip("/")
    except ValueError:
        return None
    named = next((post for post in posts if path.endswith("/" + post.get("data-post"))), None)
    if named is None:
        return None
    others = Counter(line for post in posts if post is not named for line in set(element_lines(post)))
    lines = tuple(line for line in element_lines(named) if others[line] * 2 <= len(posts) - 1)
    return (named, lines) if sum(map(len, lines)) >= MIN_POST_CHARS else None


def opening_headline(post: HtmlElement, lines: tuple[str, ...]) -> str | None:
    """The post's first line, when it is bold and a line break follows it: a channel's post has no
    title but this."""
    bold = next(post.iter("b", "strong"), None)
    if bold is None or not lines or (bold.tail or "").strip():
        return None
    following = bold.getnext()
    if (
        (bold.getparent().text or "").strip()
        or bold.getprevious() is not None
        or following is None
        or following.tag != "br"
    ):
        return None
    headline = normalize_space(bold.text_content())
    return headline if headline == lines[0] and len(headline) <= MAX_HEADLINE_CHARS else None


def element_lines(element: HtmlElement) -> tuple[str, ...]:
    """The element's text, a line for each block and <br>: a forum writes a post's paragraphs
    between <br>s."""
    lines: list[list[str]] = [[]]

    def walk(node: HtmlElement) -> None:
        if SIGNATURE in (node.get("class") or ""):
            return  # the poster's signature inside the post (phpBB's, vBulletin's, UBB.threads')
        breaks = node.tag in LINE_BREAKS
        if breaks:
            lines.append([])
        lines[-1].append(node.text or "")
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            lines[-1].append(child.tail or "")
        if breaks:
            lines.append([])

    walk(element)
    return tuple(line for parts in lines if (line := normalize_space("".join(parts))))


def read_more_links(post: HtmlElement) -> tuple[str, ...]:
    """The post's absolute links labelled as the whole story ("Read more here"), and its last link
    when that is written out as its address: on a forum, where the story it copied comes from (on
    a news page, such a link leads to the site's next story)."""
    links = [
        (link, href)
        for link in post.iter("a")
        if (href := (link.get("href") or "").strip()).startswith("http")
    ]
    found = [href for link, href in links if READ_MORE.match(normalize_space(link.text_content()))]
    if links and normalize_space(links[-1][0].text_content()) in (links[-1][1], unquote(links[-1][1])):
        found.append(links[-1][1])
    return tuple(dict.fromkeys(found))


def signatures(tree: HtmlElement) -> frozenset[str]:
    """The texts of the page's posts' signatures, spaces normalized: where extraction kept a
    signature in the text (Kunena's, after an <hr>), it is a line no stage can tell apart. A
    forum's signature is a class of its own, under a rule or one of several: a press release's
    single <p class="signature"> is its text."""
    found = [
        element
        for element in MAYBE_SIGNATURES(tree)
        if SIGNATURE_CLASSES.intersection((element.get("class") or "").split())
    ]
    if len(found) < 2:
        found = [element for element in found if _under_a_rule(element)]
    texts = (normalize_space(element.text_content()) for element in found)
    return frozenset(text for text in texts if text and len(text) <= MAX_SIGNATURE_CHARS)


def _under_a_rule(element: HtmlElement) -> bool:
    """A rule (<hr>) right before the element, or opening it or its parent: a signature's delimiter."""
    before = element.getprevious()
    parent = element.getparent()
    return (
        (before is not None and before.tag == "hr")
        or (len(element) and element[0].tag == "hr")
        or (parent is not None and len(parent) and parent[0].tag == "hr")
    )
