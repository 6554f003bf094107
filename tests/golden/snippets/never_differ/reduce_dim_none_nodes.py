import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], requires_grad=True)

# sum() and sum(dim=None) are different overloads, with different nodes
print(x.sum().grad_fn.name(), x.sum(dim=None).grad_fn.name(), x.sum(()).grad_fn.name())
s = x.sum(None, keepdim=True)
print(s.shape, s.grad_fn._saved_dim, s.grad_fn._saved_keepdim)
m = x.mean(dim=None)
print(m.grad_fn.name(), m.grad_fn._saved_dim)
m.backward()
print(x.grad)

# what var/std saved as their correction depends on what the call said
for label, out in [("std()", x.std()), ("std(unbiased=True)", x.std(unbiased=True)),
                   ("std(0)", x.std(0)), ("var(correction=2)", x.var(correction=2)),
                   ("var(dim=None)", x.var(dim=None))]:
    print(label, out.grad_fn._saved_correction, out.grad_fn._saved_dim)
vm = torch.var_mean(x)
print(vm[0].grad_fn.name(), vm[0].grad_fn._saved_correction, vm[0].grad_fn._saved_dim)
print(x.amax().grad_fn._saved_dim, x.nansum().grad_fn._saved_dim)
