# Q: tanh saves its output; a later in-place add breaks backward.
import torch

x = torch.randn(2, 3, requires_grad=True)
h = torch.tanh(x)
out = (h * 2).sum()
h.add_(0.5)
out.backward()
