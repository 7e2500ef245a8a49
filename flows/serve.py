"""`jixiao serve`: a Prefect deployment of the ingest flow on a schedule, served by this process.

Prefect refuses schedules on its temporary server, so serving needs a real one (`make server`, then
PREFECT_API_URL=http://127.0.0.1:4200/api). Each scheduled run scans the sources again; what is already loaded by
this parser version is skipped, so a run loads only what is new; a site is asked conditionally for what it
published since (acquisition/site.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEPLOYMENT_NAME = "scheduled-ingest"


class ServeError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Schedule:
    sources: tuple[str, ...]
    warehouse: str
    cron: str
    name: str = DEPLOYMENT_NAME
    timezone: str = "UTC"  # an IANA name such as Asia/Shanghai
    workers: int = 1
    timeout_seconds: float = 300.0
    dask_address: str | None = None  # read the documents on this Dask cluster
    sites: tuple[dict[str, Any], ...] = ()  # bureau columns to crawl (acquisition/site.py SiteSource.as_dict)
    publish: str | None = None  # after each run, publish to this dlt destination (warehouse/publish.py)
    publish_dataset: str = "jixiao"


def api_url() -> str | None:
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value()


def serve(schedule: Schedule) -> None:
    """Register (or update) the deployment `ingest/<name>` with its cron schedule and run its flow runs until
    stopped (SIGTERM or Ctrl-C); at most one run at a time."""
    from jixiao.flows.ingest import ingest
    from jixiao.warehouse.storage import is_url
    from prefect.client.schemas.schedules import CronSchedule
    from prefect.deployments.runner import EntrypointType
    from prefect.schedules import Cron

    if not api_url():
        raise ServeError(
            "schedules need a Prefect server: run `make server` and set PREFECT_API_URL=http://127.0.0.1:4200/api"
        )
    try:
        CronSchedule(cron=schedule.cron, timezone=schedule.timezone)
    except ValueError as error:
        raise ServeError(
            f"not a cron expression or time zone: {schedule.cron!r} in {schedule.timezone!r} (e.g. '0 6 * * *' in "
            "Asia/Shanghai)"
        ) from error
    for source in schedule.sources:
        if not Path(source).exists():
            raise ServeError(f"no such file or folder: {source}")
    ingest.serve(
        name=schedule.name,
        schedule=Cron(schedule.cron, timezone=schedule.timezone),
        parameters={
            # Absolute: the runs execute in processes that need not share this one's working directory.
            "paths": [str(Path(source).resolve()) for source in schedule.sources],
            "warehouse": schedule.warehouse if is_url(schedule.warehouse) else str(Path(schedule.warehouse).resolve()),
            "workers": schedule.workers,
            "timeout_seconds": schedule.timeout_seconds,
            "dask_address": schedule.dask_address,
            "sites": list(schedule.sites),
            "publish": schedule.publish,
            "publish_dataset": schedule.publish_dataset,
        },
        description="Scan the sources and load what is new into the warehouse (jixiao serve).",
        limit=1,
        entrypoint_type=EntrypointType.MODULE_PATH,
        print_starting_message=True,
    )
