# freezing BatchNorm statistics in a discriminator with eval() on just those layers
import torch
import torch.nn as nn

torch.manual_seed(142)
D = nn.Sequential(nn.Linear(2, 4), nn.BatchNorm1d(4), nn.LeakyReLU(0.2), nn.Linear(4, 1))
D.train()
for m in D.modules():
    if isinstance(m, nn.BatchNorm1d):
        m.eval()
before = D[1].running_mean.clone()
D(torch.randn(8, 2))
print(torch.equal(before, D[1].running_mean), D.training, D[1].training)
print(D[1].num_batches_tracked)
