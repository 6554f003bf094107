# Zero versus learned initial hidden state for nn.GRU, and detaching it between batches
import torch
from torch import nn

torch.manual_seed(3)
gru = nn.GRU(2, 3, batch_first=True)
h0 = nn.Parameter(torch.zeros(1, 1, 3))
X = torch.randn(4, 5, 2)
out_zero, _ = gru(X)
out_learned, hn = gru(X, h0.expand(1, 4, 3).contiguous())
print(torch.allclose(out_zero, out_learned))
out_learned.sum().backward()
print(h0.grad)
print(hn.detach().requires_grad, hn.grad_fn is not None)
