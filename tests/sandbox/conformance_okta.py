#!/usr/bin/env python3
"""Conformance: every Okta response the sandbox serves validates against the official OpenAPI
schema of its operation, read from the copied spec (tests/contracts/okta/) by this test.

Starts a standalone odt-sandbox per scenario, calls each operation over real HTTPS (trusting only
the sandbox's CA, authenticating with the super admin's SSWS token from --print-credentials) and
validates the body with jsonschema: 200/201 bodies against the operation's response schema, error
bodies against the spec's `Error` schema. Prints 'N passed, N failed'."""
import argparse
import copy
import json
import re
import ssl
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import yaml

SUPER_ADMIN = "00u1sbxsuperadm0x0h7"
HELP_DESK = "00u1sbxhelpdesk0x0h7"
OKTA_VERIFY = "aut1sbxoktaverify0h7"
MAC = "guo1sbxmac00001x0h7"
IPHONE = "guo1sbxiphone01x0h7"
NO_ADAPTIVE_MFA = {"name": "no-amfa", "extends": "ready", "okta": {"features": {"adaptiveMfa": False}}}
GENERATED = {"name": "generated", "extends": "ready", "okta": {"generate": {"devices": 300}}}


def case(scenario, operation_id, path, method="GET", status=None, body=None, save=None,
         error=None, auth=True):
    """One call. `status` defaults to the operation's first 2xx; `error` is the expected errorCode
    (the body is then checked against `Error`); `save` maps a name to a key of the response body,
    usable as {name} in later paths of the same scenario."""
    return dict(scenario=scenario, operation_id=operation_id, path=path, method=method,
                status=status, body=body, save=save, error=error, auth=auth)


def search(expression):
    return urllib.parse.quote(expression, safe="")


# Grows with every endpoint the sandbox implements.
CASES = [
    case("ready", "getWellknownOrgMetadata", "/.well-known/okta-organization", auth=False),
    case("classic", "getWellknownOrgMetadata", "/.well-known/okta-organization", auth=False),
    # Users and roles
    case("ready", "getUser", "/api/v1/users/me"),
    case("ready", "getUser", f"/api/v1/users/{HELP_DESK}"),
    case("ready", "getUser", "/api/v1/users/end.user@example.com"),
    case("ready", "listAssignedRolesForUser", f"/api/v1/users/{SUPER_ADMIN}/roles"),
    case("ready", "listAssignedRolesForUser", f"/api/v1/users/{HELP_DESK}/roles"),
    # Authenticators
    case("ready", "listAuthenticators", "/api/v1/authenticators"),
    case("ready", "getAuthenticator", f"/api/v1/authenticators/{OKTA_VERIFY}"),
    case("ready", "getAuthenticator", "/api/v1/authenticators/aut1sbxemail00000x0h7"),
    case("ready", "getAuthenticator", "/api/v1/authenticators/aut1sbxpassword00x0h7"),
    case("ready", "listAuthenticatorMethods", f"/api/v1/authenticators/{OKTA_VERIFY}/methods"),
    case("ready", "getAuthenticatorMethod",
         f"/api/v1/authenticators/{OKTA_VERIFY}/methods/signed_nonce"),
    case("ready", "getAuthenticatorMethod", f"/api/v1/authenticators/{OKTA_VERIFY}/methods/push"),
    case("ready", "getAuthenticatorMethod", f"/api/v1/authenticators/{OKTA_VERIFY}/methods/totp"),
    # Policies
    case("ready", "listPolicies", "/api/v1/policies?type=ACCESS_POLICY"),
    case("ready", "listPolicies", "/api/v1/policies?type=MFA_ENROLL"),
    case("ready", "getPolicy", "/api/v1/policies/rst1sbxaccess0000x0h7"),
    case("ready", "getPolicy", "/api/v1/policies/00p1sbxenroll0000x0h7"),
    case("ready", "listPolicyRules", "/api/v1/policies/rst1sbxaccess0000x0h7/rules"),
    case("ready", "listPolicyRules", "/api/v1/policies/00p1sbxenroll0000x0h7/rules"),
    # Device integrations
    case("ready", "listDeviceIntegrations", "/api/v1/device-integrations"),
    case("ready", "getDeviceIntegration", "/api/v1/device-integrations/din1sbxdeviceidp0h7"),
    # API service integrations
    case("ready", "listApiServiceIntegrationInstances", "/integrations/api/v1/api-services"),
    case("ready", "createApiServiceIntegrationInstance", "/integrations/api/v1/api-services",
         method="POST", save={"apiServiceId": "id"},
         body={"type": "kandji_odt", "grantedScopes": ["okta.devices.read", "okta.users.read"]}),
    case("ready", "getApiServiceIntegrationInstance",
         "/integrations/api/v1/api-services/{apiServiceId}"),
    case("ready", "listApiServiceIntegrationInstances", "/integrations/api/v1/api-services"),
    case("ready", "deleteApiServiceIntegrationInstance",
         "/integrations/api/v1/api-services/{apiServiceId}", method="DELETE"),
    # Devices
    case("ready", "listDevices", "/api/v1/devices"),
    case("ready", "listDevices", "/api/v1/devices?limit=1&expand=user"),
    case("ready", "listDevices", "/api/v1/devices?expand=userSummary"),
    case("ready", "listDevices", "/api/v1/devices?search=" + search('profile.platform eq "MACOS"')),
    case("ready", "getDevice", f"/api/v1/devices/{MAC}"),
    case("ready", "listDeviceUsers", f"/api/v1/devices/{MAC}/users"),
    case("ready", "suspendDevice", f"/api/v1/devices/{IPHONE}/lifecycle/suspend", method="POST"),
    case("ready", "getDevice", f"/api/v1/devices/{IPHONE}"),
    case("ready", "unsuspendDevice", f"/api/v1/devices/{IPHONE}/lifecycle/unsuspend",
         method="POST"),
    case("ready", "deactivateDevice", f"/api/v1/devices/{IPHONE}/lifecycle/deactivate",
         method="POST"),
    case("ready", "getDevice", f"/api/v1/devices/{IPHONE}"),
    case("ready", "activateDevice", f"/api/v1/devices/{IPHONE}/lifecycle/activate",
         method="POST"),
    case("ready", "deactivateDevice", f"/api/v1/devices/{IPHONE}/lifecycle/deactivate",
         method="POST"),
    case("ready", "deleteDevice", f"/api/v1/devices/{IPHONE}", method="DELETE"),
    case(GENERATED, "listDevices", "/api/v1/devices?expand=user"),
    case(GENERATED, "getDevice", "/api/v1/devices/guo00000000000000003"),
    case(GENERATED, "listDeviceUsers", "/api/v1/devices/guo00000000000000007/users"),
    # Errors: the spec's Error schema and the documented errorCode.
    case("ready", "getUser", "/api/v1/users/me", status=401, error="E0000011", auth=False),
    case("ready", "getUser", "/api/v1/users/00unobody", status=404, error="E0000007"),
    case("ready", "listPolicies", "/api/v1/policies", status=400, error="E0000001"),
    case("ready", "createApiServiceIntegrationInstance", "/integrations/api/v1/api-services",
         method="POST", status=400, error="E0000001",
         body={"type": "not_in_catalog", "grantedScopes": ["okta.users.read"]}),
    case("ready", "deleteDevice", f"/api/v1/devices/{MAC}", method="DELETE", status=403,
         error="E0000152"),
    case("ready", "listDevices", "/api/v1/devices?search=" + search("profile.platform eq"),
         status=400, error="E0000001"),
    case(NO_ADAPTIVE_MFA, "listDeviceIntegrations", "/api/v1/device-integrations", status=401,
         error="E0000015"),
]


def load_spec(path):
    with open(path, "rb") as f:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(f, Loader=loader)


def openapi_to_draft4(node):
    """OpenAPI 3.0 `nullable: true` means "or null"; Draft 4 knows only `type`. Rewrites the
    schema tree in place (a copy of the spec), never loosening anything else."""
    if isinstance(node, list):
        for item in node:
            openapi_to_draft4(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        openapi_to_draft4(value)
    if node.pop("nullable", False) is not True:
        return
    if "type" in node:
        types = node["type"] if isinstance(node["type"], list) else [node["type"]]
        node["type"] = types + ["null"]
        if "enum" in node and None not in node["enum"]:
            node["enum"] = node["enum"] + [None]
    else:  # $ref / allOf / oneOf: Draft 4 ignores siblings of $ref, so wrap
        rest = dict(node)
        node.clear()
        node["anyOf"] = [{"type": "null"}, rest]


def make_validator_class():
    """Draft 4 plus OpenAPI's `discriminator`: an object is also validated against the schema its
    discriminator value maps to (AuthenticatorBase → AuthenticatorKeyOktaVerify, Policy →
    AccessPolicy, …), and that schema replaces a sibling oneOf. Mapped schemas include their base
    again; a guard stops the recursion."""
    active = set()

    def discriminator(validator, value, instance, schema):
        if not validator.is_type(instance, "object"):
            return
        target = value.get("mapping", {}).get(instance.get(value.get("propertyName")))
        if target is None:
            return  # values outside the mapping: the base schema (and its enums) applies
        key = (target, id(instance))
        if key in active:
            return
        active.add(key)
        try:
            yield from validator.descend(instance, {"$ref": target})
        finally:
            active.discard(key)

    base_one_of = jsonschema.Draft4Validator.VALIDATORS["oneOf"]

    def one_of(validator, value, instance, schema):
        # OpenAPI: with a discriminator next to oneOf, the mapped schema is the one that applies
        # (StandardRole vs CustomRole overlap structurally; `type` tells them apart).
        mapping = schema.get("discriminator", {}).get("mapping", {})
        name = schema.get("discriminator", {}).get("propertyName")
        if validator.is_type(instance, "object") and instance.get(name) in mapping:
            return
        yield from base_one_of(validator, value, instance, schema)

    return jsonschema.validators.extend(jsonschema.Draft4Validator,
                                        {"discriminator": discriminator, "oneOf": one_of})


def find_operation(spec, operation_id):
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return operation
    raise KeyError(f"operation {operation_id} not in the spec")


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        target = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def success_status(operation):
    return next(int(code) for code in operation["responses"] if str(code).startswith("2"))


def response_schema(spec, operation, status):
    response = resolve(spec, operation["responses"][str(status)])
    content = response.get("content", {}).get("application/json")
    return content["schema"] if content else None


def start_sandbox(binary, scenario, tmp):
    ca_file, credentials_file = f"{tmp}/ca.pem", f"{tmp}/credentials.json"
    if isinstance(scenario, dict):
        scenario_file = f"{tmp}/{scenario['name']}.json"
        with open(scenario_file, "w") as f:
            json.dump(scenario, f)
        scenario = scenario_file
    process = subprocess.Popen([binary, "--scenario", scenario, "--print-ca", ca_file,
                                "--print-credentials", credentials_file],
                               stdout=subprocess.PIPE, text=True)
    for line in process.stdout:
        match = re.match(r"okta-org: (\S+)", line)
        if match:
            with open(credentials_file) as f:
                users = json.load(f)["okta"]["users"]
            token = next((u["apiToken"] for u in users if u.get("id") == SUPER_ADMIN), None)
            return process, match.group(1), ca_file, token
    process.kill()
    raise RuntimeError(f"odt-sandbox did not start for scenario {scenario}")


def call(origin, context, test, token, saved):
    path = test["path"].format(**saved)
    data = None if test["body"] is None else json.dumps(test["body"]).encode()
    request = urllib.request.Request(origin + path, data=data, method=test["method"])
    if data is not None:
        request.add_header("Content-Type", "application/json")
    request.add_header("Accept", "application/json")
    if test["auth"] and token:
        request.add_header("Authorization", f"SSWS {token}")
    try:
        with urllib.request.urlopen(request, context=context, timeout=30) as reply:
            return reply.status, reply.headers, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def run_case(spec, validator_class, resolver, origin, context, test, token, saved):
    operation = find_operation(spec, test["operation_id"])
    expected = test["status"] or success_status(operation)
    status, headers, raw = call(origin, context, test, token, saved)
    if status != expected:
        raise AssertionError(f"HTTP {status}, expected {expected}: {raw[:300]!r}")
    if status == 204:
        if raw:
            raise AssertionError("204 with a body")
        return
    content_type = headers.get("Content-Type", "")
    if not content_type.startswith("application/json"):
        raise AssertionError(f"Content-Type {content_type!r}")
    body = json.loads(raw)
    if test["error"]:
        schema = {"$ref": "#/components/schemas/Error"}
        if body.get("errorCode") != test["error"]:
            raise AssertionError(f"errorCode {body.get('errorCode')!r}, expected {test['error']}")
    else:
        schema = response_schema(spec, operation, status)
        if schema is None:
            raise AssertionError(f"the spec has no JSON schema for {status}")
    validator_class(schema, resolver=resolver).validate(body)
    if test["path"].startswith("/api/") or test["path"].startswith("/integrations/"):
        for header in ("X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset"):
            if headers.get(header) is None:
                raise AssertionError(f"no {header} header")
    for name, key in (test["save"] or {}).items():
        saved[name] = body[key]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sandbox", required=True)
    parser.add_argument("--spec", required=True)
    args = parser.parse_args()

    spec = copy.deepcopy(load_spec(args.spec))
    openapi_to_draft4(spec["components"])
    resolver = jsonschema.RefResolver(base_uri="", referrer=spec)
    validator_class = make_validator_class()

    # One sandbox per scenario; cases of a scenario run in order (later ones use saved ids).
    scenarios = []
    for test in CASES:
        if test["scenario"] not in scenarios:
            scenarios.append(test["scenario"])
    passed = failed = 0
    for scenario in scenarios:
        label = scenario["name"] if isinstance(scenario, dict) else scenario
        with tempfile.TemporaryDirectory() as tmp:
            try:
                process, origin, ca_file, token = start_sandbox(args.sandbox, scenario, tmp)
            except Exception as error:
                count = sum(1 for t in CASES if t["scenario"] == scenario)
                print(f"FAIL {label}: {error} ({count} cases)")
                failed += count
                continue
            try:
                context = ssl.create_default_context(cafile=ca_file)
                context.check_hostname = False  # Python matches IP hosts only against IP SANs
                saved = {}
                for test in (t for t in CASES if t["scenario"] == scenario):
                    name = f"{label} {test['method']} {test['operation_id']} {test['path']}"
                    try:
                        run_case(spec, validator_class, resolver, origin, context, test, token,
                                 saved)
                        print(f"PASS {name}")
                        passed += 1
                    except Exception as error:  # report every case, then fail
                        message = str(error).splitlines()[0] if str(error) else repr(error)
                        print(f"FAIL {name}: {message}")
                        failed += 1
            finally:
                process.terminate()
                process.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 and passed == len(CASES) else 1


if __name__ == "__main__":
    sys.exit(main())
