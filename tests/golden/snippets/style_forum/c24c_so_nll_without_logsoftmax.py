# Q: NLLLoss gives negative values
import torch
import torch.nn as nn

probs = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
target = torch.tensor([0, 2])
print(nn.NLLLoss()(probs, target))
print(nn.NLLLoss(reduction="none")(probs, target))
print(nn.NLLLoss()(probs.log(), target).round(decimals=4))
