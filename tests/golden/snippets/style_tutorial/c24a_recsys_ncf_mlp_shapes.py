# Neural collaborative filtering: concatenated embeddings into an MLP
import torch
import torch.nn as nn

torch.manual_seed(11)
class NCF(nn.Module):
    def __init__(self, nu, ni, k=4):
        super().__init__()
        self.u = nn.Embedding(nu, k)
        self.i = nn.Embedding(ni, k)
        self.mlp = nn.Sequential(nn.Linear(2 * k, 8), nn.ReLU(), nn.Linear(8, 1))
    def forward(self, u, i):
        x = torch.cat([self.u(u), self.i(i)], dim=-1)
        return self.mlp(x).squeeze(-1)
m = NCF(5, 7)
print(m)
out = m(torch.tensor([0, 4]), torch.tensor([6, 1]))
print(out.shape, out.grad_fn.name())
print(sum(p.numel() for p in m.parameters()))
try:
    m(torch.tensor([0, 1, 2]), torch.tensor([0, 1]))
except RuntimeError as e:
    print(e)
