# Q: my distance has NaN gradient when two points coincide
import torch

p = torch.tensor([1.0, 2.0], requires_grad=True)
q = torch.tensor([1.0, 2.0])
d = ((p - q) ** 2).sum() ** 0.5
d.backward()
print(d, p.grad)
p.grad = None
d = torch.dist(p, q)
d.backward()
print(d, p.grad)
p.grad = None
d = ((p - q) ** 2).sum().add(1e-8).sqrt()
d.backward()
print(p.grad)
