# mean ablation: replace a layer's output by its dataset mean instead of zero
import torch
from torch import nn

torch.manual_seed(12)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
data = torch.randn(20, 4)
with torch.no_grad():
    hidden = model[1](model[0](data))
mean_act = hidden.mean(dim=0, keepdim=True)
print(mean_act)
print("dead units:", (hidden.amax(dim=0) == 0).nonzero().flatten().tolist())
handle = model[1].register_forward_hook(lambda m, i, o: mean_act.expand_as(o))
with torch.no_grad():
    ablated = model(data[:3])
handle.remove()
with torch.no_grad():
    normal = model(data[:3])
print(normal)
print(ablated)
print(ablated[0].eq(ablated[1]).all())
