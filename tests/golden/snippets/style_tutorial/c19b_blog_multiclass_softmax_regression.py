# Softmax regression on a toy 3-class problem
import torch
import torch.nn.functional as F

torch.manual_seed(0)
centers = torch.tensor([[0.0, 0.0], [3.0, 3.0], [0.0, 3.0]])
X = torch.cat([c + 0.5 * torch.randn(20, 2) for c in centers])
y = torch.arange(3).repeat_interleave(20)
W = torch.zeros(2, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([W, b], lr=0.1)
for epoch in range(100):
    logits = X @ W + b
    loss = F.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
acc = (logits.argmax(1) == y).float().mean()
print(f"final loss {loss.item():.4f}, accuracy {acc.item():.2%}")
print(F.softmax(torch.tensor([[1.5, 1.5]]) @ W + b, dim=1))
