# What a BatchNorm layer puts in the state_dict: buffers next to parameters, num_batches_tracked is int64.
import torch
import torch.nn as nn

torch.manual_seed(38)
m = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2))
m(torch.randn(4, 1, 5, 5))
sd = m.state_dict()
for k, v in sd.items():
    print(k, tuple(v.shape), v.dtype, v.requires_grad)
print([n for n, _ in m.named_buffers()])
print([n for n, _ in m.named_parameters()])
fresh = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2, track_running_stats=False))
res = fresh.load_state_dict(sd, strict=False)
print(res.unexpected_keys)
del sd["1.num_batches_tracked"]
m2 = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2))
print(m2.load_state_dict(sd, strict=False))
print(torch.equal(m2[1].running_var, m[1].running_var), m2[1].num_batches_tracked)
m.register_buffer("class_weights", torch.tensor([1.0, 2.0]), persistent=False)
print("class_weights" in m.state_dict(), [n for n, _ in m.named_buffers()][-1])
