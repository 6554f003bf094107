"""A 3-class classifier with GELU and RMSprop on synthetic blobs."""
import torch
import torch.nn as nn

torch.manual_seed(1)
centers = torch.tensor([[0.0, 2.0], [2.0, -1.0], [-2.0, -1.0]])
labels = torch.arange(3).repeat_interleave(20)
points = centers[labels] + 0.7 * torch.randn(60, 2)
net = nn.Sequential(nn.Linear(2, 12), nn.GELU(), nn.Linear(12, 3))
opt = torch.optim.RMSprop(net.parameters(), lr=0.01)
for epoch in range(40):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(net(points), labels)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        acc = (net(points).argmax(1) == labels).float().mean().item()
        print(f"epoch {epoch + 1}: loss={loss.item()} acc={acc:.3f}")
