# Softmax regression on three synthetic blobs; loss and accuracy per epoch
import torch
from torch import nn

torch.manual_seed(1617)
centers = torch.tensor([[2.0, 0.0], [-1.0, 2.0], [-1.0, -2.0]])
y = torch.arange(3).repeat_interleave(10)
X = centers[y] + 0.5 * torch.randn(30, 2)

model = nn.Linear(2, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
for epoch in range(6):
    logits = model(X)
    loss = nn.functional.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    acc = (logits.argmax(dim=1) == y).sum().item() / len(y)
    print(f"epoch {epoch}: loss {loss.item()}, acc {acc}")
print(torch.softmax(model(centers), dim=1))
