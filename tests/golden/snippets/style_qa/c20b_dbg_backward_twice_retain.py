# fixing "backward through the graph a second time" with retain_graph
import torch

torch.manual_seed(7)
w = torch.randn(3, requires_grad=True)
h = w.exp()
a = h.sum()
b = (h * h).sum()
a.backward(retain_graph=True)
print(w.grad)
b.backward()
print(w.grad)
w.grad.zero_()
(a + b).backward()
print(w.grad)
