# BatchNorm1d options: momentum=None (cumulative average), affine=False, no running stats
import torch
from torch import nn

torch.manual_seed(2)
batches = [torch.randn(8, 2) + i for i in range(3)]
cum = nn.BatchNorm1d(2, momentum=None)
plain = nn.BatchNorm1d(2, affine=False)
stateless = nn.BatchNorm1d(2, track_running_stats=False)
for b in batches:
    cum(b); plain(b); stateless(b)
print(cum.running_mean)
print(torch.stack([b.mean(0) for b in batches]).mean(0))
print(plain.running_mean, plain.weight)
print(stateless.running_mean, stateless)
stateless.eval()
print(stateless(batches[0])[:2])
