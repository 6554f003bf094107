import torch
import torch.nn.functional as F

torch.manual_seed(10)
z = torch.randn(4, 3)
zn = F.normalize(z, dim=1)
sim = zn @ zn.t()
print(sim)
print(F.cosine_similarity(z[0:1], z, dim=1))
print(sim.fill_diagonal_(-1).argmax(1))
