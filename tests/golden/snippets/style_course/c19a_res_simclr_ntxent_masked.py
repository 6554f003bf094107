# SimCLR NT-Xent over 2N views, masking self-similarity with -inf
import torch
import torch.nn.functional as F
torch.manual_seed(18)
N = 3
z = F.normalize(torch.randn(2 * N, 5), dim=1)
sim = z @ z.t() / 0.2
sim.fill_diagonal_(float("-inf"))
targets = torch.cat([torch.arange(N, 2 * N), torch.arange(0, N)])
print(targets)
print(sim[0])
print(F.cross_entropy(sim, targets).item())
