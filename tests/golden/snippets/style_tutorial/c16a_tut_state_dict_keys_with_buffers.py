# state_dict holds parameters and buffers; named_buffers lists the BatchNorm statistics
import torch
from torch import nn

torch.manual_seed(1623)
model = nn.Sequential(nn.Linear(3, 5, bias=False), nn.BatchNorm1d(5, momentum=0.3), nn.Tanh(), nn.Linear(5, 2))
for key, value in model.state_dict().items():
    print(f"{key:28s} {str(tuple(value.shape)):8s} {value.dtype}")
print([(n, b.dtype) for n, b in model.named_buffers()])
bn = model[1]
model(torch.randn(6, 3))
print(bn.running_mean, bn.running_var)
print(bn.num_batches_tracked, model.state_dict()["1.num_batches_tracked"])
