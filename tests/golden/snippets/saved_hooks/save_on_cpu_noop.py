import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
with torch.autograd.graph.save_on_cpu():
    y = (x * x).exp()
y.sum().backward()
print(x.grad)

with torch.autograd.graph.save_on_cpu(pin_memory=False):
    z = x.sin()
print(z.grad_fn._saved_self)
print(torch.autograd.grad(z.sum(), x))

s = torch.autograd.graph.save_on_cpu()
print(s.pack_hook.__name__, s.unpack_hook.__name__)
print(isinstance(s, torch.autograd.graph.saved_tensors_hooks))
print(torch.autograd.graph.save_on_cpu.__module__)
