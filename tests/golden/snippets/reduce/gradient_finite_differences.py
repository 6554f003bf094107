# torch.gradient: central differences inside, one-sided at the ends, with spacing, dims and edge_order.
import torch

t = torch.tensor([[1.0, 4.0, 9.0, 16.0], [2.0, 3.0, 5.0, 8.0], [0.5, 0.25, 1.0, 4.0]])
print(torch.gradient(t))
print(torch.gradient(t, spacing=2.0, dim=1))
print(torch.gradient(t, spacing=[0.5, 3.0]))
print(torch.gradient(t, dim=[1], edge_order=2))
print(torch.gradient(t, spacing=(2.0,), dim=0, edge_order=2))
print(torch.gradient(torch.tensor([1, 4, 9, 16])), torch.gradient(t, dim=-1)[0].shape)
print(torch.gradient(torch.linspace(0, 1, 6, dtype=torch.float64) ** 3, spacing=0.2))
print(torch.gradient(t, spacing=torch.tensor(2.0), dim=1))
x = torch.tensor([1.0, 2.0, 4.0, 8.0], requires_grad=True)
(g,) = torch.gradient(x)
print(g, g.grad_fn)
g.sum().backward()
print(x.grad)
for kw in [dict(edge_order=3), dict(dim=0, edge_order=2, spacing=1.0), dict(spacing=[1.0, 2.0, 3.0]),
           dict(spacing=[1.0, 2.0], dim=0), dict(dim=[0, 0])]:
    try:
        print(torch.gradient(torch.ones(2, 5), **kw))
    except RuntimeError as e:
        print("RuntimeError:", e)
