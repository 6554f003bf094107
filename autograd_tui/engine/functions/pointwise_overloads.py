"""The overloads PyTorch's parser lists for the arithmetic ops when none takes the arguments
(``torch.eq(t, [1.0])``, ``torch.pow(2, 3)``): the text of its "invalid combination" TypeError."""
from __future__ import annotations

_OUT = "*, Tensor out = None"
OVERLOADS = {
    "compare": (f"(Tensor input, Tensor other, {_OUT})", f"(Tensor input, Number other, {_OUT})"),
    "pow": (f"(Tensor input, Tensor exponent, {_OUT})", f"(Number self, Tensor exponent, {_OUT})",
            f"(Tensor input, Number exponent, {_OUT})"),
    "subtract": ("(Tensor input, Tensor other, *, Number alpha = 1, Tensor out = None)",
                 "(Tensor input, Number other, Number alpha = 1)"),
    "multiply": (f"(Tensor input, Tensor other, {_OUT})", "(Tensor input, Number other)"),
    "divide": (f"(Tensor input, Tensor other, {_OUT})",
               "(Tensor input, Tensor other, *, str rounding_mode, Tensor out = None)", "(Tensor input, Number other)",
               "(Tensor input, Number other, *, str rounding_mode)"),
    "div_rounding": (f"(Tensor input, Tensor other, {_OUT})",
                     "(Tensor input, Tensor other, *, str rounding_mode, Tensor out = None)",
                     "(Tensor input, Number other, *, str rounding_mode)"),
    "where": ("(Tensor condition)", f"(Tensor condition, Tensor input, Tensor other, {_OUT})",
              "(Tensor condition, Number self, Tensor other)", "(Tensor condition, Tensor input, Number other)",
              "(Tensor condition, Number self, Number other)"),
}
OVERLOADS["true_divide"] = OVERLOADS["multiply"]
OVERLOADS["remainder"] = (f"(Tensor input, Tensor other, {_OUT})", "(Number self, Tensor other)",
                          f"(Tensor input, Number other, {_OUT})")
OVERLOADS["fmod"] = (f"(Tensor input, Tensor other, {_OUT})", f"(Tensor input, Number other, {_OUT})")
