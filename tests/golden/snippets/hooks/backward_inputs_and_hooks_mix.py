# Tensor, node and module hooks; retain_grad on in-place results; backward(inputs=...) including an empty list.
import torch
import torch.nn as nn
# hooks: register_hook on a tensor used twice; post accumulate grad hooks; node hooks
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.register_hook(lambda g: print("y hook", g))
z = y * y + y
z.sum().backward()
print(x.grad)
h = x.register_post_accumulate_grad_hook(lambda p: print("post acc", p.grad))
(x * 3).sum().backward()
h.remove()
y = x.exp()
y.grad_fn.register_hook(lambda gi, go: print("node hook", gi, go))
y.grad_fn.register_prehook(lambda go: print("node prehook", go))
y.sum().backward()
# retain_grad then in-place
a = x * 1
a.retain_grad()
a.mul_(2)
a.sum().backward()
print(a.grad, a.grad_fn)
# grad of a view
b = x.clone()
v = b[0]
v.retain_grad()
(v * 5).backward()
print(v.grad)
# requires_grad_ on a non-leaf
try:
    (x * 2).requires_grad_(False)
except RuntimeError as e:
    print(e)
c = (x * 2).detach()
print(c.requires_grad_(True).is_leaf)
# backward with inputs=
p = torch.tensor(1.0, requires_grad=True); q = torch.tensor(2.0, requires_grad=True)
(p * q).backward(inputs=[p])
print(p.grad, q.grad)
try:
    (p * q).backward(inputs=[])
except RuntimeError as e:
    print(e)
# torch.autograd.backward with tensors list
p.grad = None
torch.autograd.backward([p * 2, q * 3], [torch.tensor(1.0), torch.tensor(2.0)])
print(p.grad, q.grad)
# module hooks
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0], [3.0, 4.0]])); lin.bias.zero_()
lin.register_forward_hook(lambda m, i, o: o * 2)
print(lin(torch.ones(1, 2)))
lin2 = nn.Linear(2, 2)
hh = lin2.register_forward_pre_hook(lambda m, args, kwargs: (args, kwargs), with_kwargs=True)
print(type(hh).__name__)
bh = lin.register_full_backward_pre_hook(lambda m, go: print("bw pre", [g.shape for g in go]))
lin(torch.ones(1, 2, requires_grad=True)).sum().backward()
print(lin.weight.grad)
# grad_fn metadata
w = x * 2
print(w.grad_fn.metadata, w.grad_fn._saved_other if hasattr(w.grad_fn, "_saved_other") else "-")
