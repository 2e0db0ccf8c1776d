#!/usr/bin/env bash
# Moves the verification modules under verification/ and the system tests into packages by feature. Re-runnable:
# what is already in place stays; a module folder that a merge brought back at the old place is moved file by file;
# a class still in the flat package dev.otpserver.systemtest (a new one, merged after the first run) goes to the
# package the table below names, or to the default for its name (printed as "unmapped": check it).
#
# Usage (from anywhere in the checkout; then review `git status` and commit). After a merge of a branch that added
# classes to the flat package, git may have put them into a feature folder ("CONFLICT (file location)"): run this
# script before committing the merge; it takes them (git add) and moves them where the table or default says.
#   verification/relayout.sh            move, fix package lines, imports and visibility, format, compile
#   verification/relayout.sh --no-build move and fix package lines and imports only (no spotless, no compile)
#
# Steps:
#   1. git mv system-test, system-test-payara, system-test-wildfly, reliability, benchmark, benchmark-baseline
#      into verification/
#   2. git mv each class of the flat package into dev.otpserver.systemtest.<feature> (table CLASSES below) and
#      set its package line; a package-info.java for each feature package that has none
#   3. everywhere in the repository (Java, XML, Markdown, properties, scripts), rewrite each fully qualified name
#      dev.otpserver.systemtest[.<old>].Name of a system-test class to its package now, imports included
#   4. in system-test, import each class a file names that now lives in another package; make public each top-level
#      type named from another package
#   5. compile (offline) and, for each javac "is not public in ...; cannot be accessed from outside package", make
#      that member public; repeat until it compiles (at most 8 rounds); then ./mvnw spotless:apply on the modules
#      touched (system-test, reliability, benchmark)
set -euo pipefail
build=1
[[ "${1:-}" == "--no-build" ]] && build=0
cd "$(git rev-parse --show-toplevel)"

mkdir -p verification
for module in system-test system-test-payara system-test-wildfly reliability benchmark benchmark-baseline; do
  [[ -d "$module" ]] || continue
  if [[ ! -e "verification/$module" ]]; then
    git mv "$module" "verification/$module"
  else
    # a merge brought files back to the old place: move each tracked one
    git ls-files -z -- "$module" | while IFS= read -r -d '' file; do
      mkdir -p "verification/$(dirname "$file")"
      git mv -f "$file" "verification/$file"
    done
  fi
  rm -rf "$module" 2>/dev/null || true # what is left is untracked build output (target/)
done

python3 - "$build" <<'PYTHON'
import os, re, subprocess, sys

BUILD = sys.argv[1] == "1"
BASE = "verification/system-test/src/main/java/dev/otpserver/systemtest"
ROOT_PKG = "dev.otpserver.systemtest"

# class -> feature package. Shared fixtures (clients of each dialect, the server's coordinates, the database, the
# mail and SMS sinks, the base classes) are in support.
CLASSES = {
    # support: what tests of several features use
    "AdminClient": "support", "CardSystem": "support", "ConnectionResetter": "support", "Database": "support",
    "DeployedEar": "support", "GatewayAnswer": "support", "IntegratorAnswer": "support", "MailInbox": "support",
    "Parallel": "support", "Partner": "support", "PaymentPlatform": "support", "PublishedServerKeys": "support",
    "RawHttp": "support", "SelfDeployedEar": "support", "ServerSignature": "support", "ServerUnderTest": "support",
    "SignedCall": "support", "SmsSink": "support", "Wallet": "support", "WalletUser": "support",
    "WebhookReceiver": "support",
    # wallet: the wallet (Ant gateway) authentication API
    "WalletAuthenticationIT": "wallet", "WalletPolicyIT": "wallet", "VendorSdkIT": "wallet",
    # integrator: the payment integrator's sendOtp / verifyOtp
    "PaymentIntegratorIT": "integrator", "PaymentIntegratorAssociationIT": "integrator",
    "PaymentIntegratorRaceIT": "integrator", "PaymentIntegratorRefusalsIT": "integrator",
    # threeds: the card system's createChallenge / verifyChallenge
    "ThreeDsChallengeIT": "threeds", "ThreeDsRaceIT": "threeds",
    # otp: what every dialect's code check shares (finished challenges, replays, the wrong-code budget)
    "FinishedChallengeIT": "otp", "ReplayIT": "otp", "WrongCodeBudgetIT": "otp",
    # gateway: the signed gateway as real clients speak it
    "PartnerGatewayIT": "gateway", "RealClientVariantsIT": "gateway", "KeptAliveConnection": "gateway",
    "WireCall": "gateway", "WireAnswer": "gateway",
    # robustness: malformed input in every dialect, slow clients
    "MalformedRequestsIT": "robustness", "MalformedRequests": "robustness", "MalformedRequest": "robustness",
    "AdminFuzz": "robustness", "GatewayFuzz": "robustness", "IntegratorFuzz": "robustness",
    "PlatformFuzz": "robustness", "Garbage": "robustness", "GatewayApi": "robustness", "AnswerCheck": "robustness",
    "BusinessTables": "robustness", "SlowClientsIT": "robustness", "DrippingClient": "robustness",
    # notification: mails, SMS, partner webhooks, their retention
    "PartnerNotificationIT": "notification", "SmsOverSmppIT": "notification", "RetentionIT": "notification",
    # admin: the admin API
    "ClientAdminIT": "admin", "MessageAdminIT": "admin", "PreferenceAdminIT": "admin", "UserAdminIT": "admin",
    "PartnerConfigurationIT": "admin", "ChallengeLookupIT": "admin",
    # secrets: the server's secrets, their store, rotation, and that they stay secret
    "ServerSecretsIT": "secrets", "SecretMismatchIT": "secrets", "SecretRotationIT": "secrets",
    "SecretsStaySecretIT": "secrets", "ServerKeysIT": "secrets",
    # console: the admin console in a real browser
    "ConsoleIT": "console", "ConsoleBrowser": "console",
    # lifecycle: restarts, backup and restore, upgrades (the tests that deploy the EAR themselves)
    "BackupRestoreIT": "lifecycle", "UpgradeIT": "lifecycle", "ReleaseDump": "lifecycle",
    "DatabaseTools": "lifecycle", "PartnerNotificationsSurviveRestartIT": "lifecycle",
    "QueuedMessagesSurviveRestartIT": "lifecycle",
    # operations: readiness, metrics, the OpenAPI document, the server's management interface
    "ReadinessIT": "operations", "MetricsIT": "operations", "Scrape": "operations", "TimerSeries": "operations",
    "OpenApiIT": "operations", "RedoclyLint": "operations", "ServerManagementIT": "operations",
}

# For a class the table does not name: by its name, else support (a helper) or gateway (a test).
DEFAULTS = [
    (r"SurviveRestart|Upgrade|Backup|Restore", "lifecycle"), (r"^Secret", "secrets"),
    (r"^Wallet", "wallet"), (r"^(PaymentIntegrator|Integrator)", "integrator"), (r"^ThreeDs", "threeds"),
    (r"Admin", "admin"), (r"Notification|Sms|Mail|Webhook", "notification"),
    (r"Malformed|Fuzz|Slow", "robustness"), (r"Metric|Readiness|OpenApi|Management", "operations"),
]

PACKAGE_INFO = {
    "support": "What the system tests of several features share: the server under test and its coordinates, a client "
               "of each dialect, the database, the mail and SMS sinks, a webhook receiver, and the base classes of "
               "the tests (one deployment of the EAR, or their own).",
    "wallet": "The wallet dialect (initAuthentication / verifyAuthentication), with our client and the vendor's SDK.",
    "integrator": "The payment integrator's dialect (sendOtp / verifyOtp, JOSE): codes, associations, refusals, races.",
    "threeds": "The card system's 3DS dialect (createChallenge / verifyChallenge).",
    "otp": "What every dialect's code check shares: finished challenges, replayed requests, the wrong-code budget.",
    "gateway": "The signed gateway as real clients speak it: signatures, header spellings, kept-alive connections.",
    "robustness": "Bad input in every dialect (each gets its dialect's own error, nothing is written) and slow clients.",
    "notification": "Mails, SMS (the SMPP gateway included) and partner webhooks, and how long the server keeps them.",
    "admin": "The admin API: clients, partner configuration, users, preferences, messages, challenge look-ups.",
    "secrets": "The server's secrets: from its own secret store, refused when they do not match, rotated, never logged.",
    "lifecycle": "The application stopped and started again: restarts, backup and restore, upgrades from a release's "
                 "database. These tests deploy the EAR themselves (SelfDeployedEar).",
    "operations": "What operators use: readiness, metrics, the OpenAPI document, the server's management interface.",
}


def git(*args):
    subprocess.run(["git", *args], check=True)


def package_of_new(name):
    for pattern, package in DEFAULTS:
        if re.search(pattern, name):
            return package
    return "gateway" if name.endswith("IT") else "support"


# 2. the flat package, one class at a time: the classes in its folder, and those a merge put into a feature folder
# (git's directory rename detection) with their flat package line still
def flat_classes():
    for directory, _, names in os.walk(BASE):
        for file in sorted(names):
            path = os.path.join(directory, file)
            if not file.endswith(".java"):
                continue
            if directory == BASE:
                yield file, path
            else:
                with open(path) as f:
                    if re.search(r"^package dev\.otpserver\.systemtest;", f.read(), re.M):
                        yield file, path


unmapped = []
for file, path in sorted(flat_classes()):
    name = file[:-5]
    if name == "package-info":
        git("rm", "-q", "-f", path)
        continue
    package = CLASSES.get(name)
    if package is None:
        package = package_of_new(name)
        unmapped.append(f"{name} -> {package}")
    os.makedirs(os.path.join(BASE, package), exist_ok=True)
    target = os.path.join(BASE, package, file)
    if path != target:
        subprocess.run(["git", "add", path], check=True)  # a merge's "file location" conflict: take the file
        git("mv", "-f", path, target)
    with open(target) as f:
        source = f.read()
    source = re.sub(r"^package dev\.otpserver\.systemtest;", f"package {ROOT_PKG}.{package};", source, count=1,
                    flags=re.M)
    with open(target, "w") as f:
        f.write(source)

for package, text in PACKAGE_INFO.items():
    info = os.path.join(BASE, package, "package-info.java")
    if os.path.isdir(os.path.join(BASE, package)) and not os.path.exists(info):
        with open(info, "w") as f:
            f.write(f"/** {text} */\npackage {ROOT_PKG}.{package};\n")
        git("add", info)

# where each class is now
index = {}
for directory, _, files in os.walk(BASE):
    for file in files:
        if file.endswith(".java") and file != "package-info.java":
            with open(os.path.join(directory, file)) as f:
                match = re.search(r"^package ([\w.]+);", f.read(), re.M)
            index[file[:-5]] = match.group(1)

# 3. fully qualified names everywhere
fqn = re.compile(r"\bdev\.otpserver\.systemtest\.(?:[a-z]\w*\.)?([A-Z]\w*)")
files = subprocess.run(["git", "ls-files", "-z"], check=True, capture_output=True).stdout.decode().split("\0")
for path in files:
    if not re.search(r"\.(java|xml|md|properties|sh|ya?ml|txt)$|(^|/)(otp|run)$", path) or not os.path.isfile(path):
        continue
    with open(path, encoding="utf-8") as f:
        source = f.read()
    fixed = fqn.sub(lambda m: f"{index[m.group(1)]}.{m.group(1)}" if m.group(1) in index else m.group(0), source)
    if fixed != source:
        with open(path, "w", encoding="utf-8") as f:
            f.write(fixed)


# 4. imports of the classes a file names, and public top-level types where named from another package
def code_of(source):
    source = re.sub(r'"(?:\\.|[^"\\])*"', '""', source)  # strings
    return re.sub(r"//[^\n]*", "", source)  # line comments (Javadoc stays: {@link X} names a class too)


used_from_outside = set()
for directory, _, names in os.walk(BASE):
    for file in names:
        if not file.endswith(".java") or file == "package-info.java":
            continue
        path = os.path.join(directory, file)
        with open(path) as f:
            source = f.read()
        own = re.search(r"^package ([\w.]+);", source, re.M).group(1)
        code = code_of(source)
        imported = set(re.findall(r"^import (?:static )?[\w.]*\.([A-Z]\w*);", source, re.M))
        imported_types = set(re.findall(r"^import ([\w.]+)\.([A-Z]\w*);", source, re.M))
        nested = set(re.findall(r"\b(?:class|record|interface|enum) ([A-Z]\w*)", code))
        wanted = []
        for name, package in sorted(index.items()):
            if name == file[:-5] or not re.search(r"(?<![\w.])" + name + r"\b", code):
                continue
            if package != own:
                used_from_outside.add(name)
            if package == own or name in nested or (package, name) in imported_types:
                continue
            if name in imported:  # another class of that simple name is imported: leave the file alone
                continue
            wanted.append(f"import {package}.{name};")
        if wanted:
            source = re.sub(r"^(package [\w.]+;\n)", lambda m: m.group(1) + "\n" + "\n".join(wanted) + "\n", source,
                            count=1, flags=re.M)
            with open(path, "w") as f:
                f.write(source)

# members named from another package: made public
MODIFIERS = r"(?:(?:static|final|abstract|synchronized|default|native|strictfp)\s+)*"


def make_public(type_name, member):
    top = type_name.split(".")
    # the top-level class is the first capitalised part of the qualified name
    top_name = next(part for part in top if part[:1].isupper())
    if top_name not in index:
        return False
    path = os.path.join(BASE, index[top_name].split(".")[-1], top_name + ".java")
    with open(path) as f:
        lines = f.read().split("\n")
    declared_public = re.compile(r"^\s*public\b[^=;(]*\b" + member + r"\b\s*[({=;]")
    if any(declared_public.match(line) for line in lines):
        return False
    patterns = [
        # a nested or top-level type
        re.compile(r"^(\s*)(" + MODIFIERS + r"(?:class|record|interface|enum)\s+" + member + r"\b)"),
        # a constructor, or a compact one of a record
        re.compile(r"^(\s+)(" + member + r"\s*[({])"),
        # a method: modifiers, a type, the name, a parenthesis
        re.compile(r"^(\s+)(" + MODIFIERS + r"(?:<[^>]*>\s+)?(?!return\b|new\b|throw\b|else\b)[\w.<>\[\],? ]+?\s+" + member
                   + r"\s*\()"),
        # a field
        re.compile(r"^(\s+)(" + MODIFIERS + r"[\w.<>\[\],? ]+?\s+" + member + r"\s*(?:=|;))"),
    ]
    for pattern in patterns:
        for i, line in enumerate(lines):
            if re.match(r"^\s*(public|private|protected)\b", line) or "=" in line.split(member)[0]:
                continue
            match = pattern.match(line)
            if match:
                lines[i] = match.group(1) + "public " + line[len(match.group(1)):]
                with open(path, "w") as f:
                    f.write("\n".join(lines))
                return True
    return False


# a member imported statically from another package (javac says only "cannot find symbol" where it is used)
for directory, _, names in os.walk(BASE):
    for file in names:
        if file.endswith(".java"):
            with open(os.path.join(directory, file)) as f:
                source = f.read()
            own = re.search(r"^package ([\w.]+);", source, re.M).group(1)
            for package, type_name, member in re.findall(r"^import static ([\w.]+)\.([A-Z]\w*)\.(\w+);", source, re.M):
                if type_name in index and index[type_name] == package and package != own:
                    make_public(package + "." + type_name, member)

# classes named from other modules (reliability, micro, benchmark) are public already
declaration = r"^((?:abstract |final |sealed |non-sealed )*(?:class|record|interface|enum) {name}\b)"
for name in used_from_outside:
    path = os.path.join(BASE, index[name].split(".")[-1], name + ".java")
    with open(path) as f:
        source = f.read()
    fixed = re.sub(declaration.format(name=name), r"public \1", source, count=1, flags=re.M)
    if fixed != source:
        with open(path, "w") as f:
            f.write(fixed)

if unmapped:
    print("relayout: unmapped classes, placed by their names (add them to CLASSES or move them):")
    print("\n".join("  " + line for line in unmapped))
if not BUILD:
    sys.exit(0)

# 5. compile; each member javac finds not public but named from another package: public

modules = "verification/system-test,verification/reliability,verification/benchmark"
error = re.compile(r"^\[ERROR\] (\S+\.java):\[\d+,\d+\] (?:(?:[\w$]+\.)*([\w$]+)(?:\([^)]*\))? is not public in ([\w.$]+); "
                   r"cannot be accessed from outside package)", re.M)
for round_ in range(1, 9):
    result = subprocess.run(["./mvnw", "-B", "-o", "-q", "test-compile", "-pl", modules, "-am",
                             "-Dspotless.check.skip=true", "-Denforcer.skip=true"], capture_output=True, text=True)
    if result.returncode == 0:
        print(f"relayout: compiles (round {round_})")
        break
    fixes = {(m.group(3), m.group(2)) for m in error.finditer(result.stdout)}
    made = [f"{t}.{m}" for t, m in sorted(fixes) if make_public(t, m)]
    if not made:
        print(result.stdout[-8000:])
        sys.exit("relayout: does not compile, and not for want of a public modifier: fix by hand")
    print(f"relayout: round {round_}: made public {', '.join(made)}")
else:
    sys.exit("relayout: still does not compile after 8 rounds")
subprocess.run(["./mvnw", "-B", "-o", "-q", "spotless:apply", "-pl", modules], check=True)
PYTHON
git add -A verification micro
echo "relayout: done; review git status and commit"
