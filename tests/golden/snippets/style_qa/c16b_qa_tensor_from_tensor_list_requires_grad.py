# Q: building a tensor from a list of tensors that require grad.
import torch

w = torch.tensor(2.0, requires_grad=True)
parts = [w * 1, w * 2, w * 3]
t = torch.tensor([p.item() for p in parts])
print(t, t.requires_grad)
s = torch.stack(parts)
print(s)
s.sum().backward()
print(w.grad)
u = torch.tensor(w)
print(u.requires_grad)
