"""Scrapy settings for the republished-news crawler. Every value here can be
overridden per run with `-s NAME=VALUE`; the README documents each one."""

import os

BOT_NAME = "republished"
SPIDER_MODULES = ["republished.spiders"]
NEWSPIDER_MODULE = "republished.spiders"
COMMANDS_MODULE = "republished.commands"

# Politeness: these crawl other people's sites.
USER_AGENT = "republished-news-crawler/0.1 (research crawler; set USER_AGENT to add your contact)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Limits: a news page is well under these; anything larger is not an article.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
# The longest Retry-After (seconds) a 429 or 503 is waited out for before its retry.
RETRY_AFTER_MAX = 120
REDIRECT_MAX_TIMES = 5
# Never fetch local files, whatever a sitemap or a page links to.
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}

# Offline mirror: a folder laid out as host/path (as `wget --mirror` writes it),
# served instead of the network when set. Off unless asked for.
MIRROR_DIR = None
DOWNLOADER_MIDDLEWARES = {
    # Offsite filtering that resumable (JOBDIR) jobs cannot bypass, with an outcome for each URL.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "republished.spiders.offsite.SiteOffsiteMiddleware": 50,
    "republished.spiders.incremental.IncrementalMiddleware": 120,
    # After RetryMiddleware (550) on the way back: a 429's or 503's Retry-After is waited out.
    "republished.spiders.retryafter.RetryAfterMiddleware": 560,
    "republished.spiders.jobledger.JobLedgerMiddleware": 130,
    "republished.spiders.mirror.MirrorMiddleware": 950,
}

# Incremental runs: the seen-store (SQLite file) of what earlier runs exported.
# Off when unset. With REDIS_URL set, the store lives in Redis instead.
SEEN_STORE = None

# Distributed crawls: with REDIS_URL set (here or in the environment), processes
# sharing a CRAWL_ID share one frontier and duplicate filter (spiders/distributed.py).
REDIS_URL = os.environ.get("REDIS_URL") or None
CRAWL_ID = os.environ.get("CRAWL_ID", "default")
ADDONS = {"republished.spiders.distributed.DistributedCrawl": 0}
# A distributed worker with nothing to do waits this long for work from the others.
DISTRIBUTED_IDLE_TIMEOUT = 10.0
EXTENSIONS = {
    "republished.spiders.distributed.WaitForSharedWork": 500,
    "republished.extensions.accounting.Accounting": 600,
    "republished.extensions.progress.Progress": 700,
    "republished.extensions.quiet_logs.QuietLogs": 800,
    # One line when a site's robots.txt answers 5xx (its rules are then unknown).
    "republished.extensions.robots_status.RobotsStatus": 900,
}
# A progress line (pages done, total, rate, time left) when stderr is a terminal, never in cron.
PROGRESS_ENABLED = True
# Write every URL's outcome (exported, skipped, dropped, failed + reason) here as JSON lines.
ACCOUNTING_FILE = None

# Worker processes that clean pages (0: one per core; 1: in the crawl's own process).
CLEAN_JOBS = 0

# Per-site YAML configs and the cleaning pipeline (None: the bundled ones).
SITES_DIR = None
CLEANING_PIPELINE = None

ITEM_PIPELINES = {
    "republished.pipelines.clean.CleanPipeline": 300,
    "republished.pipelines.seen.SeenPipeline": 400,
    "republished.pipelines.dedup.DeduplicatePipeline": 700,
    "republished.pipelines.stories.StoryPipeline": 750,
    "republished.pipelines.validate.ValidatePipeline": 800,
}

# Exact and near duplicates across sites (pipelines/dedup.py): records get cluster_id and
# duplicate_of. The index lives as long as the job: this run only, or JOBDIR/duplicates.sqlite
# in a JOBDIR job. Set DEDUP_INDEX to a SQLite file (e.g. state/duplicates.sqlite) to group
# across runs; with REDIS_URL set, the index is in Redis, shared by the crawl's processes.
DEDUP_INDEX = None
DEDUP_MAX_DISTANCE = 10
DEDUP_DROP_EXACT = False

# Copies of one story, translated independently (pipelines/stories.py): records get story_id.
# The index lives as long as the job, like the duplicate index; set STORY_INDEX to a SQLite
# file (e.g. state/stories.sqlite) to group across runs; with REDIS_URL set it is in Redis.
STORY_INDEX = None
STORY_MIN_SCORE = 0.44
STORY_WINDOW_DAYS = 7

FEED_EXPORT_ENCODING = "utf-8"
# Each exported line reaches the file at once, so a hard kill loses no record.
FEED_STORAGES = {
    "": "republished.pipelines.storage.UnbufferedFileFeedStorage",
    "file": "republished.pipelines.storage.UnbufferedFileFeedStorage",
    "stdout": "republished.pipelines.storage.GuardedStdoutFeedStorage",
}
FEED_EXPORT_FIELDS = None
# Flat exports, one row per record, nested fields as JSON text: -O out.csv, -O out.parquet (needs pyarrow);
# XML with nulls and booleans as XML readers expect.
FEED_EXPORTERS = {
    "csv": "republished.pipelines.exporters.FlatCsvItemExporter",
    "parquet": "republished.pipelines.exporters.ParquetItemExporter",
    "xml": "republished.pipelines.exporters.RecordXmlItemExporter",
}
LOG_LEVEL = "INFO"
# A dropped page is logged as its URL and the reason, never its HTML.
LOG_FORMATTER = "republished.logformatter.OneLineLogFormatter"
