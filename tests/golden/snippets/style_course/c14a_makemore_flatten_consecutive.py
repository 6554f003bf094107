# makemore WaveNet shape: a custom module merging consecutive steps and BatchNorm1d over (N, C, L) after a transpose.
import torch
import torch.nn as nn


class MergeSteps(nn.Module):
    """Concatenates each run of `group` consecutive time steps' features (makemore's FlattenConsecutive)."""
    def __init__(self, group):
        super().__init__()
        self.group = group

    def forward(self, x):
        merged = x.unflatten(1, (-1, self.group)).flatten(2)
        return merged[:, 0] if merged.shape[1] == 1 else merged


torch.manual_seed(1445)
emb = nn.Embedding(27, 4)
idx = torch.randint(0, 27, (3, 8))
x = emb(idx)
print(x.shape)
h = MergeSteps(2)(x)
print(h.shape)
lin = nn.Linear(8, 6, bias=False)
bn = nn.BatchNorm1d(6)
z = bn(lin(h).transpose(1, 2)).transpose(1, 2)
print(z.shape, bn.running_mean)
print(z.mean(dim=(0, 1)))
h2 = MergeSteps(4)(MergeSteps(2)(x))
print(h2.shape)
