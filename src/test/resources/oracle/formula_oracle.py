"""A small evaluator of journey-template KPI formulas, written for the oracle from
docs/template-format.md alone (it shares nothing with the Java formula engine).

    parse("customers_lost / prev(active_customers)") -> a function of an Env (compute_oracle.Env)

Grammar: numbers, identifiers (a measure id or a KPI id), + - * / with the usual precedence,
left to right, unary minus, parentheses, and the functions prev(x), min(a, ...), max(a, ...)
and abs(x). Comparisons, if() and round() are not needed by the built-in templates and are
refused, so a template that starts to use them fails here instead of being computed wrongly.
A blank input, prev() of the first period or a division by zero raise Blank (see
compute_oracle.py), which makes the KPI blank.
"""

import re

TOKEN = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(.))")


def tokens(text):
    out = []
    for number, name, op in TOKEN.findall(text.strip()):
        if number:
            out.append(("num", float(number)))
        elif name:
            out.append(("name", name))
        elif op.strip():
            out.append(("op", op))
    out.append(("end", None))
    return out


class Parser:
    """Recursive descent; returns closures env -> float that raise Blank."""

    def __init__(self, text, kpi_ids, blank, div):
        self.toks = tokens(text)
        self.pos = 0
        self.text = text
        self.kpi_ids = kpi_ids
        self.blank = blank
        self.div = div
        self.names = set()      # identifiers read (measures and KPIs), outside and inside prev()
        self.uses_prev = False

    def peek(self):
        return self.toks[self.pos]

    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SystemExit("formula %r: expected %s at token %d, found %r"
                             % (self.text, value or kind, self.pos, tok[1]))
        self.pos += 1
        return tok

    def parse(self):
        f = self.sum()
        self.take("end")
        return f

    def sum(self):
        return self.binary(self.product, "+-")

    def product(self):
        return self.binary(self.unary, "*/")

    def binary(self, operand, ops):
        """operand (op operand)*, left to right."""
        apply = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
                 "*": lambda a, b: a * b, "/": self.div}
        f = operand()
        while self.peek()[0] == "op" and self.peek()[1] in ops:
            fn = apply[self.take()[1]]
            g = operand()
            f = (lambda fn, a, b: lambda e: fn(a(e), b(e)))(fn, f, g)
        return f

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            f = self.unary()
            return lambda e: -f(e)
        return self.atom()

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return lambda e: value
        if kind == "op" and value == "(":
            self.take()
            f = self.sum()
            self.take("op", ")")
            return f
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                return self.call(value.lower())
            self.names.add(value)
            if value in self.kpi_ids:
                return lambda e: e.k(value)
            return lambda e: e.m(value)
        raise SystemExit("formula %r: unexpected %r" % (self.text, value))

    def call(self, name):
        self.take("op", "(")
        args = [self.sum()]
        while self.peek() == ("op", ","):
            self.take()
            args.append(self.sum())
        self.take("op", ")")
        if name == "prev" and len(args) == 1:
            self.uses_prev = True
            inner = args[0]
            return lambda e: inner(e.prev())
        if name == "abs" and len(args) == 1:
            inner = args[0]
            return lambda e: abs(inner(e))
        if name in ("min", "max"):
            pick = min if name == "min" else max
            return lambda e: pick(a(e) for a in args)
        raise SystemExit("formula %r: %s() is not supported by the oracle" % (self.text, name))
