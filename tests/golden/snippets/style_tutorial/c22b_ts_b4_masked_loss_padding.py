import torch

pred = torch.tensor([[1.0, 2.0, 3.0, 0.0], [2.0, 2.0, 0.0, 0.0]], requires_grad=True)
target = torch.tensor([[1.5, 2.0, 2.0, 9.0], [1.0, 3.0, 9.0, 9.0]])
lengths = torch.tensor([3, 2])
mask = torch.arange(4)[None, :] < lengths[:, None]
print(mask)
se = (pred - target) ** 2 * mask
loss = se.sum() / mask.sum()
loss.backward()
print(loss, pred.grad)
