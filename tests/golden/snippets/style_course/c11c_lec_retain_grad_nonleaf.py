# Lecture: leaf and non-leaf tensors, retain_grad and where gradients are stored.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
h.retain_grad()
y = h.pow(2)
z = y.mean()
for name, t in [("x", x), ("h", h), ("y", y), ("z", z)]:
    print(name, t.is_leaf, t.requires_grad, t.retains_grad, type(t.grad_fn).__name__)
z.backward()
print("x.grad", x.grad)
print("h.grad", h.grad)
print("y.grad", y.grad)
c = torch.tensor([5.0])
print(c.is_leaf, c.requires_grad, c.grad)
p = torch.nn.Parameter(torch.ones(2))
print(p.is_leaf, p.requires_grad, (p * 2).is_leaf)
