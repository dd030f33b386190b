#!/usr/bin/env python3
"""`odt-setup deploy plan|apply|verify|remove` against a standalone odt-sandbox, as separate
processes, the way an admin's script runs them: apply is idempotent, remove restores the tenant
exactly, the readiness gate refuses with zero writes, faults mid-apply converge on a rerun, and a
client SIGKILLed at every journal step (and at random instants) converges to the snapshot of one
clean apply, with no duplicate and no orphan."""

import argparse
import json
import os
import plistlib
import random
import signal
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.request

FAILURES = []
PILOT_MAC_NODE = "an000000-0000-4000-8000-000000000032"  # "If platform is Mac" in the ready scenario
OURS = "org.odt-setup-assistant."


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, flush=True)


class Sandbox:
    def __init__(self, binary, scratch, scenario, extra=()):
        self.dir = tempfile.mkdtemp(dir=scratch)
        self.ca = os.path.join(self.dir, "ca.pem")
        cred = os.path.join(self.dir, "cred.json")
        self.proc = subprocess.Popen([binary, "--scenario", scenario, "--state", os.path.join(self.dir, "state.json"),
                                      "--print-ca", self.ca, "--print-credentials", cred, *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        for _ in range(300):
            if os.path.exists(cred) and os.path.getsize(cred) > 0:
                try:
                    with open(cred, encoding="utf-8") as f:
                        self.cred = json.load(f)
                    break
                except json.JSONDecodeError:
                    pass
            time.sleep(0.05)
        else:
            raise RuntimeError("odt-sandbox did not start")
        self.iru = self.cred["iru"]["apiUrl"]
        self.context = ssl.create_default_context(cafile=self.ca)
        self.env = dict(os.environ, OT=self.cred["okta"]["users"][0]["apiToken"], IT=self.cred["iru"]["apiToken"],
                        XDG_DATA_HOME=os.path.join(self.dir, "data"))

    def connection(self):
        return ["--okta-org", self.cred["okta"]["orgUrl"], "--ca-file", self.ca, "--okta-token-env", "OT",
                "--iru-url", self.iru, "--iru-token-env", "IT"]

    def journal(self):
        return os.path.join(self.dir, "data", "ODT Setup Assistant", "odt-setup", "deploy", "127.0.0.1.json")

    def request(self, method, path, body=None, headers=None):
        request = urllib.request.Request(self.iru + path, data=body, method=method,
                                         headers={"Authorization": "Bearer " + self.cred["iru"]["apiToken"],
                                                  **(headers or {})})
        with urllib.request.urlopen(request, context=self.context, timeout=30) as response:
            data = response.read()
            return json.loads(data) if data else None

    def get_all(self, path):
        results, url = [], path
        while url:
            page = self.request("GET", url)
            results += page["results"]
            url = page["next"][len(self.iru):] if page.get("next") else None
        return results

    def snapshot(self):
        """Custom profiles and Blueprint assignments, with our generated ids replaced by kind."""
        profiles = self.get_all("/api/v1/library/custom-profiles")
        alias = {}
        normal = {}
        kinds = []
        for p in profiles:
            plist = plistlib.loads(p["profile"].encode())
            payload_ids = [c.get("PayloadIdentifier", "") for c in plist.get("PayloadContent", [])]
            ours = [i for i in payload_ids if i.startswith(OURS)]
            key = ours[0].split(".")[2] if ours else p["id"]
            if ours:
                kinds.append(key)
                for k in ("PayloadIdentifier", "PayloadUUID"):
                    plist.pop(k)
            alias[p["id"]] = key
            normal[key] = {"name": p["name"], "active": p["active"],
                           "flags": [p[f] for f in ("runs_on_mac", "runs_on_iphone", "runs_on_ipad")],
                           "content": plistlib.dumps(plist, sort_keys=True)}
        assignments = {}
        for blueprint in self.get_all("/api/v1/blueprints"):
            items = self.get_all(f"/api/v1/blueprints/{blueprint['id']}/list-library-items")
            assignments[blueprint["name"]] = sorted(alias.get(i["id"], i["id"]) for i in items)
        return {"profiles": normal, "assignments": assignments, "kinds": sorted(kinds)}

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


class Setup:
    def __init__(self, binary):
        self.binary = binary

    def run(self, sandbox, operation, *extra, timeout=120):
        args = [self.binary, "deploy", operation, *sandbox.connection(),
                "--assignment-node", "ODT Pilot=" + PILOT_MAC_NODE, "--format", "json", *extra]
        result = subprocess.run(args, env=sandbox.env, capture_output=True, text=True, timeout=timeout,
                                stdin=subprocess.DEVNULL)
        try:
            output = json.loads(result.stdout) if result.stdout.strip() else {}
        except json.JSONDecodeError:
            output = {"unparsed": result.stdout}
        return result.returncode, output, result.stderr

    def spawn(self, sandbox, *extra):
        return subprocess.Popen([self.binary, "deploy", "apply", *sandbox.connection(), "--assignment-node",
                                 "ODT Pilot=" + PILOT_MAC_NODE, "--yes", "--format", "json", *extra],
                                env=sandbox.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)


def journal_steps(path):
    try:
        with open(path, encoding="utf-8") as f:
            return [s["state"] for s in json.load(f)["run"]["steps"]]
    except (OSError, ValueError, KeyError):
        return []


def test_apply_plan_verify_remove(setup, binary, scratch):
    sandbox = Sandbox(binary, scratch, "ready")
    try:
        before = sandbox.snapshot()
        code, out, err = setup.run(sandbox, "plan")
        check(code == 1 and len(out.get("steps", [])) == 12, f"plan on a fresh tenant: {code} {len(out.get('steps', []))} {err}")
        check(all("result" not in s for s in out.get("steps", [])), "a plan carries no results")
        check(sandbox.snapshot() == before, "plan wrote to the tenant")
        code, out, err = setup.run(sandbox, "apply")
        check(code == 3 and "--yes" in err and sandbox.snapshot() == before, f"apply without a terminal needs --yes: {code} {err}")

        code, out, err = setup.run(sandbox, "apply", "--yes")
        check(code == 1, f"apply exit {code} (SCEP warnings make it 1): {err}")
        check([s["result"] for s in out.get("steps", [])] == ["done"] * 12, f"apply results {out.get('steps')}")
        after = sandbox.snapshot()
        check(after["kinds"] == sorted(["okta-verify-settings-macos", "okta-verify-login-item-macos",
                                        "okta-sso-extension-macos"]), f"kinds {after['kinds']}")
        for blueprint in ("Macs", "Mobile", "ODT Pilot"):
            for kind in after["kinds"]:
                check(kind in after["assignments"][blueprint], f"{kind} not assigned to {blueprint}")
        profile = after["profiles"]["okta-sso-extension-macos"]
        check(profile["flags"] == [True, False, False] and profile["active"], f"flags {profile}")

        code, out, err = setup.run(sandbox, "plan")
        check(out.get("steps") == [], f"plan after apply is not empty: {out.get('steps')}")
        code, out, err = setup.run(sandbox, "apply", "--yes")
        check(out.get("steps") == [] and sandbox.snapshot() == after, "a second apply changed something")
        code, out, err = setup.run(sandbox, "verify")
        check(code == 0 and out.get("drift") == [], f"verify after apply: {code} {out.get('drift')}")
        check(len(out.get("status", [])) == 3, f"verify status {out.get('status')}")

        # Drift: someone unassigns one item and edits another.
        ids = {p["name"]: p["id"] for p in sandbox.get_all("/api/v1/library/custom-profiles")}
        macs = [b["id"] for b in sandbox.get_all("/api/v1/blueprints") if b["name"] == "Macs"][0]
        login = ids["Okta Device Trust: Okta Verify login item (macOS)"]
        sandbox.request("POST", f"/api/v1/blueprints/{macs}/remove-library-item",
                        json.dumps({"library_item_id": login}).encode(), {"Content-Type": "application/json"})
        sso = ids["Okta Device Trust: SSO extension (macOS)"]
        boundary = "odtTestBoundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"runs_on_iphone\"\r\n\r\ntrue\r\n"
                f"--{boundary}--\r\n").encode()
        sandbox.request("PATCH", f"/api/v1/library/custom-profiles/{sso}", body,
                        {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        code, out, err = setup.run(sandbox, "verify")
        drift = sorted((d["type"], d["kind"], d.get("blueprint", "")) for d in out.get("drift", []))
        check(code == 1 and drift == [("changed", "okta-sso-extension-macos", ""),
                                      ("unassigned", "okta-verify-login-item-macos", "Macs")],
              f"verify drift: {code} {drift}")
        code, out, err = setup.run(sandbox, "apply", "--yes")
        check(sandbox.snapshot() == after, f"apply did not repair the drift: {code} {err}")

        code, out, err = setup.run(sandbox, "remove", "--yes")
        check(code == 0, f"remove exit {code}: {err}")
        check(sandbox.snapshot() == before, "remove did not restore the tenant")
        code, out, err = setup.run(sandbox, "remove", "--yes")
        check(code == 0 and out.get("steps") == [], f"a second remove: {code} {out.get('steps')}")
    finally:
        sandbox.stop()


def test_gate(setup, binary, scratch):
    sandbox = Sandbox(binary, scratch, "classic")
    try:
        before = sandbox.snapshot()
        code, out, err = setup.run(sandbox, "apply", "--yes")
        check(code == 2 and any("okta.engine" in r for r in out.get("refusals", [])),
              f"classic apply: {code} {out.get('refusals')}")
        check(sandbox.snapshot() == before, "a refused apply wrote to the tenant")
    finally:
        sandbox.stop()

    sandbox = Sandbox(binary, scratch, "manual-odt-present")
    try:
        before = sandbox.snapshot()
        code, out, err = setup.run(sandbox, "apply", "--yes")
        check(code == 2 and any("iru.manualOdt" in r for r in out.get("refusals", [])),
              f"unacknowledged warning: {code} {out.get('refusals')} {err}")
        check(sandbox.snapshot() == before, "an unacknowledged warning let apply write")
        manual = [p for p in sandbox.get_all("/api/v1/library/custom-profiles")]
        code, out, err = setup.run(sandbox, "apply", "--yes", "--accept-warning", "iru.manualOdt",
                                   "--deactivate-manual-odt")
        check(code == 1 and "iru.manualOdt" in out.get("acceptedWarnings", []), f"acknowledged apply: {code} {err}")
        deactivated = [s for s in out.get("steps", []) if s["action"] == "deactivate"]
        check(deactivated and all(s["result"] == "done" for s in deactivated), f"deactivate steps {deactivated}")
        now = {p["id"]: p["active"] for p in sandbox.get_all("/api/v1/library/custom-profiles")}
        check(any(now[p["id"]] is False for p in manual if p["active"]), "no manual ODT item was deactivated")
        code, out, err = setup.run(sandbox, "remove", "--yes")
        check(code == 0 and sandbox.snapshot() == before, f"remove did not reactivate and restore: {code} {err}")
    finally:
        sandbox.stop()


def test_faults(setup, binary, scratch):
    clean = Sandbox(binary, scratch, "ready")
    try:
        setup.run(clean, "apply", "--yes")
        reference = clean.snapshot()
    finally:
        clean.stop()
    faults = [
        ("429 storm on assignments", ["--fault", "status=429,path=assign-library-item,count=6"], False),
        ("5xx on a create", ["--fault", "status=502,method=POST,path=^/api/v1/library/custom-profiles$,count=1"], True),
        # Qt sends a request again once when a reused connection closes before any answer: either
        # outcome is fine as long as the rerun converges.
        ("reset on a create", ["--fault", "reset,method=POST,path=^/api/v1/library/custom-profiles$,after=1,count=1"], None),
        ("truncated create answer", ["--fault", "truncate,method=POST,path=^/api/v1/library/custom-profiles$,after=2,count=1"], True),
    ]
    for name, extra, fails in faults:
        sandbox = Sandbox(binary, scratch, "ready", extra)
        try:
            code, out, err = setup.run(sandbox, "apply", "--yes")
            if fails is None:
                check(code in (1, 2), f"{name}: exit {code} {err}")
            elif fails:
                check(code == 2 and out.get("error"), f"{name}: exit {code}, error {out.get('error')!r}")
                steps = journal_steps(sandbox.journal())
                check("failed" in steps and "intent" not in steps, f"{name}: journal {steps}")
            else:
                check(code == 1, f"{name}: exit {code} {err}")
            code, out, err = setup.run(sandbox, "apply", "--yes")
            check(code in (0, 1), f"{name}: rerun exit {code} {err}")
            check(sandbox.snapshot() == reference, f"{name}: did not converge to one clean apply")
        finally:
            sandbox.stop()


def test_killed_at_every_step(setup, binary, scratch):
    clean = Sandbox(binary, scratch, "ready")
    try:
        setup.run(clean, "apply", "--yes")
        reference = clean.snapshot()
    finally:
        clean.stop()
    rng = random.Random(20261207)
    kills = [("step", k) for k in range(12)] + [("random", rng.uniform(0.2, 2.5)) for _ in range(3)]
    for how, at in kills:
        sandbox = Sandbox(binary, scratch, "ready", ["--latency", "120:60", "--seed", "7"])
        try:
            client = setup.spawn(sandbox)
            deadline = time.monotonic() + 60
            started = time.monotonic()
            killed = False
            while time.monotonic() < deadline and client.poll() is None:
                if how == "step":
                    written = [s for s in journal_steps(sandbox.journal()) if s != "planned"]
                    fire = len(written) > at  # step `at` has its intent on disk, its request out
                else:
                    fire = time.monotonic() - started >= at
                if fire:
                    client.send_signal(signal.SIGKILL)
                    killed = True
                    break
                time.sleep(0.002)
            client.wait(30)
            check(killed or how == "random", f"kill at {how} {at}: the client finished first")
            code, out, err = setup.run(sandbox, "apply", "--yes")
            check(code in (0, 1), f"kill at {how} {at}: rerun exit {code} {err}")
            snapshot = sandbox.snapshot()
            check(snapshot == reference, f"kill at {how} {at}: did not converge "
                                         f"(kinds {snapshot['kinds']}, assignments {snapshot['assignments']})")
            with open(sandbox.journal(), encoding="utf-8") as f:
                journal = json.load(f)
            check(journal["run"]["finished"] and journal["run"]["succeeded"], f"kill at {how} {at}: journal {journal['run']}")
            check(len(journal["ledger"]["created"]) == 3, f"kill at {how} {at}: ledger {journal['ledger']}")
        finally:
            sandbox.stop()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--odt-setup", required=True)
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--only")
    args = parser.parse_args()
    setup = Setup(args.odt_setup)
    tests = {"basic": test_apply_plan_verify_remove, "gate": test_gate, "faults": test_faults,
             "kill": test_killed_at_every_step}
    with tempfile.TemporaryDirectory() as scratch:
        for name, test in tests.items():
            if args.only and name != args.only:
                continue
            started = time.monotonic()
            test(setup, args.sandbox, scratch)
            print(f"{name}: {time.monotonic() - started:.1f} s", flush=True)
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
