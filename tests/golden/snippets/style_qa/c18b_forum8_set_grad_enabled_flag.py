# Q: one function for train and eval - torch.set_grad_enabled(is_train)
import torch

w = torch.tensor([2.0], requires_grad=True)


def step(x, is_train):
    with torch.set_grad_enabled(is_train):
        return (w * x).sum()


print(step(torch.tensor([3.0]), True).requires_grad)
print(step(torch.tensor([3.0]), False).requires_grad)
torch.set_grad_enabled(False)
print((w * 2).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
print((w * 2).requires_grad)
