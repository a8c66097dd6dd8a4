"""Property tests of the JSON API against its own OpenAPI spec (schemathesis, in-process ASGI).

Schemathesis generates valid and invalid requests for every documented
operation; whatever it is sent, the API must answer without a server error, with
a documented status code and content type, and errors must match ErrorBody.
Examples are bounded so the whole run takes well under two minutes.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

# Per operation and mode: 15 operations x 2 modes x 20 examples is ~600 requests, ~30 s.
EXAMPLES = 20
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="session")
def api_schema(app):
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_every_operation_is_fuzzed(api_schema):
    labels = {result.ok().label for result in api_schema.get_all_operations()}
    assert "GET /api/dyad/{a}/{b}" in labels and "GET /api/events" in labels and len(labels) >= 13


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_api_never_fails_whatever_it_is_sent(api_schema, mode):
    failures = []
    for result in api_schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        def check(case):
            response = case.call()
            assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query}: {response.text}"
            case.validate_response(response, checks=CHECKS)

        try:
            check()
        except Unsatisfiable:  # no parameters, so no invalid request to make (/api/overview, /api/stats)
            assert mode == GenerationMode.NEGATIVE
        except Exception as exc:  # collect every operation's failure, then report them together
            failures.append(f"{operation.label}: {exc}")
    assert not failures, "\n\n".join(failures)
