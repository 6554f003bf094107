# Quiz C28: two losses on one graph, backward separately
import torch

w = torch.tensor([1.0, -1.0], requires_grad=True)
h = w * 3
loss_a = h.pow(2).sum()
loss_b = h.abs().sum()
loss_a.backward(retain_graph=True)
print(w.grad)
loss_b.backward()
print(w.grad)
w.grad = None
(loss_a + loss_b).backward()
print(w.grad)
