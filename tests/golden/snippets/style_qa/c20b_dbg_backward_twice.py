# two losses share a graph and the second backward crashes
import torch

torch.manual_seed(6)
w = torch.randn(3, requires_grad=True)
h = (w * 2).tanh()
loss1 = h.sum()
loss2 = (h ** 2).mean()
loss1.backward()
print(w.grad)
loss2.backward()
