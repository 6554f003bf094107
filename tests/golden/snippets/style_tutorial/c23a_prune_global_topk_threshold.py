# Global threshold across layers by hand: concatenate |w|, take the k-th smallest
import torch
import torch.nn as nn

torch.manual_seed(10)
layers = [nn.Linear(3, 3), nn.Linear(3, 2)]
all_w = torch.cat([l.weight.detach().abs().flatten() for l in layers])
print(all_w.shape)
k = int(0.5 * all_w.numel())
thr = torch.topk(all_w, k, largest=False).values.max()
for l in layers:
    kept = (l.weight.abs() > thr).sum().item()
    print(tuple(l.weight.shape), kept)
print(k)
