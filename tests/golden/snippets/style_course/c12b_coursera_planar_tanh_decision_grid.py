# Coursera planar data: a 2-4-1 tanh network trained with manual gradients, then predictions on a grid.
import torch

g = torch.Generator().manual_seed(1)
m = 200
t = torch.linspace(0, 3.14, m // 2)
r = 4 * torch.sin(4 * t)
X = torch.cat([torch.stack([r * torch.sin(t), r * torch.cos(t)]),
               torch.stack([-r * torch.sin(t), -r * torch.cos(t)])], dim=1) + 0.2 * torch.randn(2, m, generator=g)
Y = torch.cat([torch.zeros(1, m // 2), torch.ones(1, m // 2)], dim=1)
W1 = torch.randn(4, 2, generator=g) * 0.01
b1 = torch.zeros(4, 1)
W2 = torch.randn(1, 4, generator=g) * 0.01
b2 = torch.zeros(1, 1)
for i in range(1001):
    A1 = torch.tanh(W1 @ X + b1)
    A2 = torch.sigmoid(W2 @ A1 + b2)
    cost = -(Y * torch.log(A2) + (1 - Y) * torch.log(1 - A2)).mean()
    dZ2 = A2 - Y
    dW2 = dZ2 @ A1.T / m
    db2 = dZ2.sum(1, keepdim=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    dW1 = dZ1 @ X.T / m
    db1 = dZ1.sum(1, keepdim=True) / m
    W1, b1, W2, b2 = W1 - 1.2 * dW1, b1 - 1.2 * db1, W2 - 1.2 * dW2, b2 - 1.2 * db2
    if i % 250 == 0:
        print('Cost after iteration %i: %f' % (i, cost))
pred = (torch.sigmoid(W2 @ torch.tanh(W1 @ X + b1) + b2) > 0.5).float()
print('Accuracy: %d' % float((Y @ pred.T + (1 - Y) @ (1 - pred).T) / Y.numel() * 100) + '%')
xx, yy = torch.meshgrid(torch.linspace(-4, 4, 5), torch.linspace(-4, 4, 5), indexing='ij')
grid = torch.stack([xx.ravel(), yy.ravel()])
print((torch.sigmoid(W2 @ torch.tanh(W1 @ grid + b1) + b2) > 0.5).int().view(5, 5))
