# Q: why does print(loss.item) show "<built-in method item ...>", and what do the errors mean?
import torch
import torch.nn as nn

t = torch.arange(6.0).reshape(2, 3)
loss = (t ** 2).mean()
print(loss.item)
print(t.size, t.dim)
print(type(t.numel).__name__, t.size.__name__, t.size.__self__ is t, t.size == t.size)
for expr in ("t.size[0]", "t.dim + 1", "loss.item > 0", "float(loss.item)", "len(t.size)",
             "list(t.tolist)", "t.float[0]", "round(t.mean, 2)", "f'{loss.item:.3f}'", "t.t.shape"):
    try:
        print(expr, eval(expr))
    except (TypeError, AttributeError) as e:
        print(expr, "->", type(e).__name__, e)
w = nn.Parameter(torch.ones(2))
print(w.sum)
print(t.size(1), t.dim(), loss.item(), t.t().shape)
print(loss.backward)  # a method PyTorch writes in Python: a bound method
print(t.view, t.reshape, t.to, t.zero_, w.requires_grad_, t.split)
t.size = 5  # an instance attribute hides the method, as on a PyTorch tensor
print(t.size, torch.Tensor.size(torch.ones(2)))
