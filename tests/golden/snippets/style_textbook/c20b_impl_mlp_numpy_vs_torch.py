# the same MLP forward in numpy (float32) and torch
import numpy as np
import torch

torch.manual_seed(123)
W1, b1 = torch.randn(4, 8), torch.randn(8)
W2, b2 = torch.randn(8, 1), torch.randn(1)
x = torch.randn(5, 4)
t_out = torch.tanh(x @ W1 + b1) @ W2 + b2
n = lambda t: t.numpy()
n_out = np.tanh(n(x) @ n(W1) + n(b1)) @ n(W2) + n(b2)
print(t_out.squeeze(1).tolist())
print(n_out.dtype, np.abs(n_out - n(t_out)).max() < 1e-5)
