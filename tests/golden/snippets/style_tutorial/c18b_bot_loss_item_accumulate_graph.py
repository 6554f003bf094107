# Tracking the total loss over an epoch
import torch

w = torch.tensor(1.0, requires_grad=True)
total_loss = 0
for target in [2.0, 3.0, 4.0]:
    loss = (w - target) ** 2
    total_loss += loss  # keeps the graph alive! better: loss.item()
print(total_loss)
print(type(total_loss).__name__, total_loss.grad_fn)
total_loss = sum(((w - t) ** 2).item() for t in [2.0, 3.0, 4.0])
print(total_loss, type(total_loss).__name__)
