import torch
import torch.nn.functional as F

R = torch.tensor([[5., 3., 0., 1.],
                  [4., 0., 0., 1.],
                  [1., 1., 0., 5.],
                  [0., 0., 5., 4.]])
Rn = F.normalize(R, dim=0)
sim = Rn.t() @ Rn
print(sim)
sim.fill_diagonal_(0)
print(sim.argmax(dim=1))
print(F.cosine_similarity(R[:, 0], R[:, 3], dim=0))
