import torch
import torch.nn as nn

torch.manual_seed(7)
gru = nn.GRU(3, 2, bidirectional=True)
x = torch.randn(4, 1, 3)
out, h = gru(x)
print(gru, out.shape, h.shape)
print(out.grad_fn, h)
(out ** 2).mean().backward()
print(gru.weight_hh_l0_reverse.grad)
