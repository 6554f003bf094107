# A hierarchical char model with embedding, grouped linear layers and BatchNorm over channels
import torch
from torch import nn

class Group(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def forward(self, x):
        merged = x.unflatten(1, (x.shape[1] // self.n, self.n)).flatten(2)
        return merged.squeeze(1) if merged.shape[1] == 1 else merged

class ChannelBN(nn.BatchNorm1d):
    def forward(self, x):
        return super().forward(x.transpose(1, 2)).transpose(1, 2) if x.dim() == 3 else super().forward(x)

torch.manual_seed(1706)
model = nn.Sequential(nn.Embedding(8, 4), Group(2), nn.Linear(8, 10, bias=False), ChannelBN(10), nn.Tanh(),
                      Group(2), nn.Linear(20, 10, bias=False), ChannelBN(10), nn.Tanh(), nn.Linear(10, 8))
X, Y = torch.randint(0, 8, (16, 4)), torch.randint(0, 8, (16,))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(4):
    loss = nn.functional.cross_entropy(model(X), Y)
    opt.zero_grad(); loss.backward(); opt.step()
    print(step, loss.item())
print(model[3].running_mean.shape, sum(p.numel() for p in model.parameters()))
