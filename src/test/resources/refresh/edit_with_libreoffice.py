#!/usr/bin/python3
"""Edits workbooks in headless LibreOffice through Python-UNO and saves them as xlsx.

    edit_with_libreoffice.py --profile DIR INPUT.xlsx OUTPUT.xlsx EDITS.json
    edit_with_libreoffice.py --profile DIR --jobs JOBS.json

EDITS.json is a JSON list of edits; JOBS.json a list of {"input": ..., "output": ..., "edits": [...]},
all done in ONE soffice session (LibreOffice start-up dominates the cost). Every output is saved
with the filter "Calc MS Excel 2007 XML", as a user's "Save as .xlsx" does.

Edits (rows 1-based, cells and ranges in A1 notation, sheet names as shown on the tabs):
    {"op": "number",  "sheet": S, "cell": "F10", "value": 0.03}
    {"op": "text",    "sheet": S, "cell": "B46", "text": "a note"}
    {"op": "formula", "sheet": S, "cell": "B2",  "formula": "SUM(Data!B2:B5)"}   (Excel syntax, no "=")
    {"op": "date",    "sheet": S, "cell": "C4",  "serial": 45717}               (a date serial, 1900 system)
    {"op": "comment", "sheet": S, "cell": "B8",  "text": "...", "author": "..."}
    {"op": "addSheet", "sheet": S}                                               (appended after the last sheet)
    {"op": "chart",   "sheet": S, "cell": "B2", "categories": "Data!A1:A25", "values": "Data!K1:K25", "title": T}
    {"op": "image",   "sheet": S, "cell": "B2", "png": "/abs/path.png"}
    {"op": "name",    "name": N, "formula": "Targets!$F$10"}                     (a workbook-level defined name)
    {"op": "insertRows", "sheet": S, "row": 3, "count": 2}                       (blank rows before row 3)
    {"op": "rename",  "sheet": S, "to": NEW}
    {"op": "move",    "sheet": S, "range": "A4:J27", "to": "A7"}                 (cut and paste; references follow)

Formulas are translated from Excel syntax to the API's: Sheet!A1 -> $Sheet.A1, 'My sheet'!A1 ->
$'My sheet'.A1, "," -> ";" outside strings. Enough for the corpus's formulas, not for every formula.

Exit code 0 when every job was saved; otherwise 1, with the failing job on stderr.
"""

import json
import os
import re
import subprocess
import sys
import time

import uno
from com.sun.star.awt import Point, Size, Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException
from com.sun.star.table import CellAddress, CellRangeAddress

CONNECT_TIMEOUT_S = 60
FILTER = "Calc MS Excel 2007 XML"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(soffice, profile, pipe):
    cmd = [soffice, "-env:UserInstallation=" + uno.systemPathToFileUrl(os.path.abspath(profile)),
           "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
           "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_TIMEOUT_S
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            return proc, ctx, desktop
        except NoConnectException:
            if proc.poll() is not None:
                raise RuntimeError("soffice exited with %s before accepting a connection: %s"
                                   % (proc.returncode, proc.stderr.read().decode(errors="replace")))
            if time.monotonic() > deadline:
                raise RuntimeError("soffice did not accept a connection within %d s" % CONNECT_TIMEOUT_S)
            time.sleep(0.25)


def stop_office(proc, desktop):
    try:
        desktop.terminate()
    except Exception:  # the bridge goes down while terminating
        pass
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


def excel_to_api(formula):
    """Excel syntax to the API's (see the module's docstring)."""
    out = []
    for i, part in enumerate(re.split(r'("[^"]*")', formula)):
        if i % 2 == 1:  # a string literal
            out.append(part)
            continue
        part = re.sub(r"('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_ .]*?)!", lambda m: "$" + m.group(1) + ".", part)
        out.append(part.replace(",", ";"))
    return "=" + "".join(out)


def cell_position(sheet, cell):
    """Top-left point (1/100 mm) of a cell."""
    return sheet.getCellRangeByName(cell).Position


def area(doc, ref):
    """A CellRangeAddress of "Sheet!A1:B2"."""
    sheet_name, rng = ref.rsplit("!", 1)
    sheet_name = sheet_name.strip("'").replace("''", "'")
    sheet = doc.Sheets.getByName(sheet_name)
    return sheet.getCellRangeByName(rng.replace("$", "")).RangeAddress


def apply(doc, ctx, edit):
    op = edit["op"]
    sheets = doc.Sheets
    sheet = sheets.getByName(edit["sheet"]) if "sheet" in edit and op != "addSheet" else None
    if op == "number":
        sheet.getCellRangeByName(edit["cell"]).setValue(edit["value"])
    elif op == "date":
        sheet.getCellRangeByName(edit["cell"]).setValue(edit["serial"])
    elif op == "text":
        sheet.getCellRangeByName(edit["cell"]).setString(edit["text"])
    elif op == "formula":
        sheet.getCellRangeByName(edit["cell"]).setFormula(excel_to_api(edit["formula"]))
    elif op == "comment":
        c = sheet.getCellRangeByName(edit["cell"]).CellAddress
        sheet.Annotations.insertNew(c, edit["text"])
    elif op == "addSheet":
        sheets.insertNewByName(edit["sheet"], sheets.Count)
    elif op == "chart":
        pos = cell_position(sheet, edit["cell"])
        rect = Rectangle(pos.X, pos.Y, 16000, 9000)
        name = "Chart%d" % (sheet.Charts.Count + 1)
        sheet.Charts.addNewByName(name, rect, (area(doc, edit["categories"]), area(doc, edit["values"])), True, True)
        chart = sheet.Charts.getByName(name).EmbeddedObject
        chart.HasMainTitle = True
        chart.Title.String = edit["title"]
    elif op == "image":
        provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(edit["png"])),))
        shape = doc.createInstance("com.sun.star.drawing.GraphicObjectShape")
        shape.Graphic = graphic
        sheet.DrawPage.add(shape)
        shape.setPosition(cell_position(sheet, edit["cell"]))
        shape.setSize(Size(4000, 3000))
        shape.Anchor = sheet.getCellRangeByName(edit["cell"])
    elif op == "name":
        doc.NamedRanges.addNewByName(edit["name"], excel_to_api(edit["formula"])[1:], CellAddress(0, 0, 0), 0)
    elif op == "insertRows":
        sheet.Rows.insertByIndex(edit["row"] - 1, edit["count"])
    elif op == "rename":
        sheet.Name = edit["to"]
    elif op == "move":
        source = sheet.getCellRangeByName(edit["range"]).RangeAddress
        sheet.moveRange(sheet.getCellRangeByName(edit["to"]).CellAddress, source)
    else:
        raise ValueError("unknown edit %r" % op)


def run_job(desktop, ctx, job):
    url = uno.systemPathToFileUrl(os.path.abspath(job["input"]))
    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
    if doc is None:
        raise RuntimeError("LibreOffice could not open " + job["input"])
    try:
        for edit in job["edits"]:
            apply(doc, ctx, edit)
        out = uno.systemPathToFileUrl(os.path.abspath(job["output"]))
        doc.storeToURL(out, (prop("FilterName", FILTER), prop("Overwrite", True)))
    finally:
        doc.close(True)


def main(argv):
    args = list(argv)
    profile, jobs_file, soffice = None, None, os.environ.get("SOFFICE", "soffice")
    if "--profile" in args:
        i = args.index("--profile")
        profile = args[i + 1]
        del args[i:i + 2]
    if "--jobs" in args:
        i = args.index("--jobs")
        jobs_file = args[i + 1]
        del args[i:i + 2]
    if profile is None or (jobs_file is None and len(args) != 3):
        sys.stderr.write(__doc__)
        return 2
    if jobs_file:
        with open(jobs_file, encoding="utf-8") as f:
            jobs = json.load(f)
    else:
        with open(args[2], encoding="utf-8") as f:
            jobs = [{"input": args[0], "output": args[1], "edits": json.load(f)}]
    pipe = "journeydash_edit_%d" % os.getpid()
    proc, ctx, desktop = start_office(soffice, profile, pipe)
    try:
        for job in jobs:
            try:
                run_job(desktop, ctx, job)
            except Exception as e:
                sys.stderr.write("job %s -> %s failed: %s: %s\n" % (job["input"], job["output"], type(e).__name__, e))
                return 1
            print("saved " + job["output"], flush=True)
    finally:
        stop_office(proc, desktop)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
