#!/usr/bin/env python3
"""`odt-setup deploy export` end to end: every generated payload against Apple's schema YAML (and
Okta Verify's preference manifests), the values Okta documents, the manifest contract, signing
checked by OpenSSL, determinism, and every bad input exiting 3 without leaving files behind."""

import argparse
import json
import os
import plistlib
import subprocess
import sys
import tempfile
import datetime

import yaml

FAILURES = []


def check(condition, message):
    if not condition:
        FAILURES.append(message)


# ---- schema validation -------------------------------------------------------------------------

PY_TYPES = {
    "<string>": (str,), "<integer>": (int,), "<boolean>": (bool,), "<array>": (list,),
    "<dictionary>": (dict,), "<data>": (bytes,), "<date>": (datetime.datetime,),
    "<real>": (float, int),
}


def available_on(spec, platform):
    os_spec = (spec.get("supportedOS") or {}).get(platform) or {}
    return os_spec.get("introduced") != "n/a"


def validate_value(value, spec, platform, where):
    expected = spec.get("type")
    if expected and expected != "<any>":
        types = PY_TYPES[expected]
        ok = isinstance(value, types) and not (expected in ("<integer>", "<real>") and isinstance(value, bool))
        check(ok, f"{where}: type {type(value).__name__}, schema says {expected}")
        if not ok:
            return
    if "rangelist" in spec:
        check(value in spec["rangelist"], f"{where}: {value!r} not in {spec['rangelist']}")
    subkeys = spec.get("subkeys") or []
    if expected == "<dictionary>" and subkeys:
        validate_dict(value, subkeys, platform, where)
    elif expected == "<array>" and subkeys:
        for index, item in enumerate(value):
            validate_value(item, subkeys[0], platform, f"{where}[{index}]")


def validate_dict(values, specs, platform, where):
    by_name = {spec["key"]: spec for spec in specs}
    wildcard = by_name.get("ANY")
    for spec in specs:
        name = spec["key"]
        if name == "ANY":
            continue
        if not available_on(spec, platform):
            check(name not in values, f"{where}.{name}: not available on {platform}")
        elif spec.get("presence") == "required":
            check(name in values, f"{where}: required key {name} missing")
    for name, value in values.items():
        spec = by_name.get(name) or wildcard
        check(spec is not None, f"{where}: unknown key {name}")
        if spec is not None:
            validate_value(value, spec, platform, f"{where}.{name}")


class Schemas:
    def __init__(self, contracts):
        self.contracts = contracts

    def apple(self, name):
        with open(os.path.join(self.contracts, "apple", name + ".yaml"), encoding="utf-8") as f:
            return yaml.safe_load(f)

    def preference_keys(self, domain):
        with open(os.path.join(self.contracts, "examples", domain + ".plist"), "rb") as f:
            manifest = plistlib.load(f)
        return {key["pfm_name"]: key for key in manifest["pfm_subkeys"]}

    def edr_keys(self):
        with open(os.path.join(self.contracts, "examples", "okta_verify_edr_plugin.mobileconfig"), "rb") as f:
            example = plistlib.load(f)
        return set().union(*(payload.keys() for payload in example["PayloadContent"]))

    def validate_profile(self, profile, platform, where):
        validate_dict(profile, self.apple("TopLevel")["payloadkeys"], platform, where)
        common = self.apple("CommonPayloadKeys")["payloadkeys"]
        for index, payload in enumerate(profile.get("PayloadContent", [])):
            kind = payload.get("PayloadType")
            at = f"{where}.PayloadContent[{index}]({kind})"
            if kind.startswith("com.apple."):
                schema = self.apple(kind)
                check(schema["payload"]["payloadtype"] == kind, f"{at}: schema mismatch")
                check(available_on(schema["payload"], platform), f"{at}: payload not on {platform}")
                validate_dict(payload, common + schema["payloadkeys"], platform, at)
            else:
                # A payload whose type is Okta Verify's preference domain (what Kandji's template
                # uses): the keys Okta Verify reads, typed as its manifest says.
                validate_dict({k: v for k, v in payload.items() if k in {s["key"] for s in common}},
                              common, platform, at)
                known = self.preference_keys(kind)
                edr = self.edr_keys()
                for name, value in payload.items():
                    if name in {s["key"] for s in common}:
                        continue
                    if name in known:
                        pfm_type = known[name]["pfm_type"]
                        check(isinstance(value, {"string": str, "boolean": bool}[pfm_type]),
                              f"{at}.{name}: manifest type {pfm_type}")
                    else:
                        check(name in edr, f"{at}: key {name} is neither in Okta Verify's manifest nor the vendor's EDR example")


# ---- helpers -----------------------------------------------------------------------------------

class Exporter:
    def __init__(self, binary, scratch):
        self.binary = binary
        self.scratch = scratch
        self.count = 0

    def run(self, args, env=None, out=None):
        self.count += 1
        out = out or os.path.join(self.scratch, f"export{self.count}")
        environment = dict(os.environ)
        environment.update(env or {})
        result = subprocess.run([self.binary, "deploy", "export", "--out", out] + args, env=environment,
                                capture_output=True, text=True, timeout=60)
        return result, out


def load(path):
    with open(path, "rb") as f:
        return plistlib.load(f)


def openssl(*args, **kwargs):
    return subprocess.run(["openssl", *args], capture_output=True, timeout=60, **kwargs)


SECRETS = {"SC": "static-secret-Key-42", "PW": "dyn-Passw0rd", "IOS": "3zr7Q~vw4C16FS2bH8UfS1gJ5cL6sj~x_U9PQ",
           "P12PW": "p12-password"}
ORG = ["--okta-org", "https://acme.okta.com"]
STATIC = ORG + ["--scep-mode", "static", "--scep-url", "https://acme.okta.com/pki/scep/00abc",
                "--scep-challenge-env", "SC"]


def make_certificates(scratch):
    ca = os.path.join(scratch, "okta-ca.pem")
    leaf = os.path.join(scratch, "leaf.pem")
    key = os.path.join(scratch, "key.pem")
    r = openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", ca, "-days", "30",
                "-subj", "/CN=Okta Test CA", "-addext", "basicConstraints=critical,CA:TRUE")
    check(r.returncode == 0, f"openssl req: {r.stderr}")
    r = openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", leaf, "-days", "30",
                "-subj", "/CN=ODT Test Signer", "-addext", "basicConstraints=critical,CA:FALSE")
    p12 = os.path.join(scratch, "signer.p12")
    r = openssl("pkcs12", "-export", "-in", leaf, "-inkey", key, "-out", p12, "-passout", "pass:" + SECRETS["P12PW"])
    check(r.returncode == 0, f"openssl pkcs12: {r.stderr}")
    der = os.path.join(scratch, "okta-ca.der")
    openssl("x509", "-in", ca, "-outform", "DER", "-out", der)
    return ca, der, leaf, p12


# ---- the tests ---------------------------------------------------------------------------------

def test_full_static_export(exporter, schemas, ca_pem):
    result, out = exporter.run(STATIC + ["--ios-secret-env", "IOS", "--custom-domain", "login.acme.com",
                                         "--okta-ca", ca_pem, "--edr-plugin", "crowdstrike"], SECRETS)
    check(result.returncode == 0, f"full export exit {result.returncode}: {result.stderr}")
    if result.returncode != 0:
        return
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    check(manifest["schemaVersion"] == 1 and manifest["org"] == "https://acme.okta.com", f"manifest head {manifest}")
    files = {p["file"]: p for p in manifest["profiles"]}
    check(sorted(files) == sorted([
        "okta-scep-macos.mobileconfig", "okta-verify-settings-macos.mobileconfig",
        "okta-verify-login-item-macos.mobileconfig", "okta-sso-extension-macos.mobileconfig",
        "okta-sso-extension-ios.mobileconfig", "okta-verify-edr-crowdstrike-macos.mobileconfig"]), f"files {sorted(files)}")
    check(manifest["appConfig"] == [{"file": "okta-verify-appconfig-ios.plist", "platforms": ["iOS", "iPadOS"]}],
          f"appConfig {manifest['appConfig']}")
    check(sorted(os.listdir(out)) == sorted(list(files) + ["okta-verify-appconfig-ios.plist", "manifest.json",
                                                           "instructions.html"]), f"dir {os.listdir(out)}")
    for name in os.listdir(out):
        check(os.stat(os.path.join(out, name)).st_mode & 0o077 == 0, f"{name} is readable by others")

    for name, entry in files.items():
        profile = load(os.path.join(out, name))
        check(profile["PayloadIdentifier"] == entry["payloadIdentifier"], f"{name}: identifier vs manifest")
        check(profile["PayloadIdentifier"].startswith("org.odt-setup-assistant."), f"{name}: not ours")
        check([p["PayloadType"] for p in profile["PayloadContent"]] == entry["payloadTypes"], f"{name}: types")
        for platform in entry["platforms"]:
            schemas.validate_profile(profile, "iOS" if platform == "iPadOS" else platform, name)

    scep = load(os.path.join(out, "okta-scep-macos.mobileconfig"))["PayloadContent"]
    content = scep[0]["PayloadContent"]
    check(content["Keysize"] == 2048 and content["Key Usage"] == 1, f"scep key {content}")
    check(content["KeyIsExtractable"] is False and content["AllowAllAppsAccess"] is True, "scep flags")
    check(content["URL"] == "https://acme.okta.com/pki/scep/00abc", "scep url")
    check(content["Challenge"] == SECRETS["SC"], "scep challenge")
    check(content["Subject"] == [[["CN", "$SERIAL_NUMBER managementAttestation"]]], f"subject {content['Subject']}")
    check(scep[1]["PayloadType"] == "com.apple.security.root", "CA payload rides with SCEP")
    der = openssl("x509", "-in", ca_pem, "-outform", "DER").stdout
    check(scep[1]["PayloadContent"] == der, "CA payload is the certificate's DER")

    settings = load(os.path.join(out, "okta-verify-settings-macos.mobileconfig"))["PayloadContent"]
    check([p["PayloadType"] for p in settings] == ["com.okta.mobile", "com.okta.mobile.auth-service-extension"],
          "both preference domains")
    for payload in settings:
        check(payload["OktaVerify.OrgUrl"] == "acme.okta.com", "OrgUrl")
        check(payload["OktaVerify.EnrollmentOptions"] == "SilentEnrollmentEnabled", "EnrollmentOptions")

    login = load(os.path.join(out, "okta-verify-login-item-macos.mobileconfig"))["PayloadContent"]
    check(login[0]["AutoLaunchedApplicationDictionary-managed"] == [{"Path": "/Applications/Okta Verify.app", "Hide": False}],
          f"login item {login[0]}")
    check(login[1]["Rules"][0]["RuleType"] == "TeamIdentifier" and login[1]["Rules"][0]["RuleValue"] == "B7F62B65BN",
          "service management rule")

    mac = load(os.path.join(out, "okta-sso-extension-macos.mobileconfig"))["PayloadContent"][0]
    for key, value in {"ExtensionIdentifier": "com.okta.mobile.auth-service-extension", "TeamIdentifier": "B7F62B65BN",
                       "Type": "Credential", "Realm": "Okta Device", "Hosts": ["acme.okta.com", "login.acme.com"]}.items():
        check(mac.get(key) == value, f"macOS SSO {key}={mac.get(key)!r}")
    check("ExtensionData" not in mac, "macOS SSO carries no managementHint")
    ios = load(os.path.join(out, "okta-sso-extension-ios.mobileconfig"))
    check("PayloadScope" not in ios, "PayloadScope is macOS-only")
    ios = ios["PayloadContent"][0]
    check(ios["ExtensionData"] == {"managementHint": SECRETS["IOS"]} and "TeamIdentifier" not in ios, f"iOS SSO {ios}")
    app = load(os.path.join(out, "okta-verify-appconfig-ios.plist"))
    check(app == {"OktaVerify.OrgUrl": "acme.okta.com", "managementHint": SECRETS["IOS"]}, f"appconfig {app}")
    edr = load(os.path.join(out, "okta-verify-edr-crowdstrike-macos.mobileconfig"))["PayloadContent"]
    check(all(p["OktaVerify.Plugins"] == ["com.crowdstrike.zta"] for p in edr), "EDR plugin list")
    check(edr[0]["com.crowdstrike.zta"]["location"] ==
          "/Library/Application Support/Crowdstrike/ZeroTrustAssessment/data.zta", "EDR location")

    for name in ("manifest.json", "instructions.html"):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            text = f.read()
        for secret in SECRETS.values():
            check(secret not in text, f"{name} contains a secret")
    with open(os.path.join(out, "instructions.html"), encoding="utf-8") as f:
        html = f.read()
    for phrase in ("does not renew", "Chrome and Firefox", "Managed AppConfig for iPhone and iPad"):
        check(phrase in html, f"instructions lack {phrase!r}")


def test_dynamic_export(exporter, ca_der):
    result, out = exporter.run(ORG + ["--scep-url", "https://acme.okta.com/pki/scep/dyn",
                                      "--scep-challenge-url", "https://acme.okta.com/pki/challenge",
                                      "--scep-username", "scep-user", "--scep-password-env", "PW",
                                      "--okta-ca", ca_der], SECRETS)
    check(result.returncode == 0, f"dynamic export exit {result.returncode}: {result.stderr}")
    if result.returncode != 0:
        return
    names = os.listdir(out)
    check("okta-scep-macos.mobileconfig" not in names, "dynamic mode must not write a static SCEP profile")
    check("okta-ca-macos.mobileconfig" in names, "the CA gets its own profile in dynamic mode")
    check("okta-sso-extension-ios.mobileconfig" not in names and "okta-verify-appconfig-ios.plist" not in names,
          "no iOS files without the iOS secret")
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    check(any("SCEP" in o["what"] for o in manifest["notGenerated"]), f"notGenerated {manifest['notGenerated']}")
    with open(os.path.join(out, "instructions.html"), encoding="utf-8") as f:
        html = f.read()
    check("https://acme.okta.com/pki/challenge" in html and "scep-user" in html, "dynamic values for the SCEP item")
    check(SECRETS["PW"] not in html, "the SCEP password must not be in the instructions")


def test_determinism(exporter):
    first, a = exporter.run(STATIC + ["--ios-secret-env", "IOS"], SECRETS)
    second, b = exporter.run(STATIC + ["--ios-secret-env", "IOS"], SECRETS)
    other, c = exporter.run(["--okta-org", "https://globex.okta.com", "--scep-mode", "static", "--scep-url",
                             "https://globex.okta.com/pki/scep/1", "--scep-challenge-env", "SC",
                             "--ios-secret-env", "IOS"], SECRETS)
    check(first.returncode == second.returncode == other.returncode == 0, "determinism exports ran")
    for name in sorted(os.listdir(a)):
        with open(os.path.join(a, name), "rb") as f, open(os.path.join(b, name), "rb") as g:
            check(f.read() == g.read(), f"{name} differs between two runs")
        if name.endswith(".mobileconfig"):
            mine, theirs = load(os.path.join(a, name)), load(os.path.join(c, name))
            check(mine["PayloadUUID"] != theirs["PayloadUUID"], f"{name}: same UUID for another org")
            check(mine["PayloadContent"][0]["PayloadUUID"] != theirs["PayloadContent"][0]["PayloadUUID"],
                  f"{name}: same payload UUID for another org")
            check(theirs["PayloadIdentifier"].endswith(".globex.okta.com"), f"{name}: identifier names the org")


def test_signed_export(exporter, p12, leaf):
    unsigned, plain = exporter.run(ORG, SECRETS)
    signed, out = exporter.run(ORG + ["--sign-p12", p12, "--sign-p12-password-env", "P12PW"], SECRETS)
    check(unsigned.returncode == 0 and signed.returncode == 0, f"signed export: {signed.stderr}")
    if signed.returncode != 0:
        return
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        check(json.load(f)["signed"] is True, "manifest says signed")
    for name in os.listdir(out):
        if not name.endswith(".mobileconfig"):
            continue
        path = os.path.join(out, name)
        verify = openssl("cms", "-verify", "-inform", "DER", "-in", path, "-CAfile", leaf, "-purpose", "any")
        check(verify.returncode == 0, f"{name}: openssl cms -verify: {verify.stderr.decode()}")
        with open(os.path.join(plain, name), "rb") as f:
            check(verify.stdout == f.read(), f"{name}: signed content differs from the unsigned profile")
        printed = openssl("cms", "-cmsout", "-print", "-inform", "DER", "-in", path).stdout.decode()
        check("sha256" in printed and "sha1 " not in printed, f"{name}: digest is not SHA-256")
    wrong, where = exporter.run(ORG + ["--sign-p12", p12, "--sign-p12-password-env", "SC"], SECRETS)
    check(wrong.returncode == 3 and "wrong password" in wrong.stderr and not os.path.exists(where),
          f"wrong p12 password: {wrong.returncode} {wrong.stderr}")


def test_bad_inputs(exporter, scratch, leaf):
    cases = [
        (["--okta-org", "http://acme.okta.com"], "okta-org", "HTTPS"),
        (ORG + ["--scep-mode", "static", "--scep-url", "http://acme.okta.com/pki/scep/1", "--scep-challenge-env", "SC"],
         "scep-url", "https://"),
        (ORG + ["--scep-mode", "static", "--scep-url", "https://evil.example.com/pki/scep/1",
                "--scep-challenge-env", "SC"], "scep-url", "neither the Okta org"),
        (ORG + ["--scep-mode", "static", "--scep-url", "https://acme.okta.com/pki/scep/1"], "scep-challenge-env",
         "is empty"),
        (ORG + ["--scep-mode", "static", "--scep-url", "https://acme.okta.com/pki/scep/1",
                "--scep-challenge-env", "UNSET_ODT_VARIABLE"], "scep-challenge-env", "is not set"),
        (ORG + ["--scep-url", "https://acme.okta.com/pki/scep/1", "--scep-challenge-url",
                "https://other.okta.com/c", "--scep-username", "u", "--scep-password-env", "PW"],
         "scep-challenge-url", "neither the Okta org"),
        (ORG + ["--scep-url", "https://acme.okta.com/pki/scep/1"], "scep-challenge-url", "Enter the challenge URL"),
        (ORG + ["--scep-mode", "sometimes"], "scep-mode", "static or dynamic"),
        (ORG + ["--okta-ca", leaf], "okta-ca", "not a CA certificate"),
        (ORG + ["--okta-ca", os.path.join(scratch, "missing.pem")], "okta-ca", "cannot read"),
        (ORG + ["--custom-domain", "http://login.acme.com"], "custom-domain", "HTTPS"),
        (ORG + ["--edr-plugin", "sentinelone"], "edr-plugin", "crowdstrike"),
        (ORG + ["--ios-secret-env", "UNSET_ODT_VARIABLE"], "ios-secret-env", "is not set"),
        (ORG + ["--sign-p12", os.path.join(scratch, "missing.p12")], "sign-p12", "cannot read"),
        (["--out-of-place"], "out-of-place", "Unknown option"),
        ([], "okta-org", "--okta-org"),
    ]
    garbage = os.path.join(scratch, "garbage.pem")
    with open(garbage, "w", encoding="utf-8") as f:
        f.write("-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n")
    cases.append((ORG + ["--okta-ca", garbage], "okta-ca", "not an X.509 certificate"))
    for args, field, phrase in cases:
        result, out = exporter.run(args, SECRETS)
        check(result.returncode == 3, f"{args}: exit {result.returncode}, want 3")
        check(field in result.stderr and phrase in result.stderr,
              f"{args}: message {result.stderr.strip()!r} lacks {field!r} / {phrase!r}")
        check(not os.path.exists(out), f"{args}: {out} was created")
    leftovers = [n for n in os.listdir(scratch) if ".partial-" in n]
    check(not leftovers, f"staging folders left behind: {leftovers}")

    occupied = os.path.join(scratch, "occupied")
    os.mkdir(occupied)
    with open(os.path.join(occupied, "keep.txt"), "w", encoding="utf-8") as f:
        f.write("mine")
    result, _ = exporter.run(ORG, SECRETS, out=occupied)
    check(result.returncode == 3 and "not empty" in result.stderr, f"non-empty DIR: {result.stderr}")
    check(os.listdir(occupied) == ["keep.txt"], "a non-empty DIR was changed")
    empty = os.path.join(scratch, "empty")
    os.mkdir(empty)
    result, _ = exporter.run(ORG, SECRETS, out=empty)
    check(result.returncode == 0 and "manifest.json" in os.listdir(empty), "an empty DIR is filled")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--odt-setup", required=True)
    parser.add_argument("--contracts", required=True)
    args = parser.parse_args()
    schemas = Schemas(args.contracts)
    with tempfile.TemporaryDirectory() as scratch:
        ca_pem, ca_der, leaf, p12 = make_certificates(scratch)
        exporter = Exporter(args.odt_setup, scratch)
        test_full_static_export(exporter, schemas, ca_pem)
        test_dynamic_export(exporter, ca_der)
        test_determinism(exporter)
        test_signed_export(exporter, p12, leaf)
        test_bad_inputs(exporter, scratch, leaf)
    for failure in FAILURES:
        print("FAIL:", failure)
    print(f"{len(FAILURES)} failure(s)")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main())
