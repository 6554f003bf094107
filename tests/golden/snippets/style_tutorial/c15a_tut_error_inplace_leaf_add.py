# A learner tries to update a weight in place without torch.no_grad()
import torch

w = torch.randn(3, requires_grad=True)
print(w.is_leaf, w.requires_grad)
lr = 0.1
loss = (w ** 2).sum()
loss.backward()
print(w.grad.shape)
w -= lr * w.grad
