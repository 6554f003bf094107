# makemore WaveNet shape: a custom FlattenConsecutive module and BatchNorm1d over (N, C, L) after a transpose.
import torch
import torch.nn as nn


class FlattenConsecutive(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def forward(self, x):
        B, T, C = x.shape
        x = x.view(B, T // self.n, C * self.n)
        return x.squeeze(1) if x.shape[1] == 1 else x


torch.manual_seed(1445)
emb = nn.Embedding(27, 4)
idx = torch.randint(0, 27, (3, 8))
x = emb(idx)
print(x.shape)
h = FlattenConsecutive(2)(x)
print(h.shape)
lin = nn.Linear(8, 6, bias=False)
bn = nn.BatchNorm1d(6)
z = bn(lin(h).transpose(1, 2)).transpose(1, 2)
print(z.shape, bn.running_mean)
print(z.mean(dim=(0, 1)))
h2 = FlattenConsecutive(4)(FlattenConsecutive(2)(x))
print(h2.shape)
