"""A run's configuration checked before any crawler starts: a mistake is one line naming the
file, key or argument, not a traceback after Scrapy's start banner."""

from pathlib import Path

from republished.cleaning import ConfigError
from republished.spiders.republished import SPIDER_ARGUMENTS, read_url_list
from republished.spiders.sites import SiteRegistry

#: What the checks raise: each message names the file and key, or the argument.
PREFLIGHT_ERRORS = (ConfigError, ValueError)


def check_cleaning(settings, bundled: bool = False) -> SiteRegistry:
    """A pipeline file of the user's and the site configs load (both are cached for the run),
    and the Redis server REDIS_URL names answers. The bundled pipeline is built here for a crawl
    (`bundled`: a page a broken config could not clean would still count as fetched), and for a
    run that cleans in this process; `scrapy clean` with workers leaves it to them (building it
    here would cost about half a second of start-up): a worker that cannot build it (a bundled
    file a user edited) answers each page with the file and key (pipelines/clean.py)."""
    from republished.pipelines.clean import cleaning_jobs

    pipeline = settings.get("CLEANING_PIPELINE")
    if pipeline or bundled or cleaning_jobs(settings) == 1:
        from republished.cleaning.pipeline import load_cleaner

        load_cleaner(pipeline)
    check_redis(settings.get("REDIS_URL"))
    return SiteRegistry.from_dir(settings.get("SITES_DIR"))


def check_redis(url: str | None) -> None:
    """An unreachable Redis gave a traceback of some 120 lines after Scrapy's start banner."""
    if not url:
        return
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5).ping()
    except (redis.RedisError, ValueError) as exc:
        raise ValueError(f"REDIS_URL {url}: no Redis server answers ({exc})") from None


def check_crawl(settings, spider_args: dict) -> None:
    sites = check_cleaning(settings, bundled=True)
    unknown = sorted(k for k in spider_args if k not in SPIDER_ARGUMENTS and not k.startswith("_"))
    if unknown:
        raise ValueError(f"-a {unknown[0]}: unknown spider argument (known: {', '.join(SPIDER_ARGUMENTS)})")
    if not spider_args.get("site") and not spider_args.get("urls"):
        raise ValueError("give -a site=NAME[,NAME…|all] and/or -a urls=FILE")
    if spider_args.get("site"):
        sites.named(spider_args["site"])
    if spider_args.get("urls"):
        read_url_list(spider_args["urls"])
    mirror = settings.get("MIRROR_DIR")
    if mirror and not Path(mirror).is_dir():
        raise ValueError(f"MIRROR_DIR {mirror!r} is not a folder; refusing to crawl the network instead")
