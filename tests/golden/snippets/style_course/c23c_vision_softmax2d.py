# Softmax2d normalises over channels at each pixel; log_softmax for segmentation NLL.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 0.0]], [[1.0, 2.0]]]])
s = nn.Softmax2d()(x)
print(nn.Softmax2d())
print(s.sum(1))
print(torch.allclose(s, x.softmax(dim=1)))
nll = nn.NLLLoss()(x.log_softmax(1), torch.tensor([[0, 1]]))
print(nll.shape)
try:
    nn.Softmax2d()(torch.zeros(2, 3))
except (ValueError, AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
