# A FlattenConsecutive layer that groups n neighbouring embeddings, WaveNet-style
import torch

class GroupNeighbours:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        B, T, C = x.shape
        grouped = x.reshape(B, T // self.n, self.n * C)
        self.out = grouped.squeeze(1) if grouped.shape[1] == 1 else grouped
        return self.out

x = torch.arange(2 * 8 * 2, dtype=torch.float32).view(2, 8, 2)
f2 = GroupNeighbours(2)
pairs = f2(x)
print(pairs.shape)
print(pairs[0])
quads = GroupNeighbours(4)(pairs)
print(quads.shape, GroupNeighbours(2)(pairs).shape)
e = torch.cat([x[:, ::2, :], x[:, 1::2, :]], dim=2)
print(torch.equal(e, pairs))
