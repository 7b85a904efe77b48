import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _empty_cache():
    """Chart data is cached until the claims change; each test starts without what another one left."""
    cache.clear()
    yield
    cache.clear()
