# einsum for physics formulas: kinetic energy, moment of inertia tensor traces, batched dot.
import torch

m = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
v = torch.tensor([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]], dtype=torch.float64)
print(0.5 * torch.einsum("i,ij,ij->", m, v, v))
r = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 2.0]], dtype=torch.float64)
I = torch.einsum("i,ij,ik->jk", m, r, r)
print(I)
print(torch.einsum("ii", I), torch.einsum("bi,bi->b", v, v))
