# .double() converts parameters and buffers but not an integer buffer
import torch
import torch.nn as nn

bn = nn.BatchNorm1d(2)
lin = nn.Linear(2, 2)
model = nn.Sequential(lin, bn).double()
for name, t in model.state_dict().items():
    print(name, t.dtype)
print(model(torch.randn(3, 2, dtype=torch.float64)).dtype)
model.float()
print(model[0].weight.dtype, model[1].num_batches_tracked.dtype)
