import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
sd = model.state_dict()
print(list(sd.keys()))
print(sd["0.weight"])
print(sd["1.running_var"], sd["1.num_batches_tracked"])
print(sd["0.weight"].requires_grad)
print(model.state_dict(keep_vars=True)["0.bias"])
