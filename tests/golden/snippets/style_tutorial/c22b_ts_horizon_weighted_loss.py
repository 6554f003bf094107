import torch

pred = torch.tensor([[1.0, 2.0, 3.0], [2.0, 2.5, 2.0]], requires_grad=True)
target = torch.tensor([[1.5, 2.0, 4.0], [2.0, 3.0, 3.0]])
weights = torch.tensor([1.0, 0.5, 0.25])
loss = (weights * (pred - target) ** 2).sum(1).mean()
loss.backward()
print(loss.item())
print(pred.grad)
per_step = ((pred - target) ** 2).mean(0)
print(per_step.detach())
