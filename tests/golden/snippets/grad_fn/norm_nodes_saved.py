# What the normalisation nodes saved, as dir(grad_fn) lists it and each value.
import torch
import torch.nn.functional as F

def show(t):
    fn = t.grad_fn
    print(fn.name())
    for name in dir(fn):
        if name.startswith("_saved_"):
            print(" ", name, getattr(fn, name))
        elif name.startswith("_raw_saved_"):
            print(" ", name, type(getattr(fn, name)).__name__)

torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
w, b = torch.randn(4, requires_grad=True), torch.randn(4, requires_grad=True)
show(F.layer_norm(x, (4,), w, b))
show(F.layer_norm(x, (3, 4)))
bn = torch.nn.BatchNorm1d(3)
show(bn(x))
bn.eval()
show(bn(x))
show(F.batch_norm(x, None, None, training=True))
show(F.group_norm(x, 3))
show(torch.linalg.vector_norm(x, ord=3, dim=-1))
show(x.median(-1)[0])
y = F.layer_norm(x, (4,))
y.sum().backward()
try:
    y.grad_fn._saved_result1
except RuntimeError as e:
    print(str(e)[:60])
