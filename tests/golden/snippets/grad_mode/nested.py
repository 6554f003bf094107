import torch

x = torch.tensor(1., requires_grad=True)
with torch.no_grad():
    with torch.no_grad():
        print(torch.is_grad_enabled())
    print(torch.is_grad_enabled())
    with torch.set_grad_enabled(True):
        print(torch.is_grad_enabled(), (x * 2).requires_grad)
print(torch.is_grad_enabled())
