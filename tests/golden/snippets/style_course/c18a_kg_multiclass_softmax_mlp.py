# Three-class tabular problem: MLP, log of loss and accuracy, predicted class counts
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(99)
centers = torch.tensor([[0.0, 0.0], [3.0, 3.0], [0.0, 4.0]])
y = torch.randint(0, 3, (150,))
X = centers[y] + torch.randn(150, 2)
model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(30):
    opt.zero_grad()
    logits = model(X)
    loss = F.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        acc = (logits.argmax(-1) == y).float().mean().item()
        print(f"[{epoch + 1:>3}] loss={loss.item():.4f} acc={acc:.2%}")
print(torch.bincount(model(X).argmax(1), minlength=3))
