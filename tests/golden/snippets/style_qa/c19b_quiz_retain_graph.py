# Quiz 8: calling backward twice
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x.exp() * 3).sum()
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
z = (x * 2).sum()
z.backward()
z.backward()
print(x.grad)
