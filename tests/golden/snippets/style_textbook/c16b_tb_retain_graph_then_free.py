# retain_graph keeps the saved tensors; the next call without it frees them.
import torch

x = torch.tensor(1.5, requires_grad=True)
y = torch.tanh(x) * x
y.backward(retain_graph=True)
print(x.grad)
y.backward(retain_graph=False)
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(str(e).split('.')[0])
