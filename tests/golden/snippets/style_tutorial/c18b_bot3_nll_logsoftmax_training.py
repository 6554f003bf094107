"""Training with LogSoftmax + NLLLoss (equivalent to CrossEntropyLoss)."""
import torch
import torch.nn as nn

torch.manual_seed(4)
X = torch.randn(30, 4)
y = (X[:, 0] + X[:, 1] > 0).long() + (X[:, 2] > 1).long()
model = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 3), nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.3, nesterov=True, momentum=0.8)
for epoch in range(25):
    opt.zero_grad()
    loss = criterion(model(X), y)
    loss.backward()
    opt.step()
print("loss:", loss.item())
print("log-probs of first sample:", model(X[:1]).detach())
