#!/usr/bin/env python3
"""Conformance of the sandbox's OAuth 2.0 org authorization server: every response validates
against the schema of its operation in Okta's OAuth OpenAPI spec (tests/contracts/okta/
oauth-minimal.yaml), read by this script. Walks discovery, keys, a device-code sign-in approved
through /activate, the token response, a refresh, an error and a revocation.
Prints 'N passed, N failed' last."""
import argparse
import json
import re
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml

from conformance_okta import make_validator_class, openapi_to_draft4  # shared OpenAPI handling

SCENARIO = {"name": "oauth", "extends": "ready", "okta": {"deviceCodeIntervalSeconds": 1}}


def operation_schema(spec, operation_id, status):
    for item in spec["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation["responses"][status]["content"]["application/json"]["schema"]
    raise KeyError(operation_id)


def request(url, context, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), context=context,
                                    timeout=15) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--spec", required=True)
    args = parser.parse_args()
    with open(args.spec, "rb") as f:
        spec = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    openapi_to_draft4(spec)  # in place: nullable → Draft 4 types
    resolver = jsonschema.RefResolver(base_uri="", referrer=spec)
    validator_class = make_validator_class()
    passed = failed = 0

    def check(name, operation_id, status, expected_status, body):
        nonlocal passed, failed
        try:
            if status != expected_status:
                raise AssertionError(f"HTTP {status}, expected {expected_status}: {body[:200]!r}")
            schema = operation_schema(spec, operation_id, str(status))
            validator_class(schema, resolver=resolver).validate(json.loads(body))
            print(f"PASS {name}")
            passed += 1
        except Exception as error:  # report every case
            print(f"FAIL {name}: {error}")
            failed += 1

    with tempfile.TemporaryDirectory() as tmp:
        scenario_file, ca, creds = f"{tmp}/s.json", f"{tmp}/ca.pem", f"{tmp}/c.json"
        with open(scenario_file, "w") as f:
            json.dump(SCENARIO, f)
        process = subprocess.Popen([args.sandbox, "--scenario", scenario_file, "--print-ca", ca,
                                    "--print-credentials", creds], stdout=subprocess.PIPE,
                                   text=True)
        try:
            origin = None
            for line in process.stdout:
                match = re.match(r"okta-org: (\S+)", line)
                if match:
                    origin = match.group(1)
                    break
            with open(creds) as f:
                credentials = json.load(f)
            context = ssl.create_default_context(cafile=ca)
            client_id = credentials["okta"]["oidcClients"][0]["clientId"]
            user = credentials["okta"]["users"][0]

            status, body = request(origin + "/.well-known/openid-configuration", context)
            check("discovery", "getWellKnownOpenIDConfiguration", status, 200, body)
            status, body = request(origin + "/oauth2/v1/keys", context)
            check("keys", "oauthKeys", status, 200, body)

            status, body = request(origin + "/oauth2/v1/device/authorize", context,
                                   {"client_id": client_id,
                                    "scope": "openid profile offline_access okta.users.read"})
            check("device authorize", "deviceAuthorize", status, 200, body)
            device = json.loads(body)
            status, body = request(origin + "/oauth2/v1/token", context,
                                   {"client_id": client_id, "device_code": device["device_code"],
                                    "grant_type": "urn:ietf:params:oauth:grant-type:device_code"})
            check("token pending (OAuthError)", "token", status, 400, body)
            request(origin + "/activate", context,
                    {"user_code": device["user_code"], "username": user["login"],
                     "password": user["password"], "approve": "approve"})
            time.sleep(1.1)  # the scenario's polling interval: polling sooner is slow_down
            status, body = request(origin + "/oauth2/v1/token", context,
                                   {"client_id": client_id, "device_code": device["device_code"],
                                    "grant_type": "urn:ietf:params:oauth:grant-type:device_code"})
            check("token (device code)", "token", status, 200, body)
            tokens = json.loads(body) if status == 200 else {}
            status, body = request(origin + "/oauth2/v1/token", context,
                                   {"client_id": client_id, "grant_type": "refresh_token",
                                    "refresh_token": tokens.get("refresh_token", "")})
            check("token (refresh)", "token", status, 200, body)
            status, body = request(origin + "/oauth2/v1/token", context,
                                   {"client_id": client_id, "grant_type": "password"})
            check("unsupported grant (OAuthError)", "token", status, 400, body)
            status, body = request(origin + "/oauth2/v1/revoke", context,
                                   {"client_id": client_id,
                                    "token": tokens.get("access_token", ""),
                                    "token_type_hint": "access_token"})
            if status == 200:
                print("PASS revoke")
                passed += 1
            else:
                print(f"FAIL revoke: HTTP {status}")
                failed += 1
        finally:
            process.terminate()
            process.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
