# Gradient norm of the first input as the sequence gets longer (vanishing through tanh)
import torch
from torch import nn

torch.manual_seed(18)
rnn = nn.RNN(1, 4)
for T in (1, 5, 20, 50):
    X = torch.randn(T, 1, 1, requires_grad=True)
    out, h = rnn(X)
    h.sum().backward()
    print(f"T={T:3d} |dh/dx_0| = {X.grad[0].abs().item():.3e}")
