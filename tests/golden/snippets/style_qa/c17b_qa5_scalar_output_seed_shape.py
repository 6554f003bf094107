# Q: passing torch.tensor([1.0]) as the gradient of a scalar loss
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (w ** 2).sum()
try:
    loss.backward(torch.tensor([1.0]))
except RuntimeError as e:
    print(e)
loss.backward(torch.tensor(2.0))
print(w.grad)
