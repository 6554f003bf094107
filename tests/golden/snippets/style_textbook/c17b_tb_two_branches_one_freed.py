# Two losses share the trunk; the first backward frees the trunk's buffers.
import torch

x = torch.tensor([0.5, 1.5], requires_grad=True)
h = torch.exp(x)
loss_a = (h * 2).sum()
loss_b = (h ** 2).sum()
loss_a.backward()
print(x.grad)
try:
    loss_b.backward()
except RuntimeError as err:
    print(str(err).split('.')[0])
print(x.grad)
