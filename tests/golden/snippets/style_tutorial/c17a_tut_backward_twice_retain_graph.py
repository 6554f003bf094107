# Calling backward twice on the same graph, and retain_graph=True
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
x = torch.tensor([1.0, 3.0])
loss = (w * x).exp().sum()
loss.backward(retain_graph=True)
print(w.grad)
loss.backward()
print(w.grad)
try:
    loss.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
w.grad = None
(w ** 2).sum().backward()
print(w.grad)
