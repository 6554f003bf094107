# Operands given by keyword (exponent=, other=, k=) work as in PyTorch, and a wrong one is named without a position.
import torch
x = torch.tensor([1., 2.])
for f in [lambda: x.pow(exponent=2), lambda: x.pow_(exponent=1), lambda: x.float_power(exponent=2), lambda: x.maximum(2.), lambda: x.atan2(1.),
          lambda: x.topk(k=1.0), lambda: x.topk(k=1), lambda: torch.eq(x, other=x), lambda: torch.lt(input=x, other=1), lambda: x.add(other=[1.]), lambda: x.add(other=x, alpha=2),
          lambda: x.minimum(other=[1.]), lambda: x.mul(other=2), lambda: x.eq(other=[1.]), lambda: torch.max(x, 0, out=x)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
