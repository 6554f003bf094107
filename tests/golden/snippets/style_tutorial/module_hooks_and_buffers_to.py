# Moving a module with .to(dtype): parameters and float buffers change dtype, integer buffers stay.
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
m = m.to(torch.float64)
print(m[0].weight.dtype, m[1].running_mean.dtype, m[1].num_batches_tracked.dtype)
print(m(torch.randn(3, 2, dtype=torch.float64)).dtype)
m.half()
print(m[0].bias.dtype)
m.float()
print({k: v.dtype for k, v in m.state_dict().items()})
print(m.training, m.eval().training, m.train(False).training)
print(m.requires_grad_(False)[0].weight.requires_grad)
