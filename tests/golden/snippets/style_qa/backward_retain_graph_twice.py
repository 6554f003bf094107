# Q: calling backward twice needs retain_graph=True, and the gradients add up.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x * x * 3).sum()
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split('.')[0])
z = x.sum() * 2
z.backward()
print(x.grad)
