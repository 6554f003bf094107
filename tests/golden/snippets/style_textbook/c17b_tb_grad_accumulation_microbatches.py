# Gradient accumulation over micro-batches equals one big batch.
import torch

torch.manual_seed(0)
data = torch.randn(8, 3)
target = torch.randn(8)
w = torch.zeros(3, requires_grad=True)
for chunk, t in zip(data.split(4), target.split(4)):
    loss = ((chunk @ w - t) ** 2).sum() / 8
    loss.backward()
acc = w.grad.clone()
w.grad = None
(((data @ w - target) ** 2).mean()).backward()
print(acc)
print(w.grad)
print(torch.allclose(acc, w.grad))
