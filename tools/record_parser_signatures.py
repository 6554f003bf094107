#!/usr/bin/env python3
"""Record the signatures PyTorch's argument parser holds for each ``torch.*`` builtin.

    /work/main/.venv-torch/bin/python tools/record_parser_signatures.py

Writes ``autograd_tui/engine/functions/parser_signatures.json``: for every public builtin of
``torch``, ``torch.nn.functional``, ``torch.linalg``, ``torch.special`` and ``torch.fft`` that the embedded engine
also has, its signatures as the parser
prints them. ``functions/parser.py`` reads it when a call of such a function fails, so that a
mistyped keyword or a missing argument gets the parser's own message (``add() received an invalid
combination of arguments - got (Tensor, dims=int), but expected one of: ...``).

Where a function has several signatures, they come from the parser itself: a call with more
keywords than any signature takes makes it list them all. A function with one signature never
lists it; it is rebuilt from the stub ``torch/_C/_VariableFunctions.pyi`` (generated from the same
declarations; ATen's schema for torch.linalg, torch.special and torch.fft, which have no stub) and kept
only if the parser's answers to a call without arguments and to a call
with too many agree with what the engine's parser predicts from it.
"""
from __future__ import annotations

import ast
import json
import os
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "autograd_tui" / "engine" / "functions" / "parser_signatures.json"
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.functions.parser import _params, parser_error  # noqa: E402

HIDDEN = "hidden"  # the mark after a signature list that leaves out hidden (deprecated) signatures
# the marks of a builtin bound without PyTorch's parser (Tensor.sin, torch.from_numpy); functions/parser.py reads them
NO_ARGUMENTS, ONE_ARGUMENT = "no arguments", "one argument"

# the stub's annotations as the parser's type names ("?": None taken without a default)
_KINDS = {
    "Tensor": "Tensor", "_bool": "bool", "_int": "int", "_float": "float", "str": "str",
    "tuple[Tensor, ...] | list[Tensor]": "tuple of Tensors", "Number | _complex": "Number",
    "_dtype": "torch.dtype", "DeviceLikeType": "torch.device", "_layout": "torch.layout",
    "Generator": "torch.Generator", "memory_format": "torch.memory_format",
    "Sequence[_int | SymInt]": "tuple of ints", "_size": "tuple of ints", "_int | _size": "tuple of ints[1]",
    "_int | SymInt": "int",
}


def _listed(function) -> list[str] | None:
    """The signatures the parser lists for a call no signature takes, or None (one signature)."""
    try:
        function(**{f"unknown_{i}": 0 for i in range(64)})
    except TypeError as error:
        text = str(error)
    else:
        return None
    if text.endswith("() takes no keyword arguments"):
        # bound without the parser, as Python binds a builtin: its printed name, and whether it takes one argument
        try:
            function()
            takes = NO_ARGUMENTS
        except TypeError as error:
            takes = ONE_ARGUMENT if "takes exactly one argument" in str(error) else NO_ARGUMENTS
        except Exception:  # the call was bound; the op refused it
            takes = NO_ARGUMENTS
        return [takes, text.removesuffix("() takes no keyword arguments")]
    if "got unrecognized keyword arguments" in text:
        # one visible signature beside hidden (deprecated) ones: the parser prints it for a call of
        # too many arguments
        try:
            function(*(None,) * 64)
        except TypeError as error:
            text = str(error)
        if ", but expected (" in text:
            return [text.split(", but expected ", 1)[1], HIDDEN]
    if "but expected one of:" not in text:
        return None
    lines = text.split("but expected one of:", 1)[1].splitlines()
    return [line[3:] for line in lines if line.startswith(" * ")]


def _stub_definitions(stub: str, class_name: str = "") -> dict[str, list[ast.FunctionDef]]:
    """The stub's functions (or the methods of its class ``class_name``, without ``self``)."""
    path = os.path.join(os.path.dirname(torch.__file__), "_C", stub)
    body = ast.parse(Path(path).read_text()).body
    if class_name:
        body = next(node.body for node in body if isinstance(node, ast.ClassDef) and node.name == class_name)
    found: dict[str, list[ast.FunctionDef]] = {}
    for node in body:
        if isinstance(node, ast.FunctionDef):
            if class_name:
                if not node.args.args or node.args.args[0].arg != "self":
                    continue
                node.args.args = node.args.args[1:]
            found.setdefault(node.name, []).append(node)
    return found


def _from_stub(definition: ast.FunctionDef) -> str | None:
    slots: list[str | None] = []

    def slot(argument: ast.arg, default: ast.expr | None) -> str | None:
        annotation = ast.unparse(argument.annotation) if argument.annotation else ""
        nullable = annotation.endswith(" | None")
        base = annotation.removesuffix(" | None")
        kind = _KINDS.get(base, "object")  # a type the engine's parser does not check
        if default is None:
            return f"{kind}{'?' if nullable else ''} {argument.arg}"
        return f"{kind} {argument.arg} = {ast.unparse(default)}"

    positional = definition.args.args
    defaults = [None] * (len(positional) - len(definition.args.defaults)) + list(definition.args.defaults)
    for argument, default in zip(positional, defaults):
        slots.append(slot(argument, default))
    if definition.args.kwarg or definition.args.vararg and positional:
        return None
    if definition.args.vararg:  # zeros(*size): the parser's one int list, also taken spread out
        slots.append(f"tuple of ints {definition.args.vararg.arg}")
    if definition.args.kwonlyargs:
        slots.append("*")
        for argument, default in zip(definition.args.kwonlyargs, definition.args.kw_defaults):
            slots.append(slot(argument, default))
    if None in slots:
        return None
    return "(" + ", ".join(s for s in slots if s is not None) + ")"


# ATen's schema types as the parser's ("?" after one: None is taken; "[1]": a single int is taken for the list)
_SCHEMA_KINDS = {
    "Tensor": "Tensor", "Scalar": "Number", "int": "int", "SymInt": "int", "bool": "bool", "float": "float",
    "str": "str", "ScalarType": "torch.dtype", "Layout": "torch.layout", "Device": "torch.device",
    "MemoryFormat": "torch.memory_format", "Generator": "torch.Generator", "Tensor[]": "tuple of Tensors",
    "int[]": "tuple of ints", "SymInt[]": "tuple of ints", "int[1]": "tuple of ints[1]",
    "SymInt[1]": "tuple of ints[1]",
}


def _schema_type(text: str) -> str:
    """A schema type as ATen's declarations write it: some schemas print ``Optional[List[int]]``
    where others print ``int[]?`` (torch.fft's)."""
    nullable = text.startswith("Optional[") and text.endswith("]")
    if nullable:
        text = text[len("Optional["):-1]
    if text.startswith("List[") and text.endswith("]"):
        text = text[len("List["):-1] + "[]"
    return text + ("?" if nullable else "")


def _from_schema(aten_name: str) -> str | None:
    """The one signature of ``torch.<aten_name>`` rebuilt from ATen's schema (torch.linalg and
    torch.special have no stub), with its out overload's ``out`` when it has one; None when a type has
    no parser name here."""
    packet = getattr(torch.ops.aten, aten_name, None)
    if packet is None:
        return None
    names = packet.overloads()
    overload = "out" if "out" in names else "default" if "default" in names else None
    if overload is None:
        return None
    schema = getattr(packet, overload)._schema
    slots, keyword_only = [], False
    outs = sum(argument.is_out for argument in schema.arguments)
    for argument in schema.arguments:
        text = _schema_type(str(argument.type))
        nullable = text.endswith("?")
        kind = _SCHEMA_KINDS.get(text.removesuffix("?"), "Tensor" if argument.is_out else None)
        if kind is None:
            return None
        if argument.kwarg_only and not keyword_only:
            slots.append("*")
            keyword_only = True
        name = "input" if argument.name == "self" else argument.name
        if argument.is_out:  # the parser's one out= (a tuple of them for several results)
            if outs:
                slots.append("Tensor out = None" if outs == 1 else "tuple of Tensors out = None")
                outs = 0
        elif argument.has_default_value():
            default = argument.default_value
            shown = str(default) if not isinstance(default, str) else f'"{default}"'
            slots.append(f"{kind}{'?' if nullable else ''} {name} = {shown}")
        else:
            slots.append(f"{kind}{'?' if nullable else ''} {name}")
    return "(" + ", ".join(slots) + ")"


def _agrees(name: str, function, signature: str) -> bool:
    """Whether the parser answers two probing calls as ``signature`` predicts."""
    _params(signature)
    for args in ((), (None,) * 40):  # (a method's self is bound already)
        try:
            function(*args)
            said = None
        except TypeError as error:
            said = str(error)
        except Exception:  # the parser took the call; the op refused it
            said = None
        predicted = parser_error(name, (signature,), args, {})
        if said != (None if predicted is None else str(predicted)):
            return False
    return True


def _record(namespace, names: list[str], stubs: dict, prefix: str = "") -> dict[str, list[str]]:
    """``prefix``: the builtins' own name before the attribute's (``linalg_det`` is ``torch.linalg.det``),
    whose one signature comes from ATen's schema."""
    recorded: dict[str, list[str]] = {}
    for name in names:  # (methods: of a new tensor each, as the probes may change it)
        function = getattr(namespace() if callable(namespace) else namespace, name, None)
        if type(function).__name__ != "builtin_function_or_method":
            continue
        listed = _listed(function)
        if listed:
            recorded[name] = listed
            continue
        if prefix and function is not None:
            signature = _from_schema(function.__name__)
            if signature is not None and _agrees(function.__name__, function, signature):
                recorded[name] = [signature]
            continue
        for definition in stubs.get(name, []):  # (the stub also lists the named-dim overloads)
            signature = _from_stub(definition)
            if signature is not None and _agrees(name, function, signature):
                recorded[name] = [signature]
                break
    return recorded


def _public(module) -> list[str]:
    return sorted(n for n in dir(module) if not n.startswith("_") and callable(getattr(module, n, None)))


def main() -> None:
    from autograd_tui import engine
    from autograd_tui.engine.nn import functional as engine_functional

    stubs = _stub_definitions("_VariableFunctions.pyi")
    nn_stubs = {**stubs, **_stub_definitions("_nn.pyi")}
    torch_names = sorted(n for n in dir(engine) if not n.startswith("_") and callable(getattr(engine, n, None)))
    functional_names = sorted(n for n in dir(engine_functional) if not n.startswith("_"))
    method_stubs = _stub_definitions("__init__.pyi", "TensorBase")
    method_names = sorted(n for n in dir(engine.Tensor)
                          if not n.startswith("_") and callable(getattr(engine.Tensor, n)))
    result = {"torch": _record(torch, torch_names, stubs), "functional": _record(F, functional_names, nn_stubs),
              "methods": _record(lambda: torch.ones(2, 2), method_names, method_stubs),
              "linalg": _record(torch.linalg, _public(engine.linalg), {}, "linalg_"),
              "special": _record(torch.special, _public(engine.special), {}, "special_"),
              "fft": _record(torch.fft, _public(engine.fft), {}, "fft_")}
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}: " + ", ".join(f"{k} {len(v)}" for k, v in result.items()))


if __name__ == "__main__":
    main()
