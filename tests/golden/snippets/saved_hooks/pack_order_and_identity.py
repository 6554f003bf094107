import torch
from torch.autograd.graph import saved_tensors_hooks

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.tensor([4.0, 5.0, 6.0], requires_grad=True)
log = []

def pack(t):
    log.append(("pack", t.tolist(), t is a, t is b, t.requires_grad))
    return t

def unpack(t):
    log.append(("unpack", t.tolist()))
    return t

with saved_tensors_hooks(pack, unpack):
    z = a * b
    e = a.exp()
for entry in log:
    print(entry)
log.clear()

print(torch.autograd.grad(z.sum(), a, retain_graph=True))
print(log)
log.clear()
print(z.grad_fn._saved_self is a, z.grad_fn._saved_other)
print(log)
log.clear()
r = e.grad_fn._saved_result
print(r, r is e, r.grad_fn.name())
print(log)

w = a * b  # outside the block: no hooks
print(len(log))
