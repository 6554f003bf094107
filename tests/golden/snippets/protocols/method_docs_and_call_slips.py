import torch

x = torch.tensor([1., 2.])
# help(x.size) and friends have a text; its first line is the call's form
for name in ("size", "dim", "numel", "item", "tolist", "view", "reshape", "sum", "mean", "max", "to", "type",
             "zero_", "requires_grad_", "contiguous", "numpy", "clone"):
    for owner in (torch.Tensor, x):
        doc = getattr(owner, name).__doc__
        print(name, doc.strip().splitlines()[0] if doc else doc)
print(callable(x.size), x.size.__name__, torch.Tensor.size(x))
# the method form takes the operand alone
for call in (lambda: x.pow(x, 2), lambda: x.pow(2, 3), lambda: x.pow(), lambda: x.float_power(x, 2),
             lambda: x.add(x, 2), lambda: x.mul(x, 2), lambda: x.sub_(x, 2), lambda: x.div(x, 2),
             lambda: x.eq(x, 2), lambda: x.pow_(x, 2), lambda: x.maximum(x, x), lambda: x.multiply(x, 2),
             lambda: x.eq()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(torch.pow(x, 2), x.pow(2), x.pow(exponent=2))
