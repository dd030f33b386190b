#!/usr/bin/env python3
"""Conformance: every Okta response the sandbox serves validates against the official OpenAPI
schema of its operation, read from the copied spec (tests/contracts/okta/) by this test.

Starts a standalone odt-sandbox per scenario, fetches each operation over real HTTPS (trusting only
the sandbox's CA) and validates the body with jsonschema. Prints 'N passed, N failed'."""
import argparse
import json
import re
import ssl
import subprocess
import sys
import tempfile
import urllib.request

import jsonschema
import yaml

# (scenario, operationId, path): grows with every endpoint the sandbox implements.
CASES = [
    ("ready", "getWellknownOrgMetadata", "/.well-known/okta-organization"),
    ("classic", "getWellknownOrgMetadata", "/.well-known/okta-organization"),
]


def load_spec(path):
    with open(path, "rb") as f:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(f, Loader=loader)


def response_schema(spec, operation_id, status="200"):
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                response = operation["responses"][status]
                return response["content"]["application/json"]["schema"]
    raise KeyError(f"operation {operation_id} not in the spec")


def start_sandbox(binary, scenario, ca_file):
    process = subprocess.Popen([binary, "--scenario", scenario, "--print-ca", ca_file],
                               stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        match = re.match(r"okta-org: (\S+)", line)
        if match:
            return process, match.group(1)
    process.kill()
    raise RuntimeError(f"odt-sandbox did not start for scenario {scenario}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--spec", required=True)
    args = parser.parse_args()

    spec = load_spec(args.spec)
    resolver = jsonschema.RefResolver(base_uri="", referrer=spec)
    passed = failed = 0
    for scenario, operation_id, path in CASES:
        with tempfile.TemporaryDirectory() as tmp:
            ca_file = f"{tmp}/ca.pem"
            process, origin = start_sandbox(args.sandbox, scenario, ca_file)
            try:
                context = ssl.create_default_context(cafile=ca_file)
                context.check_hostname = False  # Python matches IP hosts only against IP SANs
                with urllib.request.urlopen(origin + path, context=context, timeout=15) as reply:
                    body = json.loads(reply.read())
                    content_type = reply.headers.get("Content-Type", "")
                schema = response_schema(spec, operation_id)
                jsonschema.Draft4Validator(schema, resolver=resolver).validate(body)
                if not content_type.startswith("application/json"):
                    raise AssertionError(f"Content-Type {content_type!r}")
                print(f"PASS {scenario} {operation_id} {path}")
                passed += 1
            except Exception as error:  # report every case, then fail
                print(f"FAIL {scenario} {operation_id} {path}: {error}")
                failed += 1
            finally:
                process.terminate()
                process.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed == len(CASES) else 1


if __name__ == "__main__":
    sys.exit(main())
