"""Mini-batch training without DataLoader, using torch.randperm."""
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(12, 2)
y = (X[:, :1] - 2 * X[:, 1:]).clone()
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batch_size = 4

for epoch in range(3):
    perm = torch.randperm(X.size(0))
    running = 0.0
    for start in range(0, X.size(0), batch_size):
        idx = perm[start:start + batch_size]
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(X[idx]), y[idx])
        loss.backward()
        opt.step()
        running += loss.item() * len(idx)
    print(f"epoch {epoch}: mean loss {running / len(X):.5f}")
