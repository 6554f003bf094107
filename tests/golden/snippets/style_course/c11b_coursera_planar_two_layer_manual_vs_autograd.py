# Coursera-style planar data classifier: one hidden tanh layer, hand-written backprop checked with autograd.
import torch

torch.manual_seed(2)
m = 40
X = torch.randn(2, m)
Y = ((X[0:1] * X[1:2]) > 0).float()
n_h = 4
W1 = torch.randn(n_h, 2) * 0.01
b1 = torch.zeros(n_h, 1)
W2 = torch.randn(1, n_h) * 0.01
b2 = torch.zeros(1, 1)
params = [W1, b1, W2, b2]
for p in params:
    p.requires_grad_()
Z1 = W1 @ X + b1
A1 = torch.tanh(Z1)
Z2 = W2 @ A1 + b2
A2 = torch.sigmoid(Z2)
cost = -(Y * torch.log(A2) + (1 - Y) * torch.log(1 - A2)).sum() / m
cost.backward()
print(f"cost = {cost.item():.6f}")
with torch.no_grad():
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = dZ2.sum(dim=1, keepdim=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = dZ1.sum(dim=1, keepdim=True) / m
for name, mine, p in [("dW1", dW1, W1), ("db1", db1, b1), ("dW2", dW2, W2), ("db2", db2, b2)]:
    print(name, tuple(mine.shape), torch.allclose(mine, p.grad, atol=1e-7), f"{(mine - p.grad).abs().max().item():.2e}")
lr = 1.2
for i in range(1000):
    for p in params:
        p.grad = None
    A2 = torch.sigmoid(W2 @ torch.tanh(W1 @ X + b1) + b2)
    cost = -(Y * torch.log(A2) + (1 - Y) * torch.log(1 - A2)).sum() / m
    cost.backward()
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
    if i % 250 == 0:
        print("Cost after iteration %i: %f" % (i, cost.item()))
pred = (A2 > 0.5).float()
print("Accuracy: %d" % float((pred == Y).float().mean() * 100) + "%")
