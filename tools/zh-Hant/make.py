#!/usr/bin/env python3
"""Makes the Traditional Chinese (zh-Hant) resources and mails from the Simplified ones (zh-Hans).

Every src/**/X.zh-Hans.resx gets a sibling X.zh-Hant.resx with the same keys, and seed/mail/zh-Hans/ a sibling
seed/mail/zh-Hant/, converted by OpenCC's s2twp profile (Taiwan standard characters and phrases: 软件 → 軟體,
信息 → 資訊). Run it after changing any zh-Hans text; TraditionalChineseTests fails when a zh-Hant file is missing or
its keys differ. Installs OpenCC (Debian package `opencc`) when it is missing.

    python3 tools/zh-Hant/make.py
"""
import os, pathlib, shutil, subprocess, sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEPARATOR = "\n\u2063\u2063\u2063\n"  # invisible separator: OpenCC leaves it alone, no text contains it


def opencc():
    if shutil.which("opencc") is None:
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(["apt-get", "install", "-y", "-q", "opencc"], check=True, env=env)
    return "opencc"


def convert(texts):
    if not texts:
        return []
    joined = SEPARATOR.join(texts)
    out = subprocess.run([opencc(), "-c", "s2twp.json"], input=joined, capture_output=True, text=True, check=True).stdout
    if out.endswith("\n") and not joined.endswith("\n"):
        out = out[:-1]
    parts = out.split(SEPARATOR)
    if len(parts) != len(texts):
        sys.exit(f"conversion returned {len(parts)} texts for {len(texts)}")
    return parts


def resx(source: pathlib.Path):
    tree = ET.parse(source)
    values = [d.find("value") for d in tree.getroot().iter("data")]
    for node, text in zip(values, convert([v.text or "" for v in values])):
        node.text = text
    target = source.with_name(source.name.replace(".zh-Hans.resx", ".zh-Hant.resx"))
    ET.indent(tree, "  ")
    tree.write(target, encoding="utf-8", xml_declaration=True)
    with open(target, "a", encoding="utf-8") as f:
        f.write("\n")
    return target


def mails():
    source, target = ROOT / "seed/mail/zh-Hans", ROOT / "seed/mail/zh-Hant"
    target.mkdir(exist_ok=True)
    files = sorted(source.glob("*.liquid"))
    for file, text in zip(files, convert([f.read_text(encoding="utf-8") for f in files])):
        (target / file.name).write_text(text, encoding="utf-8")
    return len(files)


if __name__ == "__main__":
    made = [resx(p) for p in sorted((ROOT / "src").rglob("*.zh-Hans.resx")) if "/bin/" not in str(p) and "/obj/" not in str(p)]
    print(f"{len(made)} resource files and {mails()} mail templates written in zh-Hant")
