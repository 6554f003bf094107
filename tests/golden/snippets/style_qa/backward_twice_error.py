# Calling backward a second time on a freed graph, then with retain_graph=True.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x.exp() * 2).sum()
y.backward()
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y = (x.exp() * 2).sum()
y.backward(retain_graph=True)
y.backward()
print(x.grad)
