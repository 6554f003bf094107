# After pruning, the state_dict holds weight_orig and weight_mask instead of weight
import torch
import torch.nn as nn
import torch.nn.utils.prune as prune

torch.manual_seed(4)
net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
prune.random_unstructured(net[0], "weight", amount=0.5)
prune.l1_unstructured(net[1], "bias", amount=1)
print(list(net.state_dict().keys()))
print(net[1].bias, net[1].bias_mask)
