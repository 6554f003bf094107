# Target network synced with load_state_dict; the return value printed
import torch
import torch.nn as nn

torch.manual_seed(4)
q = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
target = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(torch.equal(q[0].weight, target[0].weight))
result = target.load_state_dict(q.state_dict())
print(result)
print(torch.equal(q[0].weight, target[0].weight))
print(q[0].weight.data_ptr() == target[0].weight.data_ptr())
partial = {k: v for k, v in q.state_dict().items() if k.startswith('0.')}
print(target.load_state_dict(partial, strict=False))
try:
    target.load_state_dict(partial)
except RuntimeError as e:
    print(str(e).splitlines()[0])
