#!/usr/bin/env python3
"""Benchmark: start `odt-sandbox --scenario large` and walk every Okta and Iru Endpoint device.

Reports start-up time, walk times and the sandbox's peak memory (VmHWM). Asserts only that the
walks are complete (each device once); the numbers are for people, not a pass/fail threshold.
Closing line: 'bench: N passed, N failed'."""
import argparse
import json
import re
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def fetch(url, headers, context):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, context=context, timeout=60) as reply:
        return reply.read(), reply.headers


def next_link(headers):
    for value in headers.get_all("Link") or []:
        for part in value.split(","):
            match = re.match(r'\s*<([^>]+)>\s*;\s*rel="?next"?', part)
            if match:
                return match.group(1)
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--okta-devices", type=int, default=50000)
    parser.add_argument("--iru-devices", type=int, default=20000)
    parser.add_argument("--blueprints", type=int, default=500)
    args = parser.parse_args()

    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        ca, creds = f"{tmp}/ca.pem", f"{tmp}/credentials.json"
        started = time.monotonic()
        process = subprocess.Popen(
            [args.sandbox, "--scenario", "large", "--okta-devices", str(args.okta_devices),
             "--iru-devices", str(args.iru_devices), "--blueprints", str(args.blueprints),
             "--print-ca", ca, "--print-credentials", creds],
            stdout=subprocess.PIPE, text=True)
        try:
            for line in process.stdout:
                if line.startswith("iru-api:"):
                    break
            startup = time.monotonic() - started
            print(f"start-up: {startup:.2f} s")
            with open(creds) as f:
                credentials = json.load(f)
            context = ssl.create_default_context(cafile=ca)
            okta = credentials["okta"]
            token = okta["users"][0]["apiToken"]

            started = time.monotonic()
            url = okta["orgUrl"] + "/api/v1/devices?limit=200"
            ids, pages = set(), 0
            while url:
                body, headers = fetch(url, {"Authorization": f"SSWS {token}"}, context)
                ids.update(device["id"] for device in json.loads(body))
                pages += 1
                url = next_link(headers)
            walk = time.monotonic() - started
            expected = args.okta_devices + 2  # plus ready's two devices
            ok = len(ids) == expected
            print(f"okta devices: {len(ids)} of {expected} in {pages} pages, {walk:.2f} s")
            passed, failed = passed + ok, failed + (not ok)

            iru = credentials["iru"]
            started = time.monotonic()
            offset, devices, pages = 0, set(), 0
            while True:
                body, _ = fetch(f"{iru['apiUrl']}/api/v1/devices?limit=300&offset={offset}",
                                {"Authorization": f"Bearer {iru['apiToken']}"}, context)
                page = json.loads(body)
                pages += 1
                if not page:
                    break
                devices.update(device["device_id"] for device in page)
                offset += len(page)
            walk = time.monotonic() - started
            expected = args.iru_devices + 4  # plus ready's four devices
            ok = len(devices) == expected
            print(f"iru devices: {len(devices)} of {expected} in {pages} pages, {walk:.2f} s")
            passed, failed = passed + ok, failed + (not ok)
            print(f"sandbox peak memory: {peak_rss_kib(process.pid) / 1024:.1f} MiB")
        finally:
            process.terminate()
            process.wait(timeout=10)
    print(f"bench: {passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
