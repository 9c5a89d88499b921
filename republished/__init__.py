"""republished-news: crawl and clean machine-translated, republished news.

One namespace in site-packages: the repository's top-level folders (cleaning/, spiders/,
pipelines/, …) install as republished.cleaning, republished.spiders, republished.pipelines, …
"""
