# Q: "element 1 of tensors does not require grad" with two losses
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
loss_a = (w ** 2).sum()
loss_b = torch.tensor(3.0)
try:
    torch.autograd.backward([loss_a, loss_b])
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad([loss_a, loss_b], w)
except RuntimeError as e:
    print(e)
torch.autograd.backward([loss_a, w.sum()], [None, torch.tensor(10.0)])
print(w.grad)
