import torch
from torch import nn

torch.manual_seed(45)
asm = nn.AdaptiveLogSoftmaxWithLoss(in_features=4, n_classes=10, cutoffs=[3, 6], div_value=2.0)
h = torch.randn(5, 4)
target = torch.tensor([0, 4, 9, 2, 7])
out = asm(h, target)
print(type(out).__name__, out.output.shape, out.loss.shape)
print(asm.log_prob(h).shape, asm.log_prob(h).exp().sum(1).round(decimals=4))
print(asm.predict(h).shape)
try:
    nn.AdaptiveLogSoftmaxWithLoss(4, 10, cutoffs=[6, 3])
except Exception as e:
    print(type(e).__name__, e)
