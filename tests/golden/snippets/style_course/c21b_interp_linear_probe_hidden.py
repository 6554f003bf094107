# a linear probe trained on frozen hidden states to decode a property of the input
import torch
import torch.nn as nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(3, 16), nn.Tanh())
for p in encoder.parameters():
    p.requires_grad_(False)
X = torch.randn(64, 3)
labels = (X[:, 0] + X[:, 2] > 0).long()
with torch.no_grad():
    H = encoder(X)
probe = nn.Linear(16, 2)
opt = torch.optim.SGD(probe.parameters(), lr=0.5)
for epoch in range(60):
    loss = nn.functional.cross_entropy(probe(H), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 20 == 0:
        print(epoch, round(loss.item(), 4))
acc = (probe(H).argmax(1) == labels).float().mean()
print("probe accuracy", acc.item())
print(encoder[0].weight.grad)
