import torch
from torch import nn

logits = torch.randn(3, 4)
y8 = torch.tensor([1, 0, 3], dtype=torch.uint8)
try:
    nn.CrossEntropyLoss()(logits, y8)
except Exception as e:
    print(type(e).__name__, e)
yi = y8.to(torch.int32)
try:
    nn.functional.nll_loss(logits.log_softmax(1), yi)
except Exception as e:
    print(type(e).__name__, e)
print(nn.CrossEntropyLoss()(torch.zeros(3, 4), y8.long()))
