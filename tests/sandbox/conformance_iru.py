#!/usr/bin/env python3
"""Conformance: every Iru Endpoint response the sandbox serves has the same keys and JSON types as
the matching example response in the vendor's Postman collection (tests/contracts/iru-endpoint/),
read from the collection by this test.

Starts a standalone odt-sandbox ("ready" scenario), calls each endpoint over real HTTPS (trusting
only the sandbox's CA) with the scenario's Bearer token and compares the body recursively with the
example: objects must have the same key set, values the same JSON type (a null on either side is
accepted: the examples themselves show nullable fields both ways), arrays are compared by their
first elements. Prints 'N passed, N failed' last."""
import argparse
import json
import re
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

# (request name in the collection, example name, method, path, body). Paths use the ready
# scenario's ids; "{profile}" is the custom profile this script creates first.
MAC = "d0000000-0000-4000-8000-000000000101"
# A mobile device with an assigned user (the iPad example has one; the ready iPad has none).
MOBILE = "d0000000-0000-4000-8000-000000000102"
MACS = "b1a00000-0000-4000-8000-000000000001"
MAP = "b1a00000-0000-4000-8000-000000000003"
OV_APP = "2a6d8e0c-0001-4000-8000-00000000a001"
MAP_MOBILE_NODE = "an000000-0000-4000-8000-000000000033"
CASES = [
    ("List Blueprints", "success", "GET", "/api/v1/blueprints", None),
    ("Get Blueprint", "success", "GET", f"/api/v1/blueprints/{MACS}", None),
    ("List Library Items", "success", "GET", f"/api/v1/blueprints/{MAP}/list-library-items", None),
    ("Assign Library Item", "success - classic", "POST",
     f"/api/v1/blueprints/{MACS}/assign-library-item", {"library_item_id": OV_APP}),
    ("Remove Library Item", "success - classic", "POST",
     f"/api/v1/blueprints/{MACS}/remove-library-item", {"library_item_id": OV_APP}),
    ("List Devices", "List Devices", "GET", "/api/v1/devices?limit=300", None),
    ("List Devices", "List iPad only", "GET", "/api/v1/devices?platform=iPad&limit=300", None),
    ("Get Device", "Get Mac", "GET", f"/api/v1/devices/{MAC}", None),
    ("Get Device Details", "Get Mac details", "GET", f"/api/v1/devices/{MAC}/details", None),
    ("Get Device Details", "Get iPad details", "GET", f"/api/v1/devices/{MOBILE}/details", None),
    ("Get Device Library Items", "success", "GET", f"/api/v1/devices/{MAC}/library-items", None),
    ("List Custom Profiles", "success", "GET", "/api/v1/library/custom-profiles", None),
    ("Get Custom Profile", "success", "GET", "/api/v1/library/custom-profiles/{profile}", None),
    ("Get Library Item Statuses", "success", "GET",
     f"/api/v1/library/library-items/{OV_APP}/status", None),
    ("Get Library Item Activity", "success", "GET",
     f"/api/v1/library/library-items/{OV_APP}/activity", None),
]

PROFILE = (b'<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>'
           b'<key>PayloadType</key><string>Configuration</string></dict></plist>\n')


def lenient_json(text):
    """The collection's examples are JSON with '// comments', '...' lines and trailing commas."""
    out, in_string, escape, i = [], False, False, 0
    while i < len(text):
        c = text[i]
        if in_string:
            out.append(c)
            if escape:
                escape = False
            elif c == "\\":
                escape = True
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(c)
        i += 1
    cleaned = "".join(out)
    cleaned = re.sub(r"^\s*\.\.\.\s*,?\s*$", "", cleaned, flags=re.M)
    cleaned = re.sub(r",(\s*[\]}])", r"\1", cleaned)
    return json.loads(cleaned)


def examples(collection):
    def walk(items):
        for item in items:
            if "item" in item:
                yield from walk(item["item"])
            else:
                yield item
    found = {}
    for item in walk(collection["item"]):
        for response in item.get("response", []):
            found[(item["name"], response["name"])] = response
    return found


def json_type(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def compare(example, actual, where="$"):
    """Differences between the example's and the actual value's keys and types."""
    problems = []
    kind, actual_kind = json_type(example), json_type(actual)
    if "null" in (kind, actual_kind):
        return problems
    if kind != actual_kind:
        return [f"{where}: {actual_kind}, example has {kind}"]
    if kind == "object":
        missing = sorted(set(example) - set(actual))
        extra = sorted(set(actual) - set(example))
        if missing:
            problems.append(f"{where}: missing {missing}")
        if extra:
            problems.append(f"{where}: extra {extra}")
        for key in sorted(set(example) & set(actual)):
            problems += compare(example[key], actual[key], f"{where}.{key}")
    elif kind == "array" and example and actual:
        problems += compare(example[0], actual[0], f"{where}[0]")
    return problems


class Sandbox:
    def __init__(self, binary, tmp):
        self.ca = f"{tmp}/ca.pem"
        credentials_file = f"{tmp}/credentials.json"
        self.process = subprocess.Popen(
            [binary, "--scenario", "ready", "--print-ca", self.ca,
             "--print-credentials", credentials_file],
            stdout=subprocess.PIPE, text=True)
        for line in self.process.stdout:
            if line.startswith("iru-api: "):
                break
        else:
            raise RuntimeError("odt-sandbox did not start")
        with open(credentials_file) as f:
            credentials = json.load(f)
        self.url = credentials["iru"]["apiUrl"].rstrip("/")
        self.token = credentials["iru"]["apiToken"]
        self.context = ssl.create_default_context(cafile=self.ca)
        self.context.check_hostname = False  # Python matches IP hosts only against IP SANs

    def call(self, method, path, body=None, content_type="application/json"):
        data = body if isinstance(body, bytes) else (
            json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.url + path, data=data, method=method)
        request.add_header("Authorization", f"Bearer {self.token}")
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", content_type)
        try:
            with urllib.request.urlopen(request, context=self.context, timeout=30) as reply:
                return reply.status, reply.headers.get("Content-Type", ""), reply.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get("Content-Type", ""), error.read()

    def create_profile(self):
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in (("name", b"Conformance profile"), ("runs_on_mac", b"true")):
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                         .encode() + value + b"\r\n")
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                     f'filename="c.mobileconfig"\r\nContent-Type: application/x-apple-aspen-config'
                     f'\r\n\r\n'.encode() + PROFILE + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        return self.call("POST", "/api/v1/library/custom-profiles", body,
                         f"multipart/form-data; boundary={boundary}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--collection", required=True)
    args = parser.parse_args()

    with open(args.collection, encoding="utf-8") as f:
        known = examples(json.load(f))
    passed = failed = 0

    def report(ok, label, detail=""):
        nonlocal passed, failed
        if ok:
            passed += 1
            print(f"PASS {label}")
        else:
            failed += 1
            print(f"FAIL {label}: {detail}")

    with tempfile.TemporaryDirectory() as tmp:
        sandbox = Sandbox(args.sandbox, tmp)
        try:
            status, content_type, body = sandbox.create_profile()
            created = json.loads(body) if status == 201 else {}
            example = lenient_json(known[("Create Custom Profile", "success")]["body"])
            problems = compare(example, created) if status == 201 else [f"HTTP {status}: {body!r}"]
            report(not problems, "Create Custom Profile / success", "; ".join(problems))
            profile_id = created.get("id", "missing")

            for request_name, example_name, method, path, body in CASES:
                label = f"{request_name} / {example_name} ({method} {path})"
                path = path.replace("{profile}", profile_id)
                try:
                    example = lenient_json(known[(request_name, example_name)]["body"])
                    status, content_type, raw = sandbox.call(method, path, body)
                    if status != 200:
                        raise AssertionError(f"HTTP {status}: {raw[:200]!r}")
                    if not content_type.startswith("application/json"):
                        raise AssertionError(f"Content-Type {content_type!r}")
                    problems = compare(example, json.loads(raw))
                    report(not problems, label, "; ".join(problems))
                except Exception as error:  # report every case, then fail
                    report(False, label, str(error))

            # The documented 404 body of a missing library item, byte for byte.
            expected = known[("Delete Custom Profile", "requested library item not found")]["body"]
            status, _, raw = sandbox.call("DELETE", "/api/v1/library/custom-profiles/"
                                          "00000000-dead-4000-8000-000000000000")
            report(status == 404 and raw.decode().strip() == expected.strip(),
                   "Delete Custom Profile / requested library item not found",
                   f"HTTP {status}: {raw[:120]!r}")
            status, _, raw = sandbox.call("DELETE", f"/api/v1/library/custom-profiles/{profile_id}")
            report(status == 204 and raw == b"", "Delete Custom Profile / success",
                   f"HTTP {status}: {raw[:120]!r}")
        finally:
            sandbox.stop()

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
