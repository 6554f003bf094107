# EMA model copying BatchNorm buffers, checking they match the online model
import copy
import torch
import torch.nn as nn
torch.manual_seed(50)
online = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2))
target = copy.deepcopy(online).requires_grad_(False)
online(torch.randn(4, 1, 5, 5))
with torch.no_grad():
    for t, o in zip(target.parameters(), online.parameters()):
        t.mul_(0.99).add_(o.detach(), alpha=0.01)
    for t, o in zip(target.buffers(), online.buffers()):
        t.copy_(o)
print(target[1].running_var)
print(target[1].num_batches_tracked, online[1].num_batches_tracked)
print(all(not p.requires_grad for p in target.parameters()))
