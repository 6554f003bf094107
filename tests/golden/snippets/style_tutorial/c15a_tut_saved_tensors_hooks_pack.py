# Hooks for saved tensors: pack/unpack hooks that print what autograd stores
import torch

def pack_hook(x):
    print("Packing", tuple(x.shape), x.dtype)
    return x.clone()

def unpack_hook(x):
    print("Unpacking", tuple(x.shape))
    return x

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = torch.ones(3, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
    y = a * b
    z = y.exp()
z.sum().backward()
print(a.grad, b.grad)
with torch.autograd.graph.save_on_cpu():
    w = (a ** 2).sum()
w.backward()
print(a.grad)
