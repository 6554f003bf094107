# Minibatch SGD on synthetic linear data, compared with the lstsq answer.
import torch

torch.manual_seed(21)
X = torch.randn(64, 2)
y = X @ torch.tensor([2.0, -3.0]) + 0.5 + 0.1 * torch.randn(64)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.1)
for epoch in range(20):
    perm = torch.randperm(64)
    for i in range(0, 64, 16):
        idx = perm[i:i + 16]
        loss = ((X[idx] @ w + b - y[idx]) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
A = torch.cat([X, torch.ones(64, 1)], dim=1)
print([round(v, 2) for v in torch.cat([w, b]).tolist()])
print([round(v, 2) for v in torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze().tolist()])
