import torch

x = torch.tensor(1., requires_grad=True)
with torch.set_grad_enabled(False):
    print((x * 2).requires_grad, torch.is_grad_enabled())
print(torch.is_grad_enabled())
torch.set_grad_enabled(False)
print((x * 2).requires_grad, torch.is_grad_enabled())
torch.set_grad_enabled(True)
print((x * 2).requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    print((x + 1).grad_fn)
