# Lecture: saved-tensor hooks - see what autograd keeps for backward.
import torch

saved = []

def pack(t):
    saved.append((tuple(t.shape), t.dtype))
    return t.clone()

def unpack(t):
    print("unpack", tuple(t.shape))
    return t

x = torch.linspace(-1, 1, 5, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = torch.sin(x) * x.exp()
    z = y.pow(2).sum()
print("packed:", saved)
z.backward()
print(x.grad)

x.grad = None
with torch.autograd.graph.save_on_cpu():
    w = (x * x).sum()
w.backward()
print(x.grad)
