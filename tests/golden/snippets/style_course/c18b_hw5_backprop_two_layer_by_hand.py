# HW2: backprop through a 2-layer tanh net by hand (float64), compared to autograd per tensor
import torch

torch.manual_seed(0)
X = torch.randn(5, 3, dtype=torch.float64)
y = torch.randn(5, 1, dtype=torch.float64)
W1 = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(4, 1, dtype=torch.float64, requires_grad=True)
h = torch.tanh(X @ W1)
loss = ((h @ W2 - y) ** 2).mean()
loss.backward()

dout = 2 * (h @ W2 - y) / 5
dW2 = h.T @ dout
dh = dout @ W2.T
dW1 = X.T @ (dh * (1 - h ** 2))
for name, mine, ref in (("W1", dW1, W1.grad), ("W2", dW2, W2.grad)):
    print(f"{name}: exact={torch.all(mine == ref).item()} maxdiff={(mine - ref).abs().max().item():.3e}")
