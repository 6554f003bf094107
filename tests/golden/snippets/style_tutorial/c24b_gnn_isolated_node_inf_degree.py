# an isolated node makes deg^-1/2 infinite; learners mask it out
import torch

A = torch.tensor([[0., 1., 0.],
                  [1., 0., 0.],
                  [0., 0., 0.]])
deg = A.sum(1)
d = deg.pow(-0.5)
print(d)
print(torch.isinf(d))
d[torch.isinf(d)] = 0.0
print(d)
d2 = torch.where(deg > 0, deg.rsqrt(), torch.zeros_like(deg))
print(d2)
print(d2.masked_fill(deg == 0, -1.0))
norm = d.unsqueeze(1) * A * d.unsqueeze(0)
print(norm)
