# Q: "expected scalar type Long but found Float" with NLLLoss
import torch
import torch.nn as nn

logp = torch.log_softmax(torch.tensor([[1.0, 2.0], [0.5, 0.1]]), dim=1)
targets = torch.tensor([1.0, 0.0])
try:
    nn.NLLLoss()(logp, targets)
except RuntimeError as err:
    print(err)
print(nn.NLLLoss()(logp, targets.long()))
try:
    nn.NLLLoss()(logp, targets.int())
except RuntimeError as err:
    print(err)
