# Q: what is inside a state_dict? Keys, shapes, buffers and the OrderedDict itself.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
sd = model.state_dict()
print(type(sd).__name__, list(sd.keys()))
for k, v in sd.items():
    print(k, tuple(v.shape), v.dtype)
print(sd['0.weight'])
print(nn.Linear(1, 1).state_dict())
print(sd['1.num_batches_tracked'], sd['0.bias'].requires_grad, model[0].bias.requires_grad)
print([name for name, _ in model.named_buffers()])
