#!/usr/bin/env python3
"""Checks every #include "..." of src/ against bizline's layering; `make test` runs it (ctest).

The layers are the CMake libraries of src/ and may include only what they link (see each
src/*/CMakeLists.txt):

    domain   -> domain                 (pure: nothing of bizline outside domain/)
    catalog  -> domain, catalog        (the YAML loaders, library catalog_file)
    app      -> domain, app            (never storage, http, notify, jobs, main)
    storage  -> domain, app, storage
    notify   -> domain, app, notify
    jobs     -> domain, app, jobs
    radius   -> domain, app, radius    (RADIUS on UDP, feeding usage)
    pdf      -> domain, pdf            (the document writer on cairo; knows no capability)
    http     -> domain, app, catalog, pdf, http
    main     -> anything

Inside domain/, app/, storage/ and http/, every file sits in a capability folder (or core/, the
mechanisms all capabilities share), and one capability uses another only one way: the include
graph between a layer's capability folders (<layer>/<cap>/ -> <layer>/<other>/, core excluded)
must have no cycle, and <layer>/core/ includes nothing of that layer outside core/. Every violation is printed as `file:line: <from> may not include <to> (<why>)`; the exit
status is 1 when there is one. Usage: check_includes.py [SRC_DIR]   (default: src/ of the repo)
"""
import os
import re
import sys

ALLOWED = {
    "domain": {"domain"},
    "catalog": {"domain", "catalog"},
    "app": {"domain", "app"},
    "storage": {"domain", "app", "storage"},
    "notify": {"domain", "app", "notify"},
    "jobs": {"domain", "app", "jobs"},
    "radius": {"domain", "app", "radius"},
    "pdf": {"domain", "pdf"},
    "http": {"domain", "app", "catalog", "pdf", "http"},
    "main": None,  # the wiring may include every layer
}
SLICED = ("domain", "app", "storage", "http")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def includes(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for number, line in enumerate(f, 1):
            m = INCLUDE.match(line)
            if m:
                yield number, m.group(1)


def find_cycle(graph):
    """One cycle of the graph as a list of nodes, or None."""
    state = {}
    stack = []

    def visit(node):
        state[node] = "open"
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = "done"
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def check(src):
    problems = []
    graphs = {layer: {} for layer in SLICED}
    where = {}  # (layer, from cap, to cap) -> first file:line
    for root, _, files in os.walk(src):
        for name in sorted(files):
            if not name.endswith((".h", ".cpp")):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, src)
            parts = rel.split(os.sep)
            layer = parts[0]
            allowed = ALLOWED.get(layer, set())
            if layer in SLICED and len(parts) == 2:
                problems.append(f"{os.path.join(os.path.basename(src), rel)}:1: {layer}/{name} is in no capability "
                                f"folder (put it in {layer}/<capability>/ or {layer}/core/)")
            for number, target in includes(path):
                top = target.split("/")[0]
                if top not in ALLOWED and not target.startswith(("generated/",)):
                    continue  # a generated header (openapi_embedded.h, migrations) or not bizline's
                at = f"{os.path.join(os.path.basename(src), rel)}:{number}"
                if allowed is not None and top not in allowed:
                    problems.append(f"{at}: {layer} may not include {target} (layer {layer} links only "
                                    f"{', '.join(sorted(allowed))})")
                    continue
                if layer in SLICED and top == layer and len(parts) > 2 and target.count("/") >= 2:
                    cap, target_cap = parts[1], target.split("/")[1]
                    if cap == "core" and target_cap != "core":
                        problems.append(f"{at}: {layer}/core may not include {target} (core is shared by all)")
                    elif target_cap not in (cap, "core"):
                        graphs[layer].setdefault(cap, set()).add(target_cap)
                        where.setdefault((layer, cap, target_cap), at)
    for layer in SLICED:
        cycle = find_cycle(graphs[layer])
        if cycle:
            steps = [f"{a} -> {b} ({where[(layer, a, b)]})" for a, b in zip(cycle, cycle[1:])]
            problems.append(f"{where[(layer, cycle[0], cycle[1])]}: {layer}/{cycle[0]} may not include "
                            f"{layer}/{cycle[1]} (capabilities include each other: {'; '.join(steps)})")
    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "src")
    problems = check(os.path.normpath(src))
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) break the layering", file=sys.stderr)
        return 1
    print("includes follow the layering")
    return 0


if __name__ == "__main__":
    sys.exit(main())
