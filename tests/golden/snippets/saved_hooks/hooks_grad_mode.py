import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

def pack(t):
    print("pack: grad enabled", torch.is_grad_enabled(), "requires_grad", t.requires_grad)
    return t * 1

def unpack(t):
    print("unpack: grad enabled", torch.is_grad_enabled(), "grad_fn", t.grad_fn)
    return t

with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = x.exp()
    z = x * torch.tensor([3.0, 4.0])
print(z.grad_fn._saved_other)
print(y.grad_fn._saved_result.grad_fn.name())
print(torch.autograd.grad(y.sum(), x, create_graph=True))
print(torch.autograd.grad(z.sum(), x))
