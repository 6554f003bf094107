# Global random pruning with a seed: the same entries every run
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

def masks(seed):
    torch.manual_seed(seed)
    net = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 2))
    prune.global_unstructured([(net[0], "weight"), (net[1], "weight")],
                              pruning_method=prune.RandomUnstructured, amount=5)
    return net[0].weight_mask, net[1].weight_mask

a = masks(60)
b = masks(60)
print(torch.equal(a[0], b[0]) and torch.equal(a[1], b[1]))
print(a[0], a[1])
print(int(a[0].sum() + a[1].sum()))
