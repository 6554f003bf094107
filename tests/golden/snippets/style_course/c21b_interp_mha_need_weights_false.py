# need_weights=False returns None for the weights; a learner checks before plotting
import torch
import torch.nn as nn

torch.manual_seed(2)
layer = nn.MultiheadAttention(4, 1)
q = torch.randn(3, 1, 4)
out, weights = layer(q, q, q, need_weights=False)
print(out.shape, weights)
out2, weights2 = layer(q, q, q)
print(weights2.shape)
print(torch.allclose(out, out2, atol=1e-6))
print(weights2.squeeze(0))
