import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
N, F_in, C = 6, 5, 2
x = torch.randn(N, F_in)
A = torch.zeros(N, N)
edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)]
for i, j in edges:
    A[i, j] = A[j, i] = 1
A = A + torch.eye(N)
A = A / A.sum(1, keepdim=True)
y = torch.tensor([0, 0, 0, 1, 1, 1])
train_mask = torch.tensor([True, False, True, True, False, False])
W1, W2 = nn.Linear(F_in, 8), nn.Linear(8, C)
opt = torch.optim.Adam(list(W1.parameters()) + list(W2.parameters()), lr=0.05)
for epoch in range(20):
    h = F.relu(A @ W1(x))
    out = A @ W2(h)
    loss = F.cross_entropy(out[train_mask], y[train_mask])
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(epoch, round(loss.item(), 4))
pred = out.argmax(1)
print(pred)
print((pred[~train_mask] == y[~train_mask]).float().mean().item())
