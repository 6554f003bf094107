# Quiz 16: gradient accumulation over micro-batches
import torch

w = torch.tensor([1.0, 1.0], requires_grad=True)
data = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
for row in data:
    loss = (w * row).sum() / 3
    loss.backward()
    print(w.grad)
full = torch.tensor([1.0, 1.0], requires_grad=True)
(full * data).sum().div(3).backward()
print(full.grad, torch.allclose(full.grad, w.grad))
