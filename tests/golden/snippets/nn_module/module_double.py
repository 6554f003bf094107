import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(model[0].weight.dtype, model[1].running_mean.dtype, model[1].num_batches_tracked.dtype)
model.double()
print(model[0].weight.dtype, model[1].running_mean.dtype, model[1].num_batches_tracked.dtype)
print(type(model[0].weight).__name__)
out = model(torch.ones(3, 2, dtype=torch.float64))
print(out.dtype, out.grad_fn)
model.float()
print(model[0].weight.dtype)
print(model.to(torch.float64)[0].bias.dtype)
