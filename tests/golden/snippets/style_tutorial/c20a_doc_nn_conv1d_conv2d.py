# nn.Conv1d and nn.Conv2d with stride, padding and dilation
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Conv1d(16, 33, 3, stride=2)
input = torch.randn(20, 16, 50)
print(m(input).shape)
m = nn.Conv2d(16, 33, 3, stride=2)
print(m)
m = nn.Conv2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2))
print(m)
m = nn.Conv2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2), dilation=(3, 1))
print(m)
input = torch.randn(2, 16, 10, 12)
out = m(input)
print(out.shape, out.grad_fn.name())
print(nn.Conv2d(4, 4, 3, padding="same", groups=2, bias=False))
