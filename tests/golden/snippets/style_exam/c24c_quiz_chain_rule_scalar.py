# Quiz 14: chain rule by hand vs autograd
import torch

x = torch.tensor(0.5, requires_grad=True, dtype=torch.float64)
u = 3 * x ** 2 + 1
v = u ** 3
v.backward()
by_hand = 3 * (3 * 0.5 ** 2 + 1) ** 2 * 6 * 0.5
print(x.grad.item(), by_hand, x.grad.item() == by_hand)
