# Megabytes of a model's parameters and buffers, float32 vs half
import torch.nn as nn

model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(16), nn.Flatten(), nn.Linear(16 * 30 * 30, 10))
def mb(m):
    n = sum(p.nbytes for p in m.parameters()) + sum(b.nbytes for b in m.buffers())
    return round(n / 1024 ** 2, 3)
print(mb(model))
model.half()
print(mb(model), model[1].num_batches_tracked.dtype, model[1].running_mean.dtype)
