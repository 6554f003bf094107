# "Trying to backward through the graph a second time" and what retain_graph changes.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
y.backward(retain_graph=True)
print("first", x.grad)
y.backward()
print("second", x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(e)
