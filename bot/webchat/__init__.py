"""The web chat: a page at `/`, its JSON API (`POST /api/ask`) and the chart images, served by the same
app as the webhooks. Like LINE and Telegram it is a thin adapter: the core's Reply, rendered as HTML by
the page's own script. The page's files live beside this module and are package data; nothing is
fetched from elsewhere, so it works on a closed network."""
